"""Clients of the directory: created, edited, archived and restored, deleted while nothing refers to them.

Each function is one transaction: the acting agent must be active (any agent may change the directory), every
refusal is a translated BureauError and writes nothing, and every change writes the client's change log
(:mod:`desktop.services.change_log`). An edit takes the version the form read and is refused with the "changed
by X at T" message when someone saved the client since.

Archiving a client leaves its buildings and contacts as they are: while the client is archived none of them is
offered for new work (the lookups and the order's choices skip them, the work-order services refuse them), and
its orders and contracts keep showing it. Restoring the client offers them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact, Contract, WorkOrder
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.records import ChangeAction, Record
from desktop.domain.workorders import OPEN_STATUSES
from desktop.services.actor import Actor
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.directory_checks import a_flag, an_id, require_agent, required_line


@dataclass(frozen=True)
class ClientFields:
    name: str
    reference: str


@dataclass(frozen=True)
class ClientRecord:
    id: int
    name: str
    reference: str
    active: bool
    version: int


@dataclass(frozen=True)
class ClientSummary:
    client: ClientRecord
    buildings: int  # active ones
    contacts: int  # active ones
    contracts: int
    open_orders: int


def _checked(fields: ClientFields) -> tuple[str, str]:
    name = required_line(
        fields.name, Client.name, ValidationError(QT_TRANSLATE_NOOP("Errors", "A client needs a name."))
    )
    reference = required_line(
        fields.reference, Client.reference, ValidationError(QT_TRANSLATE_NOOP("Errors", "A client needs a reference."))
    )
    return name, reference


def _duplicate_reference(reference: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Another client already has the reference “{reference}”: choose another one."),
        reference=reference,
    )


def _check_reference_free(session: Session, reference: str, client_id: int | None) -> None:
    """Refused when another client has ``reference``, whatever its case."""
    statement = select(Client.id).where(func.lower(Client.reference) == reference.lower())
    if client_id is not None:
        statement = statement.where(Client.id != client_id)
    if session.scalar(statement.limit(1)) is not None:
        raise _duplicate_reference(reference)


def _flush(session: Session, reference: str) -> None:
    """Write the client now; a reference taken by a concurrent transaction is refused as a duplicate."""
    try:
        session.flush()
    except IntegrityError:
        raise _duplicate_reference(reference) from None


def load_client(session: Session, client_id: int, *, lock: bool = False) -> Client:
    """The client, locked for the rest of the transaction when ``lock``; NotFound when it no longer exists."""
    client = session.get(Client, an_id(client_id), with_for_update=lock or None)
    if client is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The client no longer exists."))
    return client


def _record(client: Client) -> ClientRecord:
    return ClientRecord(client.id, client.name, client.reference, client.active, client.version)


def create_client(db: Database, actor: Actor, fields: ClientFields) -> int:
    """A new, active client; its id. Refused: a blank name or reference, a reference another client has
    (case not minded), text its column cannot hold."""
    name, reference = _checked(fields)
    with db.transaction() as session:
        require_agent(session, actor)
        _check_reference_free(session, reference, None)
        client = Client(name=name, reference=reference, active=True)
        session.add(client)
        _flush(session, reference)
        log_change(session, actor, Record.CLIENT, client.id, ChangeAction.CREATED, new=name)
        return client.id


def update_client(db: Database, actor: Actor, client_id: int, version: int, fields: ClientFields) -> int:
    """Save the client's name and reference; its new version. A new name reaches its work orders' copies (and
    the helpdesk list's search) in the same transaction. Refused as :func:`create_client` is, and when the client
    was changed since ``version`` or no longer exists."""
    name, reference = _checked(fields)
    with db.transaction() as session:
        require_agent(session, actor)
        client = load_client(session, client_id, lock=True)
        check_version(session, Record.CLIENT, client, version, client.name)
        _check_reference_free(session, reference, client.id)
        changes = {"name": (client.name, name), "reference": (client.reference, reference)}
        client.name, client.reference = name, reference
        _flush(session, reference)
        log_field_changes(session, actor, Record.CLIENT, client.id, changes)
        return client.version


def set_client_active(db: Database, actor: Actor, client_id: int, version: int, active: bool) -> int:
    """Archive (``active`` False) or restore the client alone (its buildings and contacts keep their own state);
    its new version. Setting the state it already has changes nothing."""
    active = a_flag(active)
    with db.transaction() as session:
        require_agent(session, actor)
        client = load_client(session, client_id, lock=True)
        check_version(session, Record.CLIENT, client, version, client.name)
        if client.active == active:
            return client.version
        client.active = active
        session.flush()
        action = ChangeAction.RESTORED if active else ChangeAction.ARCHIVED
        log_change(session, actor, Record.CLIENT, client.id, action)
        return client.version


def delete_client(db: Database, actor: Actor, client_id: int, version: int) -> None:
    """Delete a client entered by mistake: refused while buildings, contacts, contracts or work orders refer to
    it (archive it instead), or when it was changed since ``version``."""
    with db.transaction() as session:
        require_agent(session, actor)
        client = load_client(session, client_id, lock=True)
        check_version(session, Record.CLIENT, client, version, client.name)
        referring = (
            exists().where(Building.client_id == client.id),
            exists().where(Contact.client_id == client.id),
            exists().where(Contract.client_id == client.id),
            exists().where(WorkOrder.client_id == client.id),
        )
        if any(session.scalar(select(clause)) for clause in referring):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Client “{name}” cannot be deleted: buildings, contacts, contracts or work orders refer to it."
                    " Archive it instead.",
                ),
                name=client.name,
            )
        log_change(session, actor, Record.CLIENT, client.id, ChangeAction.DELETED, old=client.name)
        session.delete(client)


def get_client(db: Database, client_id: int) -> ClientRecord:
    with db.reading() as session:
        return _record(load_client(session, client_id))


def client_summary(db: Database, client_id: int) -> ClientSummary:
    """The client with the counts of its page: active buildings, active contacts, contracts, open orders."""
    with db.reading() as session:
        client = load_client(session, client_id)

        def count(model: type, *where: object) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return ClientSummary(
            client=_record(client),
            buildings=count(Building, Building.client_id == client.id, Building.active.is_(True)),
            contacts=count(Contact, Contact.client_id == client.id, Contact.active.is_(True)),
            contracts=count(Contract, Contract.client_id == client.id),
            open_orders=count(WorkOrder, WorkOrder.client_id == client.id, WorkOrder.status.in_(OPEN_STATUSES)),
        )


__all__ = [
    "ClientFields",
    "ClientRecord",
    "ClientSummary",
    "client_summary",
    "create_client",
    "delete_client",
    "get_client",
    "load_client",
    "set_client_active",
    "update_client",
]
