"""Reading the helpdesk list: filtered, sorted pages of work orders by keyset (seek), never OFFSET.

Every sort is (column, number) in one direction, and one (column, number) index serves it. Columns that may
be empty (assignee, due date) sort their empty rows last when ascending and first when descending, the same on
SQLite and PostgreSQL: the order is read as two segments, the rows with a value and the rows without.

A page is read with a Core statement built once per query shape and cached, its values bound at each run;
the selected columns come back as the driver gives them and are turned into Python values here, once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from dateutil import tz
from sqlalchemy import (
    Connection,
    Select,
    String,
    and_,
    bindparam,
    cast,
    false,
    func,
    or_,
    select,
    text,
    true,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NULLTYPE

from desktop.db.budget import time_budget
from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.db.search import MIN_INDEXED_LENGTH, SQLITE_TABLE, postgres_search_text
from desktop.db.types import Labelled
from desktop.domain.listing import AssigneeChoice, ListFilter, SortField
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import OPEN_STATUSES

TABLE = WorkOrder.__table__
C = TABLE.c

# A text search matching fewer rows than this reads the search index's matches; one matching more scans the
# sort index and checks each row's text, which finds a page of matches after a few hundred rows.
DENSE_MATCHES = 10_000
# A read of the list that runs longer than this is stopped (QueryTooSlow), never a frozen window: a page or a
# seek, which the agent waits for; the count, which arrives in the background.
PAGE_BUDGET_SECONDS = 5.0
COUNT_BUDGET_SECONDS = 30.0


class ListRow(NamedTuple):
    number: int
    type: str
    status: str
    priority: int
    title: str
    client: str
    building: str
    assignee: str | None
    created_at: datetime
    due_date: date | None
    balance: Decimal
    impact: str | None  # an Impact value, or older free text
    kind: str | None  # a Kind value


class Key(NamedTuple):
    """Where a row stands in the order: its segment (without a value?), its sort value and its number."""

    empty: bool
    value: Any
    number: int


class TextMode(enum.Enum):
    NONE = "none"
    INDEX = "index"  # the search index's matches (few)
    SCAN = "scan"  # each row's text, in sort order (many matches, or text too short for the index)


SELECTED = (
    "number",
    "type",
    "status",
    "priority",
    "title",
    "client_name",
    "building_name",
    "assignee_name",
    "created_at",
    "due_date",
    "balance",
    "impact",
    "kind",
)
SORT_COLUMNS: dict[SortField, Any] = {
    SortField.NUMBER: C.number,
    SortField.TYPE: C.type,
    SortField.STATUS: C.status,
    SortField.PRIORITY: C.priority,
    SortField.TITLE: C.title,
    SortField.CLIENT: C.client_name,
    SortField.BUILDING: C.building_name,
    SortField.ASSIGNEE: C.assignee_name,
    SortField.CREATED: C.created_at,
    SortField.DUE: C.due_date,
}
NULLABLE_SORTS = frozenset({SortField.ASSIGNEE, SortField.DUE})
_ROW_FIELD = {
    SortField.NUMBER: 0,
    SortField.TYPE: 1,
    SortField.STATUS: 2,
    SortField.PRIORITY: 3,
    SortField.TITLE: 4,
    SortField.CLIENT: 5,
    SortField.BUILDING: 6,
    SortField.ASSIGNEE: 7,
    SortField.CREATED: 8,
    SortField.DUE: 9,
}


@dataclass(frozen=True)
class ListQuery:
    """A validated filter, for one agent, on one day, in one time zone."""

    filter: ListFilter
    user_id: int | None = None
    today: date = field(default_factory=date.today)
    timezone: tzinfo = field(default_factory=tz.tzlocal)
    text_mode: TextMode | None = None  # None: not chosen yet (see prepare())

    @classmethod
    def of(cls, list_filter: ListFilter, user_id: int | None, **kwargs: Any) -> ListQuery:
        return cls(list_filter.validated(), user_id, **kwargs)

    @property
    def sort(self) -> SortField:
        return self.filter.sort.field

    @property
    def descending(self) -> bool:
        return self.filter.sort.descending

    def key_of(self, row: ListRow) -> Key:
        value = row[_ROW_FIELD[self.sort]]
        return Key(value is None, value, row.number)


def _connection(bind: Connection | Session) -> Connection:
    return bind.connection() if isinstance(bind, Session) else bind


def prepare(bind: Connection | Session, query: ListQuery) -> ListQuery:
    """Choose how the free text is looked up (once per filter, so every page and the count agree)."""
    if query.text_mode is not None:
        return query
    text_ = query.filter.text
    connection = _connection(bind)
    if not text_:
        mode = TextMode.NONE
    elif connection.dialect.name != "sqlite":
        mode = TextMode.INDEX
    elif len(text_) < MIN_INDEXED_LENGTH:
        mode = TextMode.SCAN
    else:
        probe = text(
            f"SELECT count(*) FROM (SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH :phrase LIMIT :n)"
        )
        with time_budget(connection, PAGE_BUDGET_SECONDS):
            found = connection.execute(probe, {"phrase": _phrase(text_), "n": DENSE_MATCHES}).scalar() or 0
        mode = TextMode.SCAN if found >= DENSE_MATCHES else TextMode.INDEX
    return ListQuery(query.filter, query.user_id, query.today, query.timezone, mode)


# -- the WHERE clause: a shape (which conditions) and the values bound to it -------------------------------


def _phrase(text_: str) -> str:
    return '"' + text_.replace('"', '""') + '"'


def _like_pattern(text_: str) -> str:
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _start_of_day(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, zone)


def _shape_and_values(query: ListQuery) -> tuple[tuple[str, ...], dict[str, Any]]:
    f = query.filter
    shape: list[str] = []
    values: dict[str, Any] = {}

    def add(name: str, value: Any) -> None:
        shape.append(name)
        values[name] = value

    if f.statuses:
        add("statuses", sorted(s.value for s in f.statuses))
    if f.types:
        add("types", sorted(t.value for t in f.types))
    if f.priorities:
        add("priorities", sorted(int(p) for p in f.priorities))
    if f.impacts:
        add("impacts", sorted(i.value for i in f.impacts))
    if f.kinds:
        add("kinds", sorted(k.value for k in f.kinds))
    if f.assignee is AssigneeChoice.ME:
        if query.user_id is None:
            shape.append("nobody")
        else:
            add("assignee_id", query.user_id)
    elif f.assignee is AssigneeChoice.UNASSIGNED:
        shape.append("unassigned")
    elif f.assignee is AssigneeChoice.USER:
        add("assignee_id", f.assignee_id)
    if f.client_id is not None:
        add("client_id", f.client_id)
    if f.building_id is not None:
        add("building_id", f.building_id)
    if f.created_from is not None and f.created_from > date.min:
        add("created_from", _start_of_day(f.created_from, query.timezone))
    if f.created_to is not None and f.created_to < date.max:
        add("created_to", _start_of_day(f.created_to + timedelta(days=1), query.timezone))
    if f.due_from is not None:
        add("due_from", f.due_from)
    if f.due_to is not None:
        add("due_to", f.due_to)
    if f.overdue_only:
        add("overdue_before", query.today)
        values["open_statuses"] = sorted(s.value for s in OPEN_STATUSES)
    if f.text:
        mode = query.text_mode or TextMode.SCAN
        if mode is TextMode.SCAN:
            add("text_like", _like_pattern(f.text))
        else:
            add("text_index", f.text)
    return tuple(shape), values


def _clauses(shape: tuple[str, ...], dialect: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    for name in shape:
        if name == "statuses":
            where.append(C.status.in_(bindparam("statuses", expanding=True)))
        elif name == "types":
            where.append(C.type.in_(bindparam("types", expanding=True)))
        elif name == "priorities":
            where.append(C.priority.in_(bindparam("priorities", expanding=True)))
        elif name == "impacts":
            where.append(C.impact.in_(bindparam("impacts", expanding=True)))
        elif name == "kinds":
            where.append(C.kind.in_(bindparam("kinds", expanding=True)))
        elif name == "nobody":
            where.append(false())
        elif name == "unassigned":
            where.append(C.assignee_id.is_(None))
        elif name == "assignee_id":
            where.append(C.assignee_id == bindparam("assignee_id"))
        elif name == "client_id":
            where.append(C.client_id == bindparam("client_id"))
        elif name == "building_id":
            where.append(C.building_id == bindparam("building_id"))
        elif name == "created_from":
            where.append(C.created_at >= bindparam("created_from", type_=C.created_at.type))
        elif name == "created_to":
            where.append(C.created_at < bindparam("created_to", type_=C.created_at.type))
        elif name == "due_from":
            where.append(C.due_date >= bindparam("due_from", type_=C.due_date.type))
        elif name == "due_to":
            where.append(C.due_date <= bindparam("due_to", type_=C.due_date.type))
        elif name == "overdue_before":
            where.append(C.due_date < bindparam("overdue_before", type_=C.due_date.type))
            where.append(C.status.in_(bindparam("open_statuses", expanding=True)))
        elif name == "text_like":
            pattern = bindparam("text_like", type_=String)
            where.append(
                or_(
                    C.title.ilike(pattern, escape="\\"),
                    C.building_name.ilike(pattern, escape="\\"),
                    cast(C.number, String).like(pattern, escape="\\"),
                )
            )
        elif name == "text_index":
            where.append(_index_search(dialect))
    return where


def _index_search(dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        return postgres_search_text().ilike(bindparam("text_pattern", type_=String), escape="\\")
    matches = text(f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH :text_phrase")
    return C.id.in_(matches)


def _bind_values(values: dict[str, Any]) -> dict[str, Any]:
    if "text_index" in values:
        raw = values.pop("text_index")
        values["text_phrase"] = _phrase(raw)
        values["text_pattern"] = _like_pattern(raw)
    return values


def filtered(statement: Select[Any], query: ListQuery, dialect: str) -> Select[Any]:
    """``statement`` restricted to the orders ``query`` matches, its values bound (one-off statements, tests)."""
    shape, values = _shape_and_values(query)
    return statement.where(and_(true(), *_clauses(shape, dialect))).params(_bind_values(values))


# -- pages by keyset ---------------------------------------------------------------------------------------


def _segments(query: ListQuery, forward: bool) -> list[bool]:
    """The segments in reading order, as "empty?" flags: ascending reads values, then empties."""
    if query.sort not in NULLABLE_SORTS:
        return [False]
    ascending = query.descending != forward  # reading backward through a descending list is ascending
    return [False, True] if ascending else [True, False]


def _order(sort: SortField, empty: bool, ascending: bool) -> list[Any]:
    column = SORT_COLUMNS[sort]
    if empty or sort is SortField.NUMBER:
        return [C.number.asc() if ascending else C.number.desc()]
    return [column.asc(), C.number.asc()] if ascending else [column.desc(), C.number.desc()]


_SELECT_COLUMNS = [type_coerce(C[name], NULLTYPE).label(name) for name in SELECTED]


@lru_cache(maxsize=256)
def _page_statement(
    shape: tuple[str, ...], dialect: str, sort: SortField, empty: bool, ascending: bool, seek: bool
) -> Select[Any]:
    where = _clauses(shape, dialect)
    column = SORT_COLUMNS[sort]
    if sort in NULLABLE_SORTS:
        where.append(column.is_(None) if empty else column.is_not(None))
    if seek:
        after_number = bindparam("after_number", type_=C.number.type)
        if empty or sort is SortField.NUMBER:
            where.append(C.number > after_number if ascending else C.number < after_number)
        else:
            pair = tuple_(column, C.number)
            # The value comes from a row read before: compared as stored, never refused as input is.
            seek_type = column.type.impl if isinstance(column.type, Labelled) else column.type
            bound = tuple_(bindparam("after_value", type_=seek_type), after_number)
            where.append(pair > bound if ascending else pair < bound)
    statement = select(*_SELECT_COLUMNS).where(and_(true(), *where)).order_by(*_order(sort, empty, ascending))
    return statement.limit(bindparam("page_limit", type_=C.number.type))


def _converter(dialect: str) -> Callable[[Sequence[Any]], ListRow]:
    """Turns a fetched row into a ListRow: a few microseconds, since every page runs it on each row."""
    if dialect == "sqlite":
        parse_datetime = datetime.fromisoformat
        parse_date = date.fromisoformat
        make = tuple.__new__

        def convert(values: Sequence[Any]) -> ListRow:
            (number, kind, status, priority, title, client, building, assignee, created, due, balance, impact,
             call_kind) = values
            return make(  # type: ignore[no-any-return]
                ListRow,
                (
                    number,
                    kind,
                    status,
                    priority,
                    title,
                    client,
                    building,
                    assignee,
                    parse_datetime(created + "+00:00"),  # stored as naive UTC
                    parse_date(due) if due is not None else None,
                    Decimal(repr(balance)) if balance.__class__ is float else Decimal(balance),
                    impact,
                    call_kind,
                ),
            )

        return convert

    def convert_native(values: Sequence[Any]) -> ListRow:
        row = ListRow._make(values)
        return row._replace(created_at=row.created_at.astimezone(UTC))

    return convert_native


def _read(bind: Connection | Session, query: ListQuery, forward: bool, after: Key | None, limit: int) -> list[ListRow]:
    connection = _connection(bind)
    query = prepare(connection, query)
    shape, values = _shape_and_values(query)
    values = _bind_values(values)
    segments = _segments(query, forward)
    ascending = query.descending != forward
    if after is not None and after.empty in segments:
        segments = segments[segments.index(after.empty) :]
    rows: list[ListRow] = []
    with time_budget(connection, PAGE_BUDGET_SECONDS):
        _read_segments(connection, query, shape, values, segments, ascending, after, limit, rows)
    return rows


def _read_segments(
    connection: Connection,
    query: ListQuery,
    shape: tuple[str, ...],
    values: dict[str, Any],
    segments: list[bool],
    ascending: bool,
    after: Key | None,
    limit: int,
    rows: list[ListRow],
) -> None:
    dialect = connection.dialect.name
    convert = _converter(dialect)
    for empty in segments:
        cursor = after if after is not None and after.empty == empty else None
        statement = _page_statement(shape, dialect, query.sort, empty, ascending, cursor is not None)
        params = {**values, "page_limit": limit - len(rows)}
        if cursor is not None:
            params["after_number"] = cursor.number
            params["after_value"] = cursor.value
        rows.extend(convert(row) for row in connection.execute(statement, params))
        if len(rows) >= limit:
            break


def page_after(bind: Connection | Session, query: ListQuery, after: Key | None, limit: int) -> list[ListRow]:
    """The ``limit`` rows that follow ``after`` (the first rows when None)."""
    return _read(bind, query, True, after, limit)


def page_before(bind: Connection | Session, query: ListQuery, before: Key | None, limit: int) -> list[ListRow]:
    """The ``limit`` rows that precede ``before`` (the last rows when None), in list order."""
    rows = _read(bind, query, False, before, limit)
    rows.reverse()
    return rows


def key_at(bind: Connection | Session, query: ListQuery, position: int) -> Key | None:
    """The key of the row at ``position``, to seek to a far place in the list (a jump of the scrollbar).

    It walks the sort index only, not the rows' pages; list pages are then read from that key by keyset.
    None when no row stands there: before the first one, or past the last.
    """
    if position < 0:
        return None
    connection = _connection(bind)
    query = prepare(connection, query)
    shape, values = _shape_and_values(query)
    values = _bind_values(values)
    with time_budget(connection, PAGE_BUDGET_SECONDS):
        return _key_at(connection, query, position, shape, values)


def _key_at(
    connection: Connection, query: ListQuery, position: int, shape: tuple[str, ...], values: dict[str, Any]
) -> Key | None:
    dialect = connection.dialect.name
    column = SORT_COLUMNS[query.sort]
    skipped = 0
    for empty in _segments(query, True):
        where = _clauses(shape, dialect)
        if query.sort in NULLABLE_SORTS:
            where.append(column.is_(None) if empty else column.is_not(None))
        matching = and_(true(), *where)
        count_ = connection.execute(select(func.count()).select_from(TABLE).where(matching), values).scalar() or 0
        if position - skipped < count_:
            order = _order(query.sort, empty, not query.descending)
            statement = select(column, C.number).where(matching).order_by(*order).offset(position - skipped).limit(1)
            row = connection.execute(statement, values).first()
            if row is None:
                return None
            return Key(empty, None if empty else _key_value(query.sort, row[0]), row[1])
        skipped += count_
    return None


def _key_value(sort: SortField, value: Any) -> Any:
    """A sort value as the list's rows hold it (a key from key_at must equal one from key_of)."""
    if sort is SortField.CREATED and value is not None:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def count(bind: Connection | Session, query: ListQuery, cap: int | None = None) -> int:
    """How many orders match; with ``cap``, stop counting past it (the caller shows "more than cap")."""
    connection = _connection(bind)
    query = prepare(connection, query)
    shape, values = _shape_and_values(query)
    values = _bind_values(values)
    matching = select(C.id).where(and_(true(), *_clauses(shape, connection.dialect.name)))
    if cap is not None:
        matching = matching.limit(cap + 1)
    with time_budget(connection, COUNT_BUDGET_SECONDS):
        return connection.execute(select(func.count()).select_from(matching.subquery()), values).scalar() or 0


