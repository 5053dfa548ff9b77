"""PPM orders cancelled automatically when their period turns invalid, on SQLite and PostgreSQL: through the same
transition as Cancel job (activity, email, never-regenerated flag, schedule history), at once when the building's
closures or dates change, never for a started order, and never reinstated by a re-plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Building,
    Contact,
    Contract,
    FinancialPeriod,
    JobBuilding,
    OutboxEmail,
    PpmJob,
    ScheduleHistoryEntry,
    WorkOrder,
)
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.history import Reason, What
from desktop.domain.transitions import ReinstateMode
from desktop.domain.workorders import ActivityKind, Status
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.buildings import (
    BuildingFields,
    BuildingSaved,
    Closure,
    create_building,
    get_building,
    save_building,
)
from desktop.services.clients import ClientFields, create_client
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.replanning import replan_contract
from desktop.services.ppm.saving import save_schedule
from desktop.services.users import create_user
from tests.factories import actor_for
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, reopen_building, save_as_stored

TODAY = date(2026, 3, 1)
# Quarterly visits in April, July, October and January; monthly invoices (the months between: invoice only).
QUARTERLY = PpmJobSpec()
# A visit every month.
MONTHLY = replace(QUARTERLY, frequency=Frequency.MONTHLY, visits=Frequency.MONTHLY)
PPM_CONTACT = "facilities@acme.example"


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    """An agent with no permission of their own: no edit_contract, no cancel_ppm."""
    return actor_for(
        db, create_user(db, admin, login="alice", display_name="Alice Martin", password="alice-pass-1", roles=["agent"])
    )


def planned_job(db: Database, admin: Actor, spec: PpmJobSpec, until: date) -> tuple[int, int]:
    """A job building with its periods stored and its orders generated up to ``until``, and a PPM contact of its
    client; (job building id, building id)."""
    (job_building,) = ppm_job(db, spec)
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, until, today=TODAY)
    with db.transaction() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        building = session.get(Building, row.building_id)
        assert building is not None
        session.add(
            Contact(client_id=building.client_id, name="Facilities desk", email=PPM_CONTACT, receives_ppm_emails=True)
        )
        return job_building, building.id


def order_for(db: Database, job_building: int, financial_start: date) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(
            select(WorkOrder)
            .join(FinancialPeriod, WorkOrder.financial_period_id == FinancialPeriod.id)
            .where(WorkOrder.job_building_id == job_building, FinancialPeriod.financial_start == financial_start)
        )
        assert order is not None
        return order


def entries_of(db: Database, number: int) -> list[ActivityEntry]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(ActivityEntry)
                .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
                .where(WorkOrder.number == number, ActivityEntry.kind != ActivityKind.CREATED)
                .order_by(ActivityEntry.id)
            )
        )


def outbox(db: Database, number: int) -> list[OutboxEmail]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(OutboxEmail)
                .join(WorkOrder, OutboxEmail.work_order_id == WorkOrder.id)
                .where(WorkOrder.number == number)
                .order_by(OutboxEmail.id)
            )
        )


def cancel_history(db: Database, job_building: int) -> list[tuple[date, str, str | None, int | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                ScheduleHistoryEntry.financial_start,
                ScheduleHistoryEntry.reason,
                ScheduleHistoryEntry.old_value,
                ScheduleHistoryEntry.user_id,
            )
            .where(
                ScheduleHistoryEntry.job_building_id == job_building,
                ScheduleHistoryEntry.what == What.ORDER_CANCELLED.value,
            )
            .order_by(ScheduleHistoryEntry.id)
        ).all()
    return [(row.financial_start, row.reason, row.old_value, row.user_id) for row in rows]


def edit_building(
    db: Database, actor: Actor, building_id: int, today: date = TODAY, **changes: object
) -> BuildingSaved:
    """Save the building as the directory's dialog does, with some fields changed."""
    record = get_building(db, building_id)
    fields = BuildingFields(
        client_id=record.client_id,
        name=record.name,
        address_line=record.address_line,
        postcode=record.postcode,
        city=record.city,
        country=record.country,
        start_date=record.start_date,
        end_date=record.end_date,
        access_notes=record.access_notes,
        closures=record.closures,
    )
    return save_building(db, actor, building_id, record.version, replace(fields, **changes), today)


def job_building_version(db: Database, job_building: int) -> int:
    with db.reading() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        return row.version


# 1. A closure added in the directory.


