"""The agent's actions on a work order, on SQLite and PostgreSQL: effects, activity, refusals, concurrency."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Contact, OutboxEmail, User, WorkOrder
from desktop.demo import load_demo
from desktop.domain.errors import (
    ActionNotPermitted,
    BureauError,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from desktop.domain.permissions import Permission
from desktop.domain.transitions import Action, ReinstateMode, available_actions
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services import activity
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.users import create_user
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.factories import ContactSpec, actor_for, client_with_building, ppm_order, reactive_orders

Entry = tuple[ActivityKind, str | None, str | None, str | None, str | None]


def user(db: Database, admin: Actor, login: str, display_name: str, role: str) -> Actor:
    user_id = create_user(
        db, admin, login=login, display_name=display_name, password=f"{login}-password-1", roles=[role]
    )
    return actor_for(db, user_id)


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    return user(db, admin, "alice", "Alice Martin", "agent")


@pytest.fixture
def supervisor(db: Database, admin: Actor) -> Actor:
    return user(db, admin, "sam", "Sam Dupont", "supervisor")


@pytest.fixture
def building(db: Database) -> int:
    return client_with_building(db)


@pytest.fixture
def reactive(db: Database, admin: Actor, building: int) -> int:
    [number] = reactive_orders(db, admin, building, 1)
    return number


def load(db: Database, number: int) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order


def version(db: Database, number: int) -> int:
    return load(db, number).version


def entries(db: Database, number: int) -> list[Entry]:
    """The activity after the "created" entry, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(ActivityEntry)
            .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.number == number, ActivityEntry.kind != ActivityKind.CREATED)
            .order_by(ActivityEntry.id)
        )
        return [(e.kind, e.field, e.old_value, e.new_value, e.text) for e in rows]


def snapshot(db: Database) -> tuple[Any, ...]:
    """Every row an action may write: the orders as they are, and the number of entries and emails."""
    with db.reading() as session:
        orders = session.execute(select(WorkOrder.__table__).order_by(WorkOrder.number)).all()
        activity_count = session.scalar(select(func.count()).select_from(ActivityEntry))
        outbox_count = session.scalar(select(func.count()).select_from(OutboxEmail))
        return tuple(orders), activity_count, outbox_count


def status_entry(old: Status, new: Status) -> Entry:
    return (ActivityKind.STATUS, "status", old.value, new.value, None)


def comment(text: str) -> Entry:
    return (ActivityKind.COMMENT, None, None, None, text)


def field_entries(db: Database, number: int, field: str) -> list[Entry]:
    return [entry for entry in entries(db, number) if entry[1] == field]


def without_dates(found: list[Entry]) -> list[Entry]:
    """The entries, with the new value of started/completed date entries replaced by a marker."""
    dated = ("started_at", "completed_at")
    return [(kind, field, old, "<date>" if field in dated else new, text) for kind, field, old, new, text in found]


def refused_without_a_write(db: Database, call: Callable[[], object], error: type[BureauError]) -> BureauError:
    before = snapshot(db)
    with pytest.raises(error) as refused:
        call()
    assert snapshot(db) == before
    return refused.value


# --- transitions ---------------------------------------------------------------------------------------------


def test_start_sets_the_started_date_and_logs_it(db: Database, agent: Actor, reactive: int) -> None:
    before = load(db, reactive)
    new_version = actions.start(db, agent, reactive, before.version)
    order = load(db, reactive)
    assert new_version == order.version == before.version + 1
    assert order.status is Status.IN_PROGRESS and order.started_at is not None and order.previous_status is None
    assert without_dates(entries(db, reactive)) == [
        status_entry(Status.NEW, Status.IN_PROGRESS),
        (ActivityKind.FIELD, "started_at", None, "<date>", None),
    ]
    with db.reading() as session:
        logged = session.scalars(select(ActivityEntry).where(ActivityEntry.kind != ActivityKind.CREATED)).all()
        assert {e.user_id for e in logged} == {agent.user_id}
        assert {e.created_at for e in logged} == {order.started_at}


def test_ask_for_clarification_needs_a_comment(db: Database, agent: Actor, reactive: int) -> None:
    v = version(db, reactive)
    refused_without_a_write(db, lambda: actions.ask_for_clarification(db, agent, reactive, v, "  "), ValidationError)
    actions.ask_for_clarification(db, agent, reactive, v, "Which floor is the leak on?")
    assert load(db, reactive).status is Status.NEEDS_CLARIFICATION
    assert entries(db, reactive) == [
        status_entry(Status.NEW, Status.NEEDS_CLARIFICATION),
        comment("Which floor is the leak on?"),
    ]


