"""Finding clients, buildings and contacts by a text typed by an agent: the WHERE clauses of the type-ahead
lookups and of the directory lists.

A record matches when one of its searched columns holds the text, case not minded. On SQLite a text of three
characters or more is looked up in the FTS5 trigram tables ``building_search`` and ``contact_search`` (made by
migration 0006 and kept by triggers), which fold case for every alphabet; a shorter text scans with ``LIKE``,
which folds ASCII letters only. On PostgreSQL ``ILIKE`` serves every length, through the trigram indexes from
three characters on. ``%`` and ``_`` are matched as themselves.

The text must already be checked (stripped, no control character): see ``lookup_search.search_text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, String, column, false, func, literal, or_, select, table, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.models import Building, Client, Contact

# The shortest text the trigram tables can look up.
MIN_INDEXED_LENGTH = 3
BUILDING_SEARCH_TABLE = "building_search"
CONTACT_SEARCH_TABLE = "contact_search"

CLIENT_COLUMNS: tuple[InstrumentedAttribute[str], ...] = (Client.name, Client.reference)
BUILDING_COLUMNS: tuple[InstrumentedAttribute[str], ...] = (
    Building.name,
    Building.address_line,
    Building.postcode,
    Building.city,
)
CONTACT_COLUMNS: tuple[InstrumentedAttribute[str] | InstrumentedAttribute[str | None], ...] = (
    Contact.name,
    Contact.email,
    Contact.phone,
)

Columns = Sequence[InstrumentedAttribute[str] | InstrumentedAttribute[str | None]]


def max_length(searched: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]) -> int:
    return int(searched.property.columns[0].type.max_length)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str, *, prefix: bool = False) -> ColumnElement[str]:
    """``text`` as an ILIKE pattern: anywhere in the value, or at its start when ``prefix``."""
    # A plain String bind: the pattern's % signs must not count against the column's own length check.
    return literal(("" if prefix else "%") + _escaped(text) + "%", String())


def _fitting(text: str, columns: Columns) -> list[InstrumentedAttribute[str] | InstrumentedAttribute[str | None]]:
    return [searched for searched in columns if len(text) <= max_length(searched)]


def any_column_holds(text: str, columns: Columns) -> ColumnElement[bool]:
    """``text`` in any of ``columns`` it fits in, by ILIKE (a scan on SQLite, the trigram indexes on PostgreSQL)."""
    if not text:
        return true()
    fitting = _fitting(text, columns)
    if not fitting:
        return false()
    return or_(*(searched.ilike(like_pattern(text), escape="\\") for searched in fitting))


def any_column_starts(text: str, columns: Columns) -> ColumnElement[bool]:
    """Some column of ``columns`` starts with ``text`` (for ranking what matched)."""
    fitting = _fitting(text, columns)
    if not text or not fitting:
        return false()
    return or_(*(searched.ilike(like_pattern(text, prefix=True), escape="\\") for searched in fitting))


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _trigram_ids(search_table: str, text: str) -> Select[tuple[int]]:
    """The rowids the SQLite trigram table finds ``text`` in, as an IN subquery's select."""
    search = table(search_table, column("rowid"))
    return select(search.c.rowid).where(column(search_table).op("MATCH")(literal(_phrase(text), String())))


def trigram_hits_over(session: Session, search_table: str, text: str, cap: int) -> bool:
    """True when the SQLite trigram table finds ``text`` in more than ``cap`` rows (counting no further)."""
    found = _trigram_ids(search_table, text).limit(cap + 1).subquery()
    return (session.scalar(select(func.count()).select_from(found)) or 0) > cap


def _key(id_column: InstrumentedAttribute[int], walk: bool) -> ColumnElement[int]:
    # "+ 0" keeps SQLite from reading the rows by their ids: it walks its name index instead, testing each id.
    return id_column + 0 if walk else id_column


def client_matching(dialect: str, text: str) -> ColumnElement[bool]:
    """Clients whose name or reference holds ``text``."""
    return any_column_holds(text, CLIENT_COLUMNS)


def _clients_by_reference(text: str, walk: bool) -> ColumnElement[bool]:
    if not text or len(text) > max_length(Client.reference):
        return false()
    clients = select(Client.id).where(Client.reference.ilike(like_pattern(text), escape="\\"))
    return _key(Building.client_id, walk).in_(clients)


def building_matching(dialect: str, text: str, *, walk: bool = False) -> ColumnElement[bool]:
    """Buildings whose name, address line, postcode or city (or their client's reference) holds ``text``.

    ``walk``: the query reads buildings in an index's order and stops early (many hits expected on SQLite).
    """
    if not text:
        return true()
    if dialect == "sqlite" and len(text) >= MIN_INDEXED_LENGTH:
        found = _key(Building.id, walk).in_(_trigram_ids(BUILDING_SEARCH_TABLE, text))
        return or_(found, _clients_by_reference(text, walk))
    return or_(any_column_holds(text, BUILDING_COLUMNS), _clients_by_reference(text, walk))


def contact_matching(dialect: str, text: str, *, walk: bool = False) -> ColumnElement[bool]:
    """Contacts whose name, email or phone holds ``text`` (``walk`` as for buildings)."""
    if not text:
        return true()
    if dialect == "sqlite" and len(text) >= MIN_INDEXED_LENGTH:
        return _key(Contact.id, walk).in_(_trigram_ids(CONTACT_SEARCH_TABLE, text))
    return any_column_holds(text, CONTACT_COLUMNS)


__all__ = [
    "BUILDING_COLUMNS",
    "BUILDING_SEARCH_TABLE",
    "CONTACT_SEARCH_TABLE",
    "CLIENT_COLUMNS",
    "CONTACT_COLUMNS",
    "MIN_INDEXED_LENGTH",
    "Columns",
    "any_column_holds",
    "any_column_starts",
    "building_matching",
    "client_matching",
    "contact_matching",
    "like_pattern",
    "max_length",
    "trigram_hits_over",
]
