"""Logging, correcting, reading and deleting work orders.

- :func:`create_work_order` logs a call: every reference is checked (the building exists and is active, the
  contact and the contract are the building's client's, the contact is active, the client is active, the contract
  is in force today, the assignee is an active agent) and a refusal writes nothing.
- :func:`update_work_order` corrects fields of an order (the rules: ``desktop.domain.editing``) in one
  transaction with the version check of the actions (``workorder_actions``), one ``field`` activity entry per
  field that changes. The entry's ``field`` is the field's name, ``contact``, ``contract`` or ``building`` for
  the references, and its values are text: names for the references (the contact's name, the contract's
  reference, the building's name), ISO dates, the priority's name (``urgent``, ``high``...), the values of the
  impact, kind and type (an older free-text impact as it was).
- :func:`delete_work_order` deletes only an order logged by mistake; :func:`deletion_refusal` says why not.
- :func:`categories_in_use` completes the category field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Contact, Contract, WorkOrder
from desktop.domain import editing
from desktop.domain.errors import NotFound, TransitionRefused, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.transitions import Refusal
from desktop.domain.values import check_text
from desktop.domain.workorders import ActivityKind, Impact, Kind, Priority, Status, WorkOrderType
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.workorder_actions import assignee_name, change_order, order_state


@dataclass(frozen=True)
class NewWorkOrder:
    type: WorkOrderType
    title: str
    building_id: int
    priority: Priority = Priority.NORMAL
    description: str = ""
    due_date: date | None = None
    assignee_id: int | None = None
    contact_id: int | None = None
    contract_id: int | None = None
    impact: Impact | None = None
    kind: Kind | None = None
    category: str | None = None  # stripped; empty is None


def create_work_order(db: Database, actor: Actor, new: NewWorkOrder, *, today: date | None = None) -> int:
    """Log a new (non-PPM) work order; returns its number.

    Refused, with nothing written: no title, the PPM type, an impact or kind not of their enums, a building that
    does not exist or is archived, a contact that is archived, a building or contact of an archived client, a
    contact or contract of another client, a contract not in force ``today`` (the local date when None), an
    unknown or inactive assignee.
    """
    with db.transaction() as session:
        return add_work_order(session, actor, new, today=today).number


def add_work_order(session: Session, actor: Actor, new: NewWorkOrder, *, today: date | None = None) -> WorkOrder:
    """``create_work_order`` inside the caller's transaction (which may add to the order before it commits)."""
    title = new.title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A work order needs a title."))
    if new.type is WorkOrderType.PPM:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "PPM work orders are generated from their contract's periods.")
        )
    impact = editing.checked_value("impact", new.impact)
    if impact is not None and not isinstance(impact, Impact):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This value cannot be used for “{field}”."), field=editing.field_label("impact")
        )
    kind = editing.checked_value("kind", new.kind)
    category = editing.checked_value("category", new.category)
    today = today or date.today()
    building = _active_building(session, new.building_id)
    _check_contact(session, new.contact_id, building.client_id)
    _check_contract(session, new.contract_id, building.client_id, today)
    assignee = assignee_name(session, new.assignee_id)
    number = next_work_order_number(session)
    order = WorkOrder(
        number=number,
        type=new.type,
        status=Status.NEW,
        priority=int(new.priority),
        title=title,
        description=new.description,
        client_id=building.client_id,
        building_id=building.id,
        client_name=building.client.name,
        building_name=building.name,
        assignee_name=assignee,
        contact_id=new.contact_id,
        contract_id=new.contract_id,
        assignee_id=new.assignee_id,
        due_date=new.due_date,
        impact=impact.value if isinstance(impact, Impact) else None,
        kind=kind,
        category=category,
    )
    session.add(order)
    activity.record(session, order, actor, ActivityKind.CREATED, new=number)
    return order


# PostgreSQL advisory lock ("BURE" + 1) held by every transaction that numbers new work orders, until it ends.
WORK_ORDER_NUMBER_LOCK = 0x4255524500000001


