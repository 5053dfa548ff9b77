"""Actions on many work orders from the helpdesk list (SPEC sections 3 and 5): status, assignee, PPM close.

Each order is judged on its own by the domain rules (:mod:`desktop.domain.bulk`): an order that refuses is
left unchanged and reported with the reason; the others change and get the activity entries the single
action writes (the same functions of :mod:`desktop.services.workorder_actions` write them).

Thousands of orders: the orders are read a chunk at a time (one ``IN`` query, locked for update on
PostgreSQL; SQLite writers are serialised by BEGIN IMMEDIATE) and a chunk's changes are committed together.
An order is judged before it is touched, so one that refuses is never half changed. ``cancelled`` is asked
between orders: the orders changed before it said yes are committed and reported, the others are not
touched. ``progress`` is told how many orders have been handled so far, after each one. An unexpected error
(the database gone) rolls back the chunk it happened in and is raised; the chunks before it stay committed.

The versions the agent saw do not matter here: the rules are applied to each order as it is now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.engine import Database
from desktop.db.fields import LABELS
from desktop.db.models import WorkOrder, WorkOrderNotification
from desktop.db.types import utcnow
from desktop.domain import bulk, transitions
from desktop.domain.errors import BureauError, DatabaseBusy
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import Permission
from desktop.domain.transitions import Action, Edit, Refusal
from desktop.domain.values import LONG_TEXT_LENGTH, check_text, in_whole_number_range
from desktop.services import helpdesk, workorder_actions
from desktop.services.actor import Actor
from desktop.services.helpdesk import Key, ListQuery
from desktop.services.workorder_actions import order_state, permissions_of

# Orders read by one query and committed by one transaction.
CHUNK = 250
# Rows of the list read at a time when the numbers of selected rows are looked up.
PAGE = 1000

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]
# Decides whether an order (as loaded) is refused: the reason, or None to change it.
Decide = Callable[[WorkOrder], Refusal | None]
# Changes an order that was not refused, without refusing; returns False when there was nothing to change.
Write = Callable[[Session, WorkOrder, datetime], bool]

NO_LONGER_EXISTS = Message("Refusal", QT_TRANSLATE_NOOP("Refusal", "The work order no longer exists."))


@dataclass
class BulkResult:
    """What a bulk action did, order by order, in the order the numbers were given."""

    total: int = 0  # distinct numbers asked for
    done: list[int] = field(default_factory=list)  # changed, with their activity entries
    unchanged: list[int] = field(default_factory=list)  # already as asked: nothing written
    refused: list[tuple[int, Message]] = field(default_factory=list)  # left unchanged, and why
    cancelled: bool = False  # stopped between orders: the orders not handled were not touched

    @property
    def handled(self) -> int:
        return len(self.done) + len(self.unchanged) + len(self.refused)


def bulk_transition(
    db: Database,
    actor: Actor,
    numbers: Sequence[int],
    action: Action,
    text: str = "",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BulkResult:
    """Apply a status ``action`` to each order that allows it; ``text`` is the comment logged on each.

    Refuses at once, writing nothing, when the action requires a comment and ``text`` is empty, and when
    ``text`` cannot be stored.
    """
    bulk.check_bulk_text(action, text)
    _check_comment(text)
    permissions = permissions_of(actor)

    def decide(order: WorkOrder) -> Refusal | None:
        return bulk.bulk_refusal(action, order_state(order), permissions)

    def write(session: Session, order: WorkOrder, now: datetime) -> bool:
        outcome = bulk.bulk_outcome(action, order_state(order), permissions, text)
        workorder_actions._write_outcome(session, order, actor, outcome, now)
        return True

    return _each(db, numbers, decide, write, progress, cancelled)


def bulk_assign(
    db: Database,
    actor: Actor,
    numbers: Sequence[int],
    assignee_id: int | None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BulkResult:
    """Assign each open order to ``assignee_id`` (None: unassign); those assigned so already are unchanged.

    Refuses at once, writing nothing, an agent who does not exist or is no longer active.
    """
    with db.reading() as session:
        name = workorder_actions.assignee_name(session, assignee_id)

    def decide(order: WorkOrder) -> Refusal | None:
        return transitions.edit_refusal(Edit.ASSIGN, order_state(order))

    def write(session: Session, order: WorkOrder, now: datetime) -> bool:
        if order.assignee_id == assignee_id:
            return False
        workorder_actions.write_assignee(session, order, actor, assignee_id, name, now)
        return True

    return _each(db, numbers, decide, write, progress, cancelled)


def bulk_close_ppm(
    db: Database,
    actor: Actor,
    numbers: Sequence[int],
    today: date,
    text: str = "",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BulkResult:
    """Close the open PPM orders whose financial end date is before ``today``; list the others as refused.

    Needs ``bulk_close_ppm``: without it nothing is read or written. ``text``, if given, is logged on each;
    one that cannot be stored is refused at once.
    """
    actor.require(Permission.BULK_CLOSE_PPM)
    _check_comment(text)
    permissions = permissions_of(actor)

    def decide(order: WorkOrder) -> Refusal | None:
        return bulk.ppm_close_refusal(order_state(order), order.financial_end_date, today, permissions)

    def write(session: Session, order: WorkOrder, now: datetime) -> bool:
        workorder_actions._write_outcome(session, order, actor, bulk.ppm_close_outcome(text), now)
        return True

    return _each(db, numbers, decide, write, progress, cancelled)


def _check_comment(text: str) -> None:
    """Refuse, before any order is read, a comment the activity log cannot store (else every order would be
    refused on its own for it)."""
    check_text(text.strip(), LONG_TEXT_LENGTH, multiline=True, field=LABELS["activity_entry.text"])


def _each(
    db: Database,
    numbers: Sequence[int],
    decide: Decide,
    write: Write,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> BulkResult:
    unique = list(dict.fromkeys(numbers))
    result = BulkResult(total=len(unique))
    stop = cancelled or (lambda: False)
    handled = 0
    for start in range(0, len(unique), CHUNK):
        if stop():
            result.cancelled = True
            return result
        chunk = unique[start : start + CHUNK]
        try:
            outcome = _chunk(db, chunk, decide, write, stop, progress, handled, isolated=False)
        except DatabaseBusy:
            raise
        except BureauError:
            # One order's change could not be stored: do the chunk again, each order on its own.
            outcome = _chunk(db, chunk, decide, write, stop, progress, handled, isolated=True)
        # Reported once committed: an error in the commit leaves the chunk's orders as they were.
        result.done += outcome.done
        result.unchanged += outcome.unchanged
        result.refused += outcome.refused
        handled += outcome.handled
        if outcome.cancelled:
            result.cancelled = True
            return result
    return result


def _chunk(
    db: Database,
    chunk: list[int],
    decide: Decide,
    write: Write,
    stop: Cancelled,
    progress: Progress | None,
    handled_before: int,
    *,
    isolated: bool,
) -> BulkResult:
    """One transaction over a chunk of numbers; ``isolated``: each order's change in a savepoint of its own, an
    order whose change cannot be stored is refused with the reason and the others go on."""
    outcome = BulkResult(total=len(chunk))
    # A number no work order can have (out of the database's range) is not looked up at all.
    known = [number for number in chunk if in_whole_number_range(number)]
    with db.transaction() as session:
        statement = (
            select(WorkOrder)
            .where(WorkOrder.number.in_(known))
            .options(selectinload(WorkOrder.notifications).joinedload(WorkOrderNotification.contact))
            .with_for_update()
        )
        orders = {order.number: order for order in session.scalars(statement)} if known else {}
        for index, number in enumerate(chunk):
            if index and stop():
                outcome.cancelled = True
                break
            order = orders.get(number)
            refusal = decide(order) if order is not None else Refusal(NO_LONGER_EXISTS)
            if refusal is not None:
                outcome.refused.append((number, refusal.reason))
            elif not isolated:
                (outcome.done if write(session, order, utcnow()) else outcome.unchanged).append(number)
            else:
                try:
                    with session.begin_nested():
                        changed = write(session, order, utcnow())
                        session.flush()
                except DatabaseBusy:
                    raise
                except BureauError as error:
                    outcome.refused.append((number, error.message))
                else:
                    (outcome.done if changed else outcome.unchanged).append(number)
            if progress is not None:
                progress(handled_before + index + 1)
    return outcome


# -- the selected rows of the helpdesk list ------------------------------------------------------------------


@dataclass(frozen=True)
class RowSpan:
    """Consecutive rows of the list whose numbers the caller does not hold: ``count`` rows from ``start``.

    ``after`` is the key of the row just before ``start`` when the caller holds that row; else it is found
    from the position.
    """

    start: int
    count: int
    after: Key | None = None


def resolve_selection(db: Database, query: ListQuery, parts: Sequence[int | RowSpan]) -> list[int]:
    """The numbers of a selection of the list ``query`` shows: numbers held, and spans of rows read here.

    The spans are read by keyset a page at a time. Rows that are gone since (a shorter list) are skipped.
    """
    numbers: list[int] = []
    with db.engine.connect() as connection:
        query = helpdesk.prepare(connection, query)
        for part in parts:
            if isinstance(part, int):
                numbers.append(part)
                continue
            after = part.after
            if after is None and part.start > 0:
                after = helpdesk.key_at(connection, query, part.start - 1)
                if after is None:
                    continue
            left = part.count
            while left > 0:
                size = min(left, PAGE)
                page = helpdesk.page_after(connection, query, after, size)
                numbers.extend(row.number for row in page)
                if len(page) < size:
                    break
                left -= size
                after = query.key_of(page[-1])
    return numbers


__all__ = [
    "BulkResult",
    "RowSpan",
    "bulk_assign",
    "bulk_close_ppm",
    "bulk_transition",
    "resolve_selection",
]