def test_hold_and_resume_return_to_the_status_before(db: Database, agent: Actor, reactive: int) -> None:
    v = actions.ask_for_clarification(db, agent, reactive, version(db, reactive), "Which floor?")
    v = actions.put_on_hold(db, agent, reactive, v, "Client on holiday")
    held = load(db, reactive)
    assert (held.status, held.previous_status) == (Status.ON_HOLD, Status.NEEDS_CLARIFICATION)
    v = actions.resume(db, agent, reactive, v)
    resumed = load(db, reactive)
    assert (resumed.status, resumed.previous_status, resumed.version) == (Status.NEEDS_CLARIFICATION, None, v)
    assert entries(db, reactive)[2:] == [
        status_entry(Status.NEEDS_CLARIFICATION, Status.ON_HOLD),
        comment("Client on holiday"),
        status_entry(Status.ON_HOLD, Status.NEEDS_CLARIFICATION),
    ]


def test_verification_round_then_accept(db: Database, agent: Actor, reactive: int) -> None:
    v = actions.start(db, agent, reactive, version(db, reactive))
    v = actions.submit_for_verification(db, agent, reactive, v)
    assert load(db, reactive).status is Status.AWAITING_VERIFICATION
    refused_without_a_write(db, lambda: actions.correction_not_valid(db, agent, reactive, v, ""), ValidationError)
    v = actions.correction_not_valid(db, agent, reactive, v, "The tap still drips.")
    assert load(db, reactive).status is Status.IN_PROGRESS
    v = actions.submit_for_verification(db, agent, reactive, v)
    v = actions.accept(db, agent, reactive, v)
    order = load(db, reactive)
    assert order.status is Status.COMPLETED and order.completed_at is not None
    assert without_dates(entries(db, reactive)[2:]) == [
        status_entry(Status.IN_PROGRESS, Status.AWAITING_VERIFICATION),
        status_entry(Status.AWAITING_VERIFICATION, Status.IN_PROGRESS),
        comment("The tap still drips."),
        status_entry(Status.IN_PROGRESS, Status.AWAITING_VERIFICATION),
        status_entry(Status.AWAITING_VERIFICATION, Status.COMPLETED),
        (ActivityKind.FIELD, "completed_at", None, "<date>", None),
    ]


def test_complete_then_close(db: Database, agent: Actor, reactive: int) -> None:
    v = actions.start(db, agent, reactive, version(db, reactive))
    refused_without_a_write(db, lambda: actions.close(db, agent, reactive, v), TransitionRefused)
    v = actions.complete(db, agent, reactive, v, "Washer replaced")
    completed = load(db, reactive)
    assert completed.status is Status.COMPLETED and completed.completed_at is not None
    v = actions.close(db, agent, reactive, v)
    assert load(db, reactive).status is Status.CLOSED
    assert entries(db, reactive)[-1] == status_entry(Status.COMPLETED, Status.CLOSED)
    for call in (
        lambda: actions.put_on_hold(db, agent, reactive, v),
        lambda: actions.reinstate(db, agent, reactive, v, ReinstateMode.TO_PREVIOUS_STATUS, "Back"),
        lambda: actions.cancel_job(db, agent, reactive, v, "Not needed"),
    ):
        refused_without_a_write(db, call, TransitionRefused)


def test_complete_with_zero_balance_abandons_a_started_order(db: Database, agent: Actor, reactive: int) -> None:
    v = actions.start(db, agent, reactive, version(db, reactive))
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == reactive))
        assert order is not None
        order.balance = Decimal("123.45")
        session.flush()
        v = order.version
    refused = refused_without_a_write(
        db, lambda: actions.cancel_job(db, agent, reactive, v, "Not needed"), TransitionRefused
    )
    assert "complete it with zero balance" in str(refused)
    actions.complete_with_zero_balance(db, agent, reactive, v, "Client withdrew the request")
    order = load(db, reactive)
    assert (order.status, order.balance) == (Status.COMPLETED, Decimal("0.00"))
    assert order.completed_at is not None
    assert without_dates(entries(db, reactive)[2:]) == [
        status_entry(Status.IN_PROGRESS, Status.COMPLETED),
        (ActivityKind.FIELD, "completed_at", None, "<date>", None),
        (ActivityKind.FIELD, "balance", "123.45", "0.00", None),
        comment("Client withdrew the request"),
    ]


