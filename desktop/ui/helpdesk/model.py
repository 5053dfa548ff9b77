"""The helpdesk list's item model: a window onto the database, a block of rows at a time.

Row count is the number of matching orders (counted in a worker thread), so the scrollbar shows the true
extent. Rows are read in blocks by keyset from a neighbouring block already held, or, after a jump of the
scrollbar, from a key found in a worker thread. Only a bounded number of blocks is held; each is formatted
once when it arrives, so ``data()`` only looks values up.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.workorders import OPEN_STATUSES, Status
from desktop.services import helpdesk
from desktop.services.helpdesk import Key, ListQuery, ListRow
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.icons import OVERDUE_COLOUR, overdue_icon, status_icon
from desktop.ui.labels import impact_label, kind_label, priority_label, status_label, type_label

BLOCK_ROWS = 100
MAX_BLOCKS = 30
COUNT_CAP = 1_000_000

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NUMBER = 0
    TYPE = enum.auto()
    STATUS = enum.auto()
    PRIORITY = enum.auto()
    TITLE = enum.auto()
    CLIENT = enum.auto()
    BUILDING = enum.auto()
    ASSIGNEE = enum.auto()
    CREATED = enum.auto()
    DUE = enum.auto()
    IMPACT = enum.auto()
    KIND = enum.auto()


# Shown once the agent asks for them (View > Columns, or the header's menu).
HIDDEN_BY_DEFAULT = frozenset({Column.IMPACT, Column.KIND})

COLUMN_SORT: dict[Column, SortField] = {
    Column.NUMBER: SortField.NUMBER,
    Column.TYPE: SortField.TYPE,
    Column.STATUS: SortField.STATUS,
    Column.PRIORITY: SortField.PRIORITY,
    Column.TITLE: SortField.TITLE,
    Column.CLIENT: SortField.CLIENT,
    Column.BUILDING: SortField.BUILDING,
    Column.ASSIGNEE: SortField.ASSIGNEE,
    Column.CREATED: SortField.CREATED,
    Column.DUE: SortField.DUE,
}  # the impact and kind columns do not sort: no index serves them
SORT_COLUMN = {field: column for column, field in COLUMN_SORT.items()}


@dataclass(frozen=True)
class Cells:
    """One row as the view shows it, prepared when its block arrives."""

    row: ListRow
    text: tuple[str, ...]
    status_icon: QIcon
    overdue: bool


def _cells(row: ListRow, today: date) -> Cells:
    fmt = formatter()
    status = Status(row.status)
    return Cells(
        row=row,
        text=(
            str(row.number),
            type_label(row.type),
            status_label(status),
            priority_label(row.priority),
            row.title,
            row.client,
            row.building,
            row.assignee or "",
            fmt.datetime(row.created_at),
            fmt.date(row.due_date),
            impact_label(row.impact),  # older free text as it is
            kind_label(row.kind),
        ),
        status_icon=status_icon(status),
        overdue=row.due_date is not None and row.due_date < today and status in OPEN_STATUSES,
    )


class _Results(QObject):
    """Carries worker-thread results to the model's thread."""

    counted = Signal(int, int)  # generation, count
    block = Signal(int, int, object)  # generation, block index, list[ListRow]
    failed = Signal(int, str)


