"""Bulk actions on SQLite and PostgreSQL: applied, refused and unchanged orders, activity, permission, cancel, scale."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Contact, OutboxEmail, User, WorkOrder, WorkOrderNotification
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import Message
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.transitions import Action
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services import bulk_actions, helpdesk
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.bulk_actions import BulkResult, RowSpan, bulk_assign, bulk_close_ppm, bulk_transition
from desktop.services.helpdesk import ListQuery
from desktop.services.users import create_user
from tests.bulk_factories import many_orders
from tests.factories import ContactSpec, actor_for, client_with_building, ppm_order

TODAY = date(2026, 3, 15)
PAST = TODAY - timedelta(days=30)
FUTURE = TODAY + timedelta(days=30)

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


def orders(db: Database, numbers: list[int]) -> dict[int, WorkOrder]:
    with db.reading() as session:
        rows = session.scalars(select(WorkOrder).where(WorkOrder.number.in_(numbers))).all()
        return {row.number: row for row in rows}


def entries(db: Database, number: int) -> list[Entry]:
    """The activity after the "created" entry, oldest first, dates replaced by a marker."""
    with db.reading() as session:
        rows = session.scalars(
            select(ActivityEntry)
            .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.number == number, ActivityEntry.kind != ActivityKind.CREATED)
            .order_by(ActivityEntry.id)
        )
        dated = ("started_at", "completed_at")
        return [(e.kind, e.field, e.old_value, "<date>" if e.field in dated else e.new_value, e.text) for e in rows]


def snapshot(db: Database) -> tuple[Any, ...]:
    with db.reading() as session:
        rows = session.execute(select(WorkOrder.__table__).order_by(WorkOrder.number)).all()
        activity = session.scalar(select(func.count()).select_from(ActivityEntry))
        outbox = session.scalar(select(func.count()).select_from(OutboxEmail))
        return tuple(rows), activity, outbox


def reasons(result: BulkResult) -> dict[int, str]:
    return {number: reason.english() for number, reason in result.refused}


def set_status(db: Database, numbers: list[int], status: Status, *, started: bool = False) -> None:
    with db.transaction() as session:
        values: dict[str, Any] = {"status": status}
        if started:
            values["started_at"] = datetime.now(UTC)
        session.execute(update(WorkOrder).where(WorkOrder.number.in_(numbers)).values(**values))


# -- status changes ------------------------------------------------------------------------------------------


def test_a_bulk_start_applies_each_orders_rules_and_writes_what_the_single_action_writes(
    db: Database, agent: Actor, building: int
) -> None:
    new = many_orders(db, building, 3)
    started = many_orders(db, building, 1, status=Status.IN_PROGRESS)
    closed = many_orders(db, building, 1, status=Status.CLOSED)
    single = many_orders(db, building, 1)
    before = orders(db, started + closed)

    result = bulk_transition(db, agent, [*new, *started, *closed], Action.START, "  Team on site  ")

    assert result.done == new and result.unchanged == [] and not result.cancelled
    assert result.total == 5 and result.handled == 5
    assert reasons(result) == {
        started[0]: "Not possible while the work order is “In progress”.",
        closed[0]: "Not possible while the work order is “Closed”.",
    }
    assert all(isinstance(reason, Message) and reason.context == "Refusal" for _, reason in result.refused)
    after = orders(db, new + started + closed)
    for number in new:
        assert after[number].status is Status.IN_PROGRESS and after[number].started_at is not None
        assert after[number].version == 2
    for number in started + closed:  # left as they were
        assert (after[number].status, after[number].version) == (before[number].status, before[number].version)
        assert entries(db, number) == []
    # The same entries as the action on one order.
    actions.start(db, agent, single[0], 1, "Team on site")
    assert (
        entries(db, new[0])
        == entries(db, single[0])
        == [
            (ActivityKind.STATUS, "status", "new", "in_progress", None),
            (ActivityKind.FIELD, "started_at", None, "<date>", None),
            (ActivityKind.COMMENT, None, None, None, "Team on site"),
        ]
    )
    with db.reading() as session:
        users = session.scalars(select(ActivityEntry.user_id).where(ActivityEntry.kind != ActivityKind.CREATED))
        assert set(users) == {agent.user_id}


def test_a_bulk_change_that_needs_a_comment_refuses_without_one_and_writes_nothing(
    db: Database, agent: Actor, building: int
) -> None:
    numbers = many_orders(db, building, 2)
    before = snapshot(db)
    with pytest.raises(ValidationError):
        bulk_transition(db, agent, numbers, Action.ASK_CLARIFICATION, " ")
    assert snapshot(db) == before
    result = bulk_transition(db, agent, numbers, Action.ASK_CLARIFICATION, "Which floor?")
    assert result.done == numbers
    assert entries(db, numbers[1])[-1] == (ActivityKind.COMMENT, None, None, None, "Which floor?")


def test_no_bulk_cancel_whatever_the_type_or_permission(
    db: Database, admin: Actor, supervisor: Actor, building: int
) -> None:
    reactive = many_orders(db, building, 1)
    others = [many_orders(db, building, 1, type=kind)[0] for kind in (WorkOrderType.QUOTE, WorkOrderType.AUDIT)]
    ppm = ppm_order(db, building, [ContactSpec("Paul", "paul@example.com", True)])
    before = snapshot(db)
    for actor in (supervisor, admin):
        result = bulk_transition(db, actor, [*reactive, *others, ppm], Action.CANCEL_JOB, "Duplicate")
        assert result.done == [] and [number for number, _ in result.refused] == [*reactive, *others, ppm]
        found = reasons(result)
        assert found[reactive[0]] == (
            "Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own."
        )
        assert found[ppm].startswith("PPM work orders are not cancelled in bulk")
    assert snapshot(db) == before  # no status change, no entry, no email


def test_duplicates_count_once_and_missing_orders_are_reported(db: Database, agent: Actor, building: int) -> None:
    numbers = many_orders(db, building, 2)
    result = bulk_transition(db, agent, [numbers[0], 999_999, numbers[0], numbers[1]], Action.PUT_ON_HOLD)
    assert result.done == numbers and result.total == 3
    assert reasons(result) == {999_999: "The work order no longer exists."}
    assert [e[0] for e in entries(db, numbers[0])] == [ActivityKind.STATUS]


# -- assignee ------------------------------------------------------------------------------------------------


def test_bulk_assign_assigns_open_orders_and_leaves_the_others(
    db: Database, admin: Actor, agent: Actor, supervisor: Actor, building: int
) -> None:
    open_ = many_orders(db, building, 3)
    done = many_orders(db, building, 1, status=Status.COMPLETED)
    actions.assign(db, admin, open_[2], 1, supervisor.user_id)

    result = bulk_assign(db, agent, [*open_, *done], supervisor.user_id)

    assert result.done == open_[:2] and result.unchanged == [open_[2]]
    assert reasons(result) == {done[0]: "Not possible while the work order is “Completed”."}
    after = orders(db, [*open_, *done])
    assert {after[n].assignee_name for n in open_} == {"Sam Dupont"}
    assert {after[n].assignee_id for n in open_} == {supervisor.user_id}
    assert after[done[0]].assignee_id is None and after[done[0]].version == 1
    assert after[open_[2]].version == 2  # not touched again
    assert entries(db, open_[0]) == [(ActivityKind.FIELD, "assignee", None, "Sam Dupont", None)]

    again = bulk_assign(db, agent, open_, None)
    assert again.done == open_
    assert entries(db, open_[0])[-1] == (ActivityKind.FIELD, "assignee", "Sam Dupont", None, None)
    assert {order.assignee_name for order in orders(db, open_).values()} == {None}


def test_bulk_assign_refuses_an_unknown_or_inactive_agent_before_writing(
    db: Database, admin: Actor, agent: Actor, supervisor: Actor, building: int
) -> None:
    numbers = many_orders(db, building, 2)
    with db.transaction() as session:
        session.execute(update(User).where(User.id == supervisor.user_id).values(active=False))
    before = snapshot(db)
    with pytest.raises(ValidationError):
        bulk_assign(db, agent, numbers, supervisor.user_id)
    with pytest.raises(NotFound):
        bulk_assign(db, agent, numbers, 424_242)
    assert snapshot(db) == before


# -- bulk close of PPMs --------------------------------------------------------------------------------------


def test_bulk_close_closes_open_ppms_past_their_financial_end_and_lists_the_others(
    db: Database, supervisor: Actor, building: int
) -> None:
    eligible = many_orders(db, building, 3, type=WorkOrderType.PPM, financial_end_date=PAST)
    set_status(db, eligible[1:2], Status.IN_PROGRESS, started=True)
    set_status(db, eligible[2:3], Status.ON_HOLD)
    future = many_orders(db, building, 1, type=WorkOrderType.PPM, financial_end_date=FUTURE)
    today_end = many_orders(db, building, 1, type=WorkOrderType.PPM, financial_end_date=TODAY)
    completed = many_orders(db, building, 1, type=WorkOrderType.PPM, financial_end_date=PAST, status=Status.COMPLETED)
    reactive = many_orders(db, building, 1)
    asked = [reactive[0], eligible[0], future[0], eligible[1], completed[0], today_end[0], eligible[2]]
    before = orders(db, asked)

    result = bulk_close_ppm(db, supervisor, asked, TODAY, "Period over")

    assert result.done == eligible and not result.cancelled
    assert [number for number, _ in result.refused] == [reactive[0], future[0], completed[0], today_end[0]]
    found = reasons(result)
    assert found[reactive[0]] == "Not a PPM work order."
    assert found[completed[0]] == "Not open: the work order is “Completed”."
    assert found[future[0]] == f"Its financial end date, {FUTURE.isoformat()}, has not passed yet."
    assert found[today_end[0]] == f"Its financial end date, {TODAY.isoformat()}, has not passed yet."
    after = orders(db, asked)
    for number in eligible:
        order = after[number]
        assert (order.status, order.previous_status, order.version) == (Status.CLOSED, None, 2)
        assert order.completed_at is None  # closed as not done
        assert order.started_at == before[number].started_at
        assert order.job_building_id == before[number].job_building_id
    assert entries(db, eligible[1]) == [
        (ActivityKind.STATUS, "status", "in_progress", "closed", None),
        (ActivityKind.COMMENT, None, None, None, "Period over"),
    ]
    for number, _ in result.refused:
        assert (after[number].status, after[number].version) == (before[number].status, before[number].version)
        assert entries(db, number) == []


def test_bulk_close_needs_the_permission_and_writes_nothing_without_it(
    db: Database, agent: Actor, building: int
) -> None:
    numbers = many_orders(db, building, 2, type=WorkOrderType.PPM, financial_end_date=PAST)
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        bulk_close_ppm(db, agent, numbers, TODAY)
    assert snapshot(db) == before


# -- progress and cancel -------------------------------------------------------------------------------------


def test_progress_after_each_order_and_cancel_between_orders(
    db: Database, supervisor: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_actions, "CHUNK", 4)
    numbers = many_orders(db, building, 10, type=WorkOrderType.PPM, financial_end_date=PAST)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 6  # the agent pressed Cancel while the sixth order was written

    result = bulk_close_ppm(db, supervisor, numbers, TODAY, progress=seen.append, cancelled=cancelled)

    assert result.cancelled and result.done == numbers[:6] and result.refused == []
    assert seen == [1, 2, 3, 4, 5, 6]
    after = orders(db, numbers)
    assert [after[n].status for n in numbers] == [Status.CLOSED] * 6 + [Status.NEW] * 4
    assert all(entries(db, n) == [] for n in numbers[6:])


def test_cancel_before_the_first_order_changes_nothing(db: Database, agent: Actor, building: int) -> None:
    numbers = many_orders(db, building, 3)
    before = snapshot(db)
    result = bulk_transition(db, agent, numbers, Action.START, cancelled=lambda: True)
    assert result.cancelled and result.handled == 0
    assert snapshot(db) == before


# -- scale ---------------------------------------------------------------------------------------------------


def test_ten_thousand_orders_in_a_few_queries(db: Database, supervisor: Actor, building: int) -> None:
    count = 10_000
    ppms = many_orders(db, building, count - 500, type=WorkOrderType.PPM, financial_end_date=PAST)
    reactive = many_orders(db, building, 500)
    numbers = [*reactive[:250], *ppms, *reactive[250:]]
    selects: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    progress: list[int] = []
    started = time.perf_counter()
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        result = bulk_close_ppm(db, supervisor, numbers, TODAY, progress=progress.append)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    elapsed = time.perf_counter() - started

    assert len(result.done) == count - 500 and len(result.refused) == 500 and not result.cancelled
    assert len(progress) == count and progress[-1] == count
    chunks = -(-count // bulk_actions.CHUNK)
    assert len(selects) <= 2 * chunks  # the chunk's orders, and who is notified of their changes
    with db.reading() as session:
        closed = session.scalar(select(func.count()).where(WorkOrder.status == Status.CLOSED))
        logged = session.scalar(select(func.count()).where(ActivityEntry.kind == ActivityKind.STATUS))
    assert closed == logged == count - 500
    assert elapsed < 60, elapsed  # a generous bound: a regression to one round trip per query shows


# -- the selected rows of the list ---------------------------------------------------------------------------


def test_the_numbers_of_selected_rows_are_read_by_keyset(db: Database, building: int) -> None:
    numbers = many_orders(db, building, 2_500)
    query = ListQuery.of(ListFilter(sort=Sort(SortField.NUMBER, descending=True)), None)
    listed = sorted(numbers, reverse=True)
    with db.engine.connect() as connection:
        key = query.key_of(helpdesk.rows_by_number(connection, [listed[99]])[listed[99]])
    parts: list[int | RowSpan] = [
        listed[0],
        listed[1],
        RowSpan(5, 3),  # found from its position
        RowSpan(100, 1_200, after=key),  # after a row the caller holds
        RowSpan(2_400, 500),  # runs past the end: the rows that are there
        RowSpan(9_000, 10),  # gone
    ]
    assert bulk_actions.resolve_selection(db, query, parts) == [
        *listed[:2],
        *listed[5:8],
        *listed[100:1_300],
        *listed[2_400:],
    ]


def test_the_contacts_notified_of_an_order_hear_of_its_bulk_status_change(
    db: Database, agent: Actor, building: int
) -> None:
    numbers = many_orders(db, building, 3)
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == numbers[1]))
        assert order is not None
        contact = Contact(client_id=order.client_id, name="Nora Facility", email="nora@example.com")
        session.add(WorkOrderNotification(work_order=order, contact=contact))

    result = bulk_transition(db, agent, numbers, Action.PUT_ON_HOLD)

    assert result.done == numbers
    with db.reading() as session:
        emails = session.scalars(select(OutboxEmail)).all()
        assert [email.to_address for email in emails] == ["nora@example.com"]
        assert "now On hold" in emails[0].subject
    assert [entry[0] for entry in entries(db, numbers[1])] == [ActivityKind.STATUS, ActivityKind.EMAIL]
    assert [entry[0] for entry in entries(db, numbers[0])] == [ActivityKind.STATUS]
