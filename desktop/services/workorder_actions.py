"""The agent's actions on one work order (SPEC sections 2 and 3): status transitions and edits.

Every function takes the work order's number and the version the agent loaded, and runs in one transaction:
it loads the order (locked for update on PostgreSQL; SQLite writers are serialised by BEGIN IMMEDIATE),
refuses with :class:`ConcurrentChange` when someone saved it since, asks the domain
(:mod:`desktop.domain.transitions`) whether the action is allowed, applies it and writes its activity
entries, and returns the order's new version. A refusal raises before anything is written. Cancel job also
runs inside another service's transaction (:func:`cancel_in`): a PPM re-plan cancels the orders of periods
that are no longer valid exactly as an agent's cancel does.

Activity entries: a transition writes a ``status`` entry (old and new status), a ``field`` entry for each
date or amount it sets (``started_at``, ``completed_at``, ``balance``), and a ``comment`` entry for its
comment, notes or reason. ``previous_status`` and ``ppm_cancel_final`` are bookkeeping that follows the
status and are not logged on their own. Every action bumps the version, a comment included, so that an agent
who acts on a stale view of the order is told to reload it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, User, WorkOrder
from desktop.db.types import utcnow
from desktop.domain import transitions
from desktop.domain.errors import ConcurrentChange, NotFound, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import MONEY_MAX, to_money
from desktop.domain.permissions import Permission
from desktop.domain.transitions import Action, Edit, OrderState, Outcome, ReinstateMode
from desktop.domain.workorders import ActivityKind
from desktop.services import activity, notification_emails
from desktop.services.actor import Actor

CLIENT_REFERENCE_MAX = 80

Change = Callable[[Session, WorkOrder, datetime], None]

# What an automatic cancel may do whoever caused it: cancel a never-started PPM (see :func:`cancel_in`).
AUTOMATIC_CANCEL = frozenset({Permission.CANCEL_PPM})


def order_state(order: WorkOrder) -> OrderState:
    """What the domain rules see of a work order row."""
    return OrderState(order.type, order.status, order.previous_status, order.started_at is not None)


def permissions_of(actor: Actor) -> frozenset[Permission]:
    """The permissions the actor holds, ``admin`` expanded to all of them."""
    return frozenset(permission for permission in Permission if actor.can(permission))


# --- transitions -------------------------------------------------------------------------------------------


def start(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.START, comment)


def ask_for_clarification(db: Database, actor: Actor, number: int, expected_version: int, comment: str) -> int:
    return _transition(db, actor, number, expected_version, Action.ASK_CLARIFICATION, comment)


def put_on_hold(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.PUT_ON_HOLD, comment)


def resume(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.RESUME, comment)


def submit_for_verification(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.SUBMIT_FOR_VERIFICATION, comment)


def accept(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.ACCEPT, comment)


def correction_not_valid(db: Database, actor: Actor, number: int, expected_version: int, comment: str) -> int:
    return _transition(db, actor, number, expected_version, Action.CORRECTION_NOT_VALID, comment)


def complete(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.COMPLETE, comment)


def complete_with_zero_balance(
    db: Database, actor: Actor, number: int, expected_version: int, comment: str = ""
) -> int:
    return _transition(db, actor, number, expected_version, Action.COMPLETE_ZERO_BALANCE, comment)


def cancel_job(db: Database, actor: Actor, number: int, expected_version: int, notes: str) -> int:
    """Cancel a never-started order; a PPM needs ``cancel_ppm`` and its PPM contacts get an email."""

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        cancel_in(session, order, actor, notes, now)

    return change_order(db, number, expected_version, change)


def cancel_in(
    session: Session, order: WorkOrder, actor: Actor | None, notes: str, now: datetime, *, automatic: bool = False
) -> None:
    """Cancel job on ``order`` (loaded, locked) in the caller's transaction: the status, the activity entries,
    the emails, and for a PPM the never-regenerated flag ``ppm_cancel_final``.

    ``automatic``: a re-plan cancels the order of a period that is no longer valid. The change that made the
    period invalid was allowed already, so ``cancel_ppm`` is not asked of the actor; the order must still never
    have started. ``actor`` None: no agent caused it (an automatic run); its entries have no user and its emails
    name Bureau as the sender. Refused like Cancel job (:class:`TransitionRefused`) before anything is written.
    """
    permissions = AUTOMATIC_CANCEL if automatic or actor is None else permissions_of(actor)
    outcome = transitions.apply(Action.CANCEL_JOB, order_state(order), permissions, text=notes)
    _write_outcome(session, order, actor, outcome, now)


def can_cancel_automatically(order: WorkOrder) -> bool:
    """Whether a re-plan may cancel ``order`` (:func:`cancel_in` with ``automatic``): never started, still open."""
    return transitions.refusal(Action.CANCEL_JOB, order_state(order), AUTOMATIC_CANCEL) is None


def reject(db: Database, actor: Actor, number: int, expected_version: int, reason: str) -> int:
    return _transition(db, actor, number, expected_version, Action.REJECT, reason)


def reinstate(
    db: Database, actor: Actor, number: int, expected_version: int, mode: ReinstateMode, notes: str = ""
) -> int:
    """Bring back a cancelled or rejected order; "to previous status" needs notes (and a word to the assignee)."""
    return _transition(db, actor, number, expected_version, Action.REINSTATE, notes, mode)


def close(db: Database, actor: Actor, number: int, expected_version: int, comment: str = "") -> int:
    return _transition(db, actor, number, expected_version, Action.CLOSE, comment)


def perform(
    db: Database,
    actor: Actor,
    number: int,
    expected_version: int,
    action: Action,
    text: str = "",
    mode: ReinstateMode | None = None,
) -> int:
    """Any status action by its name, as the Actions menu runs it; ``mode`` is for Reinstate only."""
    if action is Action.REINSTATE and mode is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the work order is reinstated."))
    if action is Action.CANCEL_JOB:
        return cancel_job(db, actor, number, expected_version, text)
    return _transition(db, actor, number, expected_version, action, text, mode if action is Action.REINSTATE else None)


def _transition(
    db: Database,
    actor: Actor,
    number: int,
    expected_version: int,
    action: Action,
    text: str,
    mode: ReinstateMode | None = None,
) -> int:
    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        outcome = transitions.apply(action, order_state(order), permissions_of(actor), text=text, mode=mode)
        _write_outcome(session, order, actor, outcome, now)

    return change_order(db, number, expected_version, change)


def _write_outcome(session: Session, order: WorkOrder, actor: Actor | None, outcome: Outcome, now: datetime) -> None:
    def log(
        kind: ActivityKind, *, field: str | None = None, old: object = None, new: object = None, text: str | None = None
    ) -> None:
        activity.record(session, order, actor, kind, field=field, old=old, new=new, text=text).created_at = now

    old_status = order.status
    order.status = outcome.status
    order.previous_status = outcome.previous_status
    log(ActivityKind.STATUS, field="status", old=old_status.value, new=outcome.status.value)
    if outcome.set_started and order.started_at is None:
        order.started_at = now
        log(ActivityKind.FIELD, field="started_at", new=now.isoformat())
    if outcome.set_completed:
        old_completed = order.completed_at
        order.completed_at = now
        log(
            ActivityKind.FIELD,
            field="completed_at",
            old=old_completed.isoformat() if old_completed is not None else None,
            new=now.isoformat(),
        )
    if outcome.zero_balance and order.balance != 0:
        old_balance = order.balance
        order.balance = to_money(0)
        log(ActivityKind.FIELD, field="balance", old=old_balance, new=order.balance)
    if outcome.ppm_cancel_final is not None:
        order.ppm_cancel_final = outcome.ppm_cancel_final
    if outcome.comment is not None:
        log(ActivityKind.COMMENT, text=outcome.comment)
    if outcome.notify_ppm_contacts:
        notification_emails.queue_ppm_cancellation(session, order, actor, outcome.comment or "", now)
    if order.status != old_status:
        notification_emails.queue_status_change(session, order, actor, old_status, now)


# --- edits -------------------------------------------------------------------------------------------------


def add_comment(db: Database, actor: Actor, number: int, expected_version: int, text: str) -> int:
    text = text.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write a comment first."))

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        transitions.check_edit(Edit.ADD_COMMENT, order_state(order))
        activity.record(session, order, actor, ActivityKind.COMMENT, text=text).created_at = now
        _touch(order)

    return change_order(db, number, expected_version, change)


def assign(db: Database, actor: Actor, number: int, expected_version: int, assignee_id: int | None) -> int:
    """Change the assignee (None: unassigned); the list's copy of the assignee's name follows."""

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        transitions.check_edit(Edit.ASSIGN, order_state(order))
        if assignee_id == order.assignee_id:
            return
        write_assignee(session, order, actor, assignee_id, assignee_name(session, assignee_id), now)

    return change_order(db, number, expected_version, change)


def assignee_name(session: Session, assignee_id: int | None) -> str | None:
    """The name of the agent orders may be assigned to (None: unassigned); refuses an unknown or inactive one."""
    if assignee_id is None:
        return None
    user = session.get(User, assignee_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The agent no longer exists."))
    if not user.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is no longer an active agent: choose another one."),
            name=user.display_name,
        )
    return user.display_name


def write_assignee(
    session: Session, order: WorkOrder, actor: Actor, assignee_id: int | None, name: str | None, now: datetime
) -> None:
    """Assign ``order`` (checked already) and write its activity entry; the list's copy of the name follows."""
    old_name = order.assignee_name
    order.assignee_id = assignee_id
    order.assignee_name = name
    entry = activity.record(session, order, actor, ActivityKind.FIELD, field="assignee", old=old_name, new=name)
    entry.created_at = now


