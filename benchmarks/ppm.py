"""Planning and saving the PPM schedule of a large job: 2,000 buildings, 5 years of monthly periods (120,000).

    python benchmarks/ppm.py [--buildings 2000] [--years 5] [--runs 3] [--due 100000] [--preview 10000]
                             [--closes 10000]

Works in new SQLite files in a temporary folder (or --folder). Prints one JSON object; times are medians in
milliseconds over --runs, each run on new files:
- plan_ms: the planner alone (plan_periods for every building), the inputs built beforehand;
- save_ms: save_schedules for every building in one transaction, from the settings to the commit: loading
  the job buildings and their context, planning, merging with the (empty) stored rows, writing the rows;
- save_without_plan_ms: save_ms minus plan_ms, what the save adds to the planning;
- raw_insert_ms: the same rows written with the sqlite3 module's executemany in one transaction (the floor),
  on a file with the same schema and pragmas;
- resave_unchanged_ms: save_schedules again with nothing changed (every row compared, none written);
- resave_changed_ms: save_schedules with quarterly instead of monthly visits (two rows in three updated);
- generate_ms: generate_due_ppms for the first year (generate_orders orders, most of them invoice only, closed
  at once), then generate_again_ms: the same run again, with nothing left to create;
- generate_due_ms: generate_due_ppms on a new file whose schedules are saved (not timed) with --due periods due
  (100,000 by default, as many as there are when fewer): one New order each (generate_due_orders of them), in
  batches, each batch its own transaction; generate_due_again_ms: the same run again, nothing left to create.
- preview_ms: preview_generation on that file before the run, up to the date by which --preview periods (10,000
  by default) are due: every order to create listed, nothing written (preview_orders of them). Target: < 2,000.
- auto_close_preview_ms: due_closes on that file after the run, on the day by which --closes of its New orders
  (10,000 by default, whole months of them) are due to close as Not done (auto_close_days 0): every order listed;
  auto_close_ms: auto_close_due that day, each order closed with its activity entry, in batches
  (auto_closed_orders of them); auto_close_again_ms: the same run again, nothing left to close.
The target is save_ms <= 3 x raw_insert_ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, insert, select, update  # noqa: E402

from desktop.db.engine import SQLITE_BUSY_TIMEOUT_MS, Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.models import Building, Client, Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder  # noqa: E402
from desktop.domain.ppm import Frequency, plan_periods  # noqa: E402
from desktop.domain.ppm.schedule import ScheduleChange, plan_input  # noqa: E402
from desktop.services.actor import Actor  # noqa: E402
from desktop.services.ppm.auto_close import auto_close_due, due_closes  # noqa: E402
from desktop.services.ppm.generation import generate_due_ppms  # noqa: E402
from desktop.services.ppm.generation_preview import preview_generation  # noqa: E402
from desktop.services.ppm.loading import load_schedule, load_schedules  # noqa: E402
from desktop.services.ppm.saving import save_schedules  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402

TODAY = date(2026, 1, 1)
COLUMNS = (
    "job_building_id",
    "financial_start",
    "financial_end",
    "visit_start",
    "visit_end",
    "visit_set_manually",
    "invoiced",
    "closed",
    "certificate_required",
    "partial",
    "valid",
    "auto_generation_date",
)


def new_database(path: Path, buildings: int, years: int) -> tuple[Database, Actor, list[int]]:
    """A migrated file with one contract, one monthly job and its buildings (no periods yet)."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    admin = local_administrator(db)
    with db.transaction() as session:
        client = Client(name="Benchmark Estates", reference="BENCH")
        contract = Contract(
            client=client,
            reference="BENCH-PPM",
            start_date=TODAY,
            end_date=date(TODAY.year + years - 1, 12, 31),
            fy_start_month=1,
            fy_start_day=1,
            currency="EUR",
        )
        job = PpmJob(
            contract=contract,
            description="Monthly plant inspection",
            frequency=Frequency.MONTHLY,
            lead_days=14,
            default_visit_frequency=Frequency.MONTHLY,
            default_invoice_frequency=Frequency.MONTHLY,
            default_invoice_amount=Decimal("85.00"),
        )
        session.add_all([client, contract, job])
        session.flush()
        session.execute(
            insert(Building),
            [
                {
                    "client_id": client.id,
                    "name": f"Site {index:05d}",
                    "address_line": f"{index} High Street",
                    "postcode": "AB1 2CD",
                    "city": "Leeds",
                    "country": "GB",
                    "start_date": date(2015, 1, 1),
                }
                for index in range(buildings)
            ],
        )
        building_ids = session.scalars(select(Building.id).order_by(Building.id)).all()
        session.execute(
            insert(JobBuilding),
            [
                {
                    "ppm_job_id": job.id,
                    "building_id": building_id,
                    "visit_frequency": Frequency.MONTHLY,
                    "invoice_frequency": Frequency.MONTHLY,
                    "invoice_amount": Decimal("85.00"),
                    "partial_periods": False,
                    "exclude_dynamic_dates": False,
                }
                for building_id in building_ids
            ],
        )
        ids = list(session.scalars(select(JobBuilding.id).order_by(JobBuilding.id)))
    return db, admin, ids


