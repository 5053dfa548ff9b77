"""The Actions menu rules of SPEC sections 2 and 3, pair by pair, and properties that hold for any order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ActionNotPermitted, BureauError, PermissionDenied, TransitionRefused, ValidationError
from desktop.domain.permissions import Permission
from desktop.domain.ppm.auto_close import first_due_day, is_due, latest_due_end
from desktop.domain.transitions import (
    ACTION_LABELS,
    EDIT_LABELS,
    REINSTATE_MODE_LABELS,
    Action,
    Edit,
    OrderState,
    Outcome,
    ReinstateMode,
    apply,
    auto_close_refusal,
    available_actions,
    available_edits,
    available_reinstate_modes,
    check,
    check_edit,
    mode_refusal,
    text_required,
)
from desktop.domain.workorders import OPEN_STATUSES, Status, WorkOrderType

S = Status
A = Action
T = WorkOrderType
NONE: frozenset[Permission] = frozenset()
CANCEL_PPM = frozenset({Permission.CANCEL_PPM})
ADMIN = frozenset({Permission.ADMIN})
PERMISSION_SETS = {"none": NONE, "cancel_ppm": CANCEL_PPM, "admin": ADMIN}

# The orders of the table: a status, whether it was ever started, and the status it had before (a hold, a
# cancel or a reject); one row for each situation the spec tells apart.
STATES: dict[str, tuple[Status, bool, Status | None]] = {
    "new": (S.NEW, False, None),
    "needs clarification": (S.NEEDS_CLARIFICATION, False, None),
    "in progress": (S.IN_PROGRESS, True, None),
    "on hold, never started, from new": (S.ON_HOLD, False, S.NEW),
    "on hold, never started, from needs clarification": (S.ON_HOLD, False, S.NEEDS_CLARIFICATION),
    "on hold, started": (S.ON_HOLD, True, S.IN_PROGRESS),
    "on hold, started, from awaiting verification": (S.ON_HOLD, True, S.AWAITING_VERIFICATION),
    "awaiting verification": (S.AWAITING_VERIFICATION, True, None),
    "completed": (S.COMPLETED, True, None),
    "closed": (S.CLOSED, True, None),
    "cancelled from new": (S.CANCELLED, False, S.NEW),
    "cancelled from needs clarification": (S.CANCELLED, False, S.NEEDS_CLARIFICATION),
    "cancelled from on hold": (S.CANCELLED, False, S.ON_HOLD),
    "rejected from new": (S.REJECTED, False, S.NEW),
    "rejected from needs clarification": (S.REJECTED, False, S.NEEDS_CLARIFICATION),
    "not done from new": (S.NOT_DONE, False, S.NEW),
    "not done from on hold, started": (S.NOT_DONE, True, S.ON_HOLD),
}

# What a reactive order allows to a user with every permission, and where each action leads (Reinstate: to
# the previous status). Written out from the spec, independently of the module's own tables.
REACTIVE: dict[str, dict[Action, Status]] = {
    "new": {
        A.START: S.IN_PROGRESS,
        A.ASK_CLARIFICATION: S.NEEDS_CLARIFICATION,
        A.PUT_ON_HOLD: S.ON_HOLD,
        A.CANCEL_JOB: S.CANCELLED,
        A.REJECT: S.REJECTED,
    },
    "needs clarification": {
        A.START: S.IN_PROGRESS,
        A.PUT_ON_HOLD: S.ON_HOLD,
        A.CANCEL_JOB: S.CANCELLED,
        A.REJECT: S.REJECTED,
    },
    "in progress": {
        A.PUT_ON_HOLD: S.ON_HOLD,
        A.SUBMIT_FOR_VERIFICATION: S.AWAITING_VERIFICATION,
        A.COMPLETE: S.COMPLETED,
        A.COMPLETE_ZERO_BALANCE: S.COMPLETED,
    },
    "on hold, never started, from new": {A.START: S.IN_PROGRESS, A.RESUME: S.NEW, A.CANCEL_JOB: S.CANCELLED},
    "on hold, never started, from needs clarification": {
        A.START: S.IN_PROGRESS,
        A.RESUME: S.NEEDS_CLARIFICATION,
        A.CANCEL_JOB: S.CANCELLED,
    },
    "on hold, started": {A.RESUME: S.IN_PROGRESS},
    "on hold, started, from awaiting verification": {A.RESUME: S.AWAITING_VERIFICATION},
    "awaiting verification": {
        A.PUT_ON_HOLD: S.ON_HOLD,
        A.ACCEPT: S.COMPLETED,
        A.CORRECTION_NOT_VALID: S.IN_PROGRESS,
        A.COMPLETE: S.COMPLETED,
    },
    "completed": {A.CLOSE: S.CLOSED},
    "closed": {},
    "cancelled from new": {A.REINSTATE: S.NEW},
    "cancelled from needs clarification": {A.REINSTATE: S.NEEDS_CLARIFICATION},
    "cancelled from on hold": {A.REINSTATE: S.ON_HOLD},
    "rejected from new": {A.REINSTATE: S.NEW},
    "rejected from needs clarification": {A.REINSTATE: S.NEEDS_CLARIFICATION},
    # Only PPM orders are Not done (see expected); Reinstate "with visit: work completed" completes them.
    "not done from new": {A.REINSTATE: S.COMPLETED},
    "not done from on hold, started": {A.REINSTATE: S.COMPLETED},
}


def expected(kind: WorkOrderType, state: str, permissions: frozenset[Permission]) -> dict[Action, Status]:
    """The table above, with the differences of each type and permission set."""
    allowed = dict(REACTIVE[state])
    if kind not in (T.REACTIVE, T.QUOTE):
        allowed.pop(A.REJECT, None)
    if STATES[state][0] is S.NOT_DONE and kind is not T.PPM:
        allowed.pop(A.REINSTATE, None)
    if kind is T.PPM and permissions == NONE:
        allowed.pop(A.CANCEL_JOB, None)
        if STATES[state][0] is S.CANCELLED:
            allowed.pop(A.REINSTATE, None)
    return allowed


def order(kind: WorkOrderType, state: str) -> OrderState:
    status, started, previous = STATES[state]
    return OrderState(kind, status, previous, started)


def text_for(action: Action) -> str:
    return "Because the client asked." if text_required(action, ReinstateMode.TO_PREVIOUS_STATUS) else ""


def mode_for(action: Action, state: str = "") -> ReinstateMode | None:
    """The way the table reinstates: to the previous status, and from Not done the one way out of it."""
    if action is not A.REINSTATE:
        return None
    return ReinstateMode.WORK_COMPLETED if state.startswith("not done") else ReinstateMode.TO_PREVIOUS_STATUS


def test_the_table_covers_every_status() -> None:
    assert {status for status, _, _ in STATES.values()} == set(Status)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("kind", list(WorkOrderType))
def test_every_status_and_action_of_every_type(kind: WorkOrderType, state: str, action: Action) -> None:
    current = order(kind, state)
    for name, permissions in PERMISSION_SETS.items():
        allowed = expected(kind, state, permissions)
        refusal = available_actions(current, permissions)[action]
        if action in allowed:
            assert refusal is None, f"{name}: {refusal}"
            check(action, current, permissions)
            outcome = apply(action, current, permissions, text=text_for(action), mode=mode_for(action, state))
            assert outcome.status is allowed[action], name
        else:
            assert refusal is not None, name
            with pytest.raises(TransitionRefused) as refused:
                check(action, current, permissions)
            assert refused.value.refusal == refusal
            assert refused.value.message.args["reason"] == refusal.reason
            with pytest.raises(TransitionRefused):
                apply(action, current, permissions, text="notes", mode=mode_for(action, state))


def test_the_menu_lists_every_action_in_order() -> None:
    menu = available_actions(order(T.REACTIVE, "new"), NONE)
    assert list(menu) == list(Action)
    assert set(ACTION_LABELS) == set(Action)
    assert set(REINSTATE_MODE_LABELS) == set(ReinstateMode)
    assert set(EDIT_LABELS) == set(Edit)


def reason(action: Action, current: OrderState, permissions: frozenset[Permission] = NONE) -> str:
    refusal = available_actions(current, permissions)[action]
    assert refusal is not None
    return refusal.reason.english()


def test_refusals_say_why() -> None:
    assert reason(A.CLOSE, order(T.REACTIVE, "new")) == "Not possible while the work order is “New”."
    assert reason(A.CANCEL_JOB, order(T.REACTIVE, "in progress")) == (
        "A started work order cannot be cancelled: complete it with zero balance instead."
    )
    assert reason(A.CANCEL_JOB, order(T.REACTIVE, "on hold, started")).startswith("A started work order")
    assert reason(A.START, order(T.REACTIVE, "on hold, started")) == (
        "The work order was already started: resume it instead."
    )
    assert reason(A.REJECT, order(T.AUDIT, "new")) == "Only quotes and reactive work orders can be rejected."
    assert reason(A.CANCEL_JOB, order(T.PPM, "new")) == (
        "Cancelling a PPM work order needs the permission “Cancel PPM work orders”."
    )
    assert reason(A.REINSTATE, order(T.PPM, "cancelled from new")).startswith("Reinstating a cancelled PPM")


def test_a_refused_action_raises_a_translatable_error() -> None:
    with pytest.raises(TransitionRefused) as refused:
        check(A.CLOSE, order(T.QUOTE, "in progress"), ADMIN)
    assert str(refused.value) == "“Close” is not possible. Not possible while the work order is “In progress”."
    assert refused.value.message.context == "Errors"
    assert refused.value.message.args["action"].context == "Action"


def test_a_missing_permission_is_also_a_permission_denied() -> None:
    with pytest.raises(PermissionDenied) as refused:
        check(A.CANCEL_JOB, order(T.PPM, "new"), NONE)
    assert isinstance(refused.value, ActionNotPermitted)
    assert refused.value.refusal.permission is Permission.CANCEL_PPM
    refusal = available_actions(order(T.REACTIVE, "closed"), NONE)[A.CLOSE]
    assert refusal is not None and refusal.permission is None


@pytest.mark.parametrize(
    ("action", "mode"),
    [
        (A.ASK_CLARIFICATION, None),
        (A.CORRECTION_NOT_VALID, None),
        (A.CANCEL_JOB, None),
        (A.REJECT, None),
        (A.REINSTATE, ReinstateMode.TO_PREVIOUS_STATUS),
    ],
)
def test_the_comment_notes_or_reason_is_required(action: Action, mode: ReinstateMode | None) -> None:
    state = next(
        order(T.REACTIVE, name) for name in STATES if available_actions(order(T.REACTIVE, name), ADMIN)[action] is None
    )
    for blank in ("", "   \n"):
        with pytest.raises(ValidationError):
            apply(action, state, ADMIN, text=blank, mode=mode)
    outcome = apply(action, state, ADMIN, text="  The reason.  ", mode=mode)
    assert outcome.comment == "The reason."


def test_other_comments_are_optional_and_kept() -> None:
    assert apply(A.START, order(T.REACTIVE, "new"), NONE).comment is None
    assert apply(A.PUT_ON_HOLD, order(T.REACTIVE, "new"), NONE, text="Waiting for parts").comment == (
        "Waiting for parts"
    )
    for mode in (ReinstateMode.REVISIT_REQUIRED, ReinstateMode.WORK_COMPLETED):
        assert apply(A.REINSTATE, order(T.REACTIVE, "cancelled from new"), NONE, mode=mode).comment is None


def test_a_reinstate_mode_goes_only_with_reinstate() -> None:
    with pytest.raises(ValueError):
        apply(A.REINSTATE, order(T.REACTIVE, "cancelled from new"), NONE, text="notes")
    with pytest.raises(ValueError):
        apply(A.START, order(T.REACTIVE, "new"), NONE, mode=ReinstateMode.WORK_COMPLETED)


def test_outcomes_set_dates_balance_and_flags() -> None:
    assert apply(A.START, order(T.REACTIVE, "new"), NONE) == Outcome(A.START, S.IN_PROGRESS, None, set_started=True)
    for action in (A.ACCEPT, A.COMPLETE):
        outcome = apply(action, order(T.REACTIVE, "awaiting verification"), NONE)
        assert outcome.set_completed and not outcome.zero_balance and not outcome.set_started
    zero = apply(A.COMPLETE_ZERO_BALANCE, order(T.REACTIVE, "in progress"), NONE)
    assert (zero.status, zero.set_completed, zero.zero_balance) == (S.COMPLETED, True, True)
    hold = apply(A.PUT_ON_HOLD, order(T.REACTIVE, "awaiting verification"), NONE)
    assert (hold.status, hold.previous_status) == (S.ON_HOLD, S.AWAITING_VERIFICATION)
    resumed = apply(A.RESUME, order(T.REACTIVE, "on hold, started"), NONE)
    assert (resumed.status, resumed.previous_status) == (S.IN_PROGRESS, None)
    rejected = apply(A.REJECT, order(T.QUOTE, "needs clarification"), NONE, text="Too expensive")
    assert (rejected.status, rejected.previous_status) == (S.REJECTED, S.NEEDS_CLARIFICATION)
    assert apply(A.CLOSE, order(T.REACTIVE, "completed"), NONE) == Outcome(A.CLOSE, S.CLOSED, None)


def test_cancelling_a_ppm_flags_it_and_notifies_its_contacts() -> None:
    ppm = apply(A.CANCEL_JOB, order(T.PPM, "new"), CANCEL_PPM, text="Site closed")
    assert (ppm.status, ppm.previous_status, ppm.ppm_cancel_final, ppm.notify_ppm_contacts) == (
        S.CANCELLED,
        S.NEW,
        True,
        True,
    )
    reactive = apply(A.CANCEL_JOB, order(T.REACTIVE, "new"), NONE, text="Duplicate")
    assert (reactive.ppm_cancel_final, reactive.notify_ppm_contacts) == (None, False)


def test_reinstate_modes() -> None:
    cancelled = order(T.PPM, "cancelled from needs clarification")
    back = apply(A.REINSTATE, cancelled, CANCEL_PPM, text="Cancelled by mistake", mode=ReinstateMode.TO_PREVIOUS_STATUS)
    assert (back.status, back.previous_status, back.remind_assignee, back.ppm_cancel_final) == (
        S.NEEDS_CLARIFICATION,
        None,
        True,
        False,
    )
    revisit = apply(A.REINSTATE, cancelled, CANCEL_PPM, mode=ReinstateMode.REVISIT_REQUIRED)
    assert (revisit.status, revisit.previous_status, revisit.set_started, revisit.set_completed) == (
        S.ON_HOLD,
        S.IN_PROGRESS,
        True,
        False,
    )
    done = apply(A.REINSTATE, order(T.QUOTE, "rejected from new"), NONE, mode=ReinstateMode.WORK_COMPLETED)
    assert (done.status, done.set_started, done.set_completed, done.ppm_cancel_final) == (
        S.COMPLETED,
        True,
        True,
        None,
    )
    unknown = OrderState(T.REACTIVE, S.CANCELLED, None, False)
    assert apply(A.REINSTATE, unknown, NONE, text="n", mode=ReinstateMode.TO_PREVIOUS_STATUS).status is S.NEW


def test_resume_without_a_known_previous_status() -> None:
    assert apply(A.RESUME, OrderState(T.REACTIVE, S.ON_HOLD, None, False), NONE).status is S.NEW
    assert apply(A.RESUME, OrderState(T.REACTIVE, S.ON_HOLD, None, True), NONE).status is S.IN_PROGRESS
    assert apply(A.RESUME, OrderState(T.REACTIVE, S.ON_HOLD, S.CLOSED, False), NONE).status is S.IN_PROGRESS


@pytest.mark.parametrize(
    ("edit", "refused_in"),
    [
        (Edit.ADD_COMMENT, set()),
        (Edit.ASSIGN, set(Status) - OPEN_STATUSES),
        (Edit.SET_FIXED_COST, {S.CLOSED}),
        (Edit.REFERENCE_PROVIDED, {S.CLOSED}),
    ],
)
def test_edits_by_status(edit: Edit, refused_in: set[Status]) -> None:
    for status in Status:
        current = OrderState(T.REACTIVE, status)
        refusal = available_edits(current)[edit]
        assert (refusal is not None) == (status in refused_in), status
        if refusal is None:
            check_edit(edit, current)
        else:
            with pytest.raises(TransitionRefused):
                check_edit(edit, current)


# --- properties over any order, consistent or not -------------------------------------------------------------

orders = st.builds(
    OrderState,
    type=st.sampled_from(WorkOrderType),
    status=st.sampled_from(Status),
    previous_status=st.none() | st.sampled_from(Status),
    started=st.booleans(),
)
permission_sets = st.frozensets(st.sampled_from(Permission))
modes = st.sampled_from(ReinstateMode)


def run(action: Action, current: OrderState, permissions: frozenset[Permission], mode: ReinstateMode) -> Outcome:
    return apply(action, current, permissions, text="A note.", mode=mode if action is A.REINSTATE else None)


@given(orders, permission_sets)
def test_nothing_leads_out_of_closed(current: OrderState, permissions: frozenset[Permission]) -> None:
    closed = OrderState(current.type, S.CLOSED, current.previous_status, current.started)
    assert all(refusal is not None for refusal in available_actions(closed, permissions).values())


@given(orders, permission_sets)
def test_a_started_order_can_never_be_cancelled(current: OrderState, permissions: frozenset[Permission]) -> None:
    if current.ever_started:
        assert available_actions(current, permissions)[A.CANCEL_JOB] is not None
    if current.status in (S.IN_PROGRESS, S.AWAITING_VERIFICATION, S.COMPLETED, S.CLOSED) or current.started:
        with pytest.raises(TransitionRefused):
            check(A.CANCEL_JOB, current, permissions)


@given(orders, permission_sets, modes)
def test_allowed_actions_have_an_outcome_and_refused_ones_raise(
    current: OrderState, permissions: frozenset[Permission], mode: ReinstateMode
) -> None:
    for action, refusal in available_actions(current, permissions).items():
        if refusal is None and action is A.REINSTATE and mode_refusal(mode, current) is not None:
            # Reinstate is offered, but not in this mode (from Not done): refused as the dialog says.
            with pytest.raises(TransitionRefused) as refused:
                run(action, current, permissions, mode)
            assert refused.value.refusal == mode_refusal(mode, current)
        elif refusal is None:
            outcome = run(action, current, permissions, mode)
            assert isinstance(outcome.status, Status)
            assert outcome.previous_status is None or outcome.previous_status in OPEN_STATUSES
            assert outcome.status is not current.status
            # A started order stays started: it never goes back to a status of a never-started one by Resume.
            if current.ever_started and action is A.RESUME:
                assert outcome.status not in (S.NEW, S.NEEDS_CLARIFICATION) or current.previous_status in (
                    S.NEW,
                    S.NEEDS_CLARIFICATION,
                )
        else:
            assert isinstance(refusal.reason.english(), str)
            with pytest.raises(BureauError):
                run(action, current, permissions, mode)


@given(orders, permission_sets)
def test_only_a_user_with_cancel_ppm_cancels_a_ppm(current: OrderState, permissions: frozenset[Permission]) -> None:
    ppm = OrderState(T.PPM, current.status, current.previous_status, current.started)
    if available_actions(ppm, permissions)[A.CANCEL_JOB] is None:
        assert Permission.CANCEL_PPM in permissions or Permission.ADMIN in permissions


@given(st.sampled_from(sorted(OPEN_STATUSES - {S.ON_HOLD})), st.sampled_from(WorkOrderType), st.booleans())
def test_hold_then_resume_returns_to_the_same_status(status: Status, kind: WorkOrderType, started: bool) -> None:
    current = OrderState(kind, status, None, started)
    held = apply(A.PUT_ON_HOLD, current, NONE)
    after = OrderState(kind, held.status, held.previous_status, started)
    assert apply(A.RESUME, after, NONE).status is status


@given(st.sampled_from([S.NEW, S.NEEDS_CLARIFICATION, S.ON_HOLD]), st.sampled_from([T.REACTIVE, T.QUOTE, T.PPM]))
def test_cancel_or_reject_then_reinstate_returns_to_the_same_status(status: Status, kind: WorkOrderType) -> None:
    current = OrderState(kind, status, S.NEW if status is S.ON_HOLD else None, False)
    stops = [A.CANCEL_JOB] + ([A.REJECT] if status is not S.ON_HOLD and kind is not T.PPM else [])
    for stop in stops:
        stopped = apply(stop, current, ADMIN, text="Stopped.")
        after = OrderState(kind, stopped.status, stopped.previous_status, False)
        back = apply(A.REINSTATE, after, ADMIN, text="Back.", mode=ReinstateMode.TO_PREVIOUS_STATUS)
        assert back.status is status


def test_no_action_leads_into_not_done() -> None:
    for kind in WorkOrderType:
        for state in STATES:
            for action, refusal in available_actions(order(kind, state), ADMIN).items():
                if refusal is None:
                    outcome = apply(action, order(kind, state), ADMIN, text="A note.", mode=mode_for(action, state))
                    assert outcome.status is not S.NOT_DONE


@pytest.mark.parametrize("started", [False, True])
def test_not_done_is_left_only_by_reinstate_with_visit_work_completed(started: bool) -> None:
    current = OrderState(T.PPM, S.NOT_DONE, S.NEW, started)
    offered = {action for action, refusal in available_actions(current, NONE).items() if refusal is None}
    assert offered == {A.REINSTATE}
    modes = available_reinstate_modes(current)
    assert [mode for mode, refusal in modes.items() if refusal is None] == [ReinstateMode.WORK_COMPLETED]
    for mode in (ReinstateMode.TO_PREVIOUS_STATUS, ReinstateMode.REVISIT_REQUIRED):
        reason = modes[mode]
        assert reason is not None and "completed the work" in reason.reason.english()
        with pytest.raises(TransitionRefused):
            apply(A.REINSTATE, current, ADMIN, text="Visited.", mode=mode)
    outcome = apply(A.REINSTATE, current, NONE, mode=ReinstateMode.WORK_COMPLETED)
    assert (outcome.status, outcome.set_started, outcome.set_completed, outcome.ppm_cancel_final) == (
        S.COMPLETED,
        True,
        True,
        False,
    )
    # Any other type cannot be Not done: nothing is offered.
    reactive = OrderState(T.REACTIVE, S.NOT_DONE, S.NEW, started)
    assert all(refusal is not None for refusal in available_actions(reactive, ADMIN).values())


@given(orders)
def test_auto_close_takes_only_ppm_orders_still_open(current: OrderState) -> None:
    allowed = auto_close_refusal(current) is None
    assert allowed == (current.type is T.PPM and current.status in OPEN_STATUSES)


@pytest.mark.parametrize("days", [0, 1, 7, 365])
def test_auto_close_is_due_strictly_after_the_end_plus_the_days(days: int) -> None:
    end = date(2026, 4, 30)
    last_open = end + timedelta(days=days)
    assert not is_due(end, days, last_open)
    assert is_due(end, days, last_open + timedelta(days=1))
    assert first_due_day(end, days) == last_open + timedelta(days=1)
    assert latest_due_end(days, last_open + timedelta(days=1)) == end


@given(st.dates(), st.none() | st.integers(0, 2**31 - 1), st.dates())
def test_auto_close_due_day_never_fails(end: date, days: int | None, today: date) -> None:
    due = is_due(end, days, today)
    if days is None:
        assert not due
    elif due:
        last = latest_due_end(days, today)
        assert last is not None and end <= last
