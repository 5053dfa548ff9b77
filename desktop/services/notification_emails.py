"""The emails to a work order's contacts, queued in the outbox in the caller's transaction.

Each contact reads the email in their language (:mod:`desktop.services.email_language`): the text of a change
is written once per language, and the outbox holds one row per address. A change that emails its contacts
writes one activity entry: all the addresses, and the subject in the sender's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, OutboxEmail, WorkOrder
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.workorders import STATUS_LABELS, ActivityKind, Status
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.email_language import EmailWriter, by_language, recipient_language, sender_language

SUBJECT_MAX = 300


@dataclass(frozen=True)
class EmailText:
    """One email as one language writes it."""

    subject: str
    body: str


Compose = Callable[[EmailWriter], EmailText]


def email_of(contact: Contact) -> str | None:
    """The contact's address, None when they have none (or only blanks)."""
    address = (contact.email or "").strip()
    return address or None


def queue_welcome(session: Session, order: WorkOrder, actor: Actor, contacts: Sequence[Contact], now: datetime) -> None:
    """Tell each newly notified contact that they will hear about the order's changes."""

    def compose(writer: EmailWriter) -> EmailText:
        subject = writer.text(
            QT_TRANSLATE_NOOP("Emails", "You will be notified about work order {number}: {title}"),
            number=order.number,
            title=order.title,
        )
        lines = [
            writer.text(
                QT_TRANSLATE_NOOP("Emails", "{name} added you to the people notified about work order {number}."),
                name=actor.display_name,
                number=order.number,
            ),
            writer.text(QT_TRANSLATE_NOOP("Emails", "You will receive an email each time its status changes.")),
            "",
            *_order_lines(writer, order),
            writer.text(QT_TRANSLATE_NOOP("Emails", "Current status: {status}"), status=_status(order.status)),
        ]
        return _email(writer, subject, lines, notified=True)

    queue_for_contacts(session, order, actor, contacts, compose, now)


def queue_status_change(
    session: Session, order: WorkOrder, actor: Actor | None, old: Status, now: datetime
) -> None:
    """Tell the order's notified contacts (those active with an address) its new status; one activity entry.
    ``actor`` None: an automatic change, which the email says Bureau made."""
    contacts = sorted((n.contact for n in order.notifications), key=lambda contact: (contact.name, contact.id))

    def compose(writer: EmailWriter) -> EmailText:
        subject = writer.text(
            QT_TRANSLATE_NOOP("Emails", "Work order {number} is now {status}: {title}"),
            number=order.number,
            status=_status(order.status),
            title=order.title,
        )
        lines = [
            writer.text(
                QT_TRANSLATE_NOOP("Emails", "The status of work order {number} changed from {old} to {new}."),
                number=order.number,
                old=_status(old),
                new=_status(order.status),
            ),
            "",
            *_order_lines(writer, order),
            writer.text(QT_TRANSLATE_NOOP("Emails", "Changed by: {name}"), name=sender_name(actor)),
            writer.text(QT_TRANSLATE_NOOP("Emails", "Changed on: {date}"), date=now),
        ]
        return _email(writer, subject, lines, notified=True)

    queue_for_contacts(session, order, actor, contacts, compose, now, log=True)


