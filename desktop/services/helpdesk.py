"""Reading the helpdesk list: filtered, sorted pages of work orders by keyset (seek), never OFFSET.

Every sort is (column, number) in one direction, and one (column, number) index serves it. Columns that may
be empty (assignee, due date) sort their empty rows last when ascending and first when descending, the same on
SQLite and PostgreSQL: the order is read as two segments, the rows with a value and the rows without.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any, NamedTuple

from dateutil import tz
from sqlalchemy import ColumnElement, Select, String, and_, cast, false, func, or_, select, text, true, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.db.search import MIN_INDEXED_LENGTH, SQLITE_TABLE, postgres_search_text
from desktop.domain.listing import AssigneeChoice, ListFilter, SortField
from desktop.domain.workorders import OPEN_STATUSES


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


class Key(NamedTuple):
    """Where a row stands in the order: its segment (without a value?), its sort value and its number."""

    empty: bool
    value: Any
    number: int


LIST_COLUMNS = (
    WorkOrder.number,
    WorkOrder.type,
    WorkOrder.status,
    WorkOrder.priority,
    WorkOrder.title,
    WorkOrder.client_name,
    WorkOrder.building_name,
    WorkOrder.assignee_name,
    WorkOrder.created_at,
    WorkOrder.due_date,
    WorkOrder.balance,
)

SORT_COLUMNS: dict[SortField, InstrumentedAttribute[Any]] = {
    SortField.NUMBER: WorkOrder.number,
    SortField.TYPE: WorkOrder.type,
    SortField.STATUS: WorkOrder.status,
    SortField.PRIORITY: WorkOrder.priority,
    SortField.TITLE: WorkOrder.title,
    SortField.CLIENT: WorkOrder.client_name,
    SortField.BUILDING: WorkOrder.building_name,
    SortField.ASSIGNEE: WorkOrder.assignee_name,
    SortField.CREATED: WorkOrder.created_at,
    SortField.DUE: WorkOrder.due_date,
}
NULLABLE_SORTS = frozenset({SortField.ASSIGNEE, SortField.DUE})
# Position of each sort value in a ListRow, to read a row's key.
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


# -- the WHERE clause ------------------------------------------------------------------------------------


def _start_of_day(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, zone)


def conditions(query: ListQuery, dialect: str) -> list[ColumnElement[bool]]:
    f = query.filter
    where: list[ColumnElement[bool]] = []
    if f.statuses:
        where.append(WorkOrder.status.in_(sorted(f.statuses)))
    if f.types:
        where.append(WorkOrder.type.in_(sorted(f.types)))
    if f.priorities:
        where.append(WorkOrder.priority.in_(sorted(int(p) for p in f.priorities)))
    if f.assignee is AssigneeChoice.ME:
        where.append(WorkOrder.assignee_id == query.user_id if query.user_id is not None else false())
    elif f.assignee is AssigneeChoice.UNASSIGNED:
        where.append(WorkOrder.assignee_id.is_(None))
    elif f.assignee is AssigneeChoice.USER:
        where.append(WorkOrder.assignee_id == f.assignee_id)
    if f.client_id is not None:
        where.append(WorkOrder.client_id == f.client_id)
    if f.building_id is not None:
        where.append(WorkOrder.building_id == f.building_id)
    if f.created_from is not None:
        where.append(WorkOrder.created_at >= _start_of_day(f.created_from, query.timezone))
    if f.created_to is not None:
        where.append(WorkOrder.created_at < _start_of_day(f.created_to + timedelta(days=1), query.timezone))
    if f.due_from is not None:
        where.append(WorkOrder.due_date >= f.due_from)
    if f.due_to is not None:
        where.append(WorkOrder.due_date <= f.due_to)
    if f.overdue_only:
        where.append(WorkOrder.due_date < query.today)
        where.append(WorkOrder.status.in_(sorted(OPEN_STATUSES)))
    if f.text:
        where.append(text_condition(f.text, dialect))
    return where


def _like_pattern(text_: str) -> str:
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def text_condition(text_: str, dialect: str) -> ColumnElement[bool]:
    """Free text over number, title and building, served by the text-search index."""
    if dialect == "postgresql":
        return postgres_search_text().ilike(_like_pattern(text_), escape="\\")
    if len(text_) >= MIN_INDEXED_LENGTH:
        phrase = '"' + text_.replace('"', '""') + '"'
        matches = text(f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH :phrase").bindparams(
            phrase=phrase
        )
        return WorkOrder.id.in_(matches)
    # Too short for trigrams: a plain scan, which stops at the first page's rows.
    pattern = _like_pattern(text_)
    return or_(
        WorkOrder.title.ilike(pattern, escape="\\"),
        WorkOrder.building_name.ilike(pattern, escape="\\"),
        cast(WorkOrder.number, String).like(pattern, escape="\\"),
    )


# -- pages by keyset -------------------------------------------------------------------------------------


def _segments(query: ListQuery, forward: bool) -> list[bool]:
    """The segments in reading order, as "empty?" flags: ascending reads values, then empties."""
    if query.sort not in NULLABLE_SORTS:
        return [False]
    ascending = query.descending != forward  # reading backward through a descending list is ascending
    return [False, True] if ascending else [True, False]


def _segment_statement(
    query: ListQuery, dialect: str, empty: bool, ascending: bool, after: Key | None, limit: int
) -> Select[Any]:
    column = SORT_COLUMNS[query.sort]
    where = conditions(query, dialect)
    if query.sort in NULLABLE_SORTS:
        where.append(column.is_(None) if empty else column.is_not(None))
    if empty:
        order = [WorkOrder.number.asc() if ascending else WorkOrder.number.desc()]
        if after is not None and after.empty:
            where.append(WorkOrder.number > after.number if ascending else WorkOrder.number < after.number)
    elif column is WorkOrder.number:
        order = [WorkOrder.number.asc() if ascending else WorkOrder.number.desc()]
        if after is not None:
            where.append(WorkOrder.number > after.number if ascending else WorkOrder.number < after.number)
    else:
        order = [column.asc(), WorkOrder.number.asc()] if ascending else [column.desc(), WorkOrder.number.desc()]
        if after is not None and not after.empty:
            pair = tuple_(column, WorkOrder.number)
            bound = tuple_(after.value, after.number)
            where.append(pair > bound if ascending else pair < bound)
    return select(*LIST_COLUMNS).where(and_(true(), *where)).order_by(*order).limit(limit)


def _read(session: Session, query: ListQuery, forward: bool, after: Key | None, limit: int) -> list[ListRow]:
    dialect = session.get_bind().dialect.name
    segments = _segments(query, forward)
    ascending = query.descending != forward
    if after is not None and after.empty in segments:
        segments = segments[segments.index(after.empty) :]
    rows: list[ListRow] = []
    for empty in segments:
        cursor = after if after is not None and after.empty == empty else None
        statement = _segment_statement(query, dialect, empty, ascending, cursor, limit - len(rows))
        rows.extend(ListRow(*row) for row in session.execute(statement))
        if len(rows) >= limit:
            break
    return rows


def page_after(session: Session, query: ListQuery, after: Key | None, limit: int) -> list[ListRow]:
    """The ``limit`` rows that follow ``after`` (the first rows when None)."""
    return _read(session, query, True, after, limit)


def page_before(session: Session, query: ListQuery, before: Key | None, limit: int) -> list[ListRow]:
    """The ``limit`` rows that precede ``before`` (the last rows when None), in list order."""
    rows = _read(session, query, False, before, limit)
    rows.reverse()
    return rows


def key_at(session: Session, query: ListQuery, position: int) -> Key | None:
    """The key of the row at ``position``, to seek to a far place in the list (a jump of the scrollbar).

    It walks the sort index only, not the rows' pages; list pages are then read from that key by keyset.
    """
    dialect = session.get_bind().dialect.name
    column = SORT_COLUMNS[query.sort]
    skipped = 0
    for empty in _segments(query, True):
        where = conditions(query, dialect)
        ascending = not query.descending
        if query.sort in NULLABLE_SORTS:
            where.append(column.is_(None) if empty else column.is_not(None))
        if empty or column is WorkOrder.number:
            order = [WorkOrder.number.asc() if ascending else WorkOrder.number.desc()]
        else:
            order = [column.asc(), WorkOrder.number.asc()] if ascending else [column.desc(), WorkOrder.number.desc()]
        count = session.scalar(select(func.count()).select_from(WorkOrder).where(and_(true(), *where))) or 0
        if position - skipped < count:
            row = session.execute(
                select(column, WorkOrder.number)
                .where(and_(true(), *where))
                .order_by(*order)
                .offset(position - skipped)
                .limit(1)
            ).first()
            if row is None:
                return None
            return Key(empty, None if empty else row[0], row[1])
        skipped += count
    return None


def count(session: Session, query: ListQuery, cap: int | None = None) -> int:
    """How many orders match; with ``cap``, stop counting past it (the caller shows "more than cap")."""
    dialect = session.get_bind().dialect.name
    matching = select(WorkOrder.id).where(and_(true(), *conditions(query, dialect)))
    if cap is not None:
        matching = matching.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(matching.subquery())) or 0


def rows_by_number(session: Session, numbers: Sequence[int]) -> dict[int, ListRow]:
    """Fresh rows for the given numbers (after a change elsewhere); missing ones were deleted."""
    if not numbers:
        return {}
    statement = select(*LIST_COLUMNS).where(WorkOrder.number.in_(sorted(set(numbers))))
    return {row.number: row for row in (ListRow(*values) for values in session.execute(statement))}


def iter_rows(db: Database, query: ListQuery, batch: int = 1000) -> Iterator[ListRow]:
    """Every matching row in list order, a page at a time (exports): memory stays bounded."""
    after: Key | None = None
    while True:
        with db.reading() as session:
            page = page_after(session, query, after, batch)
        yield from page
        if len(page) < batch:
            return
        after = query.key_of(page[-1])
