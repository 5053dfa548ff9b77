"""The open work orders of a building, for the "Already reported?" list of the New work order dialog."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.db.types import utcnow
from desktop.services.lookup_search import OpenOrder
from desktop.ui.i18n import formatter
from desktop.ui.icons import status_icon
from desktop.ui.labels import status_label
from desktop.ui.plurals import DAYS, HOURS, MINUTES, plural

AnyIndex = QModelIndex | QPersistentModelIndex


class OpenColumn(enum.IntEnum):
    NUMBER = 0
    TITLE = enum.auto()
    STATUS = enum.auto()
    AGE = enum.auto()


def duration_text(elapsed: timedelta) -> str:
    """A duration as the agent reads it: minutes under an hour, hours under two days, then days."""
    minutes = max(0, int(elapsed.total_seconds() // 60))
    if minutes < 60:
        return plural(MINUTES, minutes)
    if minutes < 48 * 60:
        return plural(HOURS, minutes // 60)
    return plural(DAYS, minutes // (24 * 60))


class OpenOrdersModel(QAbstractTableModel):
    """Read-only rows (number, title, status, age), formatted once when set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orders: list[OpenOrder] = []
        self._text: list[tuple[str, str, str, str]] = []
        self._tooltips: list[str] = []

    def set_orders(self, orders: Sequence[OpenOrder], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self._format(now or utcnow())
        self.endResetModel()

    def retranslate(self) -> None:
        self._format(utcnow())
        if self._orders:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._orders) - 1, len(OpenColumn) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(OpenColumn) - 1)

    def _format(self, now: datetime) -> None:
        fmt = formatter()
        self._text = [
            (str(order.number), order.title, status_label(order.status), duration_text(now - order.created_at))
            for order in self._orders
        ]
        self._tooltips = [
            self.tr("Work order {number}, “{title}”: {status}, logged {created}. Double-click to open it.").format(
                number=order.number,
                title=order.title,
                status=status_label(order.status),
                created=fmt.datetime(order.created_at, "medium"),
            )
            for order in self._orders
        ]

    def number_at(self, row: int) -> int | None:
        return self._orders[row].number if 0 <= row < len(self._orders) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(OpenColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[row]
        if role == Qt.ItemDataRole.DecorationRole and column == OpenColumn.STATUS:
            return status_icon(self._orders[row].status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OpenColumn.NUMBER, OpenColumn.AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            OpenColumn.NUMBER: self.tr("Number"),
            OpenColumn.TITLE: self.tr("Title"),
            OpenColumn.STATUS: self.tr("Status"),
            OpenColumn.AGE: self.tr("Age"),
        }
        return titles.get(OpenColumn(section)) if 0 <= section < len(OpenColumn) else None


__all__ = ["OpenColumn", "OpenOrdersModel", "duration_text"]
