"""Actions on many work orders at once from the helpdesk list (SPEC sections 3 and 5).

A bulk status change applies each order's own rules (:func:`desktop.domain.transitions.refusal`): the orders
that refuse are left unchanged and listed with the reason, the others change. On top of those rules:

- No bulk cancel (SPEC 3: "no bulk cancel for reactive, quote, purchase or audit orders"; SPEC 5: bulk status
  changes "never cancel"). A PPM is not cancelled in bulk either: cancelling one emails its client's PPM
  contacts and removes the visit for good, a decision taken order by order; PPMs whose financial period has
  ended are closed in bulk instead (:func:`ppm_close_refusal`).
- No bulk reinstate: each reinstatement needs its own choice (to the previous status or with a visit) and a
  word to the assignee.

Bulk close of PPMs (SPEC 3) takes only PPM orders still open (:data:`OPEN_STATUSES`) whose financial end date
has passed (is before today), and needs the permission ``bulk_close_ppm``. Such an order goes straight to
Closed, as a visit that was not done: its started and completed dates stay as they are, its balance too.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import transitions
from desktop.domain.errors import TransitionRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.transitions import Action, OrderState, Outcome, Refusal, has_permission
from desktop.domain.workorders import OPEN_STATUSES, STATUS_LABELS, Status, WorkOrderType

# The actions a bulk status change offers, in menu order.
BULK_ACTIONS: tuple[Action, ...] = tuple(
    action for action in Action if action not in (Action.CANCEL_JOB, Action.REINSTATE)
)


def _refusal(text: str, **args: object) -> Refusal:
    return Refusal(Message("Refusal", text, dict(args)))


def bulk_refusal(action: Action, order: OrderState, permissions: frozenset[Permission]) -> Refusal | None:
    """Why ``action`` is not applied to ``order`` in a bulk change; None when it is applied."""
    if action is Action.CANCEL_JOB:
        if order.type is WorkOrderType.PPM:
            return _refusal(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "PPM work orders are not cancelled in bulk: cancel each one on its own, or close those whose "
                    "financial period has ended with “Close PPMs”.",
                )
            )
        return _refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on "
                "its own.",
            )
        )
    if action is Action.REINSTATE:
        return _refusal(
            QT_TRANSLATE_NOOP("Refusal", "Work orders are reinstated one at a time: open each one to choose how.")
        )
    return transitions.refusal(action, order, permissions)


def check_bulk_text(action: Action, text: str) -> None:
    """Refuse, as the single action does, a bulk change without the comment the action requires."""
    if action in BULK_ACTIONS:
        transitions._require_text(action, None, text.strip())


def bulk_outcome(action: Action, order: OrderState, permissions: frozenset[Permission], text: str = "") -> Outcome:
    """What ``action`` does to ``order`` in a bulk change; raises as :func:`transitions.apply` when refused."""
    if action not in BULK_ACTIONS:
        refused = bulk_refusal(action, order, permissions)
        assert refused is not None
        error = TransitionRefused(
            QT_TRANSLATE_NOOP("Errors", "“{action}” is not possible. {reason}"),
            action=Message("Action", transitions.ACTION_LABELS[action]),
            reason=refused.reason,
        )
        error.refusal = refused
        raise error
    return transitions.apply(action, order, permissions, text=text)


def ppm_close_refusal(
    order: OrderState, financial_end_date: date | None, today: date, permissions: frozenset[Permission]
) -> Refusal | None:
    """Why ``order`` is not closed by a bulk close of PPMs on ``today``; None when it is eligible."""
    if not has_permission(permissions, Permission.BULK_CLOSE_PPM):
        return Refusal(
            Message(
                "Refusal",
                QT_TRANSLATE_NOOP("Refusal", "Closing PPM work orders in bulk needs the permission “{permission}”."),
                {"permission": Message("Permission", PERMISSION_LABELS[Permission.BULK_CLOSE_PPM])},
            ),
            Permission.BULK_CLOSE_PPM,
        )
    if order.type is not WorkOrderType.PPM:
        return _refusal(QT_TRANSLATE_NOOP("Refusal", "Not a PPM work order."))
    if order.status not in OPEN_STATUSES:
        return _refusal(
            QT_TRANSLATE_NOOP("Refusal", "Not open: the work order is “{status}”."),
            status=Message("Status", STATUS_LABELS[order.status]),
        )
    if financial_end_date is None:
        return _refusal(QT_TRANSLATE_NOOP("Refusal", "The work order has no financial end date."))
    if financial_end_date >= today:
        return _refusal(
            QT_TRANSLATE_NOOP("Refusal", "Its financial end date, {date}, has not passed yet."),
            date=financial_end_date,
        )
    return None


def ppm_close_outcome(text: str = "") -> Outcome:
    """What a bulk close does to an eligible PPM: Closed, nothing else; the agent's comment, if any, is logged."""
    comment = text.strip() or None
    return Outcome(Action.CLOSE, Status.CLOSED, None, comment=comment)


__all__ = [
    "BULK_ACTIONS",
    "bulk_outcome",
    "bulk_refusal",
    "check_bulk_text",
    "ppm_close_outcome",
    "ppm_close_refusal",
]