def queue_ppm_cancellation(
    session: Session, order: WorkOrder, actor: Actor | None, notes: str, now: datetime
) -> None:
    """Tell the client's active contacts who receive PPM emails (those with an address) that the PPM is
    cancelled."""
    client_id = order.contract.client_id if order.contract is not None else order.client_id
    contacts = session.scalars(
        select(Contact)
        .where(
            Contact.client_id == client_id,
            Contact.active.is_(True),
            Contact.receives_ppm_emails.is_(True),
            Contact.email.is_not(None),
            func.trim(Contact.email) != "",
        )
        .order_by(Contact.name, Contact.id)
    ).all()

    def compose(writer: EmailWriter) -> EmailText:
        subject = writer.text(
            QT_TRANSLATE_NOOP("Emails", "PPM work order {number} cancelled: {title}"),
            number=order.number,
            title=order.title,
        )
        lines = [
            writer.text(
                QT_TRANSLATE_NOOP("Emails", "PPM work order {number} has been cancelled."), number=order.number
            ),
            "",
            *_order_lines(writer, order),
        ]
        if order.job_building is not None:
            lines.append(
                writer.text(QT_TRANSLATE_NOOP("Emails", "PPM job: {job}"), job=order.job_building.job.description)
            )
        if order.financial_period is not None:
            period = order.financial_period
            lines.append(
                writer.text(
                    QT_TRANSLATE_NOOP("Emails", "Period: {start} to {end}"),
                    start=period.financial_start,
                    end=period.financial_end,
                )
            )
        lines += [
            writer.text(QT_TRANSLATE_NOOP("Emails", "Cancelled by: {name}"), name=sender_name(actor)),
            "",
            writer.text(QT_TRANSLATE_NOOP("Emails", "Notes:")),
            notes,
            "",
            writer.text(
                QT_TRANSLATE_NOOP(
                    "Emails", "This visit will not be generated again when the contract's periods are recalculated."
                )
            ),
        ]
        return _email(writer, subject, lines, notified=False)

    queue_for_contacts(session, order, actor, contacts, compose, now, log=True)


def queue_for_contacts(
    session: Session,
    order: WorkOrder,
    actor: Actor | None,
    contacts: Sequence[Contact],
    compose: Compose,
    now: datetime,
    *,
    log: bool = False,
) -> list[str]:
    """Queue one email to each active contact with an address, composed once per language; the addresses, in
    order (an archived contact receives nothing).

    With ``log``, one activity entry (``email``) lists the addresses, with the subject in the sender's language.
    """
    recipients = [
        (contact, address) for contact in contacts if contact.active and (address := email_of(contact)) is not None
    ]
    if not recipients:
        return []
    sender = sender_language(actor.language if actor is not None else None)
    texts: dict[str, EmailText] = {}
    for language, group in by_language(recipients, lambda item: recipient_language(item[0].language, sender)).items():
        text = texts[language] = compose(EmailWriter(language))
        for _contact, address in group:
            session.add(
                OutboxEmail(
                    to_address=address, subject=text.subject, body=text.body, work_order_id=order.id, created_at=now
                )
            )
    addresses = [address for _contact, address in recipients]
    if log:
        subject = (texts.get(sender) or compose(EmailWriter(sender))).subject
        entry = activity.record(session, order, actor, ActivityKind.EMAIL, new=", ".join(addresses), text=subject)
        entry.created_at = now
    return addresses


def sender_name(actor: Actor | None) -> str | Message:
    """Who made a change, as its emails name them: the agent, or Bureau itself for an automatic change."""
    if actor is None:
        return Message("Emails", QT_TRANSLATE_NOOP("Emails", "Bureau (automatic change)"))
    return actor.display_name


def _status(status: Status) -> Message:
    return Message("Status", STATUS_LABELS[status])


def _order_lines(writer: EmailWriter, order: WorkOrder) -> list[str]:
    building = order.building
    lines = [
        writer.text(
            QT_TRANSLATE_NOOP("Emails", "Work order: {number} - {title}"), number=order.number, title=order.title
        ),
        writer.text(
            QT_TRANSLATE_NOOP("Emails", "Building: {building}, {address}, {postcode} {city}"),
            building=order.building_name,
            address=building.address_line,
            postcode=building.postcode,
            city=building.city,
        ),
    ]
    if order.due_date is not None:
        lines.append(writer.text(QT_TRANSLATE_NOOP("Emails", "Due date: {date}"), date=order.due_date))
    return lines


def _email(writer: EmailWriter, subject: str, lines: list[str], *, notified: bool) -> EmailText:
    """The subject cut to what the outbox holds; the body framed by a greeting (and why the contact gets it)."""
    body = [writer.text(QT_TRANSLATE_NOOP("Emails", "Hello,")), "", *lines]
    if notified:
        body += [
            "",
            writer.text(
                QT_TRANSLATE_NOOP("Emails", "You receive this email because you are notified about this work order.")
            ),
        ]
    return EmailText(subject[:SUBJECT_MAX], "\n".join(body) + "\n")
