"""Logging a call from the New work order dialog: the order with its notified contacts, a caller added as a
contact on the spot, and the starting point of "Log similar".

:func:`log_work_order` creates the order exactly as :func:`desktop.services.workorders.create_work_order` does
(every check, the number, the ``created`` activity entry) and, in the same transaction, notifies the contacts
chosen as Edit notifications would (:mod:`desktop.services.notifications`): one ``notifications`` field entry
in the activity log and a welcome email to each, queued in the outbox. A refusal of either writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import WorkOrder, WorkOrderNotification
from desktop.db.types import utcnow
from desktop.domain.emails import checked_email
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.contacts import ContactFields, create_contact
from desktop.services.notification_emails import queue_welcome
from desktop.services.notifications import NOTIFICATIONS_FIELD, _contacts
from desktop.services.workorders import NewWorkOrder, add_work_order


def log_work_order(
    db: Database,
    actor: Actor,
    new: NewWorkOrder,
    notify_contact_ids: Iterable[int] = (),
    *,
    today: date | None = None,
) -> int:
    """Log ``new`` (see ``create_work_order``) and notify ``notify_contact_ids`` about it; returns its number.

    Refused, with nothing written, for the reasons ``create_work_order`` gives, and for a notified contact who
    no longer exists, is another client's or has no email address.
    """
    wanted = {check_whole_number(contact_id) for contact_id in notify_contact_ids}
    with db.transaction() as session:
        order = add_work_order(session, actor, new, today=today)
        number = order.number
        if wanted:
            session.flush()
            contacts = _contacts(session, order, wanted)
            for contact in contacts:
                order.notifications.append(WorkOrderNotification(contact=contact))
            now = utcnow()
            entry = activity.record(
                session,
                order,
                actor,
                ActivityKind.FIELD,
                field=NOTIFICATIONS_FIELD,
                old=None,
                new=", ".join(sorted(contact.name for contact in contacts)),
            )
            entry.created_at = now
            session.flush()
            queue_welcome(session, order, actor, contacts, now)
        return number


# --- a caller who is not yet a contact --------------------------------------------------------------------------


def add_contact(db: Database, actor: Actor, client_id: int, name: str, phone: str | None, email: str | None) -> int:
    """Add a contact to ``client_id`` (a caller who is not one yet); returns its id.

    The checks and the change log of ``contacts.create_contact``: refused, with nothing written, for an empty
    name, a malformed email address, a client that does not exist or is archived, and text its column cannot
    hold (ValueRefused).
    """
    return create_contact(db, actor, ContactFields(client_id=client_id, name=name, email=email, phone=phone))


# --- Log similar -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderTemplate:
    """What a new order takes from an earlier one: where, who called, what kind of work."""

    client_id: int
    client_name: str
    building_id: int
    building_name: str
    contact_id: int | None
    contact_name: str | None
    type: WorkOrderType
    category: str | None


def similar_order(db: Database, number: int) -> OrderTemplate:
    """The starting point of a new order like ``number`` (a PPM gives a reactive order); NotFound when gone."""
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == check_whole_number(number)))
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        contact = order.contact
        return OrderTemplate(
            client_id=order.client_id,
            client_name=order.client_name,
            building_id=order.building_id,
            building_name=order.building_name,
            contact_id=contact.id if contact is not None else None,
            contact_name=contact.name if contact is not None else None,
            type=WorkOrderType.REACTIVE if order.type is WorkOrderType.PPM else order.type,
            category=order.category,
        )


__all__ = ["OrderTemplate", "add_contact", "checked_email", "log_work_order", "similar_order"]
