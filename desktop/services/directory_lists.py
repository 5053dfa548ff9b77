"""The directory's lists (the Clients, Buildings and Contacts tabs): searched, sorted pages read by keyset
(seek), never OFFSET and never all rows.

Every sort is (sort columns, id) in one direction. A page starts after the :data:`RowKey` of the last row read
(:func:`row_key`): its sort value and its id. The sort value of the client sorts is the client's (name, id), so
that two clients of the same name never mix their rows. Columns that may be empty (a contact's email and phone)
sort their empty rows last when ascending and first when descending, the same on SQLite and PostgreSQL: such a
list is read as two segments, the rows with a value and the rows without (their key's value is None).

Archived rows are left out unless the query asks for them. The text search's WHERE clauses come from
:mod:`desktop.services.text_search`: trigram tables on SQLite, trigram indexes on PostgreSQL.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.values import check_whole_number
from desktop.services.lookup_search import search_text
from desktop.services.text_search import (
    BUILDING_COLUMNS,
    CLIENT_COLUMNS,
    CONTACT_COLUMNS,
    building_matching,
    client_matching,
    contact_matching,
)

# The most rows one page may hold.
MAX_PAGE = 1000
DEFAULT_COUNT_CAP = 100_000


class ClientSort(enum.StrEnum):
    NAME = "name"
    REFERENCE = "reference"


class BuildingSort(enum.StrEnum):
    NAME = "name"
    CLIENT = "client"
    CITY = "city"
    POSTCODE = "postcode"
    COUNTRY = "country"


class ContactSort(enum.StrEnum):
    NAME = "name"
    CLIENT = "client"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    sort: str = "name"  # one of the list's Sort values
    descending: bool = False
    include_archived: bool = False
    client_id: int | None = None  # only this client's buildings or contacts (the client list ignores it)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    reference: str
    active: bool
    version: int  # as read: archiving, restoring or deleting the row checks it


@dataclass(frozen=True)
class BuildingRow:
    id: int
    name: str
    client_id: int
    client_name: str
    address_line: str
    postcode: str
    city: str
    country: str
    active: bool
    version: int


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    client_id: int
    client_name: str
    email: str | None
    phone: str | None
    language: str | None
    active: bool
    version: int


# The row's sort value and id: where the next page starts. The value is a (name, id) pair for the client sorts,
# None for a row without a value in a column that may be empty.
RowKey = tuple[Any, int]
Row = ClientRow | BuildingRow | ContactRow


@dataclass(frozen=True)
class _Sort:
    columns: tuple[InstrumentedAttribute[Any], ...]  # the sort value's columns, before the id
    value: Callable[[Any], Any]  # a row's sort value
    nullable: bool = False


@dataclass(frozen=True)
class _List:
    """How one list is read: its table, the columns of a row, its sorts, its text search."""

    model: type
    selected: tuple[Any, ...]
    make: Callable[..., Row]
    sorts: dict[str, _Sort]
    searched: Sequence[InstrumentedAttribute[Any]]
    matching: Callable[[str, str], ColumnElement[bool]]
    joins_client: bool


def _by_client(row: BuildingRow | ContactRow) -> tuple[str, int]:
    return (row.client_name, row.client_id)


CLIENTS = _List(
    model=Client,
    selected=(Client.id, Client.name, Client.reference, Client.active, Client.version),
    make=ClientRow,
    sorts={
        ClientSort.NAME: _Sort((Client.name,), lambda row: row.name),
        ClientSort.REFERENCE: _Sort((Client.reference,), lambda row: row.reference),
    },
    searched=CLIENT_COLUMNS,
    matching=client_matching,
    joins_client=False,
)
BUILDINGS = _List(
    model=Building,
    selected=(
        Building.id,
        Building.name,
        Building.client_id,
        Client.name,
        Building.address_line,
        Building.postcode,
        Building.city,
        Building.country,
        Building.active,
        Building.version,
    ),
    make=BuildingRow,
    sorts={
        BuildingSort.NAME: _Sort((Building.name,), lambda row: row.name),
        BuildingSort.CLIENT: _Sort((Client.name, Client.id), _by_client),
        BuildingSort.CITY: _Sort((Building.city,), lambda row: row.city),
        BuildingSort.POSTCODE: _Sort((Building.postcode,), lambda row: row.postcode),
        BuildingSort.COUNTRY: _Sort((Building.country,), lambda row: row.country),
    },
    searched=(*BUILDING_COLUMNS, Client.reference),
    matching=building_matching,
    joins_client=True,
)
CONTACTS = _List(
    model=Contact,
    selected=(
        Contact.id,
        Contact.name,
        Contact.client_id,
        Client.name,
        Contact.email,
        Contact.phone,
        Contact.language,
        Contact.active,
        Contact.version,
    ),
    make=ContactRow,
    sorts={
        ContactSort.NAME: _Sort((Contact.name,), lambda row: row.name),
        ContactSort.CLIENT: _Sort((Client.name, Client.id), _by_client),
        ContactSort.EMAIL: _Sort((Contact.email,), lambda row: row.email, nullable=True),
        ContactSort.PHONE: _Sort((Contact.phone,), lambda row: row.phone, nullable=True),
    },
    searched=CONTACT_COLUMNS,
    matching=contact_matching,
    joins_client=True,
)
_LISTS: dict[type, _List] = {ClientRow: CLIENTS, BuildingRow: BUILDINGS, ContactRow: CONTACTS}


# --- the query -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    text: str
    sort: _Sort
    descending: bool
    include_archived: bool
    client_id: int | None


def _checked(listing: _List, query: DirectoryQuery) -> _Checked:
    sort = listing.sorts.get(query.sort) if isinstance(query.sort, str) else None
    if sort is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This list cannot be sorted that way."))
    if not isinstance(query.descending, bool) or not isinstance(query.include_archived, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))
    client_id = None if query.client_id is None else check_whole_number(query.client_id)
    return _Checked(
        search_text(query.text, listing.searched), sort, query.descending, query.include_archived, client_id
    )


def _where(listing: _List, query: _Checked, dialect: str) -> list[ColumnElement[bool]]:
    model: Any = listing.model
    where: list[ColumnElement[bool]] = []
    if not query.include_archived:
        where.append(model.active.is_(True))
    if query.client_id is not None and listing is not CLIENTS:
        where.append(model.client_id == query.client_id)
    if query.text:
        where.append(listing.matching(dialect, query.text))
    return where


def _base(listing: _List, *columns: Any) -> Select[Any]:
    statement = select(*columns).select_from(listing.model)
    if listing.joins_client:
        statement = statement.join(Client, Client.id == listing.model.client_id)  # type: ignore[attr-defined]
    return statement


def _page_ids(listing: _List, sort: _Sort, dialect: str) -> Select[Any]:
    """The ids of a page are sought first, reading the list's own table (and the clients' for the client
    sorts) only; the page's rows are then read for these ids alone."""
    model: Any = listing.model
    if not listing.joins_client or sort.columns[0] is not Client.name:
        return select(model.id).select_from(model)
    # Clients first, by name: each client's rows come from the (client_id, id) index already in order. SQLite
    # is told so by a client id it cannot look up (+ 0); left to choose, it sorts every row.
    client_id = Client.id + 0 if dialect == "sqlite" else Client.id
    return select(model.id).select_from(Client).join(model, model.client_id == client_id)


