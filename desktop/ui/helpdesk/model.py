"""The helpdesk list's item model: pages of work orders fetched on demand, formatted once per page."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.db.engine import Database
from desktop.services.helpdesk import ListRow, count_orders, fetch_page
from desktop.ui.i18n import formatter
from desktop.ui.labels import priority_label, status_label, type_label

PAGE_SIZE = 200

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


def _display(row: ListRow) -> tuple[str, ...]:
    fmt = formatter()
    return (
        str(row.number),
        type_label(row.type),
        status_label(row.status),
        priority_label(row.priority),
        row.title,
        row.client,
        row.building,
        row.assignee or "",
        fmt.datetime(row.created_at),
        fmt.date(row.due_date),
    )


class HelpdeskModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[ListRow] = []
        self._display: list[tuple[str, ...]] = []
        self._exhausted = True
        self.total = 0

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._display.clear()
        self.total = count_orders(self._db)
        self._append(self._next_page())
        self.endResetModel()

    def _next_page(self) -> list[ListRow]:
        page = fetch_page(self._db, self._rows[-1].number if self._rows else None, PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        return page

    def _append(self, page: list[ListRow]) -> None:
        self._rows.extend(page)
        self._display.extend(_display(row) for row in page)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page)
            self.endInsertRows()

    def retranslate(self) -> None:
        """Labels and formats follow the language: re-format what is held, no query."""
        self._display = [_display(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._display[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(Column(section))
        return None

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
        }
        return titles[column]

    def number_at(self, row: int) -> int:
        return self._rows[row].number
