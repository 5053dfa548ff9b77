"""A bulk action goes through every number it is given: a number that does not exist, cannot exist, or whose
change cannot be stored is one line of the result, and the others go on (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, WorkOrder
from desktop.domain.errors import ValueRefused
from desktop.services import bulk_actions, workorder_actions
from desktop.services.actor import Actor
from desktop.services.bulk_actions import CHUNK, bulk_assign
from desktop.services.users import create_user
from tests.factories import client_with_building, reactive_orders


@pytest.fixture
def agent_id(db: Database, admin: Actor) -> int:
    return create_user(db, admin, login="alice", display_name="Alice Martin", password="alice-password-1",
                       roles=["agent"])


def assignees(db: Database, numbers: list[int]) -> dict[int, int | None]:
    with db.reading() as session:
        rows = session.execute(select(WorkOrder.number, WorkOrder.assignee_id).where(WorkOrder.number.in_(numbers)))
        return {number: assignee for number, assignee in rows}


def test_missing_and_impossible_numbers_are_lines_of_the_result(db: Database, admin: Actor, agent_id: int) -> None:
    live = reactive_orders(db, admin, client_with_building(db), 10)
    missing = list(range(10**6, 10**6 + 300))
    impossible = [2**31, 2**63, -(2**40)]
    numbers = [*live, *missing, *impossible]
    assert len(numbers) > CHUNK  # the impossible numbers fall in a later chunk than the first orders

    result = bulk_assign(db, admin, numbers, agent_id)

    assert result.total == len(numbers) and not result.cancelled
    assert result.done == live
    assert [number for number, _reason in result.refused] == [*missing, *impossible]
    assert {reason.english() for _number, reason in result.refused} == {"The work order no longer exists."}
    assert set(assignees(db, live).values()) == {agent_id}


def test_an_order_whose_change_cannot_be_stored_is_refused_and_the_others_change(
    db: Database, admin: Actor, agent_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = reactive_orders(db, admin, client_with_building(db), 6)
    spoiled = live[2]
    write_assignee = workorder_actions.write_assignee

    def spoiling(session, order, actor, assignee_id, name, now):  # type: ignore[no-untyped-def]
        write_assignee(session, order, actor, assignee_id, name, now)
        if order.number == spoiled:
            order.title = "x" * 300  # more than a title holds: refused when the change is written

    monkeypatch.setattr(bulk_actions.workorder_actions, "write_assignee", spoiling)
    with db.reading() as session:
        entries_before = session.scalar(select(func.count()).select_from(ActivityEntry))

    result = bulk_assign(db, admin, live, agent_id)

    assert result.done == [number for number in live if number != spoiled]
    [(number, reason)] = result.refused
    assert number == spoiled and "too long" in reason.english()
    now = assignees(db, live)
    assert now[spoiled] is None and all(now[n] == agent_id for n in result.done)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ActivityEntry)) == entries_before + len(result.done)
        assert len(session.scalar(select(WorkOrder.title).where(WorkOrder.number == spoiled)) or "") < 300


def test_an_impossible_agent_is_refused_at_once(db: Database, admin: Actor) -> None:
    live = reactive_orders(db, admin, client_with_building(db), 3)
    with pytest.raises(ValueRefused):
        bulk_assign(db, admin, live, 2**40)
    assert set(assignees(db, live).values()) == {None}
