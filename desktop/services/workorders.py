"""Creating, reading and deleting work orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Building, Contact, Contract, WorkOrder
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.workorder_actions import assignee_name


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


def create_work_order(db: Database, actor: Actor, new: NewWorkOrder) -> int:
    """Log a new (non-PPM) work order; returns its number."""
    title = new.title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A work order needs a title."))
    if new.type is WorkOrderType.PPM:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "PPM work orders are generated from their contract's periods.")
        )
    with db.transaction() as session:
        building = session.get(Building, new.building_id)
        if building is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
        _check_contact(session, new.contact_id, building.client_id)
        _check_contract(session, new.contract_id, building.client_id)
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
        )
        session.add(order)
        activity.record(session, order, actor, ActivityKind.CREATED, new=number)
        return number


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


def _check_contact(session: Session, contact_id: int | None, client_id: int) -> None:
    if contact_id is None:
        return
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The contact no longer exists."))
    if contact.client_id != client_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is a contact of another client: choose one of this client's contacts."),
            name=contact.name,
        )


def _check_contract(session: Session, contract_id: int | None, client_id: int) -> None:
    if contract_id is None:
        return
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The contract no longer exists."))
    if contract.client_id != client_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Contract {reference} is another client's: choose one of this client's."),
            reference=contract.reference,
        )


def delete_work_order(db: Database, actor: Actor, number: int) -> None:
    actor.require(Permission.DELETE_WORK_ORDER)
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        session.delete(order)


def count_orders(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(WorkOrder)) or 0
