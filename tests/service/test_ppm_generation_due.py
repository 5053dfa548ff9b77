"""PPM generation does only what is due, on SQLite and PostgreSQL: a second run changes nothing, a run before
today re-plans nothing, each completed visit re-plans its building once (with its schedule history), missed
periods are skipped and counted, a run more than a year ahead must be asked for, and the result says per
contract what was created, missed and cancelled."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import FinancialPeriod, JobBuilding, ScheduleHistoryEntry, WorkOrder
from desktop.domain.errors import ValidationError
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.history import Reason, What
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.ppm.generation import ContractReport, generate_due_ppms, generation_limit
from desktop.services.ppm.history import history_of
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.saving import save_schedule
from desktop.services.users import local_administrator
from tests.bad_input_world import BAD_INPUT, checksum
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, save_as_stored

PLANNED_ON = date(2026, 3, 1)
# Quarterly periods, visits and invoices from April 2026 to March 2027: dynamic dates, not excluded.
QUARTERLY = PpmJobSpec(invoices=Frequency.QUARTERLY)
# Monthly periods (quarterly visits, monthly invoices): April has a visit, May and June are invoice only.
MONTHLY_INVOICES = PpmJobSpec()


def stored_state(db: Database) -> str:
    """A hash of every financial_period and job_building row, in id order."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in (FinancialPeriod.__table__, JobBuilding.__table__):
            for row in connection.execute(select(table).order_by(table.c.id)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def complete(db: Database, number: int, on: datetime) -> None:
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        order.status = Status.COMPLETED
        order.started_at = on - timedelta(hours=4)
        order.completed_at = on


def history_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ScheduleHistoryEntry)) or 0


def order_of(db: Database, number: int) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order


def quarterly_building_with_a_completed_visit(db: Database, admin: Actor) -> tuple[int, int]:
    """A stored quarterly schedule whose April visit (generated) was completed on 2026-04-20; (job building,
    April's number). Its periods were planned before that visit."""
    (job_building,) = ppm_job(db, QUARTERLY)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    (april,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    return job_building, april


def test_a_second_run_creates_nothing_and_changes_no_period(db: Database, admin: Actor) -> None:
    job_building, _april = quarterly_building_with_a_completed_visit(db, admin)
    (other,) = ppm_job(db, MONTHLY_INVOICES)
    save_as_stored(db, admin, other, PLANNED_ON)

    first = generate_due_ppms(db, None, date(2026, 9, 30), today=date(2026, 5, 1))
    assert first.created > 0 and first.replanned == (job_building,)
    before, history = stored_state(db), history_count(db)
    again = generate_due_ppms(db, None, date(2026, 9, 30), today=date(2026, 5, 1))
    assert (again.created, again.numbers, again.replanned, again.cancelled) == (0, (), (), ())
    # April of the second contract ended without an order: missed, and reported as such each time.
    assert first.missed == again.missed == 1
    assert again.contracts == (ContractReport("CT-0002", created=0, invoice_only=0, missed=1, cancelled=0),)
    assert stored_state(db) == before and history_count(db) == history


@BAD_INPUT
@given(
    today=st.dates(date(2026, 3, 1), date(2027, 6, 30)),
    ahead=st.integers(-400, 365),
    complete_april=st.booleans(),
)
def test_any_run_done_twice_changes_nothing_the_second_time(
    sqlite_db: Database, today: date, ahead: int, complete_april: bool
) -> None:
    """Whatever the day and the horizon, and whatever earlier runs left (the database is shared by the examples),
    the same run again finds nothing to do."""
    db = sqlite_db
    admin = local_administrator(db)
    (job_building,) = ppm_job(db, QUARTERLY)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    first = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    if complete_april and first:
        complete(db, first[0], datetime(2026, 4, 20, 15, tzinfo=UTC))
    until = today + timedelta(days=ahead)
    generate_due_ppms(db, None, until, today=today)
    before, orders = stored_state(db), checksum(db)
    again = generate_due_ppms(db, None, until, today=today)
    assert (again.created, again.replanned, again.cancelled) == (0, (), ())
    assert stored_state(db) == before and checksum(db) == orders


def test_a_run_up_to_1900_changes_nothing_even_with_a_visit_to_follow(db: Database, admin: Actor) -> None:
    quarterly_building_with_a_completed_visit(db, admin)
    before = checksum(db)
    result = generate_due_ppms(db, None, date(1900, 1, 1), today=date(2026, 5, 1))
    assert (result.created, result.missed, result.replanned, result.cancelled, result.contracts) == (0, 0, (), (), ())
    assert checksum(db) == before


def test_a_run_up_to_yesterday_re_plans_nothing(db: Database, admin: Actor) -> None:
    job_building, _april = quarterly_building_with_a_completed_visit(db, admin)
    before = stored_state(db)
    result = generate_due_ppms(db, None, date(2026, 4, 30), today=date(2026, 5, 1))
    assert result.replanned == () and stored_state(db) == before
    # Up to today: the building follows its visit.
    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == (job_building,)


def test_a_completed_visit_re_plans_its_building_once(db: Database, admin: Actor) -> None:
    job_building, april = quarterly_building_with_a_completed_visit(db, admin)
    assert history_of(db, job_building) == []

    result = generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1))
    assert result.replanned == (job_building,) and result.created == 0
    entries = history_of(db, job_building)
    assert entries and {entry.reason for entry in entries} == {Reason.VISIT_COMPLETED}
    assert all(entry.user is None for entry in entries)
    july = next(entry for entry in entries if entry.financial_start == date(2026, 7, 1) and entry.what is What.VISIT)
    assert (july.old, july.new) == ("2026-07-01 – 2026-09-30", "2026-07-01 – 2026-07-20")
    schedule = load_schedule(db, job_building, date(2026, 5, 1))
    assert schedule.planned_anchor == date(2026, 4, 20)

    again = generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 2))
    assert again.replanned == () and len(history_of(db, job_building)) == len(entries)
    # The next completed visit re-plans it again, once.
    (july_order,) = generate_due_ppms(db, None, date(2026, 7, 1), today=date(2026, 5, 2)).numbers
    assert order_of(db, july_order).due_date == date(2026, 7, 20)
    complete(db, july_order, datetime(2026, 7, 10, 9, tzinfo=UTC))
    assert generate_due_ppms(db, None, date(2026, 7, 15), today=date(2026, 7, 15)).replanned == (job_building,)
    assert generate_due_ppms(db, None, date(2026, 7, 15), today=date(2026, 7, 15)).replanned == ()
    assert order_of(db, april).status is Status.COMPLETED


