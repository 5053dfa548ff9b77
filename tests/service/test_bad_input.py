"""Bad input to the work-order services: refused with a BureauError, nothing written, on both databases.

Hypothesis throws generated values (tests/bad_values.py) at each use case, one bad value among good ones, against
one seeded database per test (tests/bad_input_world.py) whose every row must stay as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta, timezone
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.domain.errors import (
    BureauError,
    ConcurrentChange,
    NotFound,
    TransitionRefused,
    ValidationError,
    ValueRefused,
)
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.transitions import Action, Edit, ReinstateMode
from desktop.domain.values import in_whole_number_range
from desktop.domain.workorders import Priority, Status, WorkOrderType
from desktop.services import helpdesk
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.export import ExportColumn, export_rows
from desktop.services.helpdesk import ListQuery
from desktop.services.notifications import edit_notifications, notification_choices
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import NewWorkOrder, create_work_order, delete_work_order
from tests.bad_input_world import BAD_INPUT, World, build_world, refused
from tests.bad_values import (
    BAD_AMOUNTS,
    BAD_IDS,
    EXTREME_DATES,
    OUT_OF_RANGE_INTS,
    UNKNOWN_IDS,
    amount_refusal,
    bad_line,
    bad_text,
    good_line,
    good_text,
)

TextAction = Callable[[Database, Actor, int, int, str], int]

# Every action that takes a text, by the status action or edit it is.
TEXT_ACTIONS: dict[Action | Edit, TextAction] = {
    Action.START: actions.start,
    Action.ASK_CLARIFICATION: actions.ask_for_clarification,
    Action.PUT_ON_HOLD: actions.put_on_hold,
    Action.RESUME: actions.resume,
    Action.SUBMIT_FOR_VERIFICATION: actions.submit_for_verification,
    Action.ACCEPT: actions.accept,
    Action.CORRECTION_NOT_VALID: actions.correction_not_valid,
    Action.COMPLETE: actions.complete,
    Action.COMPLETE_ZERO_BALANCE: actions.complete_with_zero_balance,
    Action.CANCEL_JOB: actions.cancel_job,
    Action.REJECT: actions.reject,
    Action.REINSTATE: lambda db, actor, number, version, text: actions.reinstate(
        db, actor, number, version, ReinstateMode.TO_PREVIOUS_STATUS, text
    ),
    Action.CLOSE: actions.close,
    Edit.ADD_COMMENT: actions.add_comment,
    Edit.REFERENCE_PROVIDED: actions.reference_provided,
}
REACTIVE_TYPES = [kind for kind in WorkOrderType if kind is not WorkOrderType.PPM]


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def missing_number_error(number: int) -> type[BureauError]:
    """What a lookup of a number no order has says: out of range, or not found."""
    return NotFound if in_whole_number_range(number) else ValueRefused


def allowed(world: World, number: int, what: Action | Edit) -> bool:
    detail = get_detail(world.db, world.admin, number)
    return (detail.actions if isinstance(what, Action) else detail.edits)[what] is None  # type: ignore[index]


# -- creating and deleting ------------------------------------------------------------------------------------


def good_orders(world: World) -> st.SearchStrategy[NewWorkOrder]:
    return st.builds(
        NewWorkOrder,
        type=st.sampled_from(REACTIVE_TYPES),
        title=good_line(200),
        building_id=st.just(world.building_id),
        priority=st.sampled_from(Priority),
        description=good_text(),
        due_date=st.one_of(st.none(), st.dates(), EXTREME_DATES),
        assignee_id=st.sampled_from([None, world.agent.user_id]),
        contact_id=st.sampled_from([None, world.contact_id, world.contact_without_email_id]),
        contract_id=st.sampled_from([None, world.contract_id]),
    )


def one_bad_field(world: World) -> st.SearchStrategy[tuple[str, object]]:
    return st.one_of(
        st.tuples(st.just("title"), st.one_of(bad_line(200), st.sampled_from(["", "   ", "\t\n"]))),
        st.tuples(st.just("description"), bad_text()),
        st.tuples(st.just("building_id"), BAD_IDS),
        st.tuples(st.just("assignee_id"), st.one_of(BAD_IDS, st.just(world.inactive_id))),
        st.tuples(st.just("contact_id"), st.one_of(BAD_IDS, st.just(world.other_contact_id))),
        st.tuples(st.just("contract_id"), st.one_of(BAD_IDS, st.just(world.other_contract_id))),
    )


@BAD_INPUT
@given(data=st.data())
def test_a_new_order_with_one_bad_value_is_refused(world: World, data: st.DataObject) -> None:
    good = data.draw(good_orders(world), "good")
    name, value = data.draw(one_bad_field(world), "bad")
    error = refused(world.db, lambda: create_work_order(world.db, world.admin, replace(good, **{name: value})))
    may_not_be_chosen = {
        "assignee_id": world.inactive_id,
        "contact_id": world.other_contact_id,
        "contract_id": world.other_contract_id,
    }
    if may_not_be_chosen.get(name) == value:
        expected: type[BureauError] = ValidationError
    elif isinstance(value, int):
        expected = missing_number_error(value)
    elif isinstance(value, str) and not value.strip():
        expected = ValidationError  # no title
    else:
        expected = ValueRefused
    assert type(error) is expected


# -- looking an order up by its number -----------------------------------------------------------------------


def by_number(world: World) -> dict[str, Callable[[int, int], object]]:
    """Every use case that looks an order up by its number, called with a number and the version it expects."""
    db, admin = world.db, world.admin
    calls: dict[str, Callable[[int, int], object]] = {
        "delete": lambda number, _version: delete_work_order(db, admin, number),
        "detail": lambda number, _version: get_detail(db, admin, number),
        "notification choices": lambda number, _version: notification_choices(db, number),
        "notify": lambda number, version: edit_notifications(db, admin, number, version, [world.contact_id]),
        "assign": lambda number, version: actions.assign(db, admin, number, version, world.agent.user_id),
        "fixed cost": lambda number, version: actions.set_fixed_cost(
            db, admin, number, version, Decimal("10.00"), "Agreed"
        ),
    }
    for what, action in TEXT_ACTIONS.items():
        calls[what.value] = partial(_with_a_good_text, action, db, admin)
    return calls


def _with_a_good_text(action: TextAction, db: Database, actor: Actor, number: int, version: int) -> int:
    return action(db, actor, number, version, "A good text")


UNVERSIONED = frozenset({"delete", "detail", "notification choices"})


@BAD_INPUT
@given(data=st.data())
def test_every_use_case_refuses_a_number_or_version_no_order_has(world: World, data: st.DataObject) -> None:
    calls = by_number(world)
    name = data.draw(st.sampled_from(sorted(calls)), "use case")
    if name not in UNVERSIONED and data.draw(st.booleans(), "bad version"):
        number = data.draw(st.sampled_from(world.numbers), "number")
        version = data.draw(st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS), "version")
        expected: type[BureauError] = ConcurrentChange
    else:
        number, version = data.draw(BAD_IDS, "number"), 1
        expected = missing_number_error(number)
    error = refused(world.db, lambda: calls[name](number, version))
    assert isinstance(error, expected)


# -- actions --------------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_an_action_with_a_text_that_cannot_be_stored_is_refused(world: World, data: st.DataObject) -> None:
    what = data.draw(st.sampled_from(list(TEXT_ACTIONS)), "action")
    number = data.draw(st.sampled_from(world.numbers), "number")
    text = data.draw(bad_line(80) if what is Edit.REFERENCE_PROVIDED else bad_text(), "text")
    possible = allowed(world, number, what)
    version = world.version(number)
    error = refused(world.db, lambda: TEXT_ACTIONS[what](world.db, world.admin, number, version, text))
    if what is Edit.REFERENCE_PROVIDED and len(text.strip()) > actions.CLIENT_REFERENCE_MAX:
        assert type(error) is ValidationError
    elif possible:
        assert type(error) is ValueRefused
    else:
        assert isinstance(error, TransitionRefused)


@BAD_INPUT
@given(data=st.data())
def test_assigning_an_agent_who_cannot_be_assigned_is_refused(world: World, data: st.DataObject) -> None:
    number = data.draw(st.sampled_from(world.numbers), "number")
    assignee = data.draw(st.one_of(BAD_IDS, st.just(world.inactive_id)), "assignee")
    possible = allowed(world, number, Edit.ASSIGN)
    version = world.version(number)
    error = refused(world.db, lambda: actions.assign(world.db, world.admin, number, version, assignee))
    if possible:
        expected = ValidationError if assignee == world.inactive_id else missing_number_error(assignee)
        assert type(error) is expected
    else:
        assert isinstance(error, TransitionRefused)


@BAD_INPUT
@given(data=st.data())
def test_a_fixed_cost_that_cannot_be_stored_is_refused(world: World, data: st.DataObject) -> None:
    number = data.draw(st.sampled_from(world.numbers), "number")
    bad_amount = data.draw(st.booleans(), "bad amount")
    amount = data.draw(BAD_AMOUNTS, "amount") if bad_amount else Decimal("125.50")
    explanation = "Agreed with the client" if bad_amount else data.draw(bad_text(), "explanation")
    version = world.version(number)
    error = refused(
        world.db, lambda: actions.set_fixed_cost(world.db, world.admin, number, version, amount, explanation)
    )
    if bad_amount:
        assert type(error) is amount_refusal(amount)


@BAD_INPUT
@given(data=st.data())
def test_a_generic_action_with_bad_input_is_refused(world: World, data: st.DataObject) -> None:
    action = data.draw(st.sampled_from(Action), "action")
    number = data.draw(st.sampled_from(world.numbers), "number")
    mode = data.draw(st.sampled_from(ReinstateMode), "mode") if action is Action.REINSTATE else None
    text = data.draw(bad_text(), "text")
    version = world.version(number)
    refused(world.db, lambda: actions.perform(world.db, world.admin, number, version, action, text, mode))


# -- notifications --------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_notifying_a_contact_who_cannot_be_notified_is_refused(world: World, data: st.DataObject) -> None:
    number = data.draw(st.sampled_from(world.numbers), "number")
    good = data.draw(st.sets(st.sampled_from([world.contact_id])), "good contacts")
    bad = data.draw(
        st.one_of(BAD_IDS, st.sampled_from([world.other_contact_id, world.contact_without_email_id])), "bad contact"
    )
    version = world.version(number)
    error = refused(world.db, lambda: edit_notifications(world.db, world.admin, number, version, [*good, bad]))
    if bad in (world.other_contact_id, world.contact_without_email_id):
        assert type(error) is ValidationError
    else:
        assert type(error) is missing_number_error(bad)


# -- the reproductions, one by one ----------------------------------------------------------------------------


def test_the_detail_of_a_number_beyond_the_database_is_refused(world: World) -> None:
    for number in (2**31, 2**63, 2**64, -(2**31) - 1):
        refused(world.db, lambda number=number: get_detail(world.db, world.admin, number), ValueRefused)
    refused(world.db, lambda: get_detail(world.db, world.admin, 999_999), NotFound)


def test_a_comment_or_a_fixed_cost_that_cannot_be_stored_is_refused(world: World) -> None:
    db, admin = world.db, world.admin
    number = world.orders[Status.IN_PROGRESS]
    version = world.version(number)
    for comment in ("\ud800", "Lone \udfff half", "a\x00b", "NUL at the end\x00", "\x1b[31mred", "x" * 100_001):
        refused(db, partial(actions.add_comment, db, admin, number, version, comment), ValueRefused)
    for amount in ("NaN", "sNaN", "Infinity", "-Infinity", "1E+30", "1E12", "-1E12"):
        set_cost = partial(actions.set_fixed_cost, db, admin, number, version, Decimal(amount), "Agreed")
        error = refused(db, set_cost, ValidationError)
        assert type(error) is amount_refusal(Decimal(amount)), amount
    assert world.version(number) == version


def test_a_new_order_is_refused_for_each_bad_reference_and_nothing_is_written(world: World) -> None:
    db, admin = world.db, world.admin
    good = NewWorkOrder(type=WorkOrderType.REACTIVE, title="Broken window", building_id=world.building_id)
    cases: list[tuple[dict[str, object], type[BureauError]]] = [
        ({"contact_id": 987_654}, NotFound),
        ({"contact_id": world.other_contact_id}, ValidationError),
        ({"assignee_id": world.inactive_id}, ValidationError),
        ({"contract_id": world.other_contract_id}, ValidationError),
        ({"contract_id": 2**63}, ValueRefused),
        ({"title": "T" * 300}, ValueRefused),
        ({"description": "x" * 100_001}, ValueRefused),
        ({"description": "Glass\x00everywhere"}, ValueRefused),
    ]
    for changes, expected in cases:
        error = refused(db, partial(create_work_order, db, admin, replace(good, **changes)), expected)
        assert type(error) is expected, changes


def test_extreme_due_dates_are_stored_read_back_and_exported(world: World, tmp_path: Path) -> None:
    db, admin = world.db, world.admin
    for due in (date.min, date.max, date(9999, 12, 30), date(1, 1, 2)):
        new = NewWorkOrder(type=WorkOrderType.REACTIVE, title="Far away", building_id=world.building_id, due_date=due)
        number = create_work_order(db, admin, new)
        assert get_detail(db, admin, number).due_date == due
        for descending in (True, False):
            list_filter = ListFilter(
                due_from=due, due_to=due, overdue_only=due < date.today(), sort=Sort(SortField.DUE, descending)
            )
            query = ListQuery.of(list_filter, admin.user_id)
            with db.engine.connect() as connection:
                rows = helpdesk.page_after(connection, query, None, 50)
                assert [row.number for row in rows] == [number]
                assert helpdesk.count(connection, query) == 1
                assert helpdesk.page_before(connection, query, query.key_of(rows[0]), 50) == []
    query = ListQuery.of(ListFilter(sort=Sort(SortField.DUE)), admin.user_id, timezone=timezone(timedelta(hours=14)))
    columns = [ExportColumn(name, name) for name in helpdesk.ListRow._fields]
    with db.engine.connect() as connection:
        total = helpdesk.count(connection, query)
    for fmt in ("csv", "xlsx"):
        assert export_rows(db, query, tmp_path / f"far.{fmt}", fmt, columns).rows == total
