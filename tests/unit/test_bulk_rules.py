"""The bulk rules of SPEC sections 3 and 5: each order's own rules, no bulk cancel, PPM bulk close eligibility."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.bulk import (
    BULK_ACTIONS,
    bulk_outcome,
    bulk_refusal,
    check_bulk_text,
    ppm_close_outcome,
    ppm_close_refusal,
)
from desktop.domain.errors import TransitionRefused, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.transitions import Action, OrderState, refusal
from desktop.domain.workorders import OPEN_STATUSES, Status, WorkOrderType

TODAY = date(2026, 3, 15)
YESTERDAY = TODAY - timedelta(days=1)
ALL = frozenset(Permission)
NONE: frozenset[Permission] = frozenset()
BULK_CLOSE = frozenset({Permission.BULK_CLOSE_PPM})
NON_PPM = [t for t in WorkOrderType if t is not WorkOrderType.PPM]

states = st.builds(
    OrderState,
    type=st.sampled_from(WorkOrderType),
    status=st.sampled_from(Status),
    previous_status=st.none() | st.sampled_from(Status),
    started=st.booleans(),
)
permission_sets = st.frozensets(st.sampled_from(Permission))


def test_bulk_actions_are_every_action_but_cancel_and_reinstate() -> None:
    assert set(BULK_ACTIONS) == set(Action) - {Action.CANCEL_JOB, Action.REINSTATE}
    assert list(BULK_ACTIONS) == [action for action in Action if action in BULK_ACTIONS]


@given(order=states, permissions=permission_sets, action=st.sampled_from(BULK_ACTIONS))
def test_a_bulk_change_applies_each_orders_own_rules(
    order: OrderState, permissions: frozenset[Permission], action: Action
) -> None:
    assert bulk_refusal(action, order, permissions) == refusal(action, order, permissions)


@pytest.mark.parametrize("kind", NON_PPM)
@pytest.mark.parametrize("status", [Status.NEW, Status.NEEDS_CLARIFICATION])
def test_no_bulk_cancel_for_reactive_quote_purchase_or_audit_orders(kind: WorkOrderType, status: Status) -> None:
    order = OrderState(kind, status)
    assert refusal(Action.CANCEL_JOB, order, ALL) is None  # alone, it may be cancelled
    refused = bulk_refusal(Action.CANCEL_JOB, order, ALL)
    assert refused is not None and refused.permission is None
    assert refused.reason.context == "Refusal"
    assert refused.reason.english() == (
        "Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own."
    )


@pytest.mark.parametrize("permissions", [NONE, frozenset({Permission.CANCEL_PPM}), ALL])
def test_no_bulk_cancel_for_ppm_orders_either_whatever_the_permissions(permissions: frozenset[Permission]) -> None:
    refused = bulk_refusal(Action.CANCEL_JOB, OrderState(WorkOrderType.PPM, Status.NEW), permissions)
    assert refused is not None
    assert "not cancelled in bulk" in refused.reason.english()
    assert "Close PPMs" in refused.reason.english()


@given(order=states, permissions=permission_sets)
def test_cancel_and_reinstate_are_refused_in_bulk_for_any_order(
    order: OrderState, permissions: frozenset[Permission]
) -> None:
    for action in (Action.CANCEL_JOB, Action.REINSTATE):
        refused = bulk_refusal(action, order, permissions)
        assert refused is not None
        with pytest.raises(TransitionRefused) as raised:
            bulk_outcome(action, order, permissions, "notes")
        assert raised.value.refusal == refused
        assert raised.value.message.text == QT_TRANSLATE_NOOP("Errors", "“{action}” is not possible. {reason}")


def test_bulk_outcome_is_the_single_actions_outcome() -> None:
    order = OrderState(WorkOrderType.REACTIVE, Status.NEW)
    outcome = bulk_outcome(Action.START, order, NONE, " on my way ")
    assert (outcome.status, outcome.set_started, outcome.comment) == (Status.IN_PROGRESS, True, "on my way")
    with pytest.raises(TransitionRefused):
        bulk_outcome(Action.CLOSE, order, ALL)


@pytest.mark.parametrize("action", [Action.ASK_CLARIFICATION, Action.CORRECTION_NOT_VALID, Action.REJECT])
def test_a_bulk_change_needs_the_comment_the_action_requires(action: Action) -> None:
    with pytest.raises(ValidationError):
        check_bulk_text(action, "   ")
    check_bulk_text(action, "why")


@pytest.mark.parametrize("action", [Action.START, Action.PUT_ON_HOLD, Action.CLOSE, Action.CANCEL_JOB])
def test_other_bulk_changes_take_an_optional_comment(action: Action) -> None:
    check_bulk_text(action, "")


# -- bulk close of PPMs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(OPEN_STATUSES))
@pytest.mark.parametrize("permissions", [BULK_CLOSE, frozenset({Permission.ADMIN})])
def test_an_open_ppm_whose_financial_end_has_passed_is_closed(
    status: Status, permissions: frozenset[Permission]
) -> None:
    order = OrderState(WorkOrderType.PPM, status, started=status is Status.IN_PROGRESS)
    assert ppm_close_refusal(order, YESTERDAY, TODAY, permissions) is None


def test_the_ppm_close_outcome_is_closed_with_nothing_else() -> None:
    outcome = ppm_close_outcome()
    assert (outcome.action, outcome.status, outcome.previous_status) == (Action.CLOSE, Status.CLOSED, None)
    assert not (outcome.set_started or outcome.set_completed or outcome.zero_balance or outcome.notify_ppm_contacts)
    assert outcome.ppm_cancel_final is None and outcome.comment is None
    assert ppm_close_outcome("  period over ").comment == "period over"


def test_bulk_close_needs_the_permission() -> None:
    order = OrderState(WorkOrderType.PPM, Status.NEW)
    for permissions in (NONE, frozenset({Permission.CANCEL_PPM, Permission.EDIT_CONTRACT})):
        refused = ppm_close_refusal(order, YESTERDAY, TODAY, permissions)
        assert refused is not None and refused.permission is Permission.BULK_CLOSE_PPM
        assert refused.reason.english() == (
            "Closing PPM work orders in bulk needs the permission “Bulk close PPM work orders”."
        )


@pytest.mark.parametrize("kind", NON_PPM)
def test_only_ppm_orders_are_closed_in_bulk(kind: WorkOrderType) -> None:
    refused = ppm_close_refusal(OrderState(kind, Status.NEW), YESTERDAY, TODAY, BULK_CLOSE)
    assert refused is not None and refused.reason.english() == "Not a PPM work order."


@pytest.mark.parametrize("status", sorted(set(Status) - OPEN_STATUSES))
def test_only_open_ppm_orders_are_closed_in_bulk(status: Status) -> None:
    refused = ppm_close_refusal(OrderState(WorkOrderType.PPM, status), YESTERDAY, TODAY, BULK_CLOSE)
    assert refused is not None
    assert refused.reason.text == "Not open: the work order is “{status}”."
    assert refused.reason.args["status"].context == "Status"


@pytest.mark.parametrize("end", [TODAY, TODAY + timedelta(days=1), date(2030, 1, 1)])
def test_only_ppm_orders_whose_financial_end_date_has_passed(end: date) -> None:
    refused = ppm_close_refusal(OrderState(WorkOrderType.PPM, Status.NEW), end, TODAY, BULK_CLOSE)
    assert refused is not None
    assert refused.reason.text == "Its financial end date, {date}, has not passed yet."
    assert refused.reason.args == {"date": end}


def test_a_ppm_without_financial_end_date_is_not_closed() -> None:
    refused = ppm_close_refusal(OrderState(WorkOrderType.PPM, Status.NEW), None, TODAY, BULK_CLOSE)
    assert refused is not None and refused.reason.english() == "The work order has no financial end date."


@given(order=states, end=st.none() | st.dates(), permissions=permission_sets)
def test_eligible_exactly_when_open_ppm_past_end_and_permitted(
    order: OrderState, end: date | None, permissions: frozenset[Permission]
) -> None:
    eligible = (
        order.type is WorkOrderType.PPM
        and order.status in OPEN_STATUSES
        and end is not None
        and end < TODAY
        and bool(permissions & {Permission.BULK_CLOSE_PPM, Permission.ADMIN})
    )
    assert (ppm_close_refusal(order, end, TODAY, permissions) is None) == eligible
