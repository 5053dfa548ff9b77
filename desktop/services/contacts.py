"""Contacts of the directory: created, edited with the buildings they are the contact for, archived and
restored, deleted while nothing refers to them.

The contract of :mod:`desktop.services.clients` holds here too: one transaction per function, an active agent,
translated refusals that write nothing, the change log, and the version check of edits. The caller added on the
spot from the New work order dialog (``order_intake.add_contact``) is created here, with the same checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.engine import Database
from desktop.db.models import Building, Contact, ContactBuilding, WorkOrder, WorkOrderNotification
from desktop.domain.emails import checked_email
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.languages import LANGUAGES
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.clients import load_client
from desktop.services.directory_checks import a_flag, an_id, line, require_agent, required_line

# More buildings than one contact may be the contact for (one form's choice).
MAX_BUILDINGS = 10_000


@dataclass(frozen=True)
class ContactFields:
    client_id: int
    name: str
    email: str | None = None
    phone: str | None = None
    language: str | None = None  # one of desktop.domain.languages.LANGUAGES; None: the sender's
    receives_ppm_emails: bool = False
    building_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    client_id: int
    client_name: str
    name: str
    email: str | None
    phone: str | None
    language: str | None
    receives_ppm_emails: bool
    building_ids: frozenset[int]
    active: bool
    version: int


@dataclass(frozen=True)
class _Checked:
    client_id: int
    name: str
    email: str | None
    phone: str | None
    language: str | None
    receives_ppm_emails: bool
    building_ids: frozenset[int]


def checked_name(name: object) -> str:
    return required_line(name, Contact.name, ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact needs a name.")))


def checked_phone(phone: object) -> str | None:
    if phone is not None and not isinstance(phone, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is not a phone number."))
    return line(phone, Contact.phone)


def checked_contact_email(email: object) -> str | None:
    """The address normalised (desktop.domain.emails), None when blank; refused when it is not one or is longer
    than the column holds."""
    if email is not None and not isinstance(email, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is not an email address."))
    return line(checked_email(email), Contact.email)


def checked_language(language: object) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str) or language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{language}” is not a language Bureau writes in (en, fr, de or nl)."),
            language=str(language)[:20],
        )
    return language


def _checked_ids(ids: object) -> frozenset[int]:
    if not isinstance(ids, Iterable) or isinstance(ids, str | bytes):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The contact's buildings are not a list of buildings."))
    checked = frozenset(an_id(building_id) for building_id in ids)
    if len(checked) > MAX_BUILDINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A contact can be the contact for at most {limit} buildings."),
            limit=MAX_BUILDINGS,
        )
    return checked


def _checked(fields: ContactFields) -> _Checked:
    email = checked_contact_email(fields.email)
    receives = a_flag(fields.receives_ppm_emails)
    if receives and email is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact who receives PPM emails needs an email address."))
    return _Checked(
        client_id=an_id(fields.client_id),
        name=checked_name(fields.name),
        email=email,
        phone=checked_phone(fields.phone),
        language=checked_language(fields.language),
        receives_ppm_emails=receives,
        building_ids=_checked_ids(fields.building_ids),
    )


def _check_client(session: Session, client_id: int) -> None:
    client = load_client(session, client_id)
    if not client.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client “{name}” is archived: restore it before adding to it."),
            name=client.name,
        )


def _check_buildings(session: Session, client_id: int, wanted: frozenset[int], kept: frozenset[int]) -> None:
    """Every building of ``wanted`` exists and is the client's; those not in ``kept`` (already linked) are active."""
    if not wanted:
        return
    ordered = sorted(wanted)
    found: dict[int, Building] = {}
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        found.update(
            (building.id, building) for building in session.scalars(select(Building).where(Building.id.in_(chunk)))
        )
    missing = [building_id for building_id in ordered if building_id not in found]
    if missing:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
    for building in found.values():
        if building.client_id != client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Building “{name}” is another client's: a contact is the contact for its own client's."
                ),
                name=building.name,
            )
        if building.id not in kept and not building.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Building “{name}” is archived: choose an active building."),
                name=building.name,
            )


def load_contact(session: Session, contact_id: int, *, lock: bool = False) -> Contact:
    contact = session.get(Contact, an_id(contact_id), with_for_update=lock or None)
    if contact is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The contact no longer exists."))
    return contact


def _building_ids(session: Session, contact_id: int) -> frozenset[int]:
    return frozenset(
        session.scalars(select(ContactBuilding.building_id).where(ContactBuilding.contact_id == contact_id)).all()
    )


def _building_names(session: Session, ids: Iterable[int]) -> list[str]:
    """The buildings as the change log shows them: their names (ids of those deleted since)."""
    ordered = sorted(ids)
    names = dict(session.execute(select(Building.id, Building.name).where(Building.id.in_(ordered))).all())
    return [names.get(building_id, str(building_id)) for building_id in ordered]


def _link(session: Session, contact_id: int, old: frozenset[int], new: frozenset[int]) -> None:
    removed = sorted(old - new)
    if removed:
        session.execute(
            delete(ContactBuilding).where(
                ContactBuilding.contact_id == contact_id, ContactBuilding.building_id.in_(removed)
            )
        )
    session.add_all(
        ContactBuilding(contact_id=contact_id, building_id=building_id) for building_id in sorted(new - old)
    )


