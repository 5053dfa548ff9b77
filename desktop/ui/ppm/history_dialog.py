"""A building's schedule history: each change of its stored periods, when, by whom, why, and from what to what."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ppm.history import REASON_LABELS, WHAT_LABELS, What, read_period, read_visit
from desktop.domain.workorders import Status
from desktop.services.ppm.history import HistoryEntry
from desktop.ui.i18n import formatter
from desktop.ui.labels import status_label

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NOTHING = "—"
STATUS_VALUES = frozenset(status.value for status in Status)


def _date(value: date | str) -> str:
    return formatter().date(value if isinstance(value, date) else date.fromisoformat(value))


def value_text(what: What, value: str | None) -> str:
    """A value of the history, stored as language-neutral text, as the agent reads it."""
    if value is None or value == "":
        return NOTHING
    if value in ("true", "false"):
        if what is What.VALID:
            return (
                QCoreApplication.translate("HistoryDialog", "Valid")
                if value == "true"
                else QCoreApplication.translate("HistoryDialog", "Invalid")
            )
        return (
            QCoreApplication.translate("HistoryDialog", "Yes")
            if value == "true"
            else QCoreApplication.translate("HistoryDialog", "No")
        )
    period = read_period(value)
    if period is not None:
        end, window = period
        if window is None:
            return QCoreApplication.translate("HistoryDialog", "until {end}, no visit").format(end=_date(end))
        return QCoreApplication.translate("HistoryDialog", "until {end}, visit {start} to {visit_end}").format(
            end=_date(end), start=_date(window[0]), visit_end=_date(window[1])
        )
    visit = read_visit(value)
    if visit is not None:
        return QCoreApplication.translate("HistoryDialog", "{start} to {end}").format(
            start=_date(visit[0]), end=_date(visit[1])
        )
    if what is What.ORDER_CANCELLED and value.isdigit():
        return QCoreApplication.translate("HistoryDialog", "Work order {number}").format(number=value)
    if what is What.ORDER_CANCELLED and value in STATUS_VALUES:
        return status_label(value)
    return ISO_DATE.sub(lambda found: _date(found.group()), value)


class HistoryDialog(QDialog):
    def __init__(self, building: str, entries: Sequence[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.building = building
        self.entries = list(entries)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("history")
        self.table.setColumnCount(7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(1000, 520)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Schedule history: {building}").format(building=self.building))
        if self.entries:
            self.intro.setText(
                self.tr("Changes to the stored periods of {building}, newest first.").format(building=self.building)
            )
        else:
            self.intro.setText(
                self.tr("No change to the stored periods of {building} has been recorded yet.").format(
                    building=self.building
                )
            )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Why"),
                self.tr("Period"),
                self.tr("What"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        fmt = formatter()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            texts = (
                fmt.datetime(entry.changed_at),
                entry.user if entry.user is not None else self.tr("Automatic"),
                QCoreApplication.translate("PpmHistory", REASON_LABELS[entry.reason]),
                fmt.date(entry.financial_start),
                QCoreApplication.translate("PpmHistory", WHAT_LABELS[entry.what]),
                value_text(entry.what, entry.old),
                value_text(entry.what, entry.new),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
