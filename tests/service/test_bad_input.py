"""Bad input to the work-order services: refused with a BureauError, nothing written, on both databases.

Hypothesis throws generated values (tests/bad_values.py) at each use case, one bad value among good ones, against
one seeded database per test (tests/bad_input_world.py) whose every row must stay as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

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
from desktop.services.helpdesk import ListQuery
from desktop.services.notifications import edit_notifications, notification_choices
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import NewWorkOrder, create_work_order, delete_work_order
from tests.bad_input_world import BAD_INPUT, World, build_world, checksum, harmless, refused
from tests.bad_values import (
    BAD_AMOUNTS,
    BAD_IDS,
    EXTREME_DATES,
    OUT_OF_RANGE_INTS,
    UNKNOWN_IDS,
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
    if isinstance(value, int) and not in_whole_number_range(value):
        assert isinstance(error, ValueRefused)
    elif name in ("building_id", "assignee_id", "contact_id", "contract_id"):
        assert isinstance(error, NotFound | ValidationError)
    else:
        assert isinstance(error, ValidationError)


@BAD_INPUT
@given(number=BAD_IDS)
def test_deleting_an_order_that_cannot_exist_is_refused(world: World, number: int) -> None:
    error = refused(world.db, lambda: delete_work_order(world.db, world.admin, number))
    assert isinstance(error, missing_number_error(number))


@BAD_INPUT
@given(number=BAD_IDS)
def test_the_detail_of_an_order_that_cannot_exist_is_refused(world: World, number: int) -> None:
    error = refused(world.db, lambda: get_detail(world.db, world.admin, number))
    assert isinstance(error, missing_number_error(number))


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
    if possible:
        assert isinstance(error, ValidationError)
    else:
        assert isinstance(error, TransitionRefused | ValidationError)


@BAD_INPUT
@given(data=st.data())
def test_an_action_on_an_order_or_version_that_cannot_exist_is_refused(world: World, data: st.DataObject) -> None:
    what = data.draw(st.sampled_from(list(TEXT_ACTIONS)), "action")
    known = data.draw(st.sampled_from(world.numbers), "known number")
    bad_number = data.draw(st.booleans(), "bad number")
    number = data.draw(BAD_IDS, "number") if bad_number else known
    version = data.draw(st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS), "version") if not bad_number else 1
    error = refused(world.db, lambda: TEXT_ACTIONS[what](world.db, world.admin, number, version, "A good text"))
    assert isinstance(error, missing_number_error(number) if bad_number else ConcurrentChange)


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
        assert isinstance(error, expected)


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
        assert isinstance(error, ValueRefused)


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
@given(number=BAD_IDS)
def test_the_notification_choices_of_an_order_that_cannot_exist_are_refused(world: World, number: int) -> None:
    error = refused(world.db, lambda: notification_choices(world.db, number))
    assert isinstance(error, missing_number_error(number))


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
        assert isinstance(error, ValidationError)
    else:
        assert isinstance(error, missing_number_error(bad))


@BAD_INPUT
@given(number=BAD_IDS, version=st.one_of(OUT_OF_RANGE_INTS, st.just(1)))
def test_notifications_of_an_order_that_cannot_exist_are_refused(world: World, number: int, version: int) -> None:
    error = refused(world.db, lambda: edit_notifications(world.db, world.admin, number, version, [world.contact_id]))
    assert isinstance(error, missing_number_error(number))


# -- the reproductions, one by one ----------------------------------------------------------------------------


@pytest.mark.parametrize("number", [2**31, 2**63, 2**64, -(2**31) - 1, 999_999])
def test_get_detail_of_a_number_beyond_the_database_is_refused(world: World, number: int) -> None:
    refused(world.db, lambda: get_detail(world.db, world.admin, number), ValueRefused, NotFound)


@pytest.mark.parametrize("comment", ["\ud800", "Lone \udfff half", "a\x00b", "NUL at the end\x00", "\x1b[31mred"])
def test_a_comment_that_cannot_be_stored_is_refused(world: World, comment: str) -> None:
    number = world.orders[Status.IN_PROGRESS]
    version = world.version(number)
    refused(world.db, lambda: actions.add_comment(world.db, world.admin, number, version, comment), ValueRefused)


@pytest.mark.parametrize("amount", ["NaN", "sNaN", "Infinity", "-Infinity", "1E+30", "1E12"])
def test_a_fixed_cost_that_is_not_an_amount_is_refused(world: World, amount: str) -> None:
    number = world.orders[Status.IN_PROGRESS]
    version = world.version(number)
    refused(
        world.db,
        lambda: actions.set_fixed_cost(world.db, world.admin, number, version, Decimal(amount), "Agreed"),
        ValueRefused,
    )


def test_a_new_order_is_refused_for_each_bad_reference_and_nothing_is_written(world: World) -> None:
    db, admin = world.db, world.admin

    def order(**changes: object) -> NewWorkOrder:
        good = NewWorkOrder(type=WorkOrderType.REACTIVE, title="Broken window", building_id=world.building_id)
        return replace(good, **changes)

    cases: list[tuple[NewWorkOrder, type[BureauError]]] = [
        (order(contact_id=987_654), NotFound),
        (order(contact_id=world.other_contact_id), ValidationError),
        (order(assignee_id=world.inactive_id), ValidationError),
        (order(contract_id=world.other_contract_id), ValidationError),
        (order(title="T" * 300), ValueRefused),
        (order(description="x" * 100_001), ValueRefused),
        (order(title="Broken window", description="Glass\x00everywhere"), ValueRefused),
    ]
    for new, expected in cases:
        error = refused(db, lambda new=new: create_work_order(db, admin, new), expected)
        assert type(error) is expected


@pytest.mark.parametrize("due", [date.min, date.max, date(9999, 12, 31), date(1, 1, 2)])
def test_an_extreme_due_date_is_stored_and_read_back(world: World, due: date) -> None:
    db, admin = world.db, world.admin
    new = NewWorkOrder(type=WorkOrderType.REACTIVE, title="Far away", building_id=world.building_id, due_date=due)
    number = create_work_order(db, admin, new)
    assert get_detail(db, admin, number).due_date == due
    for descending in (True, False):
        list_filter = ListFilter(due_from=due, due_to=due, overdue_only=due < date.today(), sort=Sort(SortField.DUE))
        query = ListQuery.of(replace(list_filter, sort=Sort(SortField.DUE, descending)), admin.user_id)
        with db.engine.connect() as connection:
            rows = helpdesk.page_after(connection, query, None, 50)
            assert [row.number for row in rows] == [number]
            assert helpdesk.count(connection, query) == 1
            assert helpdesk.page_before(connection, query, query.key_of(rows[0]), 50) == []


def test_the_world_is_unchanged_by_reads(world: World) -> None:
    before = checksum(world.db)
    for number in world.numbers:
        harmless(world.db, lambda number=number: get_detail(world.db, world.admin, number))
        harmless(world.db, lambda number=number: notification_choices(world.db, number))
    assert checksum(world.db) == before