def add_contact_in(session: Session, actor: Actor, fields: ContactFields) -> Contact:
    """:func:`create_contact` inside the caller's transaction."""
    checked = _checked(fields)
    require_agent(session, actor)
    _check_client(session, checked.client_id)
    _check_buildings(session, checked.client_id, checked.building_ids, frozenset())
    contact = Contact(
        client_id=checked.client_id,
        name=checked.name,
        email=checked.email,
        phone=checked.phone,
        language=checked.language,
        receives_ppm_emails=checked.receives_ppm_emails,
        active=True,
    )
    session.add(contact)
    session.flush()
    _link(session, contact.id, frozenset(), checked.building_ids)
    log_change(session, actor, Record.CONTACT, contact.id, ChangeAction.CREATED, new=checked.name)
    return contact


def create_contact(db: Database, actor: Actor, fields: ContactFields) -> int:
    """A new, active contact; its id. Refused: an unknown or archived client, a blank name, an email address
    that is not one, PPM emails without an address, an unknown language, a building that no longer exists, is
    archived or is another client's, text its column cannot hold."""
    with db.transaction() as session:
        return add_contact_in(session, actor, fields).id


def update_contact(db: Database, actor: Actor, contact_id: int, version: int, fields: ContactFields) -> int:
    """Save the contact and the buildings it is the contact for; its new version.

    Refused as :func:`create_contact` is (the client must be active only when it changes; buildings already
    linked may be archived), when the contact was changed since ``version`` or no longer exists, and for a
    change of client while work orders refer to the contact.
    """
    checked = _checked(fields)
    with db.transaction() as session:
        require_agent(session, actor)
        contact = load_contact(session, contact_id, lock=True)
        check_version(session, Record.CONTACT, contact, version, contact.name)
        if checked.client_id != contact.client_id:
            _check_client(session, checked.client_id)
            if _referred(session, contact.id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Contact “{name}” cannot move to another client: work orders of its client refer to them.",
                    ),
                    name=contact.name,
                )
        old_ids = _building_ids(session, contact.id)
        kept = old_ids if checked.client_id == contact.client_id else frozenset()
        _check_buildings(session, checked.client_id, checked.building_ids, kept)
        changes = {
            "client_id": (contact.client_id, checked.client_id),
            "name": (contact.name, checked.name),
            "email": (contact.email, checked.email),
            "phone": (contact.phone, checked.phone),
            "language": (contact.language, checked.language),
            "receives_ppm_emails": (contact.receives_ppm_emails, checked.receives_ppm_emails),
        }
        contact.client_id = checked.client_id
        contact.name = checked.name
        contact.email = checked.email
        contact.phone = checked.phone
        contact.language = checked.language
        contact.receives_ppm_emails = checked.receives_ppm_emails
        if checked.building_ids != old_ids:
            changes["buildings"] = (
                _building_names(session, old_ids),
                _building_names(session, checked.building_ids),
            )
            _link(session, contact.id, old_ids, checked.building_ids)
            # The buildings are part of the contact: changing them alone makes a new version too.
            flag_modified(contact, "receives_ppm_emails")
        session.flush()
        log_field_changes(session, actor, Record.CONTACT, contact.id, changes)
        return contact.version


def _referred(session: Session, contact_id: int) -> bool:
    """Whether a work order names the contact, as its caller or among those it notifies."""
    return bool(
        session.scalar(select(exists().where(WorkOrder.contact_id == contact_id)))
        or session.scalar(select(exists().where(WorkOrderNotification.contact_id == contact_id)))
    )


def set_contact_active(db: Database, actor: Actor, contact_id: int, version: int, active: bool) -> int:
    """Archive (``active`` False) or restore the contact; its new version. Restoring a contact of an archived
    client is refused (restore the client first)."""
    active = a_flag(active)
    with db.transaction() as session:
        require_agent(session, actor)
        contact = load_contact(session, contact_id, lock=True)
        check_version(session, Record.CONTACT, contact, version, contact.name)
        if contact.active == active:
            return contact.version
        if active and not contact.client.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Contact “{name}” belongs to the archived client “{client}”: restore the client first."
                ),
                name=contact.name,
                client=contact.client.name,
            )
        contact.active = active
        session.flush()
        log_change(
            session, actor, Record.CONTACT, contact.id, ChangeAction.RESTORED if active else ChangeAction.ARCHIVED
        )
        return contact.version


def delete_contact(db: Database, actor: Actor, contact_id: int, version: int) -> None:
    """Delete a contact entered by mistake, with its links to buildings: refused while work orders refer to it
    (archive it instead), or when it was changed since ``version``."""
    with db.transaction() as session:
        require_agent(session, actor)
        contact = load_contact(session, contact_id, lock=True)
        check_version(session, Record.CONTACT, contact, version, contact.name)
        if _referred(session, contact.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Contact “{name}” cannot be deleted: work orders refer to them. Archive them instead."
                ),
                name=contact.name,
            )
        log_change(session, actor, Record.CONTACT, contact.id, ChangeAction.DELETED, old=contact.name)
        session.execute(delete(ContactBuilding).where(ContactBuilding.contact_id == contact.id))
        session.delete(contact)


def get_contact(db: Database, contact_id: int) -> ContactRecord:
    with db.reading() as session:
        contact = load_contact(session, contact_id)
        return ContactRecord(
            id=contact.id,
            client_id=contact.client_id,
            client_name=contact.client.name,
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            language=contact.language,
            receives_ppm_emails=contact.receives_ppm_emails,
            building_ids=_building_ids(session, contact.id),
            active=contact.active,
            version=contact.version,
        )


__all__ = [
    "MAX_BUILDINGS",
    "ContactFields",
    "ContactRecord",
    "add_contact_in",
    "checked_contact_email",
    "checked_language",
    "checked_name",
    "checked_phone",
    "create_contact",
    "delete_contact",
    "get_contact",
    "load_contact",
    "set_contact_active",
    "update_contact",
]
