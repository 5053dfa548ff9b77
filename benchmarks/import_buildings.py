"""The bulk building import at 10,000 rows: reading and checking the file, then writing it in one transaction.

    python benchmarks/import_buildings.py [--rows 10000] [--clients 200] [--runs 3] [--postgres URL]

Each run makes a fresh SQLite database in a temporary folder (with --postgres: a fresh schema on that server,
dropped afterwards) with --clients clients (each with one building
already, so that the duplicate check has something to compare with) and an XLSX of --rows buildings for them,
written as the template lays it out (text and real date cells, ISO text dates, lower-case country codes).
Prints one JSON object; times are medians in seconds over the runs:
- read_s: read_sheet, the file read (openpyxl, read-only) and every row checked on its own;
- check_s: check_rows, the rows checked against the database (clients, existing buildings);
- import_s: import_buildings, the buildings and their change-log entries written in one transaction;
- total_s: the three together (target < 10).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.models import Building, ChangeEntry, Client  # noqa: E402
from desktop.services.building_import import (  # noqa: E402
    COLUMNS,
    HEADERS,
    accepted_headers,
    check_rows,
    import_buildings,
    read_sheet,
)
from desktop.services.users import local_administrator  # noqa: E402

TARGET_S = 10.0
CITIES = ("Paris", "Lyon", "Berlin", "Köln", "Amsterdam", "Utrecht", "Bruxelles", "London")
COUNTRIES = ("fr", "FR", "DE", "de", "NL", "nl", "BE", "GB")


@contextmanager
def fresh_url(folder: Path, postgres: str | None) -> Iterator[URL]:
    """An SQLite file in ``folder``, or a new schema on the ``postgres`` server (dropped afterwards)."""
    if postgres is None:
        yield make_url(f"sqlite:///{folder / 'bureau.sqlite'}")
        return
    base = make_url(postgres)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"})
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def make_database(url: URL, clients: int) -> Database:
    db = Database(make_engine(url))
    upgrade(db.engine)
    with db.transaction() as session:
        for index in range(clients):
            client = Client(name=f"Client {index}", reference=f"C{index:05d}")
            session.add(client)
            session.add(
                Building(
                    client=client,
                    name="Head office",
                    address_line="1 Main Street",
                    postcode="1000",
                    city="Bruxelles",
                    country="BE",
                    start_date=date(2020, 1, 1),
                )
            )
    return db


def make_file(path: Path, rows: int, clients: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Buildings")
    sheet.append([HEADERS[column] for column in COLUMNS])
    start = date(2026, 1, 1)
    for index in range(rows):
        city = CITIES[index % len(CITIES)]
        first = start + timedelta(days=index % 365)
        sheet.append(
            [
                f"C{index % clients:05d}",
                f"Building {index} {city}",
                f"{index % 250 + 1} Station Road",
                f"{10000 + index % 89999}",
                city,
                COUNTRIES[index % len(COUNTRIES)],
                first if index % 2 else first.isoformat(),
                None if index % 3 else first + timedelta(days=730),
                "Keys at the reception desk." if index % 4 == 0 else None,
            ]
        )
    book.save(path)


def one_run(rows: int, clients: int, postgres: str | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, fresh_url(Path(folder), postgres) as url:
        db = make_database(url, clients)
        actor = local_administrator(db)
        path = Path(folder) / "buildings.xlsx"
        make_file(path, rows, clients)
        headers = accepted_headers()
        started = time.perf_counter()
        read = read_sheet(path, headers)
        read_at = time.perf_counter()
        checked = check_rows(db, read)
        checked_at = time.perf_counter()
        assert all(row.ok for row in checked), [row.errors for row in checked if row.errors][:3]
        written = import_buildings(db, actor, checked)
        done_at = time.perf_counter()
        with db.reading() as session:
            stored = session.scalar(select(func.count()).select_from(Building))
            entries = session.scalar(select(func.count()).select_from(ChangeEntry))
        assert written == rows and stored == rows + clients and entries == rows
        db.dispose()
        return {
            "read_s": read_at - started,
            "check_s": checked_at - read_at,
            "import_s": done_at - checked_at,
            "total_s": done_at - started,
            "file_bytes": path.stat().st_size,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="run on this PostgreSQL server instead of SQLite")
    args = parser.parse_args()
    runs = [one_run(args.rows, args.clients, args.postgres) for _ in range(args.runs)]
    result: dict[str, object] = {
        "database": "postgresql" if args.postgres else "sqlite",
        "rows": args.rows,
        "clients": args.clients,
        "runs": args.runs,
    }
    for key in ("read_s", "check_s", "import_s", "total_s"):
        result[key] = round(statistics.median(run[key] for run in runs), 3)
    result["total_max_s"] = round(max(run["total_s"] for run in runs), 3)
    result["file_kib"] = round(runs[0]["file_bytes"] / 1024, 1)
    result["target_s"] = TARGET_S
    result["within_target"] = bool(result["total_max_s"] < TARGET_S)  # type: ignore[operator]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