def set_fixed_cost(
    db: Database, actor: Actor, number: int, expected_version: int, amount: Decimal, explanation: str
) -> int:
    """Set the fixed cost with its explanation; a new one replaces the old; 0 reverts to the calculated cost."""
    explanation = explanation.strip()
    if isinstance(amount, Decimal) and amount.is_finite():
        if amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A fixed cost cannot be negative."))
        if amount > MONEY_MAX:
            raise ValueRefused(QT_TRANSLATE_NOOP("Errors", "This fixed cost is too large."))
    value = to_money(amount)  # not a number, or not storable: refused
    if not explanation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Explain the fixed cost: the explanation is required."))
    new = None if value == 0 else value

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        transitions.check_edit(Edit.SET_FIXED_COST, order_state(order))
        old = order.fixed_cost
        order.fixed_cost = new
        activity.record(
            session, order, actor, ActivityKind.FIELD, field="fixed_cost", old=old, new=new, text=explanation
        ).created_at = now
        _touch(order)

    return change_order(db, number, expected_version, change)


def reference_provided(db: Database, actor: Actor, number: int, expected_version: int, reference: str) -> int:
    """Record the client's order reference (needed before some clients' orders can be invoiced)."""
    reference = reference.strip()
    if not reference:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the client's reference."))
    if len(reference) > CLIENT_REFERENCE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A client reference must not be longer than {count} characters."),
            count=CLIENT_REFERENCE_MAX,
        )

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        transitions.check_edit(Edit.REFERENCE_PROVIDED, order_state(order))
        if reference == order.client_reference:
            return
        old = order.client_reference
        order.client_reference = reference
        activity.record(
            session, order, actor, ActivityKind.FIELD, field="client_reference", old=old, new=reference
        ).created_at = now

    return change_order(db, number, expected_version, change)