class HelpdeskModel(QAbstractTableModel):
    countChanged = Signal(int, bool)  # how many orders match, whether that is a lower bound (capped)
    queryChanged = Signal(object)  # the ListFilter now shown (its sort included)
    loadFailed = Signal(str)

    def __init__(self, db: Database, user_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user_id = user_id
        self._filter = ListFilter()
        self._query = ListQuery.of(self._filter, user_id)
        self._generation = 0
        self._blocks: dict[int, list[Cells]] = {}
        self._rows = 0
        self._counted = False
        self._capped = False
        self._wanted: set[int] = set()
        self._seeking: set[int] = set()
        self._focus = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._results = _Results(self)
        self._results.counted.connect(self._on_counted)
        self._results.block.connect(self._on_block)
        self._results.failed.connect(self._on_failed)
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.setInterval(0)
        self._loader.timeout.connect(self._load_wanted)
        self._roles: dict[int, Callable[[Cells, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda cells, column: cells.text[column],
            Qt.ItemDataRole.DecorationRole: self._decoration,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
        }
        self._overdue_brush = QBrush(QColor(OVERDUE_COLOUR))
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown --------------------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def count_known(self) -> bool:
        return self._counted

    @property
    def capped(self) -> bool:
        return self._capped

    def cached_rows(self) -> int:
        """How many rows the model holds in memory now."""
        return sum(len(block) for block in self._blocks.values())

    def set_filter(self, list_filter: ListFilter) -> None:
        """Show ``list_filter``: the first block is read at once, the count arrives later."""
        with self._db.engine.connect() as session:
            query = helpdesk.prepare(session, ListQuery.of(list_filter, self._user_id))
            first = helpdesk.page_after(session, query, None, BLOCK_ROWS)
        self.beginResetModel()
        self._generation += 1
        self._filter = list_filter
        self._query = query
        self._blocks = {0: self._prepare(first)}
        self._wanted.clear()
        self._seeking.clear()
        self._focus = 0
        self._counted = len(first) < BLOCK_ROWS
        self._capped = False
        self._rows = len(first)
        self.endResetModel()
        self.queryChanged.emit(list_filter)
        self.countChanged.emit(self._rows, not self._counted)
        if not self._counted:
            self._start_count()

    def reload(self) -> None:
        """Read everything again (F5), keeping the rows' places: the view keeps its scroll and selection."""
        self._generation += 1
        self._blocks.clear()
        self._seeking.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(Column) - 1))
        self._counted = False
        self._start_count()

    def refresh_numbers(self, numbers: Iterable[int]) -> None:
        """Re-read the given orders where they are held (after a change made elsewhere). An order that no longer
        exists (deleted) leaves the list: everything is read again in place (see :meth:`reload`)."""
        wanted = set(numbers)
        places = {
            cells.row.number: (block, offset)
            for block, rows in self._blocks.items()
            for offset, cells in enumerate(rows)
            if cells.row.number in wanted
        }
        if not places:
            return
        with self._db.engine.connect() as session:
            fresh = helpdesk.rows_by_number(session, list(places))
        if len(fresh) < len(places):
            self.reload()
            return
        today = date.today()
        for number, (block, offset) in places.items():
            if number in fresh:
                self._blocks[block][offset] = _cells(fresh[number], today)
                row = block * BLOCK_ROWS + offset
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def retranslate(self) -> None:
        """Labels and formats follow the language: re-format what is held, no query."""
        today = date.today()
        for block, rows in self._blocks.items():
            self._blocks[block] = [_cells(cells.row, today) for cells in rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def row_at(self, row: int) -> ListRow | None:
        block = self._blocks.get(row // BLOCK_ROWS)
        offset = row % BLOCK_ROWS
        return block[offset].row if block is not None and offset < len(block) else None

    def number_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.number if found is not None else None

    def row_of(self, number: int) -> int | None:
        for block, rows in self._blocks.items():
            for offset, cells in enumerate(rows):
                if cells.row.number == number:
                    return block * BLOCK_ROWS + offset
        return None

    # -- Qt model interface ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        block = self._blocks.get(row // BLOCK_ROWS)
        if block is None:
            self._want(row // BLOCK_ROWS)
            return self._loading_text if role == Qt.ItemDataRole.DisplayRole and index.column() == 1 else None
        offset = row % BLOCK_ROWS
        if offset >= len(block):
            return None
        answer = self._roles.get(role)
        return answer(block[offset], index.column()) if answer is not None else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(Column(section))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = COLUMN_SORT.get(Column(column))
        if field is None:  # a column that does not sort: the view puts its indicator back (queryChanged)
            self.queryChanged.emit(self._filter)
            return
        wanted = Sort(field, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._filter.sort:
            self.set_filter(replace(self._filter, sort=wanted))

    def column_title(self, column: Column) -> str:
        titles = {
            Column.NUMBER: self.tr("Number"),
            Column.TYPE: self.tr("Type"),
            Column.STATUS: self.tr("Status"),
            Column.PRIORITY: self.tr("Priority"),
            Column.TITLE: self.tr("Title"),
            Column.CLIENT: self.tr("Client"),
            Column.BUILDING: self.tr("Building"),
            Column.ASSIGNEE: self.tr("Assignee"),
            Column.CREATED: self.tr("Created"),
            Column.DUE: self.tr("Due"),
            Column.IMPACT: self.tr("Impact"),
            Column.KIND: self.tr("Kind"),
        }
        return titles[column]

    @property
    def _loading_text(self) -> str:
        return self.tr("Loading…")

    # -- roles ----------------------------------------------------------------------------------------
    def _decoration(self, cells: Cells, column: int) -> QIcon | None:
        if column == Column.STATUS:
            return cells.status_icon
        if column == Column.DUE and cells.overdue:
            return overdue_icon()
        return None

    def _foreground(self, cells: Cells, column: int) -> QBrush | None:
        return self._overdue_brush if cells.overdue and column == Column.DUE else None

    def _font(self, cells: Cells, column: int) -> QFont | None:
        return self._bold if cells.overdue and column == Column.DUE else None

    def _tooltip(self, cells: Cells, column: int) -> str | None:
        if column == Column.DUE and cells.overdue:
            return self.tr("Overdue: due {date}").format(date=cells.text[Column.DUE])
        if column in (Column.TITLE, Column.BUILDING, Column.CLIENT, Column.IMPACT):
            return cells.text[column]
        return None

    def _alignment(self, cells: Cells, column: int) -> int | None:
        if column == Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- loading blocks -------------------------------------------------------------------------------
    def _prepare(self, rows: list[ListRow]) -> list[Cells]:
        today = date.today()
        return [_cells(row, today) for row in rows]

    def _block_size(self, block: int) -> int:
        return max(0, min(BLOCK_ROWS, self._rows - block * BLOCK_ROWS))

    def _want(self, block: int) -> None:
        if block in self._wanted or block in self._seeking:
            return
        self._wanted.add(block)
        self._focus = block
        if not self._loader.isActive():
            self._loader.start()

    def _load_wanted(self) -> None:
        """Read the blocks the view asked for: by keyset from a neighbour, else seek in a worker."""
        pending = sorted(self._wanted, key=lambda block: abs(block - self._focus))
        self._wanted.clear()
        last = (self._rows - 1) // BLOCK_ROWS if self._rows else 0
        for block in pending:
            if block in self._blocks or block in self._seeking or self._block_size(block) == 0:
                continue
            rows = self._read_near(block, last)
            if rows is None:
                self._seek(block)
            else:
                self._store(block, rows)

    def _read_near(self, block: int, last: int) -> list[ListRow] | None:
        size = self._block_size(block)
        before = self._blocks.get(block - 1)
        after = self._blocks.get(block + 1)
        with self._db.engine.connect() as session:
            if block == 0:
                return helpdesk.page_after(session, self._query, None, size)
            if before and len(before) == BLOCK_ROWS:
                return helpdesk.page_after(session, self._query, self._query.key_of(before[-1].row), size)
            if after:
                return helpdesk.page_before(session, self._query, self._query.key_of(after[0].row), size)
            if block == last and self._counted and not self._capped:
                return helpdesk.page_before(session, self._query, None, size)
        return None

    def _seek(self, block: int) -> None:
        self._seeking.add(block)
        generation, query, size = self._generation, self._query, self._block_size(block)
        position = block * BLOCK_ROWS

        def work() -> None:
            try:
                with self._db.engine.connect() as session:
                    key: Key | None = None
                    if position > 0:
                        key = helpdesk.key_at(session, query, position - 1)
                    rows = helpdesk.page_after(session, query, key, size) if position == 0 or key else []
                self._results.block.emit(generation, block, rows)
            except Exception as error:  # noqa: BLE001 - reported to the window, never lost in the thread
                self._results.failed.emit(generation, _reason(error))

        self._pool.start(work)

    def _on_block(self, generation: int, block: int, rows: list[ListRow]) -> None:
        self._seeking.discard(block)
        if generation == self._generation:
            self._store(block, rows)

    def _store(self, block: int, rows: list[ListRow]) -> None:
        self._blocks[block] = self._prepare(rows)
        self._evict(keep=block)
        first = block * BLOCK_ROWS
        last = min(self._rows, first + BLOCK_ROWS) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _evict(self, keep: int) -> None:
        while len(self._blocks) > MAX_BLOCKS:
            farthest = max((b for b in self._blocks if b != keep), key=lambda b: abs(b - keep))
            del self._blocks[farthest]

    # -- counting -------------------------------------------------------------------------------------
    def _start_count(self) -> None:
        generation, query = self._generation, self._query

        def work() -> None:
            try:
                with self._db.engine.connect() as session:
                    found = helpdesk.count(session, query, COUNT_CAP)
                self._results.counted.emit(generation, found)
            except Exception as error:  # noqa: BLE001 - reported to the window, never lost in the thread
                self._results.failed.emit(generation, _reason(error))

        self._pool.start(work)

    def _on_counted(self, generation: int, found: int) -> None:
        if generation != self._generation:
            return
        capped = found > COUNT_CAP
        rows = min(found, COUNT_CAP)
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            for block in [b for b in self._blocks if b * BLOCK_ROWS >= rows]:
                del self._blocks[block]
            self.endRemoveRows()
        self._counted = True
        self._capped = capped
        self.countChanged.emit(rows, capped)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loadFailed.emit(message)

    def wait_for_workers(self, msecs: int = 5000) -> bool:
        """For tests and shutdown: let running reads finish."""
        return self._pool.waitForDone(msecs)


def _reason(error: Exception) -> str:
    """What the agent reads of a failed read: a BureauError's translated message, else the error's text."""
    return translate_message(error.message) if isinstance(error, BureauError) else str(error)
