"""Quick-reply templates (kept by administrators) and the replies agents post on a work order with them.

A template has a title (required, unique whatever its case, at most 120 characters), a default body (required)
and optional bodies in English, French, German and Dutch; every body may use the placeholders of
:mod:`desktop.domain.placeholders`, and one it does not know is refused when the template is saved. Creating,
saving and archiving need :attr:`Permission.ADMIN`, run in one transaction, log their changes
(``Record.REPLY_TEMPLATE``) and write nothing when they refuse; saving names the version the administrator
loaded. Archived templates are kept (and may be restored) but offered for no reply.

An agent's reply (:func:`reply_from_template`) is the text of the template filled in for the order in its
contact's language (:func:`preview_reply`), edited or not: it is posted on the order as a comment and, when
asked, emailed through the outbox to each of the order's notified contacts, the subject in the contact's
language; all in one transaction with the order's version check.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.models import ReplyTemplate, ReplyTemplateBody, WorkOrder, WorkOrderNotification
from desktop.domain import transitions
from desktop.domain.errors import BureauError, ConcurrentChange, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.languages import LANGUAGES
from desktop.domain.permissions import Permission
from desktop.domain.placeholders import ReplyValues, check_body, render
from desktop.domain.records import ChangeAction, Record
from desktop.domain.transitions import Edit
from desktop.domain.values import check_text, check_whole_number
from desktop.domain.workorders import ActivityKind
from desktop.services import activity, workorder_actions
from desktop.services.actor import Actor, acting_user
from desktop.services.change_log import check_version, concurrent_change, log_change, log_field_changes
from desktop.services.email_language import EmailWriter, known_language, sender_language
from desktop.services.notification_emails import SUBJECT_MAX, EmailText, queue_for_contacts
from desktop.services.workorder_actions import order_state

TITLE_MAX = 120  # reply_template.title
BODY_MAX = 100_000  # a body, and a reply's text
TITLE_FIELD = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Template title"))
BODY_FIELD = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Template body"))
REPLY_FIELD = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Reply"))

# Each language as the refusals name it.
LANGUAGE_LABELS: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
}


@dataclass(frozen=True)
class TemplateFields:
    """What an administrator writes: the title, the default body and the bodies per language (code -> body;
    a blank body is none: the default body is used in that language)."""

    title: str
    body: str
    bodies: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TemplateRow:
    id: int
    title: str
    body: str
    bodies: dict[str, str]  # language -> body, only those written
    active: bool
    version: int


@dataclass(frozen=True)
class ReplyPreview:
    """A template filled in for one order: the text, and the language it was filled in for."""

    language: str
    text: str


# --- the templates ------------------------------------------------------------------------------------------


def list_templates(db: Database, *, archived: bool = False) -> list[TemplateRow]:
    """The active templates by title (with the archived ones too when ``archived``)."""
    with db.reading() as session:
        query = select(ReplyTemplate)
        if not archived:
            query = query.where(ReplyTemplate.active.is_(True))
        templates = session.scalars(query).all()
        bodies = _bodies(session, [template.id for template in templates])
        rows = [TemplateRow(t.id, t.title, t.body, bodies.get(t.id, {}), t.active, t.version) for t in templates]
    return sorted(rows, key=lambda row: (not row.active, row.title.casefold(), row.title, row.id))


def get_template(db: Database, template_id: int) -> TemplateRow:
    with db.reading() as session:
        template = _template(session, template_id)
        bodies = _bodies(session, [template.id]).get(template.id, {})
        return TemplateRow(template.id, template.title, template.body, bodies, template.active, template.version)


def create_template(db: Database, actor: Actor, fields: TemplateFields) -> int:
    """A new active template; returns its id."""
    actor.require(Permission.ADMIN)
    title, body, bodies = _checked(fields)
    with _administering(db, actor) as session:
        _check_title_free(session, title, None)
        template = ReplyTemplate(title=title, body=body, active=True)
        session.add(template)
        _flush(session, title)
        session.add_all(
            ReplyTemplateBody(template_id=template.id, language=language, body=text)
            for language, text in bodies.items()
        )
        session.flush()
        log_change(session, actor, Record.REPLY_TEMPLATE, template.id, ChangeAction.CREATED)
        return template.id


def save_template(db: Database, actor: Actor, template_id: int, version: int, fields: TemplateFields) -> int:
    """Save the template read at ``version`` with new fields; returns its version (unchanged when nothing
    changed)."""
    actor.require(Permission.ADMIN)
    check_whole_number(template_id)
    check_whole_number(version)
    title, body, bodies = _checked(fields)
    with _administering(db, actor, template_id) as session:
        template = _template(session, template_id, lock=True)
        check_version(session, Record.REPLY_TEMPLATE, template, version, template.title)
        _check_title_free(session, title, template.id)
        stored = {
            row.language: row
            for row in session.scalars(select(ReplyTemplateBody).where(ReplyTemplateBody.template_id == template.id))
        }
        before = {language: row.body for language, row in stored.items()}
        changes: dict[str, tuple[object, object]] = {"title": (template.title, title), "body": (template.body, body)}
        for language in LANGUAGES:
            changes[f"body_{language}"] = (before.get(language), bodies.get(language))
        if title == template.title and body == template.body and before == bodies:
            return template.version
        template.title = title
        template.body = body
        for language, row in stored.items():
            if language not in bodies:
                session.delete(row)
            else:
                row.body = bodies[language]
        session.add_all(
            ReplyTemplateBody(template_id=template.id, language=language, body=text)
            for language, text in bodies.items()
            if language not in stored
        )
        flag_modified(template, "title")  # a new version even when only the bodies per language changed
        _flush(session, title)
        log_field_changes(session, actor, Record.REPLY_TEMPLATE, template.id, changes)
        return template.version


def set_template_active(db: Database, actor: Actor, template_id: int, version: int, active: bool) -> int:
    """Archive (``active`` False) or restore the template read at ``version``; returns its version."""
    actor.require(Permission.ADMIN)
    check_whole_number(template_id)
    check_whole_number(version)
    if not isinstance(active, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))
    with _administering(db, actor, template_id) as session:
        template = _template(session, template_id, lock=True)
        check_version(session, Record.REPLY_TEMPLATE, template, version, template.title)
        if template.active == active:
            return template.version
        template.active = active
        session.flush()
        action = ChangeAction.RESTORED if active else ChangeAction.ARCHIVED
        log_change(session, actor, Record.REPLY_TEMPLATE, template.id, action)
        return template.version


def archive_template(db: Database, actor: Actor, template_id: int, version: int) -> int:
    return set_template_active(db, actor, template_id, version, False)


def _checked(fields: TemplateFields) -> tuple[str, str, dict[str, str]]:
    """The title, the default body and the bodies written, checked before the transaction."""
    if not isinstance(fields.title, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=TITLE_FIELD)
    title = fields.title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The template needs a title."))
    check_text(title, TITLE_MAX, multiline=False, field=TITLE_FIELD)
    body = _checked_body(fields.body)
    if body is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The template needs a body."))
    if not isinstance(fields.bodies, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=BODY_FIELD)
    bodies: dict[str, str] = {}
    for language, text in fields.bodies.items():
        if language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Bureau does not write in the language “{language}”."),
                language=str(language)[:20],
            )
        try:
            checked = _checked_body(text)
        except BureauError as error:
            raise type(error)(
                QT_TRANSLATE_NOOP("Errors", "The {language} body: {problem}"),
                language=Message("Languages", LANGUAGE_LABELS[language]),
                problem=error.message,
            ) from None
        if checked is not None:
            bodies[language] = checked
    return title, body, {language: bodies[language] for language in LANGUAGES if language in bodies}


def _checked_body(text: object) -> str | None:
    """A body stripped, its length, characters and placeholders checked; None when blank."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=BODY_FIELD)
    body = text.strip()
    if not body:
        return None
    check_text(body, BODY_MAX, multiline=True, field=BODY_FIELD)
    return check_body(body)


