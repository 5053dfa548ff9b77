"""Bulk actions at 10,000 work orders: close PPMs, assign, change status, and reading a "select all".

    python benchmarks/bulk.py [--orders 10000] [--runs 3] [--postgres URL]

Each run makes a new SQLite file (and, with --postgres, a new schema on that server, dropped afterwards),
fills it with --orders open PPM orders whose financial end date has passed and --orders new reactive orders
(not timed), then times, in seconds:
- close_ppm_s: bulk close of the PPM orders (all eligible);
- assign_s: bulk assign of the reactive orders to one agent;
- start_s: bulk Start of every order: the reactive ones start, the PPMs (closed by then) are refused;
- select_all_s: the numbers of a "select all" of the reactive orders when the list holds none of the rows.
Prints one JSON object with the median of each figure and, per order, in milliseconds.
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.domain.listing import ListFilter, Sort, SortField  # noqa: E402
from desktop.domain.transitions import Action  # noqa: E402
from desktop.domain.workorders import Status, WorkOrderType  # noqa: E402
from desktop.services.bulk_actions import (  # noqa: E402
    RowSpan,
    bulk_assign,
    bulk_close_ppm,
    bulk_transition,
    resolve_selection,
)
from desktop.services.helpdesk import ListQuery  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402
from tests.bulk_factories import many_orders  # noqa: E402
from tests.factories import client_with_building  # noqa: E402

TODAY = date.today()


@contextmanager
def sqlite_database() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bulk.sqlite'}")
        upgrade(engine)
        db = Database(engine)
        try:
            yield db
        finally:
            db.dispose()


@contextmanager
def postgres_database(base: URL) -> Iterator[Database]:
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(base.update_query_dict({"options": f"-csearch_path={schema}"}))
    db = Database(engine)
    try:
        upgrade(engine)
        yield db
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def seconds(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def one_run(db: Database, orders: int) -> dict[str, float]:
    actor = local_administrator(db)
    building = client_with_building(db)
    ppms = many_orders(db, building, orders, type=WorkOrderType.PPM, financial_end_date=TODAY - timedelta(days=1))
    reactive = many_orders(db, building, orders, status=Status.NEW)
    figures: dict[str, float] = {}

    figures["close_ppm_s"], closed = seconds(lambda: bulk_close_ppm(db, actor, ppms, TODAY))
    assert len(closed.done) == orders, closed
    figures["assign_s"], assigned = seconds(lambda: bulk_assign(db, actor, reactive, actor.user_id))
    assert len(assigned.done) == orders, assigned
    figures["start_s"], started = seconds(lambda: bulk_transition(db, actor, reactive + ppms, Action.START))
    assert len(started.done) == orders and len(started.refused) == orders, started
    query = ListQuery.of(
        ListFilter(types=frozenset({WorkOrderType.REACTIVE}), sort=Sort(SortField.NUMBER, descending=True)), None
    )
    figures["select_all_s"], numbers = seconds(lambda: resolve_selection(db, query, [RowSpan(0, orders)]))
    assert len(numbers) == orders
    return figures


def measure(make: Callable[[], Any], orders: int, runs: int) -> dict[str, Any]:
    runs_figures = []
    for _ in range(runs):
        with make() as db:
            runs_figures.append(one_run(db, orders))
    report: dict[str, Any] = {}
    for name in runs_figures[0]:
        median = statistics.median(figures[name] for figures in runs_figures)
        report[name] = round(median, 3)
        per_order = orders * (2 if name == "start_s" else 1)
        report[name.removesuffix("_s") + "_ms_per_order"] = round(median * 1000 / per_order, 3)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", help="also measure on this PostgreSQL server (a schema per run)")
    args = parser.parse_args()
    report: dict[str, Any] = {
        "orders": args.orders,
        "runs": args.runs,
        "sqlite": measure(sqlite_database, args.orders, args.runs),
    }
    if args.postgres:
        base = make_url(args.postgres)
        report["postgres"] = measure(lambda: postgres_database(base), args.orders, args.runs)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
