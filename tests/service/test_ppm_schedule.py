"""A job building's PPM schedule on SQLite and PostgreSQL: loading, previewing, saving (merge, versions, rules),
automatic cancelling of orders, replication, and the contracts screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, FinancialPeriod, JobBuilding, WorkOrder
from desktop.domain.errors import ConcurrentChange, PermissionDenied, ValidationError
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import OrderChange, OverallStatus, ReplicatedField, Schedule
from desktop.domain.workorders import ActivityKind, Status
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.contracts import contract_ppm, list_contracts
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.replication import preview_replication, replicate
from desktop.services.ppm.saving import save_schedule
from desktop.services.users import create_user
from tests.factories import actor_for
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, reopen_building, save_as_stored

TODAY = date(2026, 3, 1)
# Monthly periods, visits in April, July, October and January: dynamic dates supported and not excluded.
QUARTERLY_VISITS = PpmJobSpec()
MANUAL_DATES = replace(QUARTERLY_VISITS, exclude_dynamic_dates=True)


def rows_of(db: Database, job_building_id: int) -> list[FinancialPeriod]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(FinancialPeriod)
                .where(FinancialPeriod.job_building_id == job_building_id)
                .order_by(FinancialPeriod.financial_start)
            )
        )


def order_of(db: Database, number: int) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order


def entries_of(db: Database, number: int) -> list[ActivityEntry]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(ActivityEntry)
                .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
                .where(WorkOrder.number == number)
                .order_by(ActivityEntry.id)
            )
        )


def number_for(schedule: Schedule, financial_start: date) -> int:
    (period,) = [period for period in schedule.current.periods if period.financial_start == financial_start]
    assert period.order_number is not None
    return period.order_number


# 1. Loading and saving: the plan merged into the rows, versions.


def test_a_new_building_shows_its_plan_and_saving_stores_it(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.stored_periods == () and not schedule.generated
    shown = schedule.current
    assert len(shown.periods) == 12
    assert all(period.row_id is None and period.unsaved for period in shown.periods)
    assert [period.financial_start.month for period in shown.periods if period.visit_start] == [4, 7, 10, 1]
    assert shown.site_value == Decimal("1800.00")
    assert shown.periods[0].overall_status is OverallStatus.GENERATES_ON
    assert shown.periods[0].overall_label.english() == "Generates on 2026-03-18"
    assert shown.periods[1].explanation and shown.periods[1].summary.startswith("No visit falls in this period")

    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert (saved.inserted, saved.updated, saved.deleted) == (12, 0, 0)
    assert saved.version == schedule.version + 1

    again = load_schedule(db, job_building, TODAY)
    assert again.version == saved.version
    assert len(again.stored_periods) == 12
    assert [period.row_id for period in again.current.periods] == [row.id for row in again.stored_periods]
    assert not any(period.unsaved for period in again.current.periods)
    stored = rows_of(db, job_building)
    assert [row.auto_generation_date for row in stored][:2] == [date(2026, 3, 18), date(2026, 4, 17)]
    assert [row.invoiced for row in stored] == [True] * 12

    # Saving the same again writes no period row, and still bumps the job building's version.
    unchanged = save_schedule(db, admin, job_building, again.version, again.settings, (), TODAY)
    assert (unchanged.inserted, unchanged.updated, unchanged.deleted) == (0, 0, 0)
    assert unchanged.version == again.version + 1
    assert [row.version for row in rows_of(db, job_building)] == [row.version for row in stored]


def test_changing_the_frequencies_updates_rows_in_place_and_deletes_the_rest(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    before = {row.financial_start: row for row in rows_of(db, job_building)}

    saved = save_as_stored(db, admin, job_building, TODAY, invoice_frequency=Frequency.QUARTERLY)

    # Quarterly visits and invoices: four quarterly periods, matched by their financial start.
    assert (saved.inserted, saved.updated, saved.deleted) == (0, 4, 8)
    after = rows_of(db, job_building)
    assert [(row.financial_start, row.financial_end) for row in after] == [
        (date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 3, 31)),
    ]
    assert all(row.id == before[row.financial_start].id for row in after)
    assert all(row.version == before[row.financial_start].version + 1 for row in after)
    assert load_schedule(db, job_building, TODAY).current.site_value == Decimal("600.00")


def test_partial_periods_add_the_short_first_period(db: Database, admin: Actor) -> None:
    spec = PpmJobSpec(
        frequency=Frequency.MONTHLY,
        visits=Frequency.MONTHLY,
        invoices=Frequency.QUARTERLY,
        amount=Decimal("250.00"),
        building_start=date(2026, 5, 15),
    )
    (job_building,) = ppm_job(db, spec)
    first = save_as_stored(db, admin, job_building, TODAY)
    assert first.inserted == 10
    assert rows_of(db, job_building)[0].financial_start == date(2026, 6, 1)

    schedule = load_schedule(db, job_building, TODAY)
    shown = preview(schedule, replace(schedule.settings, partial_periods=True))
    assert len(shown.periods) == 11 and shown.site_value == Decimal("750.00")
    assert shown.periods[0].partial and shown.periods[0].unsaved and shown.periods[0].row_id is None

    saved = save_as_stored(db, admin, job_building, TODAY, partial_periods=True)
    assert (saved.inserted, saved.updated, saved.deleted) == (1, 0, 0)
    row = rows_of(db, job_building)[0]
    assert (row.financial_start, row.financial_end, row.partial, row.invoiced) == (
        date(2026, 5, 15),
        date(2026, 5, 31),
        True,
        False,
    )
    assert row.auto_generation_date == date(2026, 5, 1)


def test_a_stale_save_is_refused_and_changes_nothing(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    opened = load_schedule(db, job_building, TODAY)
    save_schedule(db, admin, job_building, opened.version, opened.settings, (), TODAY)

    stale = replace(opened.settings, invoice_amount=Decimal("99.00"), visit_frequency=Frequency.MONTHLY)
    with pytest.raises(ConcurrentChange, match="Site 0001 were changed by someone else") as refused:
        save_schedule(db, admin, job_building, opened.version, stale, (), TODAY)
    assert refused.value.current_version == opened.version + 1
    assert refused.value.message.context == "Errors"

    now = load_schedule(db, job_building, TODAY)
    assert now.version == opened.version + 1
    assert now.settings.invoice_amount == Decimal("150.00")
    assert now.settings.visit_frequency is Frequency.QUARTERLY


def test_saving_needs_the_edit_contract_permission(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    agent = actor_for(
        db, create_user(db, admin, login="alice", display_name="Alice", password="alice-password-1", roles=["agent"])
    )
    schedule = load_schedule(db, job_building, TODAY)
    with pytest.raises(PermissionDenied):
        save_schedule(db, agent, job_building, schedule.version, schedule.settings, (), TODAY)
    assert rows_of(db, job_building) == []


def test_bad_amounts_are_refused(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    schedule = load_schedule(db, job_building, TODAY)
    for amount, message in ((Decimal("-1"), "cannot be negative"), (Decimal("1e13"), "too large")):
        with pytest.raises(ValidationError, match=message):
            save_schedule(db, admin, job_building, schedule.version, replace(schedule.settings, invoice_amount=amount))


# 2. Visit windows set by hand.


def test_visit_windows_cannot_be_set_by_hand_with_dynamic_dates(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.current.dynamic_dates and not schedule.current.editable.visit_windows
    assert not any(period.visit_editable for period in schedule.current.periods)
    with pytest.raises(ValidationError, match="Dynamic date updates set the visit dates"):
        save_schedule(
            db,
            admin,
            job_building,
            schedule.version,
            schedule.settings,
            [(date(2026, 7, 1), date(2026, 7, 10), date(2026, 7, 20))],
            TODAY,
        )
    assert rows_of(db, job_building) == []


def test_visit_windows_set_by_hand_are_stored_and_kept(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, MANUAL_DATES)
    schedule = load_schedule(db, job_building, TODAY)
    assert not schedule.current.dynamic_dates and schedule.current.editable.visit_windows
    assert [period.visit_editable for period in schedule.current.periods][:4] == [True, False, False, True]
    window = (date(2026, 7, 1), date(2026, 7, 10), date(2026, 7, 20))

    shown = preview(schedule, schedule.settings, [window])
    july = shown.periods[3]
    assert (july.visit_start, july.visit_end, july.visit_set_manually) == (window[1], window[2], True)
    assert july.auto_generation_date == date(2026, 6, 26)

    save_schedule(db, admin, job_building, schedule.version, schedule.settings, [window], TODAY)
    stored = {row.financial_start: row for row in rows_of(db, job_building)}
    assert (stored[window[0]].visit_start, stored[window[0]].visit_end) == window[1:]
    assert stored[window[0]].visit_set_manually
    assert not stored[date(2026, 4, 1)].visit_set_manually

    again = load_schedule(db, job_building, TODAY)
    assert again.manual_visits == (window,)
    assert not any(period.unsaved for period in again.current.periods)
    # Saved again as loaded (the dialog's OK without edits): the window stays.
    save_schedule(db, admin, job_building, again.version, again.settings, again.manual_visits, TODAY)
    assert rows_of(db, job_building)[3].visit_set_manually

    # Without the window, the visit spans its period again.
    latest = load_schedule(db, job_building, TODAY)
    save_schedule(db, admin, job_building, latest.version, latest.settings, (), TODAY)
    row = rows_of(db, job_building)[3]
    assert (row.visit_start, row.visit_end, row.visit_set_manually) == (date(2026, 7, 1), date(2026, 7, 31), False)


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ((date(2026, 7, 1), date(2026, 7, 20), date(2026, 8, 5)), "must lie inside its period"),
        ((date(2026, 7, 1), date(2026, 6, 20), date(2026, 7, 5)), "must lie inside its period"),
        ((date(2026, 7, 1), date(2026, 7, 20), date(2026, 7, 10)), "cannot end"),
        ((date(2026, 8, 1), date(2026, 8, 10), date(2026, 8, 20)), "has no visit"),
        ((date(2026, 7, 2), date(2026, 7, 10), date(2026, 7, 20)), "no period starting"),
    ],
)
def test_bad_visit_windows_are_refused(
    db: Database, admin: Actor, window: tuple[date, date, date], message: str
) -> None:
    (job_building,) = ppm_job(db, MANUAL_DATES)
    schedule = load_schedule(db, job_building, TODAY)
    with pytest.raises(ValidationError, match=message):
        save_schedule(db, admin, job_building, schedule.version, schedule.settings, [window], TODAY)
    assert load_schedule(db, job_building, TODAY).version == schedule.version
    assert rows_of(db, job_building) == []


# 3. Once generated: what may still change, and what a re-plan does to the orders.


def test_after_generation_only_the_amount_and_instructions_change(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    assert generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).created == 1

    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.generated
    editable = schedule.current.editable
    assert not editable.frequencies and not editable.partial_periods and not editable.next_visit_required_by
    assert editable.invoice_amount and editable.instructions
    assert editable.locked_reason is not None and "only the invoice amount" in editable.locked_reason.english()
    for change in (
        {"visit_frequency": Frequency.MONTHLY},
        {"invoice_frequency": Frequency.QUARTERLY},
        {"partial_periods": True},
        {"next_visit_required_by": date(2026, 9, 1)},
    ):
        with pytest.raises(ValidationError, match="only the invoice amount and the instructions"):
            save_schedule(db, admin, job_building, schedule.version, replace(schedule.settings, **change), (), TODAY)

    saved = save_schedule(
        db,
        admin,
        job_building,
        schedule.version,
        replace(schedule.settings, invoice_amount=Decimal("175.50"), instructions="  Keys at the lodge.  "),
        (),
        TODAY,
    )
    assert (saved.inserted, saved.updated, saved.deleted) == (0, 0, 0)
    after = load_schedule(db, job_building, TODAY)
    assert after.settings.invoice_amount == Decimal("175.50")
    assert after.settings.instructions == "Keys at the lodge."
    assert after.current.site_value == Decimal("2106.00")


def test_a_closure_cancels_the_not_started_order_for_good_and_reopening_leaves_it(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY)
    july = number_for(load_schedule(db, job_building, TODAY), date(2026, 7, 1))
    june = number_for(load_schedule(db, job_building, TODAY), date(2026, 6, 1))

    close_building(db, job_building, date(2026, 7, 10), date(2026, 7, 12))
    close_building(db, job_building, date(2026, 6, 3), date(2026, 6, 4))
    schedule = load_schedule(db, job_building, TODAY)
    shown = {period.financial_start: period for period in schedule.current.periods}
    assert shown[date(2026, 7, 1)].order_change is OrderChange.CANCEL and not shown[date(2026, 7, 1)].valid
    # The June order is invoice only, closed already: nothing to cancel.
    assert shown[date(2026, 6, 1)].order_change is None
    assert "closed from" in shown[date(2026, 7, 1)].summary

    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert saved.cancelled_orders == (july,) and saved.started_invalid == ()
    order = order_of(db, july)
    # Cancelled as Cancel job cancels: for good, by the agent who saved, with notes that say why.
    assert (order.status, order.previous_status, order.ppm_cancel_final) == (Status.CANCELLED, Status.NEW, True)
    status, notes = entries_of(db, july)[-2:]
    assert (status.kind, status.user_id, status.old_value, status.new_value) == (
        ActivityKind.STATUS,
        admin.user_id,
        "new",
        "cancelled",
    )
    assert notes.kind is ActivityKind.COMMENT and notes.user_id == admin.user_id
    assert notes.text is not None and "Cancelled automatically" in notes.text and "closed" in notes.text
    assert order_of(db, june).status is Status.CLOSED
    row = {row.financial_start: row for row in rows_of(db, job_building)}[date(2026, 7, 1)]
    assert (row.valid, row.closed) == (False, True)
    after = {period.financial_start: period for period in load_schedule(db, job_building, TODAY).current.periods}
    assert after[date(2026, 7, 1)].overall_status is OverallStatus.CANCELLED
    # Generation leaves a period whose order was cancelled alone.
    assert generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY).created == 0

    # Valid again: the order stays cancelled (the agent reinstates it by hand if the visit is still wanted).
    reopen_building(db, job_building)
    schedule = load_schedule(db, job_building, TODAY)
    period = {period.financial_start: period for period in schedule.current.periods}[date(2026, 7, 1)]
    assert period.valid and period.order_change is None
    entries = len(entries_of(db, july))
    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert saved.cancelled_orders == ()
    assert order_of(db, july).status is Status.CANCELLED and len(entries_of(db, july)) == entries
    assert generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY).created == 0


def test_a_started_order_is_not_cancelled_by_a_replan(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY)
    july = number_for(load_schedule(db, job_building, TODAY), date(2026, 7, 1))
    actions.start(db, admin, july, order_of(db, july).version)

    close_building(db, job_building, date(2026, 7, 10), date(2026, 7, 12))
    schedule = load_schedule(db, job_building, TODAY)
    period = {period.financial_start: period for period in schedule.current.periods}[date(2026, 7, 1)]
    assert period.order_change is None and not period.valid
    assert "has started" in period.summary
    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert saved.cancelled_orders == () and saved.started_invalid == (july,)
    assert order_of(db, july).status is Status.IN_PROGRESS


def test_a_period_that_leaves_the_plan_keeps_its_row_for_its_order(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY)  # April to July
    july = number_for(load_schedule(db, job_building, TODAY), date(2026, 7, 1))
    with db.transaction() as session:
        job = session.get(JobBuilding, job_building)
        assert job is not None
        building = session.get(Building, job.building_id)
        assert building is not None
        building.end_date = date(2026, 6, 15)

    schedule = load_schedule(db, job_building, TODAY)
    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)

    # June is partial now (not listed); July is past the building's end: both kept for their orders.
    assert saved.deleted == 8 and saved.cancelled_orders == (july,)
    rows = rows_of(db, job_building)
    assert [row.financial_start.month for row in rows] == [4, 5, 6, 7]
    assert [row.valid for row in rows] == [True, True, False, False]
    assert order_of(db, july).status is Status.CANCELLED
    assert "no longer in the job's plan" in (entries_of(db, july)[-1].text or "")
    shown = load_schedule(db, job_building, TODAY).current.periods
    assert [period.in_plan for period in shown] == [True, True, False, False]
    assert not any(period.unsaved for period in shown)


def test_a_ppm_cancelled_for_good_keeps_its_period(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY)
    april = number_for(load_schedule(db, job_building, TODAY), date(2026, 4, 1))
    actions.cancel_job(db, admin, april, order_of(db, april).version, "Client asked to skip this visit.")
    assert order_of(db, april).ppm_cancel_final

    schedule = load_schedule(db, job_building, TODAY)
    period = schedule.current.periods[0]
    assert period.overall_status is OverallStatus.CANCELLED and period.order_change is None
    assert "never generated again" in period.summary
    save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert rows_of(db, job_building)[0].id == schedule.stored_periods[0].id
    assert order_of(db, april).status is Status.CANCELLED
    assert generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).created == 0


# 4. Dynamic dates: the next visit follows the last completed one.


def test_the_next_visit_follows_the_last_completed_visit(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, QUARTERLY_VISITS)
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.current.editable.next_visit_required_by
    assert "No visit or certificate yet" in schedule.current.editable.next_visit_reason.english()
    save_as_stored(db, admin, job_building, TODAY)
    april = generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY).numbers[0]
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == april))
        assert order is not None
        order.status = Status.COMPLETED
        order.started_at = datetime(2026, 4, 14, 8, tzinfo=UTC)
        order.completed_at = datetime(2026, 4, 20, 15, tzinfo=UTC)

    today = date(2026, 5, 1)
    schedule = load_schedule(db, job_building, today)
    assert (schedule.last_work_order_number, schedule.last_visit_date) == (april, date(2026, 4, 20))
    shown = schedule.current
    assert shown.next_visit_required_by == date(2026, 7, 20)
    assert not shown.editable.next_visit_required_by
    assert "last completed visit" in shown.editable.next_visit_reason.english()
    july = {period.financial_start: period for period in shown.periods}[date(2026, 7, 1)]
    # The visit ends on the due date and starts 30 days before, but not before its period.
    assert (july.visit_start, july.visit_end, july.unsaved) == (date(2026, 7, 1), date(2026, 7, 20), True)

    # Nothing edited: the save stores the moved visits (the settings did not change, so it is allowed).
    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), today)
    assert saved.updated >= 1
    row = {row.financial_start: row for row in rows_of(db, job_building)}[date(2026, 7, 1)]
    assert (row.visit_start, row.visit_end, row.auto_generation_date) == (
        date(2026, 7, 1),
        date(2026, 7, 20),
        date(2026, 6, 17),
    )
    # The worked-out date is shown, not stored; passing it back is accepted, entering another is not.
    latest = load_schedule(db, job_building, today)
    assert latest.settings.next_visit_required_by is None
    save_schedule(
        db, admin, job_building, latest.version, replace(latest.settings, next_visit_required_by=date(2026, 7, 20))
    )
    latest = load_schedule(db, job_building, today)
    with pytest.raises(ValidationError, match="follows the last visit"):
        save_schedule(
            db, admin, job_building, latest.version, replace(latest.settings, next_visit_required_by=date(2026, 8, 1))
        )


def test_a_certificate_based_job_follows_its_last_certificate(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, replace(QUARTERLY_VISITS, certificate_based=True))
    with db.transaction() as session:
        job = session.get(JobBuilding, job_building)
        assert job is not None
        job.last_certificate_date = date(2026, 2, 10)
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.last_certificate_date == date(2026, 2, 10)
    shown = schedule.current
    assert shown.next_visit_required_by == date(2026, 5, 10)
    assert "last certificate" in shown.editable.next_visit_reason.english()
    visits = [(period.visit_start, period.visit_end) for period in shown.periods if period.visit_start]
    assert visits[0] == (date(2026, 5, 1), date(2026, 5, 10))
    assert all(period.certificate_required for period in shown.periods if period.visit_start)


def test_next_visit_required_by_moves_the_visits_when_dynamic_dates_are_off(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, MANUAL_DATES)
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.current.editable.next_visit_required_by
    assert "excluded from dynamic date updates" in schedule.current.editable.next_visit_reason.english()
    save_as_stored(db, admin, job_building, TODAY, next_visit_required_by=date(2026, 5, 20))
    stored = load_schedule(db, job_building, TODAY)
    assert stored.settings.next_visit_required_by == date(2026, 5, 20)
    visits = [(row.visit_start, row.visit_end) for row in rows_of(db, job_building) if row.visit_start]
    assert visits[0] == (date(2026, 5, 1), date(2026, 5, 20))


# 5. Replication to other buildings of the job.


def test_replication_previews_and_copies_what_may_change(db: Database, admin: Actor) -> None:
    source, fresh, generated = ppm_job(db, QUARTERLY_VISITS, buildings=3)
    save_as_stored(db, admin, generated, TODAY)
    generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY)
    save_as_stored(db, admin, fresh, TODAY)
    save_as_stored(
        db,
        admin,
        source,
        TODAY,
        visit_frequency=Frequency.MONTHLY,
        invoice_amount=Decimal("99.00"),
        partial_periods=True,
    )

    previews = {
        item.job_building_id: item for item in preview_replication(db, source, [fresh, generated, source], today=TODAY)
    }
    assert set(previews) == {fresh, generated}
    assert [(change.field, change.old, change.new) for change in previews[fresh].changes] == [
        (ReplicatedField.VISIT_FREQUENCY, Frequency.QUARTERLY, Frequency.MONTHLY),
        (ReplicatedField.INVOICE_AMOUNT, Decimal("150.00"), Decimal("99.00")),
        (ReplicatedField.PARTIAL_PERIODS, False, True),
    ]
    assert previews[fresh].refused == ()
    assert (previews[fresh].site_value_before, previews[fresh].site_value_after) == (
        Decimal("1800.00"),
        Decimal("1188.00"),
    )
    assert [change.field for change in previews[generated].changes] == [ReplicatedField.INVOICE_AMOUNT]
    assert [refusal.field for refusal in previews[generated].refused] == [
        ReplicatedField.VISIT_FREQUENCY,
        ReplicatedField.PARTIAL_PERIODS,
    ]

    results = replicate(
        db,
        admin,
        source,
        [fresh, generated],
        list(ReplicatedField),
        {fresh: previews[fresh].version, generated: previews[generated].version},
        today=TODAY,
    )
    by_id = {result.job_building_id: result for result in results}
    # Eight months gain a visit; the four quarterly ones had theirs.
    assert by_id[fresh].saved is not None and by_id[fresh].saved.updated == 8
    assert by_id[generated].changed == (ReplicatedField.INVOICE_AMOUNT,)
    fresh_now = load_schedule(db, fresh, TODAY)
    assert (fresh_now.settings.visit_frequency, fresh_now.settings.invoice_amount) == (
        Frequency.MONTHLY,
        Decimal("99.00"),
    )
    assert sum(1 for row in rows_of(db, fresh) if row.visit_start) == 12
    generated_now = load_schedule(db, generated, TODAY)
    assert generated_now.settings.visit_frequency is Frequency.QUARTERLY
    assert generated_now.settings.invoice_amount == Decimal("99.00")

    # A target saved since the preview is refused, and nothing is written.
    with pytest.raises(ConcurrentChange):
        replicate(db, admin, source, [fresh], [ReplicatedField.INVOICE_AMOUNT], {fresh: previews[fresh].version})


def test_replication_only_within_the_same_job(db: Database, admin: Actor) -> None:
    (source,) = ppm_job(db, QUARTERLY_VISITS)
    (other,) = ppm_job(db, QUARTERLY_VISITS, client="Borough Council")
    with pytest.raises(ValidationError, match="not a building of the same PPM job"):
        preview_replication(db, source, [other], today=TODAY)
    with pytest.raises(ValidationError, match="not a building of the same PPM job"):
        replicate(db, admin, source, [other], [ReplicatedField.INVOICE_AMOUNT], today=TODAY)


# 6. The contracts screen.


def test_contracts_and_their_ppm_tab(db: Database, admin: Actor) -> None:
    first, second = ppm_job(db, QUARTERLY_VISITS, buildings=2, client="Borough Council")
    ppm_job(db, replace(QUARTERLY_VISITS, frequency=Frequency.MONTHLY, visits=Frequency.MONTHLY), client="Acme")
    save_as_stored(db, admin, first, TODAY)
    generate_due_ppms(db, None, date(2026, 4, 1), today=TODAY)

    contracts = list_contracts(db)
    assert [(row.client_name, row.job_count) for row in contracts] == [("Acme", 1), ("Borough Council", 1)]
    tab = contract_ppm(db, contracts[1].id)
    assert tab.contract.reference == contracts[1].reference
    (job,) = tab.jobs
    assert (job.description, job.frequency, job.lead_days, job.dynamic_dates_supported) == (
        "Boiler maintenance",
        Frequency.QUARTERLY,
        14,
        True,
    )
    assert [(row.id, row.site_value, row.periods, row.work_orders) for row in job.buildings] == [
        (first, Decimal("1800.00"), 12, 1),
        (second, Decimal("0.00"), 0, 0),
    ]
    assert job.site_value == Decimal("1800.00")
    assert not contract_ppm(db, contracts[0].id).jobs[0].dynamic_dates_supported
