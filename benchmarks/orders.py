"""Logging a call at a million work orders: the New work order dialog, its type-ahead lookups, the save, the list.

    python benchmarks/orders.py [--database PATH] [--size 1000000] [--runs 21]

Creates the SQLite database on first use (a sized demo of --size orders, with its buildings and contacts in
proportion: about 20,000 and 60,000 at a million; a couple of minutes), then reuses it. Each run logs real
orders into it (--runs + 1 per start), so the database grows a little with every start.
Prints one JSON object; times are medians in milliseconds:
- dialog_shown_ms: the New work order dialog constructed, shown and its events processed (target < 150);
- lookup_*_service_ms: find_buildings / find_contacts for a 3-letter text, the query alone;
- lookup_*_ms: the dialog's building / contact lookup searching that text and filling its list (target < 16);
- save_ms: log_work_order of a new order with a caller (target < 50);
- visible_ms: from the save to the helpdesk list (main window, newest first) holding the new order on its top
  row, the list being read again as the dialog's launcher does it (target < 100).
Memory is the peak resident set size of the process: with the main window's list open, after the dialogs,
before and after logging the orders (the list read again after each).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.domain.workorders import Priority, WorkOrderType  # noqa: E402
from desktop.services.lookup_search import find_buildings, find_contacts  # noqa: E402
from desktop.services.order_intake import log_work_order  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402
from desktop.services.workorders import NewWorkOrder  # noqa: E402

DEFAULT_DATABASE = ROOT / "benchmarks" / "data" / "orders-1m.sqlite"
BUILDING_TEXTS = ("par", "lyo", "lon", "ber", "ams", "hot", "sch", "man", "köl", "nic")
CONTACT_TEXTS = ("mar", "emm", "tho", "jul", "pie", "lot", "ste", "nat", "dan", "rac")
TARGETS_MS = {"dialog_shown_ms": 150, "lookup_building_ms": 16, "lookup_contact_ms": 16, "save_ms": 50,
              "visible_ms": 100}


def median_ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 3)


def timed_runs(work: Callable[[], Any], runs: int) -> list[float]:
    work()  # warm the caches: every figure is of a repeated run
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def ensure_database(path: Path, size: int) -> None:
    if path.exists():
        return
    from desktop.demo import load_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    local_administrator(db)
    load_demo(db, "en", size=size)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ensure_database(args.database, args.size)

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.domain.listing import ListFilter
    from desktop.ui.i18n import translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.neworder.dialog import NewWorkOrderDialog
    from desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    translations().switch("en")
    engine = make_engine(f"sqlite:///{args.database}")
    upgrade(engine)
    db = Database(engine)
    actor = local_administrator(db)
    with db.reading() as session:
        from sqlalchemy import func, select

        from desktop.db.models import Building, Contact, WorkOrder

        counts = {
            "work_orders": session.scalar(select(func.count()).select_from(WorkOrder)),
            "buildings": session.scalar(select(func.count()).select_from(Building)),
            "contacts": session.scalar(select(func.count()).select_from(Contact)),
        }

    window = MainWindow(db, actor, Settings())
    window.show_filter(ListFilter())
    window.resize(1360, 780)
    window.show()
    while not window.model.count_known or window.model.number_at(0) is None:
        app.processEvents()
    rss_list_open = peak_rss_mib()

    def flush_deletes() -> None:
        # What returning to the event loop does after the launcher's deleteLater (processEvents does not).
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # The dialog, constructed and shown.
    def show_dialog() -> None:
        dialog = NewWorkOrderDialog(db, actor, None, window)
        dialog.show()
        app.processEvents()
        dialog.hide()
        dialog.deleteLater()
        flush_deletes()

    dialog_times = []
    show_dialog()
    for _ in range(args.runs):
        start = time.perf_counter()
        dialog = NewWorkOrderDialog(db, actor, None, window)
        dialog.show()
        app.processEvents()
        dialog_times.append(time.perf_counter() - start)
        dialog.hide()
        dialog.deleteLater()
        flush_deletes()

    rss_after_dialogs = peak_rss_mib()

    # The type-ahead lookups: the service queries alone, then the dialog's lookups (query and list model).
    dialog = NewWorkOrderDialog(db, actor, None, window)
    dialog.show()
    app.processEvents()
    building_texts, contact_texts = cycle(BUILDING_TEXTS), cycle(CONTACT_TEXTS)
    building_service = timed_runs(lambda: find_buildings(db, next(building_texts)), args.runs)
    contact_service = timed_runs(lambda: find_contacts(db, next(contact_texts)), args.runs)

    def lookup(edit: Any, texts: Any) -> Callable[[], Any]:
        def work() -> None:
            edit.setText(next(texts))
            edit.search_now(show=False)

        return work

    building_lookup = timed_runs(lookup(dialog.building, building_texts), args.runs)
    contact_lookup = timed_runs(lookup(dialog.contact, contact_texts), args.runs)
    hits_shown = (len(dialog.building.hits()), len(dialog.contact.hits()))
    dialog.hide()
    dialog.deleteLater()
    flush_deletes()

    rss_before_logging = peak_rss_mib()

    # Saving, and the new order on the list's top row (the launcher reloads the list after each save).
    buildings = find_buildings(db, "par")
    save_times, visible_times = [], []
    for run in range(args.runs + 1):
        building = buildings[run % len(buildings)]
        contacts = find_contacts(db, "", client_id=building.client_id, limit=5)
        new = NewWorkOrder(
            type=WorkOrderType.REACTIVE,
            title=f"Benchmark call {run}: water leak",
            building_id=building.id,
            priority=Priority.NORMAL,
            description="Logged by benchmarks/orders.py",
            contact_id=contacts[0].id if contacts else None,
        )
        start = time.perf_counter()
        number = log_work_order(db, actor, new)
        saved = time.perf_counter()
        window.model.reload()
        while window.model.number_at(0) != number:
            app.processEvents()
            if time.perf_counter() - saved > 30:
                raise RuntimeError(f"order {number} never reached the list's top row")
        shown = time.perf_counter()
        if run:  # the first is the warm-up
            save_times.append(saved - start)
            visible_times.append(shown - saved)
    window.model.wait_for_workers()
    app.processEvents()

    figures = {
        "dialog_shown_ms": median_ms(dialog_times),
        "lookup_building_service_ms": median_ms(building_service),
        "lookup_contact_service_ms": median_ms(contact_service),
        "lookup_building_ms": median_ms(building_lookup),
        "lookup_contact_ms": median_ms(contact_lookup),
        "save_ms": median_ms(save_times),
        "visible_ms": median_ms(visible_times),
    }
    report = {
        "database": str(args.database),
        "rows": counts,
        "runs": args.runs,
        **figures,
        "lookup_hits_shown": {"building": hits_shown[0], "contact": hits_shown[1]},
        "max_ms": {
            "dialog_shown_ms": round(max(dialog_times) * 1000, 3),
            "save_ms": round(max(save_times) * 1000, 3),
            "visible_ms": round(max(visible_times) * 1000, 3),
        },
        "targets_ms": TARGETS_MS,
        "over_target": sorted(name for name, limit in TARGETS_MS.items() if figures[name] > limit),
        "peak_rss_list_open_mib": rss_list_open,
        "peak_rss_after_dialogs_mib": rss_after_dialogs,
        "peak_rss_before_logging_mib": rss_before_logging,
        "peak_rss_after_logging_mib": peak_rss_mib(),
        "orders_logged": len(save_times) + 1,
    }
    window.close()
    db.dispose()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