def changes_for(db: Database, ids: list[int], visits: Frequency | None = None) -> list[ScheduleChange]:
    schedules = load_schedules(db, ids, TODAY)
    result = []
    for job_building in ids:
        schedule = schedules[job_building]
        settings = schedule.settings if visits is None else replace(schedule.settings, visit_frequency=visits)
        result.append(ScheduleChange(job_building, schedule.version, settings, schedule.manual_visits))
    return result


def timed(work: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def raw_insert(path: Path, rows: list[tuple[Any, ...]]) -> float:
    """The same rows with sqlite3 executemany, one transaction, the pragmas Bureau uses."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = FULL")
        sql = f"INSERT INTO financial_period ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return (time.perf_counter() - start) * 1000
    finally:
        connection.close()


def stored_rows(db: Database) -> list[tuple[Any, ...]]:
    """The saved rows as plain values, dates as ISO text (how SQLite stores them)."""
    table = FinancialPeriod.__table__
    with db.reading() as session:
        rows = session.execute(select(*(table.c[name] for name in COLUMNS)).order_by(table.c.id)).all()
    return [tuple(value.isoformat() if isinstance(value, date) else value for value in row) for row in rows]


def dialog_open_ms(db: Database, admin: Actor, job_building_id: int, opens: int = 10) -> tuple[float, int]:
    """Median time from asking for the building-period editor to the dialog painted on screen; its rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import translations
    from desktop.ui.ppm.periods_dialog import PeriodsDialog

    app = QApplication.instance() or QApplication([])
    translations().switch("en")
    times, rows = [], 0
    for _ in range(opens + 1):  # the first open warms Qt's caches and is not counted
        start = time.perf_counter()
        dialog = PeriodsDialog(db, admin, load_schedule(db, job_building_id))
        dialog.show()
        dialog.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        rows = dialog.model.rowCount()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    return statistics.median(times[1:]), rows


def auto_close(db: Database, closes: int) -> dict[str, Any]:
    """Closing as Not done the New orders of the first months, about ``closes`` of them, with 0 days' grace."""
    with db.transaction() as session:
        session.execute(update(PpmJob).values(auto_close_days=0))
        ends = session.execute(
            select(WorkOrder.financial_end_date, func.count())
            .group_by(WorkOrder.financial_end_date)
            .order_by(WorkOrder.financial_end_date)
        ).all()
    day, count = ends[0][0], 0
    for end, orders in ends:
        if count >= closes:
            break
        day, count = end, count + orders
    day = date.fromordinal(day.toordinal() + 1)
    preview_ms, listed = timed(lambda: due_closes(db, day))
    close_ms, closed = timed(lambda: auto_close_due(db, None, day))
    again_ms, again = timed(lambda: auto_close_due(db, None, day))
    assert len(closed.closed) == len(listed) and again.closed == ()
    return {
        "auto_close_preview_ms": preview_ms,
        "auto_close_ms": close_ms,
        "auto_closed_orders": len(closed.closed),
        "auto_close_again_ms": again_ms,
    }


def generate_due(folder: Path, buildings: int, years: int, due: int, preview: int, closes: int) -> dict[str, Any]:
    """Generating ``due`` periods' orders (or all there are) on a new file with the schedules saved."""
    db, admin, ids = new_database(folder / "due.sqlite", buildings, years)
    try:
        save_schedules(db, admin, changes_for(db, ids), TODAY)
        with db.reading() as session:
            dates = session.scalars(
                select(FinancialPeriod.auto_generation_date)
                .where(FinancialPeriod.valid.is_(True), FinancialPeriod.auto_generation_date.is_not(None))
                .order_by(FinancialPeriod.auto_generation_date)
            ).all()
        shown = dates[min(preview, len(dates)) - 1]
        preview_ms, previewed = timed(lambda: preview_generation(db, shown, today=TODAY, far_ahead=True))
        until = dates[min(due, len(dates)) - 1]
        due_ms, generated = timed(lambda: generate_due_ppms(db, None, until, today=TODAY, far_ahead=True))
        again_ms, again = timed(lambda: generate_due_ppms(db, None, until, today=TODAY, far_ahead=True))
        assert again.created == 0
        closing = auto_close(db, closes)
    finally:
        db.dispose()
    return {
        "generate_due_ms": due_ms,
        "generate_due_orders": generated.created,
        "generate_due_again_ms": again_ms,
        "preview_ms": preview_ms,
        "preview_orders": previewed.orders,
        **closing,
    }


def one_run(folder: Path, buildings: int, years: int, due: int, preview: int, closes: int) -> dict[str, Any]:
    for name in ("bureau.sqlite", "raw.sqlite", "due.sqlite"):
        for suffix in ("", "-wal", "-shm"):
            (folder / f"{name}{suffix}").unlink(missing_ok=True)
    db, admin, ids = new_database(folder / "bureau.sqlite", buildings, years)
    raw_db, _raw_admin, raw_ids = new_database(folder / "raw.sqlite", buildings, years)
    raw_db.dispose()
    assert raw_ids == ids
    try:
        changes = changes_for(db, ids)
        schedules = load_schedules(db, ids, TODAY)
        inputs = [plan_input(schedules[change.job_building_id], change.settings) for change in changes]
        plan_ms, plans = timed(lambda: [plan_periods(inp) for inp in inputs])
        periods = sum(len(plan) for plan in plans)

        save_ms, saved = timed(lambda: save_schedules(db, admin, changes, TODAY))
        assert sum(result.inserted for result in saved) == periods
        rows = stored_rows(db)
        raw_ms = raw_insert(folder / "raw.sqlite", rows)

        unchanged = changes_for(db, ids)
        resave_unchanged_ms, again = timed(lambda: save_schedules(db, admin, unchanged, TODAY))
        assert sum(result.updated + result.inserted + result.deleted for result in again) == 0
        quarterly = changes_for(db, ids, Frequency.QUARTERLY)
        resave_changed_ms, changed = timed(lambda: save_schedules(db, admin, quarterly, TODAY))
        updated = sum(result.updated for result in changed)
        until = date(TODAY.year, 12, 31)
        generate_ms, generated = timed(lambda: generate_due_ppms(db, None, until, today=TODAY))
        generate_again_ms, again_generated = timed(lambda: generate_due_ppms(db, None, until, today=TODAY))
        assert again_generated.created == 0

        start = time.perf_counter()
        schedule = load_schedule(db, ids[0], TODAY)
        _ = schedule.current
        load_one_ms = (time.perf_counter() - start) * 1000
        dialog_ms, dialog_rows = dialog_open_ms(db, admin, ids[0])
    finally:
        db.dispose()
    due_report = generate_due(folder, buildings, years, due, preview, closes)
    return {
        "periods": periods,
        "plan_ms": plan_ms,
        "save_ms": save_ms,
        "save_without_plan_ms": save_ms - plan_ms,
        "raw_insert_ms": raw_ms,
        "resave_unchanged_ms": resave_unchanged_ms,
        "resave_changed_ms": resave_changed_ms,
        "resave_changed_rows": updated,
        "generate_ms": generate_ms,
        "generate_orders": generated.created,
        "generate_again_ms": generate_again_ms,
        "load_and_preview_one_building_ms": load_one_ms,
        "dialog_shown_ms": dialog_ms,
        "dialog_periods": dialog_rows,
        **due_report,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buildings", type=int, default=2000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--due", type=int, default=100_000, help="periods due for generate_due_ms")
    parser.add_argument("--preview", type=int, default=10_000, help="periods due for preview_ms")
    parser.add_argument("--closes", type=int, default=10_000, help="orders due to close for auto_close_ms")
    parser.add_argument("--folder", type=Path, help="where the SQLite files go (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        runs = [
            one_run(folder, args.buildings, args.years, args.due, args.preview, args.closes) for _ in range(args.runs)
        ]
    report: dict[str, Any] = {"buildings": args.buildings, "years": args.years, "runs": args.runs}
    for key in runs[0]:
        values = [run[key] for run in runs]
        report[key] = round(statistics.median(values), 1) if isinstance(values[0], float) else values[0]
    report["save_vs_raw"] = round(report["save_ms"] / report["raw_insert_ms"], 2)
    report["save_without_plan_vs_raw"] = round(report["save_without_plan_ms"] / report["raw_insert_ms"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