def test_cancel_and_reinstate_to_the_previous_status(db: Database, agent: Actor, reactive: int) -> None:
    v = version(db, reactive)
    refused_without_a_write(db, lambda: actions.cancel_job(db, agent, reactive, v, ""), ValidationError)
    v = actions.cancel_job(db, agent, reactive, v, "Logged twice")
    cancelled = load(db, reactive)
    assert (cancelled.status, cancelled.previous_status, cancelled.ppm_cancel_final) == (
        Status.CANCELLED,
        Status.NEW,
        False,
    )
    refused_without_a_write(db, lambda: actions.start(db, agent, reactive, v), TransitionRefused)
    refused_without_a_write(
        db, lambda: actions.reinstate(db, agent, reactive, v, ReinstateMode.TO_PREVIOUS_STATUS), ValidationError
    )
    actions.reinstate(db, agent, reactive, v, ReinstateMode.TO_PREVIOUS_STATUS, "The other one was closed")
    back = load(db, reactive)
    assert (back.status, back.previous_status, back.started_at) == (Status.NEW, None, None)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEmail)) == 0
    assert entries(db, reactive) == [
        status_entry(Status.NEW, Status.CANCELLED),
        comment("Logged twice"),
        status_entry(Status.CANCELLED, Status.NEW),
        comment("The other one was closed"),
    ]


def test_reject_only_quotes_and_reactive_orders(db: Database, agent: Actor, admin: Actor, building: int) -> None:
    quote = create_work_order(db, admin, NewWorkOrder(type=WorkOrderType.QUOTE, title="New lift", building_id=building))
    audit = create_work_order(
        db, admin, NewWorkOrder(type=WorkOrderType.AUDIT, title="Fire audit", building_id=building)
    )
    refused_without_a_write(db, lambda: actions.reject(db, agent, quote, version(db, quote), " "), ValidationError)
    refused = refused_without_a_write(
        db, lambda: actions.reject(db, admin, audit, version(db, audit), "No budget"), TransitionRefused
    )
    assert str(refused) == "“Reject” is not possible. Only quotes and reactive work orders can be rejected."
    actions.reject(db, agent, quote, version(db, quote), "Over budget")
    rejected = load(db, quote)
    assert (rejected.status, rejected.previous_status) == (Status.REJECTED, Status.NEW)
    assert entries(db, quote) == [status_entry(Status.NEW, Status.REJECTED), comment("Over budget")]


def test_reinstate_with_a_visit(db: Database, agent: Actor, admin: Actor, building: int) -> None:
    revisit, done = reactive_orders(db, admin, building, 2)
    for number in (revisit, done):
        actions.cancel_job(db, agent, number, version(db, number), "Cancelled by phone")
    v = actions.reinstate(db, agent, revisit, version(db, revisit), ReinstateMode.REVISIT_REQUIRED)
    held = load(db, revisit)
    assert (held.status, held.previous_status) == (Status.ON_HOLD, Status.IN_PROGRESS)
    assert held.started_at is not None and held.completed_at is None
    actions.resume(db, agent, revisit, v)
    assert load(db, revisit).status is Status.IN_PROGRESS
    actions.reinstate(db, agent, done, version(db, done), ReinstateMode.WORK_COMPLETED, "Technician fixed it anyway")
    completed = load(db, done)
    assert completed.status is Status.COMPLETED
    assert completed.started_at is not None and completed.completed_at is not None
    assert without_dates(entries(db, done)[2:]) == [
        status_entry(Status.CANCELLED, Status.COMPLETED),
        (ActivityKind.FIELD, "started_at", None, "<date>", None),
        (ActivityKind.FIELD, "completed_at", None, "<date>", None),
        comment("Technician fixed it anyway"),
    ]


def test_an_unknown_order(db: Database, agent: Actor) -> None:
    with pytest.raises(NotFound) as refused:
        actions.start(db, agent, 424242, 1)
    assert str(refused.value) == "Work order 424242 does not exist."


# --- edits ---------------------------------------------------------------------------------------------------


def test_a_comment_is_logged_and_bumps_the_version(db: Database, agent: Actor, reactive: int) -> None:
    v = version(db, reactive)
    refused_without_a_write(db, lambda: actions.add_comment(db, agent, reactive, v, " \n "), ValidationError)
    assert actions.add_comment(db, agent, reactive, v, "  Called the tenant.  ") == v + 1
    assert entries(db, reactive) == [comment("Called the tenant.")]
    assert load(db, reactive).status is Status.NEW