def rows_by_number(bind: Connection | Session, numbers: Sequence[int]) -> dict[int, ListRow]:
    """Fresh rows for the given numbers (after a change elsewhere); missing ones were deleted."""
    if not numbers:
        return {}
    connection = _connection(bind)
    convert = _converter(connection.dialect.name)
    statement = select(*_SELECT_COLUMNS).where(C.number.in_(bindparam("numbers", expanding=True)))
    rows = (convert(values) for values in connection.execute(statement, {"numbers": sorted(set(numbers))}))
    return {row.number: row for row in rows}


def iter_rows(db: Database, query: ListQuery, batch: int = 1000) -> Iterator[ListRow]:
    """Every matching row in list order, a page at a time (exports): memory stays bounded."""
    check_whole_number(batch, 1)
    after: Key | None = None
    with db.engine.connect() as connection:
        query = prepare(connection, query)
    while True:
        with db.engine.connect() as connection:
            page = page_after(connection, query, after, batch)
        yield from page
        if len(page) < batch:
            return
        after = query.key_of(page[-1])


__all__ = [
    "Key",
    "ListQuery",
    "ListRow",
    "TextMode",
    "count",
    "iter_rows",
    "key_at",
    "page_after",
    "page_before",
    "prepare",
    "rows_by_number",
]
