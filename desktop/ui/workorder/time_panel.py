"""A work order's time: the *Time* tab (entries, total time, billable amount), *Add time entry…*, and the
*Start timer* / *Stop timer* button in the order's header (Ctrl+Shift+I).

:func:`install_time` adds all of it to a :class:`WorkOrderDetailView`; :func:`timer_allows` asks, before an
action that ends the work on the order, whether to stop the agent's timer running on it first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import BureauError
from desktop.domain.permissions import Permission
from desktop.domain.transitions import Action
from desktop.domain.workorders import Status
from desktop.services.time_entries import (
    TimeEntryRow,
    TimeSummary,
    delete_time_entry,
    hours_and_minutes,
    time_summary,
    work_order_id,
)
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.labels import action_label
from desktop.ui.timer_status import refresh_timer, start_timer_on, stop_running_timer, stopwatch_icon, timer_events
from desktop.ui.workorder.time_entry_dialog import TimeEntryDialog

if TYPE_CHECKING:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

TIMER_SHORTCUT = "Ctrl+Shift+I"
# The actions that end the work on an order (resolved for verification, completed, closed, cancelled, rejected):
# the agent's timer on it is offered to be stopped first. Once the order is closed its time can no longer be
# recorded, so a timer left running there would lose the timed work.
FINISHING = frozenset(
    {
        Action.SUBMIT_FOR_VERIFICATION,
        Action.ACCEPT,
        Action.COMPLETE,
        Action.COMPLETE_ZERO_BALANCE,
        Action.CLOSE,
        Action.CANCEL_JOB,
        Action.REJECT,
    }
)
GREY = "#5f6368"
MEASURED_ROWS = 60  # the rows the columns are sized to


class TimeEntriesModel(QAbstractTableModel):
    """The entries of one order as the table shows them: texts formatted once when the entries are read."""

    COLUMNS = 8
    RIGHT = (4, 6)  # duration, amount

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: tuple[TimeEntryRow, ...] = ()
        self.texts: list[list[str]] = []
        self.headers: list[str] = [""] * self.COLUMNS
        self.grey = QBrush(QColor(GREY))

    def set_rows(self, rows: tuple[TimeEntryRow, ...], texts: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows, self.texts = rows, texts
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def text(self, row: int, column: int) -> str:
        return self.texts[row][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.rows[row].billable:
            return self.grey
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMNS - 1:
            return self.rows[row].description
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class TimePanel(QWidget):
    """The *Time* tab of one order: its entries by start, their totals, Add / Edit / Delete."""

    def __init__(self, view: WorkOrderDetailView) -> None:
        super().__init__(view)
        self.setObjectName("timePanel")
        self.view = view
        self.order_id: int | None = None
        self.summary: TimeSummary | None = None
        self.model = TimeEntriesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("timeEntries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _index: self.edit_entry())
        self.totals = QLabel(self)
        self.totals.setObjectName("timeTotals")
        self.totals.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTimeEntry")
        self.add_button.clicked.connect(lambda _checked=False: self.add_entry())
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editTimeEntry")
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_entry())
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteTimeEntry")
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_entry())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        self.add_action = QAction(view)
        self.add_action.setObjectName("action_add_time_entry")
        self.add_action.triggered.connect(lambda _checked=False: self.add_entry())
        self.timer_button = QToolButton(view)
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setIcon(stopwatch_icon())
        self.timer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.timer_button.clicked.connect(lambda _checked=False: self.toggle_timer())
        self.timer_action = QAction(view)
        self.timer_action.setObjectName("action_toggle_timer")
        self.timer_action.setShortcut(QKeySequence(TIMER_SHORTCUT))
        self.timer_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.timer_action.triggered.connect(lambda _checked=False: self.toggle_timer())
        view.addAction(self.timer_action)
        timer_events().changed.connect(self._timer_changed)
        timer_events().recorded.connect(self._recorded)
        self.retranslate()

    # -- showing --------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_headers(
            [
                self.tr("Technician"),
                self.tr("Rate"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Duration"),
                self.tr("Billable"),
                self.tr("Amount"),
                self.tr("Description"),
            ]
        )
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Record time spent on this work order"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.add_action.setText(self.tr("Add time entry…"))
        self.add_action.setToolTip(self.tr("Record time spent on this work order"))
        index = self.view.work_tabs.indexOf(self)
        if index >= 0:
            self.view.work_tabs.setTabText(index, self._tab_text())
        self._fill()
        self._show_timer()

    def _tab_text(self) -> str:
        count = len(self.summary.entries) if self.summary is not None else 0
        return self.tr("Time (%n)", "", count) if count else self.tr("Time")

    def refresh(self) -> None:
        """Read the order's time again."""
        try:
            if self.order_id is None:
                self.order_id = work_order_id(self.view.db, self.view.number)
            self.summary = time_summary(self.view.db, self.order_id)
        except BureauError:
            self.summary = None
        index = self.view.work_tabs.indexOf(self)
        if index >= 0:
            self.view.work_tabs.setTabText(index, self._tab_text())
        self._fill()
        self._show_timer()

    def _fill(self) -> None:
        selected = self.current()
        rows = self.summary.entries if self.summary is not None else ()
        fmt = formatter()
        none = self.tr("—")
        unassigned = self.tr("Unassigned")
        yes, no = self.tr("Yes"), self.tr("No")
        money: dict[tuple[object, str], str] = {}
        texts = []
        for row in rows:
            amount = none
            if row.currency is not None:
                key = (row.amount, row.currency)
                amount = money.get(key) or money.setdefault(key, fmt.money(row.amount, row.currency))
            texts.append(
                [
                    row.technician or unassigned,
                    row.rate or none,
                    fmt.datetime(row.started_at),
                    fmt.datetime(row.ended_at),
                    hours_and_minutes(row.duration),
                    yes if row.billable else no,
                    amount,
                    row.description.replace("\n", " "),
                ]
            )
        self.model.set_rows(rows, texts)
        self.table.resizeColumnsToContents()
        if selected is not None:
            for index, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(index)
        self.totals.setText(self.totals_text())
        self._update_buttons()

    def totals_text(self) -> str:
        summary = self.summary
        if summary is None or not summary.entries:
            return self.tr("No time recorded yet.")
        fmt = formatter()
        amounts = [fmt.money(amount, currency) for currency, amount in summary.billable_amounts.items()]
        text = self.tr("%n entry(ies), total time {total}, billable {billable}", "", len(summary.entries)).format(
            total=hours_and_minutes(summary.total), billable=hours_and_minutes(summary.billable_time)
        )
        if amounts:
            text += " · " + self.tr("Billable amount: {amounts}").format(amounts=" + ".join(amounts))
        return text

    def current(self) -> TimeEntryRow | None:
        rows = self.summary.entries if self.summary is not None else ()
        index = self.table.currentIndex().row()
        model = self.table.selectionModel()
        selected = model.hasSelection() if model is not None else False
        return rows[index] if selected and 0 <= index < len(rows) else None

    def _may_change(self, row: TimeEntryRow | None) -> bool:
        actor = self.view.actor
        return row is not None and (row.user_id == actor.user_id or actor.can(Permission.ADMIN))

    def _closed(self) -> bool:
        return self.summary is None or self.summary.status is Status.CLOSED

    def _update_buttons(self) -> None:
        row = self.current()
        open_order = not self._closed()
        self.add_button.setEnabled(open_order)
        self.add_action.setEnabled(open_order)
        may = open_order and self._may_change(row)
        self.edit_button.setEnabled(may)
        self.delete_button.setEnabled(may)
        tip = "" if row is None or may else self.tr("Only the agent who recorded this time, or an administrator")
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    # -- the timer ------------------------------------------------------------------------------------
    def timing_here(self) -> bool:
        state = timer_events().state
        return state is not None and state.number == self.view.number

    def _timer_changed(self, _state: object) -> None:
        self._show_timer()

    def _recorded(self, order_id: int) -> None:
        """Time from a stopped timer was added to the order (from the status bar, the idle question, a switch...):
        its activity shows the entry, and the tab reads its time again."""
        if order_id == self.order_id and not self.view.reload():
            self.refresh()

    def _show_timer(self) -> None:
        if self.timing_here():
            self.timer_button.setText(self.tr("Stop timer"))
            self.timer_button.setToolTip(
                self.tr("Stop your timer and record its time on this work order ({key})").format(key=TIMER_SHORTCUT)
            )
        else:
            self.timer_button.setText(self.tr("Start timer"))
            self.timer_button.setToolTip(
                self.tr("Time your work on this work order ({key})").format(key=TIMER_SHORTCUT)
            )
        self.timer_button.setEnabled(not self._closed() or self.timing_here())
        self.timer_action.setText(self.timer_button.text())

    def toggle_timer(self) -> None:
        if self.timing_here():
            stop_running_timer(self.view, self.view.db, self.view.actor)
        elif self.order_id is not None:
            start_timer_on(self.view, self.view.db, self.view.actor, self.order_id)

    # -- acting ---------------------------------------------------------------------------------------
    def _run(self, dialog: TimeEntryDialog) -> bool:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not self.view.reload():  # the activity log shows the change; the tab reads its time again
            self.refresh()
        return accepted

    def add_entry(self) -> bool:
        if self.order_id is None or self._closed():
            return False
        return self._run(TimeEntryDialog(self.view.db, self.view.actor, self.order_id, self.view.number, parent=self))

    def edit_entry(self) -> bool:
        row = self.current()
        if row is None or self.order_id is None or not self._may_change(row) or self._closed():
            return False
        return self._run(
            TimeEntryDialog(self.view.db, self.view.actor, self.order_id, self.view.number, row, parent=self)
        )

    def delete_entry(self) -> bool:
        row = self.current()
        if row is None or not self._may_change(row) or self._closed():
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete time entry"),
            self.tr("Delete the time entry of {technician}, {start} ({duration})?").format(
                technician=row.technician or self.tr("Unassigned"),
                start=formatter().datetime(row.started_at),
                duration=hours_and_minutes(row.duration),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_time_entry(self.view.db, self.view.actor, row.id, row.version)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Delete time entry"), translate_message(error.message))
            self.refresh()
            return False
        if not self.view.reload():
            self.refresh()
        return True


def _header_row(view: WorkOrderDetailView) -> QHBoxLayout | None:
    """The layout of the view's top row (the title and its buttons)."""
    layout = view.layout()
    for index in range(layout.count() if layout is not None else 0):
        row = layout.itemAt(index).layout()
        if isinstance(row, QHBoxLayout) and row.indexOf(view.actions_button) >= 0:
            return row
    return None


def install_time(view: WorkOrderDetailView) -> TimePanel:
    """The *Time* tab, *Add time entry…* in the Actions menu and the timer button before *Actions*."""
    panel = TimePanel(view)
    view.time_panel = panel  # type: ignore[attr-defined]
    view.work_tabs.addTab(panel, panel._tab_text())
    view.menu.insertAction(view.log_similar_action, panel.add_action)
    row = _header_row(view)
    if row is not None:
        row.insertWidget(row.indexOf(view.actions_button), panel.timer_button, 0, Qt.AlignmentFlag.AlignTop)
    view.titleChanged.connect(lambda _title: panel.refresh())  # show_detail ran: the order was read again
    if not timer_events().loaded:  # the main window reads it at start; a view of its own reads it now
        refresh_timer(view.db, view.actor)
    return panel


def timer_allows(view: WorkOrderDetailView, action: Action) -> bool:
    """Before an action that ends the work on the order: when the agent's timer runs on it, stop it (and record its
    time) first, or go on with it running; False when the agent cancels the action."""
    panel = getattr(view, "time_panel", None)
    if action not in FINISHING or not isinstance(panel, TimePanel):
        return True
    refresh_timer(view.db, view.actor)  # the timer may have been started or stopped from another Bureau
    if not panel.timing_here():
        return True
    answer = QMessageBox.question(
        view,
        action_label(action),
        QCoreApplication.translate(
            "TimePanel", "Your timer runs on this work order. Stop it and record its time first?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Yes:
        stop_running_timer(view, view.db, view.actor)
        panel.refresh()
    return True


__all__ = ["FINISHING", "TIMER_SHORTCUT", "TimeEntriesModel", "TimePanel", "install_time", "timer_allows"]