def test_assign_updates_the_list_copy_of_the_name(db: Database, agent: Actor, admin: Actor, reactive: int) -> None:
    v = actions.assign(db, admin, reactive, version(db, reactive), agent.user_id)
    order = load(db, reactive)
    assert (order.assignee_id, order.assignee_name, order.version) == (agent.user_id, "Alice Martin", v)
    assert actions.assign(db, admin, reactive, v, agent.user_id) == v  # unchanged: nothing to write
    v = actions.assign(db, admin, reactive, v, None)
    assert (load(db, reactive).assignee_id, load(db, reactive).assignee_name) == (None, None)
    assert entries(db, reactive) == [
        (ActivityKind.FIELD, "assignee", None, "Alice Martin", None),
        (ActivityKind.FIELD, "assignee", "Alice Martin", None, None),
    ]
    refused_without_a_write(db, lambda: actions.assign(db, admin, reactive, v, 999_999), NotFound)
    with db.transaction() as session:
        alice = session.get(User, agent.user_id)
        assert alice is not None
        alice.active = False
    refused = refused_without_a_write(
        db, lambda: actions.assign(db, admin, reactive, v, agent.user_id), ValidationError
    )
    assert "Alice Martin" in str(refused)


def test_a_finished_order_cannot_be_reassigned(db: Database, agent: Actor, admin: Actor, reactive: int) -> None:
    v = actions.start(db, agent, reactive, version(db, reactive))
    v = actions.complete(db, agent, reactive, v)
    refused = refused_without_a_write(
        db, lambda: actions.assign(db, admin, reactive, v, admin.user_id), TransitionRefused
    )
    assert str(refused) == "“Assign” is not possible. Not possible while the work order is “Completed”."


def test_fixed_cost_replaces_and_zero_reverts(db: Database, agent: Actor, reactive: int) -> None:
    v = version(db, reactive)
    for amount, explanation, error in (
        (Decimal("-1"), "Refund", ValidationError),
        (Decimal("100"), "  ", ValidationError),
    ):
        refused_without_a_write(
            db, lambda a=amount, e=explanation: actions.set_fixed_cost(db, agent, reactive, v, a, e), error
        )
    v = actions.set_fixed_cost(db, agent, reactive, v, Decimal("450"), "Agreed price with the client")
    assert load(db, reactive).fixed_cost == Decimal("450.00")
    v = actions.set_fixed_cost(db, agent, reactive, v, Decimal("399.999"), "Discount")
    assert load(db, reactive).fixed_cost == Decimal("400.00")
    v = actions.set_fixed_cost(db, agent, reactive, v, Decimal("0"), "Back to time and materials")
    assert load(db, reactive).fixed_cost is None
    assert load(db, reactive).version == v
    assert entries(db, reactive) == [
        (ActivityKind.FIELD, "fixed_cost", None, "450.00", "Agreed price with the client"),
        (ActivityKind.FIELD, "fixed_cost", "450.00", "400.00", "Discount"),
        (ActivityKind.FIELD, "fixed_cost", "400.00", None, "Back to time and materials"),
    ]


def test_reference_provided(db: Database, agent: Actor, reactive: int) -> None:
    v = version(db, reactive)
    refused_without_a_write(db, lambda: actions.reference_provided(db, agent, reactive, v, " "), ValidationError)
    refused_without_a_write(db, lambda: actions.reference_provided(db, agent, reactive, v, "X" * 81), ValidationError)
    v = actions.reference_provided(db, agent, reactive, v, " PO-2026-118 ")
    assert load(db, reactive).client_reference == "PO-2026-118"
    assert actions.reference_provided(db, agent, reactive, v, "PO-2026-118") == v
    actions.reference_provided(db, agent, reactive, v, "PO-2026-119")
    assert entries(db, reactive) == [
        (ActivityKind.FIELD, "client_reference", None, "PO-2026-118", None),
        (ActivityKind.FIELD, "client_reference", "PO-2026-118", "PO-2026-119", None),
    ]


def test_a_closed_order_keeps_its_cost_and_reference(db: Database, agent: Actor, reactive: int) -> None:
    v = actions.start(db, agent, reactive, version(db, reactive))
    v = actions.close(db, agent, reactive, actions.complete(db, agent, reactive, v))
    refused_without_a_write(
        db, lambda: actions.set_fixed_cost(db, agent, reactive, v, Decimal(5), "Late"), TransitionRefused
    )
    refused_without_a_write(db, lambda: actions.reference_provided(db, agent, reactive, v, "PO"), TransitionRefused)
    actions.add_comment(db, agent, reactive, v, "Invoice sent")


