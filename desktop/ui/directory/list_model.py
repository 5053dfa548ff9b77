"""The item model of a directory list (clients, buildings, contacts): pages read from the database by keyset.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``); each page starts after the key of the
last row held (:func:`desktop.services.directory_lists.row_key`), so no page is read with an offset and the list
never holds more rows than the agent scrolled through. The number of matching rows is counted apart, up to a cap,
in a worker thread: typing in the search never waits for the count of a long list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services import directory_lists
from desktop.services.directory_lists import DirectoryQuery, RowKey
from desktop.ui.i18n import translate_message

PAGE_ROWS = 200
COUNT_CAP = 1_000_000
ARCHIVED_COLOUR = QColor("#757575")

AnyIndex = QModelIndex | QPersistentModelIndex
ReadPage = Callable[[Database, DirectoryQuery, RowKey | None, int], Sequence[Any]]
Count = Callable[..., int]


class _Results(QObject):
    """Carries the worker thread's count to the model's thread."""

    counted = Signal(int, int)  # generation, count
    failed = Signal(int, object)  # generation, the error


@dataclass(frozen=True)
class ListColumn:
    """A column: its title (translated when asked), its text for a row, and the sort it asks for (None: none)."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    sort: str | None = None


class DirectoryModel(QAbstractTableModel):
    """Rows of one directory list for a :class:`DirectoryQuery`; ``rows_of`` pages, ``count`` counts.

    ``countChanged`` carries the number of matching rows and whether it reached the cap (``count_known`` is False
    while it is being counted, and ``countChanged`` is emitted then too); ``queryChanged`` the
    query now shown (a header click on a column that does not sort emits it too, to put the indicator back);
    ``loadFailed`` the translated message of a read the service refused.
    """

    countChanged = Signal(int, bool)
    queryChanged = Signal(object)
    loadFailed = Signal(str)

    def __init__(
        self,
        db: Database,
        columns: Sequence[ListColumn],
        read_page: ReadPage,
        count: Count,
        parent: QObject | None = None,
        *,
        page_rows: int = PAGE_ROWS,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.columns = list(columns)
        self._read_page = read_page
        self._count = count
        self.page_rows = page_rows
        self._query = DirectoryQuery()
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self._done = True
        self.count = 0
        self.capped = False
        self.count_known = False
        self._generation = 0
        self._pool = QThreadPool(self)  # made before the results: deleted (waiting for its work) before them
        self._pool.setMaxThreadCount(1)
        self._results = _Results(self)
        self._results.counted.connect(self._on_counted)
        self._results.failed.connect(self._on_failed)

    # -- the query ----------------------------------------------------------------------------------------------
    @property
    def query(self) -> DirectoryQuery:
        return self._query

    def set_query(self, query: DirectoryQuery) -> None:
        """Show the rows of ``query`` from the first page."""
        self._query = query
        self.reload()
        self.queryChanged.emit(query)

    def reload(self) -> None:
        """Read the list again from its first page (after an edit, or to see others' changes)."""
        self.beginResetModel()
        self._rows, self._texts, self._done = [], [], False
        self.endResetModel()
        self._recount()
        self.fetchMore(QModelIndex())

    def retranslate(self) -> None:
        self._texts = [self._format(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _recount(self) -> None:
        self._generation += 1
        generation, query, count, db = self._generation, self._query, self._count, self.db
        self.count_known = False
        self.countChanged.emit(self.count, self.capped)

        def work() -> None:
            try:
                found = count(db, query, cap=COUNT_CAP)
            except Exception as error:  # noqa: BLE001 - reported to the list, never lost in the thread
                self._results.failed.emit(generation, error)
            else:
                self._results.counted.emit(generation, found)

        self._pool.start(work)

    def _on_counted(self, generation: int, found: int) -> None:
        if generation != self._generation:
            return  # the count of an older query
        self.count = found
        self.capped = found >= COUNT_CAP
        self.count_known = True
        self.countChanged.emit(found, self.capped)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            message = translate_message(error.message) if isinstance(error, BureauError) else str(error)
            self.loadFailed.emit(message)

    def wait_for_workers(self, msecs: int = 5000) -> bool:
        """For tests and shutdown: let the count running finish."""
        return self._pool.waitForDone(msecs)

    # -- rows -----------------------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        """The row at ``row``, None outside the rows held."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        """Where the row of id ``row_id`` is among the rows held."""
        for position, row in enumerate(self._rows):
            if row.id == row_id:
                return position
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._done:
            return
        after = directory_lists.row_key(self._query, self._rows[-1]) if self._rows else None
        try:
            page = list(self._read_page(self.db, self._query, after, self.page_rows))
        except BureauError as error:
            self._done = True
            self.loadFailed.emit(translate_message(error.message))
            return
        self._done = len(page) < self.page_rows
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._texts.extend(self._format(row) for row in page)
            self.endInsertRows()

    def _format(self, row: Any) -> tuple[str, ...]:
        return tuple(column.text(row) for column in self.columns)

    # -- Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._texts[index.row()][index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        archived = not self._rows[index.row()].active
        if role == Qt.ItemDataRole.ForegroundRole and archived:
            return QBrush(ARCHIVED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].title()
        return None

    def sort_column(self) -> int | None:
        """The column of the query's sort."""
        for position, column in enumerate(self.columns):
            if column.sort == self._query.sort:
                return position
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if wanted is None:  # a column that does not sort: the view puts its indicator back
            self.queryChanged.emit(self._query)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (wanted, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=wanted, descending=descending))


__all__ = ["COUNT_CAP", "PAGE_ROWS", "DirectoryModel", "ListColumn"]
