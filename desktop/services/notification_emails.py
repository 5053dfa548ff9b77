"""The emails to the contacts notified about a work order, queued in the outbox in the caller's transaction.

The emails are English plain text: the outbox has no per-contact language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.db.models import Contact, OutboxEmail, WorkOrder
from desktop.domain.workorders import STATUS_LABELS, ActivityKind, Status
from desktop.services import activity
from desktop.services.actor import Actor

SUBJECT_MAX = 300


def email_of(contact: Contact) -> str | None:
    """The contact's address, None when they have none (or only blanks)."""
    address = (contact.email or "").strip()
    return address or None


def queue_welcome(session: Session, order: WorkOrder, actor: Actor, contacts: Sequence[Contact], now: datetime) -> None:
    """Tell each newly notified contact that they will hear about the order's changes."""
    subject = f"You will be notified about work order {order.number}: {order.title}"[:SUBJECT_MAX]
    for contact in contacts:
        address = email_of(contact)
        if address is None:
            continue
        lines = [
            f"Hello {contact.name},",
            "",
            f"{actor.display_name} added you to the people notified about work order {order.number}.",
            "You will receive an email each time its status changes.",
            "",
            *_order_lines(order),
            f"Current status: {STATUS_LABELS[order.status]}",
        ]
        _queue(session, order, address, subject, lines, now)


def queue_status_change(session: Session, order: WorkOrder, actor: Actor, old: Status, now: datetime) -> None:
    """Tell the order's notified contacts (those with an address) its new status; one activity entry."""
    contacts = sorted(
        (n.contact for n in order.notifications if email_of(n.contact) is not None),
        key=lambda contact: (contact.name, contact.id),
    )
    if not contacts:
        return
    new = STATUS_LABELS[order.status]
    subject = f"Work order {order.number} is now {new}: {order.title}"[:SUBJECT_MAX]
    addresses = []
    for contact in contacts:
        address = email_of(contact)
        assert address is not None
        addresses.append(address)
        lines = [
            f"Hello {contact.name},",
            "",
            f"The status of work order {order.number} changed from {STATUS_LABELS[old]} to {new}.",
            "",
            *_order_lines(order),
            f"Changed by: {actor.display_name}",
        ]
        _queue(session, order, address, subject, lines, now)
    entry = activity.record(session, order, actor, ActivityKind.EMAIL, new=", ".join(addresses), text=subject)
    entry.created_at = now


def _order_lines(order: WorkOrder) -> list[str]:
    building = order.building
    return [
        f"Work order: {order.number} - {order.title}",
        f"Building: {order.building_name}, {building.address_line}, {building.postcode} {building.city}",
    ]


def _queue(session: Session, order: WorkOrder, address: str, subject: str, lines: list[str], now: datetime) -> None:
    footer = ["", "You receive this email because you are notified about this work order."]
    session.add(
        OutboxEmail(
            to_address=address,
            subject=subject,
            body="\n".join([*lines, *footer]) + "\n",
            work_order_id=order.id,
            created_at=now,
        )
    )
