"""Edit notifications: which contacts of the order's client are emailed when the order's status changes.

The choice is saved like the other actions on a work order (:mod:`desktop.services.workorder_actions`): one
transaction, the version the agent loaded checked, one activity entry (field ``notifications``, the names
before and after), and on save an email to each contact added, telling them they will be notified.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Client, Contact, WorkOrder, WorkOrderNotification
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.workorders import ActivityKind
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.notification_emails import email_of, queue_welcome
from desktop.services.workorder_actions import _touch, change_order

NOTIFICATIONS_FIELD = "notifications"


@dataclass(frozen=True)
class NotificationChoice:
    """A contact of the order's client, and whether they are notified now."""

    contact_id: int
    name: str
    email: str | None  # None: no address, so they cannot be notified
    chosen: bool
    archived: bool = False  # the contact or its client is archived: listed only because it is chosen


def notification_choices(db: Database, number: int) -> list[NotificationChoice]:
    """The active contacts of the order's client (none while the client is archived) and the contacts notified
    now, by name, each with its address and whether it is notified; a notified contact that is archived (or whose
    client is) is marked ``archived``: it receives nothing and may only be unchecked."""
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        chosen = {notification.contact_id for notification in order.notifications}
        client_active = bool(session.scalar(select(Client.active).where(Client.id == order.client_id)))
        contacts = session.scalars(
            select(Contact).where(Contact.client_id == order.client_id).order_by(Contact.name, Contact.id)
        )
        return [
            NotificationChoice(c.id, c.name, email_of(c), c.id in chosen, not (c.active and client_active))
            for c in contacts
            if (c.active and client_active) or c.id in chosen
        ]


def edit_notifications(
    db: Database, actor: Actor, number: int, expected_version: int, contact_ids: Iterable[int]
) -> int:
    """Notify exactly ``contact_ids``; returns the order's new version (the same when nothing changed).

    Refuses, writing nothing, a contact of another client, and a new one that is archived, of an archived client
    or without an email address. A contact notified before it was archived may stay or be removed.
    """
    wanted = set(contact_ids)

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        current = {notification.contact_id: notification for notification in order.notifications}
        if wanted == set(current):
            return
        contacts = _contacts(session, order, wanted - set(current))
        before = _names(n.contact for n in current.values())
        for contact_id, notification in current.items():
            if contact_id not in wanted:
                order.notifications.remove(notification)
        for contact in contacts:
            order.notifications.append(WorkOrderNotification(contact=contact))
        after = _names(n.contact for n in order.notifications)
        entry = activity.record(
            session, order, actor, ActivityKind.FIELD, field=NOTIFICATIONS_FIELD, old=before, new=after
        )
        entry.created_at = now
        queue_welcome(session, order, actor, contacts, now)
        _touch(order)

    return change_order(db, number, expected_version, change)


def _contacts(session: Session, order: WorkOrder, ids: set[int]) -> list[Contact]:
    """The contacts to add, checked: of the order's client, active (and their client too), with an email
    address."""
    if not ids:
        return []
    contacts = session.scalars(select(Contact).where(Contact.id.in_(ids)).order_by(Contact.name, Contact.id)).all()
    if len(contacts) != len(ids):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "A contact you chose no longer exists. Reload and try again."))
    for contact in contacts:
        if contact.client_id != order.client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a contact of {client}, the work order's client."),
                name=contact.name,
                client=order.client_name,
            )
        if not contact.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is an archived contact and cannot be notified."),
                name=contact.name,
            )
        if not contact.client.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{client} is an archived client: its contacts cannot be notified."),
                client=contact.client.name,
            )
        if email_of(contact) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} has no email address and cannot be notified."),
                name=contact.name,
            )
    return list(contacts)


def _names(contacts: Iterable[Contact]) -> str | None:
    """The names as the activity log shows them, sorted; None for nobody."""
    names = sorted(contact.name for contact in contacts)
    return ", ".join(names) if names else None
