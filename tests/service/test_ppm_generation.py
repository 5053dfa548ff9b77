"""PPM generation on SQLite and PostgreSQL: each due order once, invoice-only orders closed, cancelled ones never
back, two processes at once, and the ``bureau generate-ppm`` command."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from desktop.db.engine import Database, make_engine
from desktop.db.models import ActivityEntry, FinancialPeriod, JobBuilding, WorkOrder
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.schedule import ScheduleChange
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.saving import save_schedules
from desktop.services.users import local_administrator
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.factories import client_with_building
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, save_as_stored

TODAY = date(2026, 3, 1)
START = date(2026, 4, 1)  # the contract's first day: a run on it may go up to the contract's end
SPEC = PpmJobSpec()  # monthly periods from April 2026, quarterly visits, monthly invoices


def ppm_orders(db: Database) -> list[WorkOrder]:
    with db.reading() as session:
        return list(
            session.scalars(select(WorkOrder).where(WorkOrder.type == WorkOrderType.PPM).order_by(WorkOrder.number))
        )


def save_all(db: Database, actor: Actor, job_buildings: list[int]) -> None:
    changes = []
    for job_building in job_buildings:
        schedule = load_schedule(db, job_building, TODAY)
        changes.append(ScheduleChange(job_building, schedule.version, schedule.settings))
    save_schedules(db, actor, changes, TODAY)


def test_due_orders_are_created_once(db: Database, admin: Actor) -> None:
    building = client_with_building(db)
    create_work_order(db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title="Leak", building_id=building))
    (job_building,) = ppm_job(db, replace(SPEC, description="Boiler maintenance"))
    with db.transaction() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        row.instructions = "Ask for the caretaker."
    save_as_stored(db, admin, job_building, TODAY)

    first = generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    # April (visit, due 2026-03-18) and May (invoice only, due 2026-04-17); the reactive order holds number 1.
    assert (first.created, first.invoice_only, first.numbers) == (2, 1, (2, 3))
    again = generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    assert (again.created, again.numbers) == (0, ())

    april, may = ppm_orders(db)
    schedule = load_schedule(db, job_building, TODAY)
    periods = {period.financial_start: period for period in schedule.stored_periods}
    assert april.number == 2 and april.status is Status.NEW and not april.invoice_only
    assert april.title == "Boiler maintenance" and april.description == "Ask for the caretaker."
    assert (april.building_name, april.client_name) == ("Site 0001", "Acme Facilities")
    assert april.contract_id == schedule.contract_id and april.job_building_id == job_building
    assert april.financial_period_id == periods[date(2026, 4, 1)].id
    assert (april.due_date, april.financial_end_date) == (date(2026, 4, 30), date(2026, 4, 30))
    assert (may.due_date, may.financial_end_date) == (date(2026, 5, 31), date(2026, 5, 31))
    with db.reading() as session:
        entries = session.execute(
            select(ActivityEntry.kind, ActivityEntry.user_id, ActivityEntry.new_value).where(
                ActivityEntry.work_order_id == april.id
            )
        ).all()
    assert [tuple(entry) for entry in entries] == [(ActivityKind.CREATED, None, "2")]
    assert [period.overall_label.english() for period in schedule.current.periods[:3]] == [
        "Generated",
        "Invoice only",
        "Generates on 2026-05-18",
    ]


def test_invoice_only_periods_give_orders_closed_at_once(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, SPEC)
    save_as_stored(db, admin, job_building, TODAY)
    result = generate_due_ppms(db, admin, date(2027, 3, 31), today=START)
    assert (result.created, result.invoice_only) == (12, 8)
    orders = ppm_orders(db)
    closed = [order for order in orders if order.invoice_only]
    assert len(closed) == 8
    assert all(order.status is Status.CLOSED and order.completed_at is not None for order in closed)
    assert all(order.status is Status.NEW for order in orders if not order.invoice_only)
    with db.reading() as session:
        entries = session.execute(
            select(ActivityEntry.kind, ActivityEntry.user_id, ActivityEntry.old_value, ActivityEntry.new_value)
            .where(ActivityEntry.work_order_id == closed[0].id)
            .order_by(ActivityEntry.id)
        ).all()
    assert [tuple(entry) for entry in entries] == [
        (ActivityKind.CREATED, admin.user_id, None, str(closed[0].number)),
        (ActivityKind.STATUS, admin.user_id, "new", "closed"),
    ]


def test_invalid_periods_and_future_ones_are_not_generated(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, SPEC)
    close_building(db, job_building, date(2026, 4, 20), date(2026, 5, 10))
    save_as_stored(db, admin, job_building, TODAY)
    # April and May are closed (invalid); June's invoice is due on 2026-05-18.
    assert generate_due_ppms(db, None, date(2026, 5, 17), today=TODAY).created == 0
    result = generate_due_ppms(db, None, date(2026, 5, 18), today=TODAY)
    assert result.created == 1
    (june,) = ppm_orders(db)
    assert june.financial_end_date == date(2026, 6, 30) and june.invoice_only


def test_an_order_cancelled_with_the_ppm_cancel_is_never_generated_again(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, SPEC)
    save_as_stored(db, admin, job_building, TODAY)
    (april,) = generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).numbers
    order = next(order for order in ppm_orders(db) if order.number == april)
    actions.cancel_job(db, admin, april, order.version, "The client closed the plant room.")

    assert generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).created == 0
    # A re-plan keeps the period (with its cancelled order), so generation still finds it taken.
    save_as_stored(db, admin, job_building, TODAY, invoice_amount=order.balance + 200)
    assert generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).created == 0
    (only,) = ppm_orders(db)
    assert only.number == april and only.status is Status.CANCELLED and only.ppm_cancel_final


def test_generation_takes_batches_and_keeps_numbers_unique(db: Database, admin: Actor) -> None:
    job_buildings = ppm_job(db, replace(SPEC, visits=Frequency.MONTHLY, frequency=Frequency.MONTHLY), buildings=7)
    save_all(db, admin, job_buildings)
    result = generate_due_ppms(db, None, date(2027, 3, 31), batch_size=5, today=START)
    assert result.created == 84 and result.numbers == tuple(range(1, 85))
    assert generate_due_ppms(db, None, date(2027, 3, 31), batch_size=5, today=START).created == 0


# Two processes at once.


def _generate_in_another_process(url: str, until: date, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = Database(make_engine(url))
    try:
        barrier.wait(timeout=60)
        result = generate_due_ppms(db, None, until, batch_size=7, today=START)
        results.put(result.numbers)
    except BaseException as error:  # reported to the test
        results.put(repr(error))
    finally:
        db.dispose()


def test_two_processes_generating_at_once_create_each_order_once(db: Database, admin: Actor) -> None:
    job_buildings = ppm_job(db, replace(SPEC, visits=Frequency.MONTHLY, frequency=Frequency.MONTHLY), buildings=25)
    save_all(db, admin, job_buildings)
    url = db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_generate_in_another_process, args=(url, date(2027, 3, 31), barrier, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert all(isinstance(outcome, tuple) for outcome in outcomes), outcomes
    numbers = sorted(number for outcome in outcomes for number in outcome)
    assert numbers == list(range(1, 301))

    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(WorkOrder)) == 300
        pairs = session.execute(
            select(func.count(func.distinct(WorkOrder.financial_period_id))).where(WorkOrder.type == WorkOrderType.PPM)
        ).scalar()
        assert pairs == 300
        assert session.scalar(select(func.count()).select_from(FinancialPeriod)) == 300
        assert session.scalar(select(func.count()).select_from(ActivityEntry)) == 300


# The command line.


def run_bureau(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )


def next_contract() -> PpmJobSpec:
    """SPEC from the first day of next month: the command runs on the real today, and none of these periods has
    ended yet."""
    start = date.today().replace(day=1) + relativedelta(months=1)
    return replace(
        SPEC, contract_start=start, contract_end=start + relativedelta(years=1, days=-1), fy_start=(start.month, 1)
    )


def test_the_command_generates_what_is_due(sqlite_db: Database, data_dir: Path) -> None:
    admin = local_administrator(sqlite_db)
    spec = next_contract()
    (job_building,) = ppm_job(sqlite_db, spec)
    save_as_stored(sqlite_db, admin, job_building, date.today())
    path = sqlite_db.url.database
    assert path is not None
    sqlite_db.dispose()

    # Up to the end of the third month: the first visit, two invoice-only months, and the second visit (due two
    # weeks before its month starts).
    until = spec.contract_start + relativedelta(months=3, days=-1)
    result = run_bureau("--database", path, "generate-ppm", "--until", until.isoformat(), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Contract CT-0001: created 4 (invoice only: 2), missed 0, cancelled 0.",
        "PPM work orders created: 4 (of which invoice only, closed at once: 2). Missed periods skipped: 0. "
        "Cancelled by re-plans: 0.",
    ]
    # Up to the contract's end is more than a year ahead: refused in one line, nothing created.
    end = spec.contract_end.isoformat()
    refused = run_bureau("--database", path, "generate-ppm", "--until", end, data_dir=data_dir)
    assert refused.returncode == 1 and refused.stdout == ""
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("bureau: ") and "more than a year ahead" in lines[0], lines
    assert len(ppm_orders(sqlite_db)) == 4
    # Asked for, it goes; options may also follow the command.
    again = run_bureau("generate-ppm", "--until", end, "--far-ahead", "--database", path, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (
        "PPM work orders created: 8 (of which invoice only, closed at once: 6). Missed periods skipped: 0. "
        "Cancelled by re-plans: 0."
    )
    assert len(ppm_orders(sqlite_db)) == 12
    # Without --until: what is due today; everything is generated already, no contract to report.
    today = run_bureau("--database", path, "generate-ppm", data_dir=data_dir)
    assert today.returncode == 0 and today.stdout.startswith("PPM work orders created: 0 "), today.stderr


def test_the_command_reports_missed_periods(sqlite_db: Database, data_dir: Path) -> None:
    admin = local_administrator(sqlite_db)
    # A contract that ended before today: every period of it is missed, none generated.
    past = replace(SPEC, contract_start=date(2024, 4, 1), contract_end=date(2025, 3, 31))
    (job_building,) = ppm_job(sqlite_db, past)
    save_as_stored(sqlite_db, admin, job_building, TODAY)
    path = sqlite_db.url.database
    assert path is not None
    sqlite_db.dispose()
    result = run_bureau("--database", path, "generate-ppm", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Contract CT-0001: created 0 (invoice only: 0), missed 12, cancelled 0.",
        "PPM work orders created: 0 (of which invoice only, closed at once: 0). Missed periods skipped: 12. "
        "Cancelled by re-plans: 0.",
    ]
    assert ppm_orders(sqlite_db) == []


def test_two_commands_at_once_on_one_sqlite_file(sqlite_db: Database, data_dir: Path) -> None:
    admin = local_administrator(sqlite_db)
    spec = next_contract()
    job_buildings = ppm_job(sqlite_db, spec, buildings=40)
    save_all(sqlite_db, admin, job_buildings)
    path = sqlite_db.url.database
    assert path is not None
    sqlite_db.dispose()
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    end = spec.contract_end.isoformat()
    command = [sys.executable, "-m", "desktop", "--database", path, "generate-ppm", "--until", end, "--far-ahead"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in "ab"]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    counts = [int(out.splitlines()[-1].split(":")[1].split("(")[0]) for out, _err in outputs]
    assert sum(counts) == 480
    orders = ppm_orders(sqlite_db)
    assert len(orders) == 480 and len({order.financial_period_id for order in orders}) == 480


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("generate-ppm", "--until", "2026-13-01"), "not a date"),
        (("generate-ppm", "--until"), "expected one argument"),
    ],
)
def test_the_command_refuses_a_bad_date(data_dir: Path, args: tuple[str, ...], fragment: str) -> None:
    result = run_bureau(*args, data_dir=data_dir)
    assert result.returncode == 2 and fragment in result.stderr and "Traceback" not in result.stderr


def test_the_command_on_a_file_that_is_not_a_bureau_database_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    result = run_bureau("--database", str(notes), "generate-ppm", data_dir=data_dir)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("bureau: ") and "not a Bureau database" in lines[0]
    assert notes.read_text() == "shopping list\n"


def test_generation_places_the_next_visits_from_the_last_completed_one(db: Database, admin: Actor) -> None:
    from datetime import UTC, datetime

    from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored

    quarterly = PpmJobSpec(invoices=Frequency.QUARTERLY)  # dynamic dates supported, not excluded
    (job_building,) = ppm_job(db, quarterly)
    save_as_stored(db, admin, job_building, date(2026, 3, 1))
    april = generate_due_ppms(db, None, date(2026, 4, 1), today=date(2026, 3, 1)).numbers[0]
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == april))
        assert order is not None
        order.status = Status.COMPLETED
        order.started_at = datetime(2026, 4, 14, 8, tzinfo=UTC)
        order.completed_at = datetime(2026, 4, 20, 15, tzinfo=UTC)

    # Nobody saved the schedule since: generation itself moves the July visit to end three months later.
    result = generate_due_ppms(db, None, date(2026, 7, 1), today=date(2026, 5, 1))
    assert len(result.numbers) == 1
    with db.reading() as session:
        july = session.scalar(select(WorkOrder).where(WorkOrder.number == result.numbers[0]))
        assert july is not None and july.due_date == date(2026, 7, 20)
    periods = {p.financial_start: p for p in load_schedule(db, job_building, date(2026, 5, 1)).stored_periods}
    assert (periods[date(2026, 7, 1)].visit_end, periods[date(2026, 7, 1)].auto_generation_date) == (
        date(2026, 7, 20),
        date(2026, 6, 17),
    )
    # Run again: nothing left to follow, nothing created.
    assert generate_due_ppms(db, None, date(2026, 7, 1), today=date(2026, 5, 1)).created == 0
