"""The agent's actions on a work order: which are allowed, why not, and what they change (SPEC sections 2 and 3).

Everything here is pure: an order is described by an :class:`OrderState`, the user by the set of their
permissions. The services call :func:`check` and :func:`apply` inside their transaction; the UI calls
:func:`available_actions` to build the Actions menu (allowed actions enabled, the others greyed with the
reason as a tooltip).

The table of SPEC section 2, as data (``ALLOWED_FROM``):

=========================  ==============================================  ========================================
action                     allowed from                                    result
=========================  ==============================================  ========================================
Start                      New, Needs clarification, On hold (never        In progress; started date set
                           started)
Ask for clarification      New                                             Needs clarification; comment required
Put on hold                any open status but On hold                     On hold; the status before is kept
Resume                     On hold                                         the status before the hold
Submit for verification    In progress                                     Awaiting verification
Accept                     Awaiting verification                           Completed; completed date set
Correction not valid       Awaiting verification                           In progress; comment required
Complete                   In progress, Awaiting verification              Completed; completed date set
Complete with zero         In progress                                     Completed; completed date set, balance 0
balance
Cancel job                 New, Needs clarification, On hold, and only     Cancelled; notes required
                           while never started
Reject                     New, Needs clarification; quotes and reactive   Rejected; reason required
                           orders only
Reinstate                  Cancelled, Rejected, Not done (PPM; "with        see :class:`ReinstateMode`
                           visit: work completed" only)
Close                      Completed                                       Closed
=========================  ==============================================  ========================================

Decisions where the specification is silent:

- "Started" means the order has a started date *or* is (or was, before a hold, a cancel or a reject) in a status
  only a started order can have (In progress, Awaiting verification, Completed, Closed), so inconsistent data
  never lets a started order be cancelled or started again.
- An On hold order that was started is resumed, not started again: Start refuses it and says so.
- Put on hold is refused for an order already On hold; a comment is optional (the reason for the hold).
  Resume goes back to the status before the hold; when that status is unknown (older data), it goes to
  In progress for a started order and New otherwise.
- Cancel job is allowed from the open statuses a never-started order can have: New, Needs clarification and
  On hold. The permission ``cancel_ppm`` is only needed for PPM orders; ``admin`` grants every permission.
  A PPM cancelled this way is flagged ``ppm_cancel_final``; the email goes to the contacts of the order's
  client who receive PPM emails (the service writes it).
- Cancelled and Rejected keep the status they came from in ``previous_status``. Reinstate "to previous
  status" returns to it (New when it is unknown or not an open status) and asks the agent to tell the
  assignee (:attr:`Outcome.remind_assignee`). Reinstate "with visit" means a technician did visit: the
  started date is set; "revisit required" puts the order On hold with In progress as the status before the
  hold (so Resume continues the work), "work completed" completes it (completed date set). Notes are required
  for "to previous status" (as the spec says) and optional for the two "with visit" modes.
- Reinstating a PPM order that was cancelled needs ``cancel_ppm`` too (it undoes that permission's action),
  and clears ``ppm_cancel_final``: a live order is no longer "cancelled for good". The job building, period
  and certificate requirement are never touched by any action.
- Accept sets the completed date like Complete. Closed is final: no action leads out of it.
- Not done is a terminal status of PPM orders that only auto-close sets (:func:`auto_close_refusal`: a PPM
  order still open); no action of the menu leads into it. The only way out is Reinstate "with visit: work
  completed" (a visit reported late): Completed, with the started and completed dates as for any reinstate with
  a visit, and no permission beyond the action's own. The other two modes are refused with the reason
  (:func:`mode_refusal`), so the menu offers Reinstate and its dialog only the mode allowed.
- Comments are optional for every action that does not require one; a given comment is logged.
- The edits that are not status changes (:class:`Edit`): a comment can be added in any status; the assignee
  can be changed only while the order is open; the fixed cost and the client reference can be set in any
  status but Closed (Closed means financially closed).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.domain.errors import ActionNotPermitted, TransitionRefused, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.workorders import OPEN_STATUSES, STATUS_LABELS, Status, WorkOrderType


class Action(enum.StrEnum):
    START = "start"
    ASK_CLARIFICATION = "ask_clarification"
    PUT_ON_HOLD = "put_on_hold"
    RESUME = "resume"
    SUBMIT_FOR_VERIFICATION = "submit_for_verification"
    ACCEPT = "accept"
    CORRECTION_NOT_VALID = "correction_not_valid"
    COMPLETE = "complete"
    COMPLETE_ZERO_BALANCE = "complete_zero_balance"
    CANCEL_JOB = "cancel_job"
    REJECT = "reject"
    REINSTATE = "reinstate"
    CLOSE = "close"


ACTION_LABELS: dict[Action, str] = {
    Action.START: QT_TRANSLATE_NOOP("Action", "Start"),
    Action.ASK_CLARIFICATION: QT_TRANSLATE_NOOP("Action", "Ask for clarification"),
    Action.PUT_ON_HOLD: QT_TRANSLATE_NOOP("Action", "Put on hold"),
    Action.RESUME: QT_TRANSLATE_NOOP("Action", "Resume"),
    Action.SUBMIT_FOR_VERIFICATION: QT_TRANSLATE_NOOP("Action", "Submit for verification"),
    Action.ACCEPT: QT_TRANSLATE_NOOP("Action", "Accept"),
    Action.CORRECTION_NOT_VALID: QT_TRANSLATE_NOOP("Action", "Correction not valid"),
    Action.COMPLETE: QT_TRANSLATE_NOOP("Action", "Complete"),
    Action.COMPLETE_ZERO_BALANCE: QT_TRANSLATE_NOOP("Action", "Complete with zero balance"),
    Action.CANCEL_JOB: QT_TRANSLATE_NOOP("Action", "Cancel job"),
    Action.REJECT: QT_TRANSLATE_NOOP("Action", "Reject"),
    Action.REINSTATE: QT_TRANSLATE_NOOP("Action", "Reinstate"),
    Action.CLOSE: QT_TRANSLATE_NOOP("Action", "Close"),
}


class ReinstateMode(enum.StrEnum):
    TO_PREVIOUS_STATUS = "to_previous_status"
    REVISIT_REQUIRED = "revisit_required"
    WORK_COMPLETED = "work_completed"


REINSTATE_MODE_LABELS: dict[ReinstateMode, str] = {
    ReinstateMode.TO_PREVIOUS_STATUS: QT_TRANSLATE_NOOP("Action", "To previous status"),
    ReinstateMode.REVISIT_REQUIRED: QT_TRANSLATE_NOOP("Action", "With visit: revisit required"),
    ReinstateMode.WORK_COMPLETED: QT_TRANSLATE_NOOP("Action", "With visit: work completed"),
}


class Edit(enum.StrEnum):
    """Changes to a work order that are not status transitions."""

    ADD_COMMENT = "add_comment"
    ASSIGN = "assign"
    SET_FIXED_COST = "set_fixed_cost"
    REFERENCE_PROVIDED = "reference_provided"


EDIT_LABELS: dict[Edit, str] = {
    Edit.ADD_COMMENT: QT_TRANSLATE_NOOP("Action", "Add comment"),
    Edit.ASSIGN: QT_TRANSLATE_NOOP("Action", "Assign"),
    Edit.SET_FIXED_COST: QT_TRANSLATE_NOOP("Action", "Set fixed cost"),
    Edit.REFERENCE_PROVIDED: QT_TRANSLATE_NOOP("Action", "Reference provided"),
}

# Statuses only an order that was started can have.
STARTED_STATUSES = frozenset({Status.IN_PROGRESS, Status.AWAITING_VERIFICATION, Status.COMPLETED, Status.CLOSED})

ALLOWED_FROM: dict[Action, frozenset[Status]] = {
    Action.START: frozenset({Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD}),
    Action.ASK_CLARIFICATION: frozenset({Status.NEW}),
    Action.PUT_ON_HOLD: OPEN_STATUSES - {Status.ON_HOLD},
    Action.RESUME: frozenset({Status.ON_HOLD}),
    Action.SUBMIT_FOR_VERIFICATION: frozenset({Status.IN_PROGRESS}),
    Action.ACCEPT: frozenset({Status.AWAITING_VERIFICATION}),
    Action.CORRECTION_NOT_VALID: frozenset({Status.AWAITING_VERIFICATION}),
    Action.COMPLETE: frozenset({Status.IN_PROGRESS, Status.AWAITING_VERIFICATION}),
    Action.COMPLETE_ZERO_BALANCE: frozenset({Status.IN_PROGRESS}),
    Action.CANCEL_JOB: frozenset({Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD}),
    Action.REJECT: frozenset({Status.NEW, Status.NEEDS_CLARIFICATION}),
    Action.REINSTATE: frozenset({Status.CANCELLED, Status.REJECTED, Status.NOT_DONE}),
    Action.CLOSE: frozenset({Status.COMPLETED}),
}

# The fixed result of the actions whose result does not depend on the order.
RESULT: dict[Action, Status] = {
    Action.START: Status.IN_PROGRESS,
    Action.ASK_CLARIFICATION: Status.NEEDS_CLARIFICATION,
    Action.PUT_ON_HOLD: Status.ON_HOLD,
    Action.SUBMIT_FOR_VERIFICATION: Status.AWAITING_VERIFICATION,
    Action.ACCEPT: Status.COMPLETED,
    Action.CORRECTION_NOT_VALID: Status.IN_PROGRESS,
    Action.COMPLETE: Status.COMPLETED,
    Action.COMPLETE_ZERO_BALANCE: Status.COMPLETED,
    Action.CANCEL_JOB: Status.CANCELLED,
    Action.REJECT: Status.REJECTED,
    Action.CLOSE: Status.CLOSED,
}

REJECTABLE_TYPES = frozenset({WorkOrderType.QUOTE, WorkOrderType.REACTIVE})

# Actions that write the status they leave into previous_status (Resume and Reinstate return to it).
REMEMBERS_PREVIOUS = frozenset({Action.PUT_ON_HOLD, Action.CANCEL_JOB, Action.REJECT})

EDITABLE_IN: dict[Edit, frozenset[Status]] = {
    Edit.ADD_COMMENT: frozenset(Status),
    Edit.ASSIGN: OPEN_STATUSES,
    Edit.SET_FIXED_COST: frozenset(Status) - {Status.CLOSED},
    Edit.REFERENCE_PROVIDED: frozenset(Status) - {Status.CLOSED},
}


@dataclass(frozen=True)
class OrderState:
    """What the rules need to know about a work order."""

    type: WorkOrderType
    status: Status
    previous_status: Status | None = None
    started: bool = False  # it has a started date

    @property
    def ever_started(self) -> bool:
        return self.started or self.status in STARTED_STATUSES or self.previous_status in STARTED_STATUSES


@dataclass(frozen=True)
class Refusal:
    """Why an action is not available now: a translatable sentence, and the permission missing if that is why."""

    reason: Message
    permission: Permission | None = None


@dataclass(frozen=True)
class Outcome:
    """What an allowed action changes; the service writes it with the dates and the activity entries."""

    action: Action
    status: Status
    previous_status: Status | None
    set_started: bool = False  # set the started date, if the order has none yet
    set_completed: bool = False  # set the completed date
    zero_balance: bool = False
    ppm_cancel_final: bool | None = None  # True: flag it, False: clear the flag, None: leave it
    notify_ppm_contacts: bool = False  # queue the PPM-cancel email to the client's PPM contacts
    remind_assignee: bool = False  # the UI reminds the agent to tell the assignee
    comment: str | None = None  # logged as a comment entry


def has_permission(permissions: frozenset[Permission], permission: Permission) -> bool:
    """As :meth:`desktop.services.actor.Actor.can`: ``admin`` grants every permission."""
    return permission in permissions or Permission.ADMIN in permissions


def _status_refusal(status: Status) -> Refusal:
    return Refusal(
        Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "Not possible while the work order is “{status}”."),
            {"status": Message("Status", STATUS_LABELS[status])},
        )
    )


def _permission_refusal(text: str, permission: Permission) -> Refusal:
    return Refusal(
        Message("Refusal", text, {"permission": Message("Permission", PERMISSION_LABELS[permission])}), permission
    )


def refusal(
    action: Action, order: OrderState, permissions: frozenset[Permission], mode: ReinstateMode | None = None
) -> Refusal | None:
    """Why ``action`` is not available for ``order`` and a user with ``permissions``; None when it is.

    ``mode``: the way a Reinstate is asked for; None asks whether any of its modes is allowed (the menu).
    """
    if order.status not in ALLOWED_FROM[action]:
        if action is Action.CANCEL_JOB and order.status in OPEN_STATUSES:
            # Open but started (In progress, Awaiting verification): say what to do instead.
            return Refusal(
                Message(
                    "Refusal",
                    QT_TRANSLATE_NOOP(
                        "Refusal", "A started work order cannot be cancelled: complete it with zero balance instead."
                    ),
                )
            )
        return _status_refusal(order.status)
    if action is Action.START and order.ever_started:
        return Refusal(
            Message("Refusal", QT_TRANSLATE_NOOP("Refusal", "The work order was already started: resume it instead."))
        )
    if action is Action.CANCEL_JOB:
        if order.ever_started:
            return Refusal(
                Message(
                    "Refusal",
                    QT_TRANSLATE_NOOP(
                        "Refusal", "A started work order cannot be cancelled: complete it with zero balance instead."
                    ),
                )
            )
        if order.type is WorkOrderType.PPM and not has_permission(permissions, Permission.CANCEL_PPM):
            return _permission_refusal(
                QT_TRANSLATE_NOOP("Refusal", "Cancelling a PPM work order needs the permission “{permission}”."),
                Permission.CANCEL_PPM,
            )
    if action is Action.REJECT and order.type not in REJECTABLE_TYPES:
        return Refusal(
            Message("Refusal", QT_TRANSLATE_NOOP("Refusal", "Only quotes and reactive work orders can be rejected."))
        )
    if (
        action is Action.REINSTATE
        and order.type is WorkOrderType.PPM
        and order.status is Status.CANCELLED
        and not has_permission(permissions, Permission.CANCEL_PPM)
    ):
        return _permission_refusal(
            QT_TRANSLATE_NOOP("Refusal", "Reinstating a cancelled PPM work order needs the permission “{permission}”."),
            Permission.CANCEL_PPM,
        )
    if action is Action.REINSTATE:
        if order.status is Status.NOT_DONE and order.type is not WorkOrderType.PPM:
            return _status_refusal(order.status)
        if mode is not None:
            return mode_refusal(mode, order)
    return None


def mode_refusal(mode: ReinstateMode, order: OrderState) -> Refusal | None:
    """Why Reinstate in ``mode`` is not available for ``order`` (Reinstate itself aside); None when it is."""
    if order.status is Status.NOT_DONE and mode is not ReinstateMode.WORK_COMPLETED:
        return Refusal(
            Message(
                "Refusal",
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "A work order that was not done is reinstated only with a visit that completed the work (a "
                    "visit reported late).",
                ),
            )
        )
    return None


def available_reinstate_modes(order: OrderState) -> dict[ReinstateMode, Refusal | None]:
    """Every way to reinstate ``order``, with None when it is available and the reason when it is not."""
    return {mode: mode_refusal(mode, order) for mode in ReinstateMode}


def auto_close_refusal(order: OrderState) -> Refusal | None:
    """Why auto-close may not close ``order`` as Not done; None when it may (a PPM order still open). Whether
    its time has come is :func:`desktop.domain.ppm.auto_close.is_due`."""
    if order.type is not WorkOrderType.PPM:
        return Refusal(
            Message("Refusal", QT_TRANSLATE_NOOP("Refusal", "Only PPM work orders are closed as not done."))
        )
    if order.status not in OPEN_STATUSES:
        return _status_refusal(order.status)
    return None


def available_actions(order: OrderState, permissions: frozenset[Permission]) -> dict[Action, Refusal | None]:
    """Every action, in menu order, with None when it is available and the reason when it is not."""
    return {action: refusal(action, order, permissions) for action in Action}


def check(
    action: Action, order: OrderState, permissions: frozenset[Permission], mode: ReinstateMode | None = None
) -> None:
    """Raise :class:`TransitionRefused` (:class:`ActionNotPermitted` for a missing permission) unless allowed;
    ``mode`` as for :func:`refusal`."""
    refused = refusal(action, order, permissions, mode)
    if refused is None:
        return
    label = Message("Action", ACTION_LABELS[action])
    if refused.permission is not None:
        error: TransitionRefused = ActionNotPermitted(
            QT_TRANSLATE_NOOP("Errors", "“{action}” is not possible. {reason}"), action=label, reason=refused.reason
        )
    else:
        error = TransitionRefused(
            QT_TRANSLATE_NOOP("Errors", "“{action}” is not possible. {reason}"), action=label, reason=refused.reason
        )
    error.refusal = refused
    raise error


def text_required(action: Action, mode: ReinstateMode | None = None) -> bool:
    """Whether the action needs a comment, notes or a reason."""
    if action is Action.REINSTATE:
        return mode is ReinstateMode.TO_PREVIOUS_STATUS
    return action in (Action.ASK_CLARIFICATION, Action.CORRECTION_NOT_VALID, Action.CANCEL_JOB, Action.REJECT)


def _require_text(action: Action, mode: ReinstateMode | None, text: str) -> None:
    if text or not text_required(action, mode):
        return
    if action is Action.ASK_CLARIFICATION:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write what needs clarifying: the comment is required."))
    if action is Action.CORRECTION_NOT_VALID:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write why the correction is not valid: the comment is required.")
        )
    if action is Action.CANCEL_JOB:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write why the job is cancelled: the notes are required."))
    if action is Action.REJECT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write why the work order is rejected: the reason is required.")
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Write why the work order is reinstated: the notes are required.")
    )


def _resume_status(order: OrderState) -> Status:
    previous = order.previous_status
    if previous in OPEN_STATUSES and previous is not Status.ON_HOLD:
        return previous
    return Status.IN_PROGRESS if order.ever_started else Status.NEW


def apply(
    action: Action,
    order: OrderState,
    permissions: frozenset[Permission],
    *,
    text: str = "",
    mode: ReinstateMode | None = None,
) -> Outcome:
    """What ``action`` does to ``order``: checks it (:func:`check`) and its text, then computes the outcome.

    ``text`` is the comment, notes or reason (stripped; required where the action needs one); ``mode`` is
    required for Reinstate and refused for every other action.
    """
    check(action, order, permissions, mode)
    if (mode is None) == (action is Action.REINSTATE):
        raise ValueError(f"a reinstate mode goes with Reinstate and only with it, not {action} / {mode}")
    text = text.strip()
    _require_text(action, mode, text)
    comment = text or None
    previous = order.status if action in REMEMBERS_PREVIOUS else None
    if action is Action.RESUME:
        return Outcome(action, _resume_status(order), None, comment=comment)
    if action is Action.REINSTATE:
        final = False if order.type is WorkOrderType.PPM else None
        if mode is ReinstateMode.REVISIT_REQUIRED:
            return Outcome(
                action, Status.ON_HOLD, Status.IN_PROGRESS, set_started=True, ppm_cancel_final=final, comment=comment
            )
        if mode is ReinstateMode.WORK_COMPLETED:
            return Outcome(
                action,
                Status.COMPLETED,
                None,
                set_started=True,
                set_completed=True,
                ppm_cancel_final=final,
                comment=comment,
            )
        back = order.previous_status if order.previous_status in OPEN_STATUSES else Status.NEW
        return Outcome(action, back, None, ppm_cancel_final=final, remind_assignee=True, comment=comment)
    ppm_cancel = action is Action.CANCEL_JOB and order.type is WorkOrderType.PPM
    return Outcome(
        action,
        RESULT[action],
        previous,
        set_started=action is Action.START,
        set_completed=action in (Action.ACCEPT, Action.COMPLETE, Action.COMPLETE_ZERO_BALANCE),
        zero_balance=action is Action.COMPLETE_ZERO_BALANCE,
        ppm_cancel_final=True if ppm_cancel else None,
        notify_ppm_contacts=ppm_cancel,
        comment=comment,
    )


def edit_refusal(edit: Edit, order: OrderState) -> Refusal | None:
    """Why ``edit`` is not available for ``order``; None when it is."""
    if order.status not in EDITABLE_IN[edit]:
        return _status_refusal(order.status)
    return None


def available_edits(order: OrderState) -> dict[Edit, Refusal | None]:
    return {edit: edit_refusal(edit, order) for edit in Edit}


def check_edit(edit: Edit, order: OrderState) -> None:
    refused = edit_refusal(edit, order)
    if refused is None:
        return
    error = TransitionRefused(
        QT_TRANSLATE_NOOP("Errors", "“{action}” is not possible. {reason}"),
        action=Message("Action", EDIT_LABELS[edit]),
        reason=refused.reason,
    )
    error.refusal = refused
    raise error
