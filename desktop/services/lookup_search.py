"""Type-ahead lookups for the forms that log a call: clients, buildings, contacts, and what goes with them.

Each search is one short query bounded by ``limit`` rows, case not minded, matched as
``desktop.services.text_search`` does (trigram tables on SQLite from three characters on). Archived clients,
buildings and contacts, and those of an archived client, are not offered. The text typed is the agent's input: it
is stripped and clipped to the longest column it is looked for in (a longer text cannot be in any of them),
each column is searched only when the text fits it, and a text holding a control character is refused with a
:class:`ValueRefused` naming the search text. ``%`` and ``_`` are matched as themselves.

Results come first where the name starts with the text (clients: the name or the reference), then in alphabetical
order without regard to case, so that both databases give the same order whatever their collation.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, String, and_, case, func, literal, not_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact, Contract, WorkOrder
from desktop.domain.listing import SEARCH_FIELD
from desktop.domain.values import check_text, check_whole_number
from desktop.domain.workorders import OPEN_STATUSES, Status
from desktop.services import lookups
from desktop.services.text_search import (
    BUILDING_COLUMNS,
    BUILDING_SEARCH_TABLE,
    CLIENT_COLUMNS,
    CONTACT_COLUMNS,
    CONTACT_SEARCH_TABLE,
    MIN_INDEXED_LENGTH,
    Columns,
    any_column_starts,
    building_matching,
    client_matching,
    contact_matching,
    max_length,
    trigram_hits_over,
)

DEFAULT_LIMIT = 20
MAX_LIMIT = 200


@dataclass(frozen=True)
class ClientHit:
    id: int
    name: str
    reference: str


@dataclass(frozen=True)
class BuildingHit:
    id: int
    name: str
    client_id: int
    client_name: str
    client_reference: str
    address_line: str
    postcode: str
    city: str


@dataclass(frozen=True)
class ContactHit:
    id: int
    name: str
    client_id: int
    client_name: str
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class ContractHit:
    id: int
    reference: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class OpenOrder:
    number: int
    title: str
    status: Status
    created_at: datetime


# --- the text searched for ------------------------------------------------------------------------------------


def _checked_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}, not {limit!r}")
    return limit


def search_text(text: str, columns: Columns) -> str:
    """``text`` stripped and clipped to the longest of ``columns``; ValueRefused when it holds a control
    character (or is not text)."""
    if not isinstance(text, str):
        text = ""
    longest = max(max_length(column) for column in columns)
    clipped = text.strip()[:longest].strip()
    return check_text(clipped, None, multiline=False, field=SEARCH_FIELD)


def _matching(
    where: ColumnElement[bool], text: str, columns: Columns
) -> tuple[ColumnElement[bool], ColumnElement[int]]:
    """The WHERE clause and a rank: 0 where a column starts with the text, else 1."""
    if not text:
        return where, literal(1)
    return where, case((any_column_starts(text, columns), 0), else_=1)


def _name_key(rank: int, name: str, row_id: int) -> tuple[int, str, str, int]:
    return (rank, name.casefold(), name, row_id)


# --- the lookups ----------------------------------------------------------------------------------------------

# The columns a text is looked for in (the clipping of the text and the rank of a hit follow them).
_CLIENT_COLUMNS = CLIENT_COLUMNS
_BUILDING_COLUMNS = (*BUILDING_COLUMNS, Client.reference)
_CONTACT_COLUMNS = CONTACT_COLUMNS


def _dialect(db: Database) -> str:
    return db.engine.dialect.name


def find_clients(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[ClientHit]:
    """Clients whose name or reference holds ``text``; every client (the first ``limit``) for an empty text."""
    limit = _checked_limit(limit)
    wanted = search_text(text, _CLIENT_COLUMNS)
    where, rank = _matching(client_matching(_dialect(db), wanted), wanted, _CLIENT_COLUMNS)
    statement = (
        select(Client.id, Client.name, Client.reference, rank.label("rank"))
        .where(Client.active.is_(True), where)
        .order_by(rank, Client.name, Client.id)
        .limit(limit)
    )
    with db.reading() as session:
        rows = session.execute(statement).all()
    rows.sort(key=lambda row: _name_key(row.rank, row.name, row.id))
    return [ClientHit(row.id, row.name, row.reference) for row in rows]


# A SQLite text found in more rows than this is looked up by walking the name index (see _ranked).
WALK_AFTER_HITS = 2000


def _lowered(text: str, dialect: str) -> str:
    """``text`` as the database's lower() makes it: SQLite folds ASCII letters only."""
    if dialect == "sqlite":
        return text.translate(_ASCII_LOWER)
    return text.lower()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _name_starts(name: InstrumentedAttribute[str], text: str, dialect: str) -> ColumnElement[bool]:
    """lower(name) starts with ``text`` lowered: a range of the lower(name) index."""
    key = func.lower(name, type_=String())
    low = _lowered(text, dialect)
    if ord(low[-1]) == sys.maxunicode:
        return and_(key >= literal(low, String()), func.substr(key, 1, len(low)) == literal(low, String()))
    high = low[:-1] + chr(ord(low[-1]) + 1)
    return and_(key >= literal(low, String()), key < literal(high, String()))