def _template(session: Session, template_id: int, *, lock: bool = False) -> ReplyTemplate:
    template = session.get(ReplyTemplate, check_whole_number(template_id), with_for_update=lock)
    if template is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This reply template no longer exists."))
    return template


def _bodies(session: Session, template_ids: list[int]) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = {}
    if not template_ids:
        return found
    rows = session.execute(
        select(ReplyTemplateBody.template_id, ReplyTemplateBody.language, ReplyTemplateBody.body).where(
            ReplyTemplateBody.template_id.in_(template_ids)
        )
    )
    for template_id, language, body in rows:
        found.setdefault(template_id, {})[language] = body
    return {
        template_id: {language: bodies[language] for language in LANGUAGES if language in bodies}
        for template_id, bodies in found.items()
    }


def _check_title_free(session: Session, title: str, template_id: int | None) -> None:
    """Refused when another template has the title whatever its case, accents' case included (compared here:
    SQLite's lower() changes ASCII letters only)."""
    key = title.casefold()
    others = session.scalars(select(ReplyTemplate.title).where(ReplyTemplate.id != (template_id or 0)))
    if any(other.casefold() == key for other in others):
        raise _title_taken(title)


def _title_taken(title: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "A reply template named “{title}” already exists."), title=title)


def _flush(session: Session, title: str) -> None:
    """Write now; a title another transaction took meanwhile is refused as taken."""
    try:
        session.flush()
    except IntegrityError:
        raise _title_taken(title) from None