def lock_work_order_numbers(session: Session) -> None:
    """Queue behind any other transaction numbering work orders until it has committed.

    SQLite needs nothing: its writers are serialised by BEGIN IMMEDIATE. On PostgreSQL the lock lasts until the
    end of the transaction, so ``max(number) + 1`` read after it is free; taking it twice is harmless.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WORK_ORDER_NUMBER_LOCK})


def next_work_order_number(session: Session) -> int:
    """The next free work-order number, reserved for this transaction (see :func:`lock_work_order_numbers`)."""
    lock_work_order_numbers(session)
    return (session.scalar(select(func.max(WorkOrder.number))) or 0) + 1


def _active_building(session: Session, building_id: int) -> Building:
    building = session.get(Building, building_id)
    if building is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
    if not building.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is no longer an active building: choose another one."),
            name=building.name,
        )
    if not building.client.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is a building of {client}, an archived client: it takes no new work orders."
            ),
            name=building.name,
            client=building.client.name,
        )
    return building


def _check_contact(session: Session, contact_id: int | None, client_id: int) -> Contact | None:
    if contact_id is None:
        return None
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The contact no longer exists."))
    if contact.client_id != client_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is a contact of another client: choose one of this client's contacts."),
            name=contact.name,
        )
    if not contact.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is an archived contact: choose another one."), name=contact.name
        )
    if not contact.client.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is a contact of {client}, an archived client: it cannot be chosen for new work."
            ),
            name=contact.name,
            client=contact.client.name,
        )
    return contact


def _check_contract(session: Session, contract_id: int | None, client_id: int, today: date) -> Contract | None:
    if contract_id is None:
        return None
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The contract no longer exists."))
    if contract.client_id != client_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Contract {reference} is another client's: choose one of this client's."),
            reference=contract.reference,
        )
    if not contract.start_date <= today <= contract.end_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Contract {reference} is not in force today: it runs from {start} to {end}."),
            reference=contract.reference,
            start=contract.start_date,
            end=contract.end_date,
        )
    return contract


# --- correcting ------------------------------------------------------------------------------------------


def update_work_order(
    db: Database,
    actor: Actor,
    number: int,
    expected_version: int,
    changes: Mapping[str, object],
    *,
    today: date | None = None,
) -> int:
    """Correct fields of work order ``number``; returns its new version.

    ``changes`` maps field names (``desktop.domain.editing.EDITABLE_FIELDS``: title, description, priority,
    impact, kind, category, due_date, contact_id, contract_id, building_id, type) to their new values; None
    clears the optional ones. Values equal to the order's are left alone, so a form may send every field; an
    impact of older free text is accepted only unchanged. Refused with a BureauError, nothing written: an
    unknown field or a bad value, a field the order's status or type does not let change (a closed, cancelled,
    rejected or not done order, the building or type once work started, a PPM's type, building or contract), a building
    of another client or archived, a contact of another client or archived, a building or contact of an archived
    client, a contract of another client, a contract not in force ``today``
    (the local date when None), and a stale ``expected_version`` (:class:`ConcurrentChange`, saying who changed
    the order and when). Nothing to change: the current version, nothing written.
    """
    wanted = editing.checked_changes(changes)
    if not wanted:
        return _current_version(db, number)
    day = today or date.today()

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        changed = {field: value for field, value in wanted.items() if _differs(order, field, value)}
        for field in changed:
            reason = editing.field_refusal(field, order.status, order.type)
            if reason is not None:
                error = TransitionRefused(
                    QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be changed. {reason}"),
                    field=editing.field_label(field),
                    reason=reason,
                )
                error.refusal = Refusal(reason)
                raise error
        for field, value in changed.items():
            old, new = _apply(session, order, field, value, day)
            entry = activity.record(
                session, order, actor, ActivityKind.FIELD, field=editing.ACTIVITY_FIELDS[field], old=old, new=new
            )
            entry.created_at = now

    return change_order(db, number, expected_version, change)


def _current_version(db: Database, number: int) -> int:
    with db.reading() as session:
        version = session.scalar(select(WorkOrder.version).where(WorkOrder.number == number))
    if version is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
    return version


def _differs(order: WorkOrder, field: str, value: object) -> bool:
    if field == "priority":
        return order.priority != value  # a Priority equals its number
    return bool(getattr(order, field) != value)


def _apply(session: Session, order: WorkOrder, field: str, value: Any, today: date) -> tuple[object, object]:
    """Set ``field`` to ``value`` (checked by ``editing.checked_value``, and for the order's status) after checking
    what it points at; returns the old and the new value as the activity entry logs them."""
    if field == "priority":
        old_priority = Priority(order.priority).name.lower()
        order.priority = int(value)
        return old_priority, Priority(value).name.lower()
    if field == "impact":
        if value is not None and not isinstance(value, Impact):
            # Older free text is kept as it is, never written anew.
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This value cannot be used for “{field}”."),
                field=editing.field_label(field),
            )
        old_impact = order.impact
        order.impact = value.value if value is not None else None
        return old_impact, order.impact
    if field in ("kind", "type"):
        old_choice = getattr(order, field)
        setattr(order, field, value)
        return (old_choice.value if old_choice is not None else None), (value.value if value is not None else None)
    if field == "due_date":
        old_due = order.due_date
        order.due_date = value
        return (old_due.isoformat() if old_due is not None else None), (value.isoformat() if value else None)
    if field == "contact_id":
        contact = _check_contact(session, value, order.client_id)
        old_contact = order.contact.name if order.contact is not None else None
        order.contact = contact
        return old_contact, contact.name if contact is not None else None
    if field == "contract_id":
        contract = _check_contract(session, value, order.client_id, today)
        old_contract = order.contract.reference if order.contract is not None else None
        order.contract = contract
        return old_contract, contract.reference if contract is not None else None
    if field == "building_id":
        building = _active_building(session, value)
        if building.client_id != order.client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is a building of another client: choose one of this client's."),
                name=building.name,
            )
        old_building = order.building_name
        order.building = building
        order.building_name = building.name
        return old_building, building.name
    # title, description, category: text, checked by its column on the way in.
    old_text = getattr(order, field)
    setattr(order, field, value)
    return old_text, value


# --- deleting ----------------------------------------------------------------------------------------------


def deletion_refusal(db: Database, actor: Actor, number: int) -> Message | None:
    """Why ``actor`` cannot delete work order ``number`` (a missing permission, or the order was not logged by
    mistake: see ``desktop.domain.editing.deletion_refusal``); None when they can. NotFound when it is gone."""
    if not actor.can(Permission.DELETE_WORK_ORDER):
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "Deleting a work order needs the permission “{permission}”."),
            {"permission": Message("Permission", PERMISSION_LABELS[Permission.DELETE_WORK_ORDER])},
        )
    with db.reading() as session:
        return _deletion_refusal(session, _order(session, number))


def _order(session: Session, number: int, *, for_update: bool = False) -> WorkOrder:
    statement = select(WorkOrder).where(WorkOrder.number == number)
    order = session.scalar(statement.with_for_update() if for_update else statement)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
    return order


def _deletion_refusal(session: Session, order: WorkOrder) -> Message | None:
    history = session.scalar(
        select(func.count())
        .select_from(ActivityEntry)
        .where(ActivityEntry.work_order_id == order.id, ActivityEntry.kind != ActivityKind.CREATED)
    )
    return editing.deletion_refusal(order_state(order), history or 0)


def delete_work_order(db: Database, actor: Actor, number: int) -> None:
    """Delete an order logged by mistake (New, never started, nothing in its log but its creation); needs
    ``delete_work_order``. Any other order is refused (:class:`TransitionRefused` with the reason): cancel it."""
    actor.require(Permission.DELETE_WORK_ORDER)
    with db.transaction() as session:
        order = _order(session, number, for_update=True)
        reason = _deletion_refusal(session, order)
        if reason is not None:
            error = TransitionRefused(
                QT_TRANSLATE_NOOP("Errors", "Work order {number} cannot be deleted. {reason}"),
                number=number,
                reason=reason,
            )
            error.refusal = Refusal(reason)
            raise error
        session.delete(order)


# --- completing the category field ---------------------------------------------------------------------------

CATEGORY_MAX_LENGTH = 80
MAX_CATEGORIES = 1000

# Each distinct category by one index seek (ix_work_order_category) from the one before: a few steps per
# category whatever the number of orders, on both databases (PostgreSQL's "loose index scan").
_CATEGORIES = """
WITH RECURSIVE found(category) AS (
    SELECT min(category) FROM work_order WHERE category > ''
    UNION ALL
    SELECT (SELECT min(w.category) FROM work_order w WHERE w.category > found.category)
    FROM found WHERE found.category IS NOT NULL
)
SELECT category FROM found
WHERE category IS NOT NULL AND trim(category) <> '' AND category {like} :pattern ESCAPE '\\'
LIMIT :limit
"""


def categories_in_use(db: Database, prefix: str = "", limit: int = 20) -> list[str]:
    """Distinct categories of the work orders that start with ``prefix`` (case not minded), alphabetical.

    Alphabetical without regard to case or accents ("Électricité" between "Chauffage" and "HVAC"). At most
    ``limit`` (1 to 1000) of them: with more matches, the first ``limit`` in the database's own order, then sorted.
    Each one costs an index lookup, not a scan of the orders. SQLite minds case beyond ASCII letters ("é" does not
    find "É"). A prefix a category cannot hold is refused (ValueRefused).
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_CATEGORIES:
        raise ValueError(f"limit must be a whole number from 1 to {MAX_CATEGORIES}, not {limit!r}")
    prefix = check_text(prefix.strip(), CATEGORY_MAX_LENGTH, multiline=False, field=editing.field_label("category"))
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.reading() as session:
        like = "ILIKE" if session.get_bind().dialect.name == "postgresql" else "LIKE"
        rows = session.execute(text(_CATEGORIES.format(like=like)), {"pattern": pattern, "limit": limit}).scalars()
        found = [category for category in rows if category]
    return sorted(found, key=_alphabetical)


def _alphabetical(name: str) -> tuple[str, str, str]:
    folded = name.casefold()
    plain = "".join(char for char in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(char))
    return plain, folded, name


def count_orders(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(WorkOrder)) or 0
