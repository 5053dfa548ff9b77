"""Opening a busy work order: 1,000 activity entries, 500 time entries and 200 attachments.

    python benchmarks/workorder_open.py [--database URL] [--runs 21]

Builds the order in a fresh SQLite database in a temporary folder (or in the database at --database, e.g. a
PostgreSQL URL whose schema is empty), then opens it again and again. Prints one JSON object; times are
medians in milliseconds:
- detail_read_ms: the order read for its view (get_detail: header, activity, what the agent may do);
- time_read_ms: its time entries with their totals (time_summary);
- view_build_ms: the work order view constructed from the detail read, every tab filled, and shown;
- open_ms: all of it, as the main window opens an order (target < 200).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.models import ActivityEntry, Attachment, TimeEntry, User  # noqa: E402
from desktop.domain.workorders import ActivityKind, Priority, WorkOrderType  # noqa: E402
from desktop.services.rates import RateFields, create_rate  # noqa: E402
from desktop.services.stored_files import store_file  # noqa: E402
from desktop.services.time_entries import time_summary, work_order_id  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402
from desktop.services.workorder_detail import get_detail  # noqa: E402
from desktop.services.workorders import NewWorkOrder, create_work_order  # noqa: E402

ACTIVITY, TIME_ENTRIES, ATTACHMENTS = 1000, 500, 200
TARGET_MS = 200


def median_ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 3)


def timed(work: Callable[[], Any], runs: int) -> list[float]:
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def busy_order(db: Database) -> int:
    """The order's number, with its activity, time entries and attachments."""
    from tests.factories import client_with_building

    admin = local_administrator(db)
    building = client_with_building(db)
    number = create_work_order(
        db,
        admin,
        NewWorkOrder(type=WorkOrderType.REACTIVE, title="Busy order", building_id=building, priority=Priority.HIGH),
    )
    order_id = work_order_id(db, number)
    rate = create_rate(db, admin, RateFields("Standard", Decimal("85"), "EUR"))
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    with db.transaction() as session:
        agent = session.get(User, admin.user_id)
        assert agent is not None
        session.execute(
            insert(ActivityEntry),
            [
                {
                    "work_order_id": order_id,
                    "user_id": admin.user_id,
                    "created_at": start + timedelta(minutes=index),
                    "kind": ActivityKind.COMMENT,
                    "text": f"Comment number {index}: checked the valve and the pressure on floor {index % 12}.",
                }
                for index in range(ACTIVITY)
            ],
        )
        session.execute(
            insert(TimeEntry),
            [
                {
                    "work_order_id": order_id,
                    "technician_id": admin.user_id,
                    "rate_id": rate,
                    "hourly_amount": Decimal("85.00"),
                    "currency": "EUR",
                    "started_at": start + timedelta(hours=3 * index),
                    "ended_at": start + timedelta(hours=3 * index, minutes=30 + index % 90),
                    "billable": index % 5 != 0,
                    "description": f"Visit {index}",
                    "user_id": admin.user_id,
                    "created_at": start,
                    "version": 1,
                }
                for index in range(TIME_ENTRIES)
            ],
        )
        sha = store_file(session, b"%PDF-1.4 benchmark attachment\n" * 100)
        session.execute(
            insert(Attachment),
            [
                {
                    "work_order_id": order_id,
                    "file_sha256": sha,
                    "file_name": f"report-{index}.pdf",
                    "media_type": "application/pdf",
                    "size": 3100,
                    "user_id": admin.user_id,
                    "created_at": start,
                }
                for index in range(ATTACHMENTS)
            ],
        )
    return number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a database URL (default: a new SQLite file)")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bureau-bench-")
    os.environ.setdefault("BUREAU_DATA_DIR", folder)
    url = args.database or f"sqlite:///{Path(folder) / 'bureau.sqlite'}"
    engine = make_engine(url)
    upgrade(engine)
    db = Database(engine)
    number = busy_order(db)
    admin = local_administrator(db)
    order_id = work_order_id(db, number)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

    detail = get_detail(db, admin, number)

    def build() -> None:
        view = WorkOrderDetailView(db, admin, detail)
        view.resize(1300, 760)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()
        app.processEvents()

    def open_order() -> None:
        view = WorkOrderDetailView(db, admin, get_detail(db, admin, number))
        view.resize(1300, 760)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()
        app.processEvents()

    summary = time_summary(db, order_id)
    assert len(summary.entries) == TIME_ENTRIES and len(detail.activity) > ACTIVITY
    result = {
        "benchmark": "workorder_open",
        "database": engine.dialect.name,
        "activity_entries": len(detail.activity),
        "time_entries": len(summary.entries),
        "attachments": ATTACHMENTS,
        "runs": args.runs,
        "detail_read_ms": median_ms(timed(lambda: get_detail(db, admin, number), args.runs)),
        "time_read_ms": median_ms(timed(lambda: time_summary(db, order_id), args.runs)),
        "view_build_ms": median_ms(timed(build, args.runs)),
        "open_ms": median_ms(timed(open_order, args.runs)),
        "target_open_ms": TARGET_MS,
    }
    result["within_target"] = result["open_ms"] < TARGET_MS
    print(json.dumps(result, indent=2))
    db.dispose()


if __name__ == "__main__":
    main()