def _order(sort: _Sort, id_column: Any, empty: bool, ascending: bool) -> list[Any]:
    columns = [id_column] if empty else [*sort.columns, id_column]
    return [column.asc() if ascending else column.desc() for column in columns]


def _segments(sort: _Sort, ascending: bool) -> list[bool]:
    """The segments in reading order, as "empty?" flags: ascending reads values, then empties."""
    if not sort.nullable:
        return [False]
    return [False, True] if ascending else [True, False]


def _seek(sort: _Sort, id_column: Any, empty: bool, ascending: bool, after: RowKey) -> ColumnElement[bool]:
    value, after_id = after
    check_whole_number(after_id)
    if empty:
        return id_column > after_id if ascending else id_column < after_id
    values = tuple(value) if len(sort.columns) > 1 else (value,)
    if len(values) != len(sort.columns):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This list cannot be sorted that way."))
    pair = tuple_(*sort.columns, id_column)
    bound = tuple_(*values, after_id)
    return pair > bound if ascending else pair < bound


def _page(db: Database, listing: _List, query: DirectoryQuery, after: RowKey | None, limit: int) -> list[Any]:
    limit = check_whole_number(limit, 1, MAX_PAGE)
    checked = _checked(listing, query)
    model: Any = listing.model
    ascending = not checked.descending
    segments = _segments(checked.sort, ascending)
    if after is not None:
        if not isinstance(after, tuple) or len(after) != 2:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This list cannot be sorted that way."))
        empty_after = checked.sort.nullable and after[0] is None
        segments = segments[segments.index(empty_after) :]
    rows: list[Any] = []
    with db.reading() as session:
        dialect = session.get_bind().dialect.name
        where = _where(listing, checked, dialect)
        for empty in segments:
            clauses = list(where)
            if checked.sort.nullable:
                column = checked.sort.columns[0]
                clauses.append(column.is_(None) if empty else column.is_not(None))
            if after is not None and (checked.sort.nullable and after[0] is None) == empty:
                clauses.append(_seek(checked.sort, model.id, empty, ascending, after))
            order = _order(checked.sort, model.id, empty, ascending)
            ids = (
                _page_ids(listing, checked.sort, dialect)
                .where(and_(true(), *clauses))
                .order_by(*order)
                .limit(limit - len(rows))
                .subquery()
            )
            statement = _base(listing, *listing.selected).join(ids, ids.c.id == model.id).order_by(*order)
            rows.extend(listing.make(*values) for values in session.execute(statement))
            if len(rows) >= limit:
                break
    return rows