def _ranked(
    session: Session,
    statement: Select[Any],
    name: InstrumentedAttribute[str],
    row_id: InstrumentedAttribute[int],
    text: str,
    matching: Callable[[bool], ColumnElement[bool]],
    search_table: str,
    limit: int,
) -> list[Row[Any]]:
    """The rows of ``statement`` that match: first those whose name starts with ``text`` (rank 0), then the
    others (rank 1), each by lower(name), at most ``limit`` in all.

    Both reads walk the lower(name) index and stop at ``limit``. On SQLite the second one tests each row's id
    against the trigram table's hits when they are many; when they are few it reads them by id instead.
    """
    dialect = session.get_bind().dialect.name
    order = (func.lower(name), row_id)
    if not text:
        return list(session.execute(statement.add_columns(literal(1).label("rank")).order_by(*order).limit(limit)))
    starts = _name_starts(name, text, dialect)
    first = list(
        session.execute(statement.add_columns(literal(0).label("rank")).where(starts).order_by(*order).limit(limit))
    )
    if len(first) >= limit:
        return first
    walk = (
        dialect == "sqlite"
        and len(text) >= MIN_INDEXED_LENGTH
        and trigram_hits_over(session, search_table, text, WALK_AFTER_HITS)
    )
    rest = statement.add_columns(literal(1).label("rank")).where(not_(starts), matching(walk))
    return first + list(session.execute(rest.order_by(*order).limit(limit - len(first))))


def find_buildings(
    db: Database, text: str, client_id: int | None = None, limit: int = DEFAULT_LIMIT
) -> list[BuildingHit]:
    """Active buildings whose name, address line, city or postcode (or their client's reference) holds ``text``;
    only ``client_id``'s when given. Those whose name starts with it come first. An empty text lists them (the
    first ``limit``)."""
    limit = _checked_limit(limit)
    wanted = search_text(text, _BUILDING_COLUMNS)
    dialect = _dialect(db)
    statement = (
        select(
            Building.id,
            Building.name,
            Building.client_id,
            Client.name.label("client_name"),
            Client.reference.label("client_reference"),
            Building.address_line,
            Building.postcode,
            Building.city,
        )
        .join(Client, Client.id == Building.client_id)
        .where(Building.active.is_(True), Client.active.is_(True))
    )
    if client_id is not None:
        statement = statement.where(Building.client_id == check_whole_number(client_id))
    with db.reading() as session:
        rows = _ranked(
            session,
            statement,
            Building.name,
            Building.id,
            wanted,
            lambda walk: building_matching(dialect, wanted, walk=walk),
            BUILDING_SEARCH_TABLE,
            limit,
        )
    rows.sort(key=lambda row: _name_key(row.rank, row.name, row.id))
    return [
        BuildingHit(
            row.id,
            row.name,
            row.client_id,
            row.client_name,
            row.client_reference,
            row.address_line,
            row.postcode,
            row.city,
        )
        for row in rows
    ]


def find_contacts(
    db: Database, text: str, client_id: int | None = None, limit: int = DEFAULT_LIMIT
) -> list[ContactHit]:
    """Active contacts whose name, email or phone holds ``text``; only ``client_id``'s when given. Those whose
    name starts with it come first."""
    limit = _checked_limit(limit)
    wanted = search_text(text, _CONTACT_COLUMNS)
    dialect = _dialect(db)
    statement = (
        select(
            Contact.id,
            Contact.name,
            Contact.client_id,
            Client.name.label("client_name"),
            Contact.email,
            Contact.phone,
        )
        .join(Client, Client.id == Contact.client_id)
        .where(Contact.active.is_(True), Client.active.is_(True))
    )
    if client_id is not None:
        statement = statement.where(Contact.client_id == check_whole_number(client_id))
    with db.reading() as session:
        rows = _ranked(
            session,
            statement,
            Contact.name,
            Contact.id,
            wanted,
            lambda walk: contact_matching(dialect, wanted, walk=walk),
            CONTACT_SEARCH_TABLE,
            limit,
        )
    rows.sort(key=lambda row: _name_key(row.rank, row.name, row.id))
    return [ContactHit(row.id, row.name, row.client_id, row.client_name, row.email, row.phone) for row in rows]


def live_contracts(db: Database, client_id: int, today: date) -> list[ContractHit]:
    """The client's contracts in force on ``today``, by reference."""
    statement = (
        select(Contract.id, Contract.reference, Contract.start_date, Contract.end_date)
        .where(
            Contract.client_id == check_whole_number(client_id),
            Contract.start_date <= today,
            Contract.end_date >= today,
        )
        .order_by(Contract.reference, Contract.id)
        .limit(MAX_LIMIT)
    )
    with db.reading() as session:
        rows = session.execute(statement).all()
    return sorted(
        (ContractHit(row.id, row.reference, row.start_date, row.end_date) for row in rows),
        key=lambda hit: (hit.reference.casefold(), hit.reference, hit.id),
    )


def open_orders_at(db: Database, building_id: int, limit: int = DEFAULT_LIMIT) -> list[OpenOrder]:
    """The building's open work orders, newest first (at most ``limit``)."""
    limit = _checked_limit(limit)
    statement = (
        select(WorkOrder.number, WorkOrder.title, WorkOrder.status, WorkOrder.created_at)
        .where(WorkOrder.building_id == check_whole_number(building_id), WorkOrder.status.in_(OPEN_STATUSES))
        .order_by(WorkOrder.created_at.desc(), WorkOrder.number.desc())
        .limit(limit)
    )
    with db.reading() as session:
        rows = session.execute(statement).all()
    return [OpenOrder(row.number, row.title, Status(row.status), row.created_at) for row in rows]


def active_agents(db: Database) -> list[tuple[int, str]]:
    """(id, display name) of the agents who may be assigned an order (the active ones), by name."""
    return lookups.agents(db)


__all__ = [
    "BuildingHit",
    "ClientHit",
    "ContactHit",
    "ContractHit",
    "OpenOrder",
    "active_agents",
    "find_buildings",
    "find_clients",
    "find_contacts",
    "live_contracts",
    "open_orders_at",
    "search_text",
]