# --- the transaction around each action ----------------------------------------------------------------------


def change_order(db: Database, number: int, expected_version: int, change: Change) -> int:
    """Load, check the version, change, flush; return the new version. Any error rolls everything back."""
    try:
        with db.transaction() as session:
            order = session.scalar(select(WorkOrder).where(WorkOrder.number == number).with_for_update())
            if order is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
            if order.version != expected_version:
                raise concurrent_change(session, order)
            change(session, order, utcnow())
            session.flush()
            return order.version
    except StaleDataError:
        # Another writer slipped in between the read and the update (the row lock should prevent it).
        with db.reading() as session:
            order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
            if order is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number
                ) from None
            raise concurrent_change(session, order) from None


def _touch(order: WorkOrder) -> None:
    """Make the flush UPDATE the order (and so bump its version) even when no column changed."""
    flag_modified(order, "status")


def concurrent_change(session: Session, order: WorkOrder) -> ConcurrentChange:
    """Who changed the order, and when, from its last activity entry."""
    entry = session.scalars(
        select(ActivityEntry).where(ActivityEntry.work_order_id == order.id).order_by(ActivityEntry.id.desc()).limit(1)
    ).first()
    if entry is None:
        error = ConcurrentChange(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Work order {number} was changed by someone else since you opened it. Reload it and try again.",
            ),
            number=order.number,
        )
    elif entry.user is None:
        error = ConcurrentChange(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Work order {number} was changed automatically at {time} since you opened it. Reload it and try again.",
            ),
            number=order.number,
            time=entry.created_at,
        )
    else:
        error = ConcurrentChange(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Work order {number} was changed by {user} at {time} since you opened it. Reload it and try again.",
            ),
            number=order.number,
            user=entry.user.display_name,
            time=entry.created_at,
        )
    error.current_version = order.version
    return error