# --- PPM cancel ----------------------------------------------------------------------------------------------

CONTACTS = (
    ContactSpec("Claire Petit", "claire.petit@example.com", True),
    ContactSpec("Bruno Leroy", "  bruno.leroy@example.com ", True),
    ContactSpec("No Mail", None, True),
    ContactSpec("Blank Mail", "  ", True),
    ContactSpec("Not Subscribed", "not.subscribed@example.com", False),
)


@pytest.fixture
def ppm(db: Database, building: int) -> int:
    # Another client's PPM contact must never hear of this order.
    other = client_with_building(db, "Other Client", "Other Tower")
    ppm_order(db, other, [ContactSpec("Stranger", "stranger@example.com", True)], title="Other job")
    return ppm_order(db, building, CONTACTS)


def test_a_ppm_cancel_needs_the_permission(db: Database, agent: Actor, ppm: int) -> None:
    v = version(db, ppm)
    refused = refused_without_a_write(
        db, lambda: actions.cancel_job(db, agent, ppm, v, "Site closed"), PermissionDenied
    )
    assert isinstance(refused, ActionNotPermitted)
    assert "Cancel PPM work orders" in str(refused)


def test_a_ppm_cancel_queues_an_email_to_each_ppm_contact(db: Database, supervisor: Actor, ppm: int) -> None:
    actions.cancel_job(db, supervisor, ppm, version(db, ppm), "Site closed for refurbishment until June")
    order = load(db, ppm)
    assert (order.status, order.ppm_cancel_final, order.previous_status) == (Status.CANCELLED, True, Status.NEW)
    with db.reading() as session:
        emails = session.scalars(select(OutboxEmail).order_by(OutboxEmail.to_address)).all()
    assert [email.to_address for email in emails] == ["bruno.leroy@example.com", "claire.petit@example.com"]
    for email in emails:
        assert email.work_order_id == order.id and email.sent_at is None and email.attempts == 0
        assert email.subject == f"PPM work order {ppm} cancelled: Quarterly boiler service"
        for part in (str(ppm), "Quarterly boiler service", "Tour Horizon", "Site closed for refurbishment until June"):
            assert part in email.body
        assert "Sam Dupont" in email.body
    assert emails[0].body.startswith("Hello,\n") and emails[0].body == emails[1].body  # one text per language
    assert entries(db, ppm) == [
        status_entry(Status.NEW, Status.CANCELLED),
        comment("Site closed for refurbishment until June"),
        (
            ActivityKind.EMAIL,
            None,
            None,
            "bruno.leroy@example.com, claire.petit@example.com",
            f"PPM work order {ppm} cancelled: Quarterly boiler service",
        ),
    ]


def test_an_administrator_may_cancel_a_ppm(db: Database, admin: Actor, ppm: int) -> None:
    actions.cancel_job(db, admin, ppm, version(db, ppm), "Contract ended early")
    assert load(db, ppm).ppm_cancel_final


def test_a_reinstated_ppm_keeps_its_period_and_loses_the_flag(
    db: Database, agent: Actor, supervisor: Actor, ppm: int
) -> None:
    before = load(db, ppm)
    v = actions.cancel_job(db, supervisor, ppm, before.version, "Wrong building")
    refused_without_a_write(
        db,
        lambda: actions.reinstate(db, agent, ppm, v, ReinstateMode.TO_PREVIOUS_STATUS, "Right building"),
        ActionNotPermitted,
    )
    actions.reinstate(db, supervisor, ppm, v, ReinstateMode.TO_PREVIOUS_STATUS, "Right building after all")
    after = load(db, ppm)
    assert (after.status, after.ppm_cancel_final) == (Status.NEW, False)
    assert (after.job_building_id, after.financial_period_id) == (before.job_building_id, before.financial_period_id)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEmail)) == 2  # the cancel's, none more


def test_cancelling_a_ppm_with_no_ppm_contact_sends_nothing(db: Database, supervisor: Actor, building: int) -> None:
    number = ppm_order(db, building, [ContactSpec("Not Subscribed", "ns@example.com", False)])
    actions.cancel_job(db, supervisor, number, version(db, number), "Duplicate visit")
    assert [entry[0] for entry in entries(db, number)] == [ActivityKind.STATUS, ActivityKind.COMMENT]
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEmail)) == 0


