"""*What changes*: the periods that saving changes in a building's stored schedule, old and new values side by
side, and the site value before and after. Also the confirmation that OK asks for before it saves them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ppm.changes import PeriodChange, ScheduleChanges
from desktop.domain.ppm.schedule import Schedule
from desktop.ui.i18n import formatter
from desktop.ui.ppm.period_text import bounds_text, field_label, field_value, period_line

NOTHING = "—"


class ChangesView(QWidget):
    """The site value before and after, and a table of the periods that change: one line per changed value.

    Its texts are those of the *What changes* dialog (context ChangesDialog), which shows one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesView")
        self.schedule: Schedule | None = None
        self.changes: ScheduleChanges | None = None
        self.site_value = QLabel(self)
        self.site_value.setObjectName("siteValueChange")
        self.site_value.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("changes")
        self.table.setColumnCount(4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.site_value)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_changes(self, schedule: Schedule | None, changes: ScheduleChanges | None) -> None:
        """Show the changes of ``schedule`` (None: nothing)."""
        self.schedule, self.changes = schedule, changes
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ChangesDialog", "Period"),
                QCoreApplication.translate("ChangesDialog", "What"),
                QCoreApplication.translate("ChangesDialog", "Before"),
                QCoreApplication.translate("ChangesDialog", "After"),
            ]
        )
        if self.schedule is None or self.changes is None:
            self.site_value.setText("")
            self.table.setRowCount(0)
            return
        fmt, currency = formatter(), self.schedule.currency
        before, after = self.changes.site_value_before, self.changes.site_value_after
        if before == after:
            self.site_value.setText(
                QCoreApplication.translate("ChangesDialog", "Site value: {value}, unchanged.").format(
                    value=fmt.money(before, currency)
                )
            )
        else:
            self.site_value.setText(
                QCoreApplication.translate("ChangesDialog", "Site value: {before} → {after}").format(
                    before=fmt.money(before, currency), after=fmt.money(after, currency)
                )
            )
        self._fill(self.changes)

    def _fill(self, changes: ScheduleChanges) -> None:
        lines = [line for change in changes.periods for line in self._lines(change)]
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _lines(self, change: PeriodChange) -> list[tuple[str, str, str, str]]:
        """The rows of one period: its bounds on the first one, then what changes, before and after."""
        shown = change.old if change.old is not None else change.new
        assert shown is not None
        bounds = bounds_text(shown)
        if change.old is None:
            assert change.new is not None
            added = QCoreApplication.translate("ChangesDialog", "Period added")
            return [(bounds, added, NOTHING, period_line(change.new))]
        if change.new is None:
            removed = QCoreApplication.translate("ChangesDialog", "Period removed")
            return [(bounds, removed, period_line(change.old), NOTHING)]
        lines = []
        for field in change.fields:
            lines.append(
                (
                    bounds if not lines else "",
                    field_label(field),
                    field_value(change.old, field),
                    field_value(change.new, field),
                )
            )
        return lines

    def fitting_width(self) -> int:
        """The width that shows every column, within reason."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in range(self.table.columnCount()))
        return max(640, min(1100, columns + 60))


class ChangesDialog(QDialog):
    """Lists ``changes``; with ``confirm``, its buttons are *Save these changes* (accept) and *Back* (reject)."""

    def __init__(
        self, schedule: Schedule, changes: ScheduleChanges, confirm: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.schedule = schedule
        self.changes = changes
        self.confirm = confirm
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.view = ChangesView(self)
        self.site_value = self.view.site_value
        self.table = self.view.table
        self.buttons = QDialogButtonBox(self)
        if confirm:
            self.save_button: QPushButton | None = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.setObjectName("saveChanges")
            self.back_button: QPushButton | None = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
            self.back_button.setObjectName("back")
            self.save_button.setDefault(True)
        else:
            self.save_button = self.back_button = None
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.view.show_changes(schedule, changes)
        self.retranslate()
        self.resize(self.view.fitting_width(), 480)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        count = len(self.changes.periods)
        self.setWindowTitle(self.tr("What changes"))
        building = self.schedule.building_name
        if self.confirm:
            text = self.tr("Saving changes %n period(s) of {building}:", "", count)
        else:
            text = self.tr("Re-planned now, %n period(s) of {building} change:", "", count)
        self.intro.setText(text.format(building=building))
        if self.save_button is not None and self.back_button is not None:
            self.save_button.setText(self.tr("&Save these changes"))
            self.back_button.setText(self.tr("&Back"))


__all__ = ["ChangesDialog", "ChangesView"]
