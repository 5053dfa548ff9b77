"""The period table of the building-period editor: one row per financial period of the previewed schedule."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.ppm.changes import Field, ScheduleChanges
from desktop.domain.ppm.schedule import SchedulePeriod, SchedulePreview
from desktop.ui.i18n import formatter, short_date_format, translate_message
from desktop.ui.icons import overdue_icon
from desktop.ui.ppm.period_text import field_value

PARTIAL_BACKGROUND = QColor("#dff3df")
CHANGED_BACKGROUND = QColor("#ffe2b8")  # a cell that saving changes
INVALID_FOREGROUND = QColor("#b00020")
LINK_FOREGROUND = QColor("#1a5fb4")

Index = QModelIndex | QPersistentModelIndex


class PeriodColumn(enum.IntEnum):
    FINANCIAL_START = 0
    FINANCIAL_END = 1
    VISIT_START = 2
    VISIT_END = 3
    INVOICED = 4
    CLOSED = 5
    CERTIFICATE = 6
    STATUS = 7
    OVERALL = 8
    AUTO_GENERATION = 9
    WORK_ORDER = 10
    SUMMARY = 11


CHECK_COLUMNS = (PeriodColumn.INVOICED, PeriodColumn.CLOSED, PeriodColumn.CERTIFICATE)
DATE_COLUMNS = (PeriodColumn.VISIT_START, PeriodColumn.VISIT_END)
# The cells that show each value a change may concern.
FIELD_COLUMNS: dict[Field, tuple[PeriodColumn, ...]] = {
    Field.FINANCIAL_END: (PeriodColumn.FINANCIAL_END,),
    Field.VISIT: (PeriodColumn.VISIT_START, PeriodColumn.VISIT_END),
    Field.INVOICED: (PeriodColumn.INVOICED,),
    Field.CLOSED: (PeriodColumn.CLOSED,),
    Field.CERTIFICATE: (PeriodColumn.CERTIFICATE,),
    Field.PARTIAL: (PeriodColumn.FINANCIAL_START,),
    Field.VALID: (PeriodColumn.STATUS,),
    Field.OVERALL: (PeriodColumn.OVERALL,),
    Field.GENERATION_DATE: (PeriodColumn.AUTO_GENERATION,),
    Field.ORDER: (PeriodColumn.WORK_ORDER,),
}


def explanation_text(period: SchedulePeriod) -> str:
    """The Summary link's text in the UI language: why the period is what it is, and what saving does."""
    return " ".join(translate_message(message) for message in period.explanation).strip()