def test_a_new_certificate_re_plans_a_certificate_based_building(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, replace(QUARTERLY, certificate_based=True))
    save_as_stored(db, admin, job_building, PLANNED_ON)
    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == ()
    with db.transaction() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        row.last_certificate_date = date(2026, 4, 10)

    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == (job_building,)
    entries = history_of(db, job_building)
    assert entries and {entry.reason for entry in entries} == {Reason.CERTIFICATE}
    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == ()


def test_a_building_without_dynamic_dates_is_never_re_planned(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, replace(QUARTERLY, exclude_dynamic_dates=True))
    save_as_stored(db, admin, job_building, PLANNED_ON)
    (april,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    before = stored_state(db)
    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == ()
    assert stored_state(db) == before and history_of(db, job_building) == []


def test_a_re_plan_keeps_the_periods_with_an_order(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    april, july = generate_due_ppms(db, None, date(2026, 7, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    stored = {p.financial_start: p for p in load_schedule(db, job_building, PLANNED_ON).stored_periods}

    assert generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1)).replanned == (job_building,)
    after = {p.financial_start: p for p in load_schedule(db, job_building, date(2026, 5, 1)).stored_periods}
    assert after[date(2026, 7, 1)] == stored[date(2026, 7, 1)]  # July's visit stays as its order was made
    assert order_of(db, july).due_date == date(2026, 9, 30)
    # October's visit follows the completed one: due three months after the planned July 20.
    assert (after[date(2026, 10, 1)].visit_start, after[date(2026, 10, 1)].visit_end) == (
        date(2026, 10, 1),
        date(2026, 10, 20),
    )
    assert all(entry.financial_start != date(2026, 7, 1) for entry in history_of(db, job_building))


def test_a_visit_set_by_hand_is_not_moved_by_a_re_plan(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, replace(QUARTERLY, exclude_dynamic_dates=True))
    october = (date(2026, 10, 1), date(2026, 10, 5), date(2026, 10, 9))
    schedule = load_schedule(db, job_building, PLANNED_ON)
    save_schedule(db, admin, job_building, schedule.version, schedule.settings, (october,), PLANNED_ON)
    (april,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    with db.transaction() as session:  # the building follows its visits from now on
        row = session.get(JobBuilding, job_building)
        assert row is not None
        row.exclude_dynamic_dates = False
    before = stored_state(db)

    result = generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1))
    assert result.replanned == () and result.held == (job_building,)
    assert stored_state(db) == before
    stored = {p.financial_start: p for p in load_schedule(db, job_building, date(2026, 5, 1)).stored_periods}
    assert (stored[october[0]].visit_start, stored[october[0]].visit_end) == october[1:]


def test_missed_periods_are_skipped_and_overdue_ones_generated(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, MONTHLY_INVOICES)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    # On May 10: April (a visit, due from March 18) ended without an order: missed. May (invoice only, due from
    # April 17) is overdue: generated. June is due from May 18.
    result = generate_due_ppms(db, None, date(2026, 5, 10), today=date(2026, 5, 10))
    assert (result.created, result.invoice_only, result.missed) == (1, 1, 1)
    (may,) = result.numbers
    assert order_of(db, may).financial_end_date == date(2026, 5, 31)
    # Missed stays missed: counted again, never generated.
    later = generate_due_ppms(db, None, date(2026, 6, 15), today=date(2026, 6, 15))
    assert (later.created, later.missed) == (1, 1)  # June generated, April still missed
    with db.reading() as session:
        ends = session.scalars(select(WorkOrder.financial_end_date).order_by(WorkOrder.number)).all()
    assert ends == [date(2026, 5, 31), date(2026, 6, 30)]


def test_a_period_ending_today_is_still_generated(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, MONTHLY_INVOICES)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    result = generate_due_ppms(db, None, date(2026, 4, 30), today=date(2026, 4, 30))
    assert (result.created, result.missed) == (2, 0)  # April's visit and May's invoice


def test_generating_more_than_a_year_ahead_must_be_asked_for(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, MONTHLY_INVOICES)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    today = date(2026, 3, 15)
    assert generation_limit(today) == date(2027, 3, 15)
    before = checksum(db)
    try:
        generate_due_ppms(db, None, date(2027, 3, 16), today=today)
    except ValidationError as error:
        assert error.message.args == {"until": date(2027, 3, 16), "limit": date(2027, 3, 15)}
        assert "more than a year ahead" in error.message.english()
    else:
        raise AssertionError("a run more than a year ahead was not refused")
    assert checksum(db) == before
    assert generate_due_ppms(db, None, date(2027, 3, 16), today=today, far_ahead=True).created == 12
    assert generate_due_ppms(db, None, date(2027, 3, 15), today=today).created == 0


@given(today=st.dates(), ahead=st.integers(0, 800))
def test_the_limit_is_one_year_after_today(today: date, ahead: int) -> None:
    limit = generation_limit(today)
    if today.year < date.max.year:
        assert limit == today + relativedelta(years=1)
        assert (today + timedelta(days=ahead) <= limit) == (ahead <= (limit - today).days)
    else:
        assert limit == date.max


def test_the_result_reports_each_contract(db: Database, admin: Actor) -> None:
    # CT-0001, quarterly: April and July generated early, April completed, then the building closes for July:
    # the re-plan that follows the visit cancels July's order.
    (quarterly,) = ppm_job(db, QUARTERLY)
    save_as_stored(db, admin, quarterly, PLANNED_ON)
    april, july = generate_due_ppms(db, None, date(2026, 7, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    close_building(db, quarterly, date(2026, 7, 1), date(2026, 7, 31))
    # CT-0002, monthly invoices: on May 10 April is missed and May (invoice only) generated.
    (monthly,) = ppm_job(db, MONTHLY_INVOICES, client="Bolt Estates")
    save_as_stored(db, admin, monthly, PLANNED_ON)
    # CT-0003: nothing due yet, so not reported.
    (idle,) = ppm_job(db, replace(QUARTERLY, contract_start=date(2026, 10, 1)), client="Calm Holdings")
    save_as_stored(db, admin, idle, PLANNED_ON)

    result = generate_due_ppms(db, None, date(2026, 5, 10), today=date(2026, 5, 10))
    assert result.contracts == (
        ContractReport("CT-0001", created=0, invoice_only=0, missed=0, cancelled=1),
        ContractReport("CT-0002", created=1, invoice_only=1, missed=1, cancelled=0),
    )
    assert (result.created, result.invoice_only, result.missed) == (1, 1, 1)
    assert result.replanned == (quarterly,) and result.cancelled == (july,)
    assert order_of(db, july).status is Status.CANCELLED
    # The next run has only the missed period to report.
    again = generate_due_ppms(db, None, date(2026, 5, 10), today=date(2026, 5, 10))
    assert again.contracts == (ContractReport("CT-0002", created=0, invoice_only=0, missed=1, cancelled=0),)


def test_a_started_order_whose_period_a_re_plan_leaves_invalid_is_reported_not_cancelled(
    db: Database, admin: Actor
) -> None:
    """July's order has started when a closure of July reaches the database without a re-plan (an older
    Bureau, an import); the next run re-plans the building from its completed April visit: July stays open, and
    the run names it."""
    (job_building,) = ppm_job(db, QUARTERLY)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    april, july = generate_due_ppms(db, None, date(2026, 7, 1), today=PLANNED_ON).numbers
    complete(db, april, datetime(2026, 4, 20, 15, tzinfo=UTC))
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == july))
        assert order is not None
        order.status, order.started_at = Status.IN_PROGRESS, datetime(2026, 4, 25, 9, tzinfo=UTC)
    close_building(db, job_building, date(2026, 7, 10), date(2026, 7, 12))

    result = generate_due_ppms(db, None, date(2026, 5, 1), today=date(2026, 5, 1))
    assert result.replanned == (job_building,)
    assert result.started_invalid == (july,) and result.cancelled == ()
    assert order_of(db, july).status is Status.IN_PROGRESS