def client_page(db: Database, query: DirectoryQuery, after: RowKey | None, limit: int) -> list[ClientRow]:
    """The ``limit`` clients that follow ``after`` (the first ones when None) in the query's order."""
    return _page(db, CLIENTS, query, after, limit)


def building_page_rows(db: Database, query: DirectoryQuery, after: RowKey | None, limit: int) -> list[BuildingRow]:
    """The ``limit`` buildings that follow ``after`` (the first ones when None) in the query's order."""
    return _page(db, BUILDINGS, query, after, limit)


def contact_page(db: Database, query: DirectoryQuery, after: RowKey | None, limit: int) -> list[ContactRow]:
    """The ``limit`` contacts that follow ``after`` (the first ones when None) in the query's order."""
    return _page(db, CONTACTS, query, after, limit)


def row_key(query: DirectoryQuery, row: Row) -> RowKey:
    """Where the page after ``row`` starts, in ``query``'s order."""
    listing = _LISTS[type(row)]
    sort = listing.sorts.get(query.sort)
    if sort is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This list cannot be sorted that way."))
    return (sort.value(row), row.id)


def _count(db: Database, listing: _List, query: DirectoryQuery, cap: int) -> int:
    cap = check_whole_number(cap, 0)
    checked = _checked(listing, query)
    model: Any = listing.model
    with db.reading() as session:
        where = _where(listing, checked, session.get_bind().dialect.name)
        matching = _base(listing, model.id).where(and_(true(), *where)).limit(cap + 1).subquery()
        return session.scalar(select(func.count()).select_from(matching)) or 0


def client_count(db: Database, query: DirectoryQuery, cap: int = DEFAULT_COUNT_CAP) -> int:
    """How many clients match; past ``cap`` it stops counting and says cap + 1 (shown as "more than cap")."""
    return _count(db, CLIENTS, query, cap)


def building_count(db: Database, query: DirectoryQuery, cap: int = DEFAULT_COUNT_CAP) -> int:
    """How many buildings match; past ``cap`` it stops counting and says cap + 1."""
    return _count(db, BUILDINGS, query, cap)


def contact_count(db: Database, query: DirectoryQuery, cap: int = DEFAULT_COUNT_CAP) -> int:
    """How many contacts match; past ``cap`` it stops counting and says cap + 1."""
    return _count(db, CONTACTS, query, cap)


__all__ = [
    "MAX_PAGE",
    "BuildingRow",
    "BuildingSort",
    "ClientRow",
    "ClientSort",
    "ContactRow",
    "ContactSort",
    "DirectoryQuery",
    "RowKey",
    "building_count",
    "building_page_rows",
    "client_count",
    "client_page",
    "contact_count",
    "contact_page",
    "row_key",
]