@contextmanager
def _administering(db: Database, actor: Actor, template_id: int | None = None) -> Iterator[Session]:
    """One change of the templates, by an actor whose current roles still make them an administrator."""
    try:
        with db.transaction() as session:
            acting_user(session, actor, Permission.ADMIN)
            yield session
    except StaleDataError:
        if template_id is None:
            raise
        with db.reading() as session:
            template = session.get(ReplyTemplate, template_id)
            if template is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This reply template no longer exists.")) from None
            error: ConcurrentChange = concurrent_change(session, Record.REPLY_TEMPLATE, template.id, template.title)
            error.current_version = template.version
            raise error from None


# --- replying ------------------------------------------------------------------------------------------------


def preview_reply(db: Database, number: int, template_id: int, language: str | None = None) -> ReplyPreview:
    """Template ``template_id`` filled in for work order ``number``: in ``language`` when given (one of
    Bureau's), else in the order contact's language, else in the sender's (the application's); the body of
    that language, else the template's default body."""
    check_whole_number(number)
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        template = _template(session, template_id)
        contact = order.contact
        chosen = (
            known_language(language)
            or known_language(contact.language if contact is not None else None)
            or sender_language(None)
        )
        body = session.scalar(
            select(ReplyTemplateBody.body).where(
                ReplyTemplateBody.template_id == template.id, ReplyTemplateBody.language == chosen
            )
        )
        return ReplyPreview(chosen, render(body or template.body, reply_values(order), chosen))


def reply_values(order: WorkOrder) -> ReplyValues:
    """What the placeholders stand for on ``order``."""
    return ReplyValues(
        number=order.number,
        title=order.title,
        client=order.client_name,
        building=order.building_name,
        contact=order.contact.name if order.contact is not None else None,
        assignee=order.assignee_name,
        due_date=order.due_date,
    )


def reply_from_template(
    db: Database, actor: Actor, number: int, version: int, template_id: int, text: str, email: bool
) -> int:
    """Post ``text`` (a template's preview, edited or not) on work order ``number`` read at ``version`` as a
    comment; with ``email``, queue it to each notified contact with an address. Returns the order's version.

    Refused, with nothing written, when the text is blank, the template no longer exists, the order's status
    takes no comment, someone changed the order since (:class:`ConcurrentChange`), or an email is asked for
    and no notified contact has an address."""
    if not isinstance(text, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=REPLY_FIELD)
    reply = text.strip()
    if not reply:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write the reply first."))
    check_text(reply, BODY_MAX, multiline=True, field=REPLY_FIELD)
    check_whole_number(template_id)
    check_whole_number(version)
    if not isinstance(email, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))

    def change(session: Session, order: WorkOrder, now: datetime) -> None:
        acting_user(session, actor)
        _template(session, template_id)
        transitions.check_edit(Edit.ADD_COMMENT, order_state(order))
        activity.record(session, order, actor, ActivityKind.COMMENT, text=reply).created_at = now
        if email:
            _queue_reply(session, order, actor, reply, now)
        flag_modified(order, "status")  # a comment is a new version of the order

    return workorder_actions.change_order(db, check_whole_number(number), version, change)


def _queue_reply(session: Session, order: WorkOrder, actor: Actor, reply: str, now: datetime) -> None:
    notified = session.scalars(
        select(WorkOrderNotification)
        .where(WorkOrderNotification.work_order_id == order.id)
        .options(selectinload(WorkOrderNotification.contact))
    ).all()
    contacts = sorted((n.contact for n in notified), key=lambda contact: (contact.name, contact.id))

    def compose(writer: EmailWriter) -> EmailText:
        subject = writer.text(
            QT_TRANSLATE_NOOP("Emails", "About work order {number}: {title}"), number=order.number, title=order.title
        )
        footer = writer.text(
            QT_TRANSLATE_NOOP("Emails", "You receive this email because you are notified about this work order.")
        )
        return EmailText(subject[:SUBJECT_MAX], f"{reply}\n\n-- \n{footer}\n")

    if not queue_for_contacts(session, order, actor, contacts, compose, now, log=True):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No notified contact of work order {number} has an email address: post the reply without "
                "emailing it, or notify a contact first.",
            ),
            number=order.number,
        )


__all__ = [
    "LANGUAGE_LABELS",
    "ReplyPreview",
    "TemplateFields",
    "TemplateRow",
    "archive_template",
    "create_template",
    "get_template",
    "list_templates",
    "preview_reply",
    "reply_from_template",
    "reply_values",
    "save_template",
    "set_template_active",
]