def test_a_closure_cancels_the_order_of_the_closed_period_at_once_like_a_manual_cancel(
    db: Database, admin: Actor, agent: Actor
) -> None:
    job_building, building = planned_job(db, admin, QUARTERLY, date(2026, 6, 30))
    july = order_for(db, job_building, date(2026, 7, 1))
    april = order_for(db, job_building, date(2026, 4, 1))
    assert july.status is Status.NEW and not july.ppm_cancel_final

    # An agent without edit_contract or cancel_ppm saves a closure in July: the building saves, the order goes.
    saved = edit_building(db, agent, building, closures=(Closure(date(2026, 7, 10), date(2026, 7, 12), "Works"),))
    assert saved.cancelled_orders == (july.number,) and saved.started_invalid == ()

    order = order_for(db, job_building, date(2026, 7, 1))
    assert (order.status, order.previous_status, order.ppm_cancel_final) == (Status.CANCELLED, Status.NEW, True)
    assert order.version == july.version + 1
    assert order_for(db, job_building, date(2026, 4, 1)).status is april.status  # untouched
    found = entries_of(db, july.number)
    assert [(entry.kind, entry.user_id) for entry in found] == [
        (ActivityKind.STATUS, agent.user_id),
        (ActivityKind.COMMENT, agent.user_id),
        (ActivityKind.EMAIL, agent.user_id),
    ]
    assert (found[0].field, found[0].old_value, found[0].new_value) == ("status", "new", "cancelled")
    notes = found[1].text or ""
    assert notes.startswith("Cancelled automatically: the building is closed during the PPM period")
    assert "July 1, 2026" in notes and "July 31, 2026" in notes
    subject = f"PPM work order {july.number} cancelled: {july.title}"
    assert (found[2].new_value, found[2].text) == (PPM_CONTACT, subject)

    (email,) = outbox(db, july.number)
    assert (email.to_address, email.subject, email.sent_at) == (PPM_CONTACT, subject, None)
    assert notes in email.body and "Cancelled by: Alice Martin" in email.body
    assert "will not be generated again" in email.body

    assert cancel_history(db, job_building) == [
        (date(2026, 7, 1), Reason.CLOSURE.value, str(july.number), agent.user_id)
    ]
    period = {p.financial_start: p for p in load_schedule(db, job_building, TODAY).current.periods}[date(2026, 7, 1)]
    assert not period.valid and period.order_status is Status.CANCELLED and period.order_change is None
    # Never generated again.
    assert generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY).created == 0


def test_removing_the_closure_does_not_reinstate_the_order(db: Database, admin: Actor, agent: Actor) -> None:
    job_building, building = planned_job(db, admin, QUARTERLY, date(2026, 6, 30))
    july = order_for(db, job_building, date(2026, 7, 1)).number
    edit_building(db, agent, building, closures=(Closure(date(2026, 7, 10), date(2026, 7, 12)),))
    before = entries_of(db, july)

    saved = edit_building(db, agent, building, closures=())
    assert saved.cancelled_orders == () and saved.started_invalid == ()
    order = order_for(db, job_building, date(2026, 7, 1))
    assert (order.status, order.ppm_cancel_final) == (Status.CANCELLED, True)
    assert len(entries_of(db, july)) == len(before) and len(outbox(db, july)) == 1
    period = {p.financial_start: p for p in load_schedule(db, job_building, TODAY).current.periods}[date(2026, 7, 1)]
    assert period.valid and period.order_change is None and not period.unsaved
    assert generate_due_ppms(db, None, date(2026, 6, 30), today=TODAY).created == 0

    # The agent brings it back by hand, with the Reinstate action (cancel_ppm needed).
    actions.reinstate(db, admin, july, order.version, ReinstateMode.TO_PREVIOUS_STATUS, "Visit wanted")
    assert order_for(db, job_building, date(2026, 7, 1)).status is Status.NEW


def test_a_started_order_is_not_cancelled_and_is_listed(db: Database, admin: Actor, agent: Actor) -> None:
    job_building, building = planned_job(db, admin, QUARTERLY, date(2026, 6, 30))
    july = order_for(db, job_building, date(2026, 7, 1))
    actions.start(db, admin, july.number, july.version)
    before = entries_of(db, july.number)

    saved = edit_building(db, agent, building, closures=(Closure(date(2026, 7, 10), date(2026, 7, 12)),))
    assert saved.cancelled_orders == () and saved.started_invalid == (july.number,)
    order = order_for(db, job_building, date(2026, 7, 1))
    assert (order.status, order.ppm_cancel_final) == (Status.IN_PROGRESS, False)
    assert len(entries_of(db, july.number)) == len(before) and outbox(db, july.number) == []
    assert cancel_history(db, job_building) == []
    period = {p.financial_start: p for p in load_schedule(db, job_building, TODAY).current.periods}[date(2026, 7, 1)]
    assert not period.valid and "has started" in period.summary


