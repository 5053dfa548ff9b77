"""The directory's lists at 50,000 buildings and 150,000 contacts: pages, deep pages, searches and counts.

    python benchmarks/directory.py [--database PATH] [--runs 21]

Creates the SQLite database on first use (the demo's clients and sites, then the buildings and contacts of a
sized demo of 2.5 million orders, written in bulk by ``demo_scale``: no orders; well under a minute), then
reuses it. Prints one JSON object; times are medians in milliseconds of the list services
(``desktop.services.directory_lists``), each run in its own read as the tabs do it:
- first_page_ms: the first page (100 rows) of each list, for each sort, ascending and descending;
- deep_page_ms: the page after the key of a row near the end of the list (ascending), for each sort;
- search_ms: the first page of a search of 3-letter texts (common and rare ones), sorted by name;
- count_ms: the count of the whole list, and of a search.
Target: every page under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from random import Random
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.models import Building, Client, Contact  # noqa: E402
from desktop.services import directory_lists as lists  # noqa: E402
from desktop.services.directory_lists import BuildingSort, ClientSort, ContactSort, DirectoryQuery  # noqa: E402

DEFAULT_DATABASE = ROOT / "benchmarks" / "data" / "directory-50k.sqlite"
# A sized demo of this many orders has 50,000 buildings and 150,000 contacts (demo_scale's proportions).
SCALE_ORDERS = 2_500_000
PAGE = 100
BUILDING_TEXTS = ("par", "lyo", "hot", "ams", "zzq")
CONTACT_TEXTS = ("mar", "tho", "ste", "@ex", "zzq")
CLIENT_TEXTS = ("hot", "zzq")
TARGET_PAGE_MS = 50

LISTS: dict[str, tuple[Callable[..., list[Any]], Callable[..., int], tuple[str, ...], tuple[str, ...]]] = {
    "clients": (lists.client_page, lists.client_count, tuple(ClientSort), CLIENT_TEXTS),
    "buildings": (lists.building_page_rows, lists.building_count, tuple(BuildingSort), BUILDING_TEXTS),
    "contacts": (lists.contact_page, lists.contact_count, tuple(ContactSort), CONTACT_TEXTS),
}


def median_ms(work: Callable[[], Any], runs: int) -> float:
    work()  # warm the caches: every figure is of a repeated run
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 3)


def ensure_database(path: Path) -> None:
    if path.exists():
        return
    from desktop.demo.scale import add_scale_sites
    from desktop.demo.texts import texts_for
    from desktop.demo.world import build_world

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    texts = texts_for("en")
    today = date.today()
    with db.transaction() as session:
        world = build_world(session, texts, Random(1), today)
        session.flush()
        add_scale_sites(session.connection(), texts, world.sites, SCALE_ORDERS, 1, today)
    # A few archived rows, as a directory in use has.
    with db.transaction() as session:
        for model in (Building, Contact):
            table = model.__table__
            session.execute(table.update().where(table.c.id % 50 == 0).values(active=False))
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    db.dispose()


def key_near_end(db: Database, page: Callable[..., list[Any]], query: DirectoryQuery, size: int) -> Any:
    """The key of a row about a page before the end, found by reading the list backwards."""
    reverse = DirectoryQuery(sort=query.sort, descending=not query.descending)
    rows = page(db, reverse, None, min(PAGE, max(size - 1, 1)))
    return lists.row_key(query, rows[-1]) if rows else None


def measure_list(
    db: Database,
    page: Callable[..., list[Any]],
    count: Callable[..., int],
    sorts: tuple[str, ...],
    texts: tuple[str, ...],
    runs: int,
) -> dict[str, Any]:
    size = count(db, DirectoryQuery(include_archived=True), 10_000_000)
    first: dict[str, float] = {}
    deep: dict[str, float] = {}
    for sort in sorts:
        for descending in (False, True):
            query = DirectoryQuery(sort=sort, descending=descending)
            label = f"{sort}_{'desc' if descending else 'asc'}"
            first[label] = median_ms(lambda query=query: page(db, query, None, PAGE), runs)
        query = DirectoryQuery(sort=sort)
        after = key_near_end(db, page, query, size)
        deep[sort] = median_ms(lambda query=query, after=after: page(db, query, after, PAGE), runs)
    searches = {
        text: median_ms(lambda text=text: page(db, DirectoryQuery(text=text), None, PAGE), runs) for text in texts
    }
    counts = {"all": median_ms(lambda: count(db, DirectoryQuery()), runs)}
    for text in texts:
        counts[f"search_{text}"] = median_ms(lambda text=text: count(db, DirectoryQuery(text=text)), runs)
    labelled = [
        *((f"first_{label}", value) for label, value in first.items()),
        *((f"deep_{label}", value) for label, value in deep.items()),
        *((f"search_{label}", value) for label, value in searches.items()),
    ]
    return {
        "rows": size,
        "first_page_ms": first,
        "deep_page_ms": deep,
        "search_ms": searches,
        "search_matches": {text: count(db, DirectoryQuery(text=text)) for text in texts},
        "count_ms": counts,
        "slowest_page_ms": max(value for _label, value in labelled),
        "pages_over_target": sorted(label for label, value in labelled if value > TARGET_PAGE_MS),
    }


def measure(db: Database, runs: int) -> dict[str, Any]:
    return {
        name: measure_list(db, page, count, sorts, texts, runs) for name, (page, count, sorts, texts) in LISTS.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    started = time.perf_counter()
    ensure_database(args.database)
    built_s = round(time.perf_counter() - started, 1)
    engine = make_engine(f"sqlite:///{args.database}")
    upgrade(engine)
    db = Database(engine)
    with db.reading() as session:
        sizes = {
            "clients": session.scalar(select(func.count()).select_from(Client)),
            "buildings": session.scalar(select(func.count()).select_from(Building)),
            "contacts": session.scalar(select(func.count()).select_from(Contact)),
        }
    result = {
        "database": str(args.database),
        "setup_s": built_s,
        "rows": sizes,
        "page_rows": PAGE,
        "target_page_ms": TARGET_PAGE_MS,
        "lists": measure(db, args.runs),
    }
    db.dispose()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