# --- concurrency ---------------------------------------------------------------------------------------------


def test_a_stale_version_is_refused_naming_who_changed_it(
    db: Database, agent: Actor, admin: Actor, reactive: int
) -> None:
    stale = version(db, reactive)
    actions.add_comment(db, agent, reactive, stale, "On my way")
    with db.reading() as session:
        last = session.scalars(select(ActivityEntry).order_by(ActivityEntry.id.desc()).limit(1)).one()
    refused = refused_without_a_write(db, lambda: actions.start(db, admin, reactive, stale), ConcurrentChange)
    at = last.created_at.strftime("%Y-%m-%d %H:%M UTC")
    assert str(refused) == (
        f"Work order {reactive} was changed by Alice Martin at {at} since you opened it. Reload it and try again."
    )
    assert refused.message.args["time"] == last.created_at
    assert isinstance(refused, ConcurrentChange) and refused.current_version == stale + 1


def test_a_change_by_the_ppm_generator_is_named_as_automatic(db: Database, agent: Actor, building: int) -> None:
    number = ppm_order(db, building)
    refused = refused_without_a_write(
        db, lambda: actions.start(db, agent, number, version(db, number) - 1), ConcurrentChange
    )
    assert "was changed automatically at" in str(refused)


def test_two_agents_acting_on_the_same_version(db: Database, agent: Actor, supervisor: Actor, reactive: int) -> None:
    # Both opened the order at the same version; the supervisor saves first.
    loaded = version(db, reactive)
    actions.start(db, supervisor, reactive, loaded)
    refused = refused_without_a_write(
        db, lambda: actions.cancel_job(db, agent, reactive, loaded, "Not needed"), ConcurrentChange
    )
    assert "changed by Sam Dupont at" in str(refused)
    assert load(db, reactive).status is Status.IN_PROGRESS


def test_an_action_waiting_behind_another_transaction_sees_its_change(
    db: Database, agent: Actor, supervisor: Actor, reactive: int
) -> None:
    """The second writer waits for the first (row lock or SQLite write lock), then sees the new version."""
    loaded = version(db, reactive)
    session = db.session()
    try:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == reactive).with_for_update())
        assert order is not None
        order.priority = 1
        activity.record(session, order, supervisor, ActivityKind.FIELD, field="priority", old=2, new=1)
        session.flush()
        started = threading.Event()

        def second() -> int:
            started.set()
            return actions.start(db, agent, reactive, loaded)

        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(second)
            started.wait(5)
            time.sleep(0.5)
            assert not future.done(), "the second writer did not wait for the first"
            session.commit()
            error = future.exception(timeout=30)
    finally:
        session.close()
    assert isinstance(error, ConcurrentChange)
    assert "changed by Sam Dupont at" in str(error)
    after = load(db, reactive)
    assert (after.status, after.priority, after.version) == (Status.NEW, 1, loaded + 1)
    assert entries(db, reactive) == [(ActivityKind.FIELD, "priority", "2", "1", None)]


# --- on the demo data ----------------------------------------------------------------------------------------


def test_the_demo_orders_follow_the_rules(db: Database, admin: Actor) -> None:
    load_demo(db, "en", now=datetime(2026, 11, 24, 9, 30, tzinfo=UTC))
    everything = frozenset(Permission)
    with db.reading() as session:
        orders = session.scalars(select(WorkOrder).order_by(WorkOrder.number)).all()
        for order in orders:
            menu = available_actions(actions.order_state(order), everything)
            if order.started_at is not None:
                assert menu[Action.CANCEL_JOB] is not None, order.number
            if order.status in (Status.CANCELLED, Status.REJECTED):
                assert menu[Action.REINSTATE] is None, order.number
            if order.status is Status.CLOSED:
                assert not any(refusal is None for refusal in menu.values())
        ppm = next(o for o in orders if o.type is WorkOrderType.PPM and o.status is Status.NEW)
        expected = sorted(
            (contact.email or "").strip()
            for contact in session.scalars(select(Contact).where(Contact.client_id == ppm.client_id))
            if contact.receives_ppm_emails and (contact.email or "").strip()
        )
    assert expected
    actions.cancel_job(db, admin, ppm.number, ppm.version, "Building sold")
    with db.reading() as session:
        sent = sorted(session.scalars(select(OutboxEmail.to_address)))
    assert sent == expected