# 2. The building's dates.


def test_an_earlier_end_date_cancels_the_orders_of_the_later_periods(db: Database, admin: Actor, agent: Actor) -> None:
    job_building, building = planned_job(db, admin, MONTHLY, date(2026, 7, 31))
    numbers = {month: order_for(db, job_building, date(2026, month, 1)).number for month in (4, 5, 6, 7, 8)}

    saved = edit_building(db, agent, building, end_date=date(2026, 6, 30))
    assert saved.cancelled_orders == (numbers[7], numbers[8])
    statuses = {month: order_for(db, job_building, date(2026, month, 1)).status for month in numbers}
    assert statuses == {4: Status.NEW, 5: Status.NEW, 6: Status.NEW, 7: Status.CANCELLED, 8: Status.CANCELLED}
    for month in (7, 8):
        assert order_for(db, job_building, date(2026, month, 1)).ppm_cancel_final
        notes = [entry.text for entry in entries_of(db, numbers[month]) if entry.kind is ActivityKind.COMMENT]
        assert notes and "is no longer in the job's plan" in (notes[0] or "")
        assert len(outbox(db, numbers[month])) == 1
    assert [(row[0], row[1]) for row in cancel_history(db, job_building)] == [
        (date(2026, 7, 1), Reason.BUILDING_DATES.value),
        (date(2026, 8, 1), Reason.BUILDING_DATES.value),
    ]


def test_an_edit_that_moves_no_period_leaves_the_schedules_alone(db: Database, admin: Actor, agent: Actor) -> None:
    job_building, building = planned_job(db, admin, QUARTERLY, date(2026, 6, 30))
    version = job_building_version(db, job_building)

    # A new address, and a closure before the contract: no period changes, the job building keeps its version
    # (an agent with its period editor open can still save).
    assert edit_building(db, agent, building, address_line="2 rue Neuve").replanned == ()
    assert edit_building(db, agent, building, closures=(Closure(date(2025, 5, 10), date(2025, 5, 12)),)).replanned == ()
    assert edit_building(db, agent, building, start_date=date(2021, 1, 1)).replanned == ()
    assert job_building_version(db, job_building) == version
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEmail)) == 0


def test_a_building_without_ppm_jobs_saves_its_closures(db: Database, agent: Actor) -> None:
    client = create_client(db, agent, ClientFields(name="Solo", reference="SOLO"))
    building = create_building(
        db,
        agent,
        BuildingFields(client, "Solo House", "1 Main Street", "1000", "Brussels", "BE", date(2020, 1, 1)),
    )
    saved = edit_building(db, agent, building, closures=(Closure(date(2026, 7, 1), date(2026, 7, 5)),))
    assert saved.replanned == () and saved.version == get_building(db, building).version
    assert get_building(db, building).closures == (Closure(date(2026, 7, 1), date(2026, 7, 5)),)


# 3. The period editor and the contract's dates take the same path.


def test_the_editor_save_cancels_like_a_manual_cancel(db: Database, admin: Actor) -> None:
    job_building, _building = planned_job(db, admin, QUARTERLY, date(2026, 6, 30))
    july = order_for(db, job_building, date(2026, 7, 1)).number
    close_building(db, job_building, date(2026, 7, 10), date(2026, 7, 12))  # written without a re-plan

    schedule = load_schedule(db, job_building, TODAY)
    saved = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert saved.cancelled_orders == (july,) and saved.started_invalid == ()
    order = order_for(db, job_building, date(2026, 7, 1))
    assert (order.status, order.ppm_cancel_final) == (Status.CANCELLED, True)
    assert [entry.kind for entry in entries_of(db, july)] == [
        ActivityKind.STATUS,
        ActivityKind.COMMENT,
        ActivityKind.EMAIL,
    ]
    assert len(outbox(db, july)) == 1
    assert cancel_history(db, job_building) == [(date(2026, 7, 1), Reason.EDITED.value, str(july), admin.user_id)]

    reopen_building(db, job_building)
    schedule = load_schedule(db, job_building, TODAY)
    again = save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY)
    assert again.cancelled_orders == () and order_for(db, job_building, date(2026, 7, 1)).status is Status.CANCELLED