class PeriodsModel(QAbstractTableModel):
    """Read-only except the visit dates of periods whose window may be set by hand."""

    visitEdited = Signal(date, date, date)  # financial start, visit start, visit end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: tuple[SchedulePeriod, ...] = ()
        self.marks: dict[tuple[int, int], str] = {}
        # Made once: data() runs for every cell painted.
        self.link_font = QFont()
        self.link_font.setUnderline(True)
        self.invalid_font = QFont()
        self.invalid_font.setBold(True)

    def show(self, schedule: SchedulePreview, changes: ScheduleChanges | None = None, stored: bool = False) -> None:
        """Show the periods of ``schedule``, the cells that ``changes`` concerns marked: ``stored``, the periods
        shown are the stored ones and the tooltips give the values saved; else the other way round."""
        self.beginResetModel()
        self.periods = schedule.periods
        self.marks = self._marks(changes, stored) if changes is not None else {}
        self.endResetModel()

    def _marks(self, changes: ScheduleChanges, stored: bool) -> dict[tuple[int, int], str]:
        """(row, column) -> tooltip of the marked cells."""
        marks: dict[tuple[int, int], str] = {}
        for row, period in enumerate(self.periods):
            change = changes.of(period.financial_start)
            if change is None:
                continue
            other = change.new if stored else change.old
            if other is None:
                text = (
                    QCoreApplication.translate("PeriodsModel", "Re-planned, this period is no longer listed.")
                    if stored
                    else QCoreApplication.translate("PeriodsModel", "New period, not stored yet.")
                )
                marks.update(((row, column), text) for column in PeriodColumn)
                continue
            template = (
                QCoreApplication.translate("PeriodsModel", "Re-planned: {value}")
                if stored
                else QCoreApplication.translate("PeriodsModel", "Stored: {value}")
            )
            for field in change.fields:
                text = template.format(value=field_value(other, field))
                for column in FIELD_COLUMNS[field]:
                    marks[(row, column)] = text if (row, column) not in marks else f"{marks[(row, column)]}\n{text}"
        return marks

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(PeriodColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PeriodColumn.FINANCIAL_START: QCoreApplication.translate("PeriodsModel", "Financial start"),
            PeriodColumn.FINANCIAL_END: QCoreApplication.translate("PeriodsModel", "Financial end"),
            PeriodColumn.VISIT_START: QCoreApplication.translate("PeriodsModel", "Visit start"),
            PeriodColumn.VISIT_END: QCoreApplication.translate("PeriodsModel", "Visit end"),
            PeriodColumn.INVOICED: QCoreApplication.translate("PeriodsModel", "Inv"),
            PeriodColumn.CLOSED: QCoreApplication.translate("PeriodsModel", "Closed"),
            PeriodColumn.CERTIFICATE: QCoreApplication.translate("PeriodsModel", "Cert"),
            PeriodColumn.STATUS: QCoreApplication.translate("PeriodsModel", "Status"),
            PeriodColumn.OVERALL: QCoreApplication.translate("PeriodsModel", "Overall status"),
            PeriodColumn.AUTO_GENERATION: QCoreApplication.translate("PeriodsModel", "Auto-generation"),
            PeriodColumn.WORK_ORDER: QCoreApplication.translate("PeriodsModel", "Work order"),
            PeriodColumn.SUMMARY: QCoreApplication.translate("PeriodsModel", "Summary"),
        }[PeriodColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in DATE_COLUMNS:
            period = self.periods[index.row()]
            if period.visit_editable and period.visit_start is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        period = self.periods[index.row()]
        column = PeriodColumn(index.column())
        fmt = formatter()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(period, column, fmt)
        if role == Qt.ItemDataRole.EditRole and column in DATE_COLUMNS:
            return period.visit_start if column is PeriodColumn.VISIT_START else period.visit_end
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_COLUMNS:
            value = {
                PeriodColumn.INVOICED: period.invoiced,
                PeriodColumn.CLOSED: period.closed,
                PeriodColumn.CERTIFICATE: period.certificate_required,
            }[column]
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if (index.row(), index.column()) in self.marks:
                return QBrush(CHANGED_BACKGROUND)
            if period.partial:
                return QBrush(PARTIAL_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is PeriodColumn.STATUS and not period.valid:
                return QBrush(INVALID_FOREGROUND)
            if column in (PeriodColumn.SUMMARY, PeriodColumn.WORK_ORDER):
                return QBrush(LINK_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            if column in (PeriodColumn.SUMMARY, PeriodColumn.WORK_ORDER):
                return self.link_font
            if column is PeriodColumn.STATUS and not period.valid:
                return self.invalid_font
        if role == Qt.ItemDataRole.DecorationRole and column is PeriodColumn.STATUS and not period.valid:
            return overdue_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = self.marks.get((index.row(), index.column()))
            if mark is not None:
                return mark
            if column is PeriodColumn.SUMMARY or (column is PeriodColumn.STATUS and not period.valid):
                return explanation_text(period)
            if period.partial:
                return QCoreApplication.translate("PeriodsModel", "Partial period")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PeriodColumn.WORK_ORDER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(period: SchedulePeriod, column: PeriodColumn, fmt: Any) -> str | None:
        if column is PeriodColumn.FINANCIAL_START:
            return fmt.date(period.financial_start)
        if column is PeriodColumn.FINANCIAL_END:
            return fmt.date(period.financial_end)
        if column is PeriodColumn.VISIT_START:
            return fmt.date(period.visit_start)
        if column is PeriodColumn.VISIT_END:
            return fmt.date(period.visit_end)
        if column is PeriodColumn.STATUS:
            return (
                QCoreApplication.translate("PeriodsModel", "Valid")
                if period.valid
                else QCoreApplication.translate("PeriodsModel", "Invalid")
            )
        if column is PeriodColumn.OVERALL:
            return translate_message(period.overall_label)
        if column is PeriodColumn.AUTO_GENERATION:
            return fmt.date(period.auto_generation_date)
        if column is PeriodColumn.WORK_ORDER:
            return str(period.order.number) if period.order is not None else ""
        if column is PeriodColumn.SUMMARY:
            return QCoreApplication.translate("PeriodsModel", "Summary")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if not isinstance(value, date):
            return False
        period = self.periods[index.row()]
        assert period.visit_start is not None and period.visit_end is not None
        start, end = period.visit_start, period.visit_end
        if index.column() == PeriodColumn.VISIT_START:
            start = value
        else:
            end = value
        if (start, end) == (period.visit_start, period.visit_end):
            return False
        # The dialog re-plans with the new window and shows the model again.
        self.visitEdited.emit(period.financial_start, start, end)
        return True


class VisitDateDelegate(QStyledItemDelegate):
    """A calendar date editor, limited to the period of the row."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QDateEdit(parent)
        editor.setDisplayFormat(short_date_format())
        editor.setCalendarPopup(True)
        model = index.model()
        assert isinstance(model, PeriodsModel)
        period = model.periods[index.row()]
        editor.setDateRange(period.financial_start, period.financial_end)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, date):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)
