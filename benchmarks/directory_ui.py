"""The directory's tabs at 50,000 buildings and 150,000 contacts, as the agent feels them.

    python benchmarks/directory_ui.py [--database PATH] [--runs 11]

Uses (or first creates) the database of ``benchmarks/directory.py`` and drives the Clients, Buildings and
Contacts tabs offscreen. Prints one JSON object; times are medians in milliseconds, counts run apart in a worker
thread and are waited for only in ``count_ms``:
- open_ms: a tab's first page read and shown;
- search_ms: the list shown again for a typed text (3 letters, common and rare);
- sort_ms: the list shown again sorted on each sortable column, ascending and descending;
- scroll_ms: the next page read as the list is scrolled to its end;
- count_ms: the count of the whole list, as the count label waits for it.
Target: what follows a key press under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directory import DEFAULT_DATABASE, ensure_database  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.services.actor import Actor  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402
from desktop.ui.directory.buildings_view import BuildingsView  # noqa: E402
from desktop.ui.directory.clients_view import ClientsView  # noqa: E402
from desktop.ui.directory.contacts_view import ContactsView  # noqa: E402
from desktop.ui.directory.list_view import DirectoryListView  # noqa: E402
from desktop.ui.i18n import translations  # noqa: E402

TEXTS = {"clients": ("hot", "zzq"), "buildings": ("par", "lyo", "zzq"), "contacts": ("mar", "@ex", "zzq")}
VIEWS: dict[str, type[DirectoryListView]] = {
    "clients": ClientsView,
    "buildings": BuildingsView,
    "contacts": ContactsView,
}
TARGET_MS = 100


def median_ms(app: QApplication, work: Callable[[], Any], runs: int, settle: Callable[[], Any] | None = None) -> float:
    """The median time of ``work`` and the events it posts; ``settle`` runs untimed after each run."""
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        work()
        app.processEvents()
        if run:  # the first run warms the caches
            times.append((time.perf_counter() - start) * 1000)
        if settle is not None:
            settle()
    return round(statistics.median(times), 1)


def measure_view(app: QApplication, db: Database, actor: Actor, kind: str, runs: int) -> dict[str, Any]:
    view = VIEWS[kind](db, actor)
    view.resize(1300, 700)
    view.show()
    model = view.model

    def settle() -> None:
        model.wait_for_workers()
        app.processEvents()

    def query(**changes: Any) -> Callable[[], None]:
        def work() -> None:
            model.set_query(replace(model.query, **changes))

        return work

    result: dict[str, Any] = {"open_ms": median_ms(app, view.start, runs, settle)}
    settle()
    result["search_ms"] = {}
    for text in TEXTS[kind]:
        result["search_ms"][text] = median_ms(app, query(text=text), runs, settle)
        settle()
    model.set_query(replace(model.query, text=""))
    settle()
    result["sort_ms"] = {}
    for column in model.columns:
        if column.sort is None:
            continue
        for descending in (False, True):
            key = f"{column.sort}{' desc' if descending else ''}"
            result["sort_ms"][key] = median_ms(app, query(sort=column.sort, descending=descending), runs, settle)
            settle()
    model.set_query(replace(model.query, sort="name", descending=False))
    settle()

    def scroll() -> None:
        if not model.canFetchMore():
            model.reload()
            settle()
        model.fetchMore()

    result["scroll_ms"] = median_ms(app, scroll, runs, settle)

    def count() -> None:
        model.reload()
        model.wait_for_workers()

    result["count_ms"] = median_ms(app, count, runs)
    result["rows"] = model.count
    view.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
    parser.add_argument("--runs", type=int, default=11)
    arguments = parser.parse_args()
    ensure_database(arguments.database)
    app = QApplication.instance() or QApplication(sys.argv)
    translations().switch("en")
    engine = make_engine(f"sqlite:///{arguments.database}")
    upgrade(engine)
    db = Database(engine)
    actor = local_administrator(db)
    result: dict[str, Any] = {"database": str(arguments.database), "runs": arguments.runs, "target_ms": TARGET_MS}
    for kind in VIEWS:
        result[kind] = measure_view(app, db, actor, kind, arguments.runs)
    db.dispose()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