def test_an_automatic_run_cancels_with_no_agent(db: Database, admin: Actor) -> None:
    job_building, _building = planned_job(db, admin, MONTHLY, date(2026, 7, 31))
    august = order_for(db, job_building, date(2026, 8, 1)).number
    with db.transaction() as session:
        contract_id = session.scalar(
            select(PpmJob.contract_id)
            .join(JobBuilding, JobBuilding.ppm_job_id == PpmJob.id)
            .where(JobBuilding.id == job_building)
        )
        assert contract_id is not None
        contract = session.get(Contract, contract_id)
        assert contract is not None
        contract.end_date = date(2026, 7, 31)
        (result,) = replan_contract(session, contract_id, TODAY, Reason.CONTRACT_DATES)
    assert result.cancelled_orders == (august,)
    found = entries_of(db, august)
    assert [(entry.kind, entry.user_id) for entry in found] == [
        (ActivityKind.STATUS, None),
        (ActivityKind.COMMENT, None),
        (ActivityKind.EMAIL, None),
    ]
    (email,) = outbox(db, august)
    assert "Cancelled by: Bureau (automatic change)" in email.body
    assert cancel_history(db, job_building) == [(date(2026, 8, 1), Reason.CONTRACT_DATES.value, str(august), None)]


# 4. Whatever the closure: an invalid period never keeps a live, never-started order.


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    closures=st.lists(
        st.tuples(st.integers(0, 250), st.integers(0, 40)).map(
            lambda pair: Closure(
                date.fromordinal(date(2026, 4, 1).toordinal() + pair[0]),
                date.fromordinal(date(2026, 4, 1).toordinal() + pair[0] + pair[1]),
            )
        ),
        max_size=3,
    )
)
def test_every_invalid_period_has_its_order_cancelled(db: Database, admin: Actor, closures: list[Closure]) -> None:
    with db.reading() as session:
        existing = session.scalar(select(JobBuilding.id).order_by(JobBuilding.id).limit(1))
    if existing is None:
        planned_job(db, admin, MONTHLY, date(2026, 7, 31))
    with db.reading() as session:
        job_building = session.scalar(select(JobBuilding.id).order_by(JobBuilding.id).limit(1))
        assert job_building is not None
        row = session.get(JobBuilding, job_building)
        assert row is not None
        building = row.building_id

    edit_building(db, admin, building, closures=tuple(closures))

    with db.reading() as session:
        rows = session.execute(
            select(FinancialPeriod.financial_start, FinancialPeriod.valid, WorkOrder.status, WorkOrder.ppm_cancel_final)
            .join(WorkOrder, WorkOrder.financial_period_id == FinancialPeriod.id)
            .where(FinancialPeriod.job_building_id == job_building)
        ).all()
        cancelled = {start for start, _valid, status, _final in rows if status is Status.CANCELLED}
    assert rows
    for _start, valid, status, final in rows:
        if not valid:
            assert status is Status.CANCELLED
        if status is Status.CANCELLED:
            assert final
    assert {entry[0] for entry in cancel_history(db, job_building)} == cancelled


def test_a_period_cut_short_gives_its_started_order_the_new_financial_end(
    db: Database, admin: Actor, agent: Actor
) -> None:
    """Partial periods: the building now ends mid-July. July's order has started, so it stays open; its period
    ends on the 15th, and so does the order's financial end (bulk close and auto-close go by it), logged."""
    (job_building,) = ppm_job(db, MONTHLY)
    save_as_stored(db, admin, job_building, TODAY, partial_periods=True)
    generate_due_ppms(db, None, date(2026, 7, 31), today=TODAY)
    july = order_for(db, job_building, date(2026, 7, 1))
    actions.start(db, admin, july.number, july.version)
    with db.reading() as session:
        building = session.scalar(select(JobBuilding.building_id).where(JobBuilding.id == job_building))
    assert building is not None

    saved = edit_building(db, agent, building, end_date=date(2026, 7, 15))
    august = order_for(db, job_building, date(2026, 8, 1))
    assert saved.cancelled_orders == (august.number,)  # its period is past the building's end
    order = order_for(db, job_building, date(2026, 7, 1))
    assert order.status is Status.IN_PROGRESS and order.financial_end_date == date(2026, 7, 15)
    moved = [entry for entry in entries_of(db, july.number) if entry.field == "financial_end_date"]
    assert [(entry.old_value, entry.new_value) for entry in moved] == [("2026-07-31", "2026-07-15")]
