"""Bulk actions on the rows selected in the helpdesk list: change status, assign, close PPMs.

:class:`BulkActions` gives the main window its actions, a "Bulk" submenu and the list's context menu. Each
asks what to do in a small dialog, then :class:`BulkRunner` works in a worker thread
(:mod:`desktop.services.bulk_actions`): it looks up the numbers of the selected rows that the list does not
hold (a "select all" of thousands of rows holds only the blocks seen), then changes the orders one by one
behind a progress dialog whose Cancel stops between two orders. A result dialog then counts what changed and
lists the orders that refused, with their reasons; the list is read again, keeping its place.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.bulk import BULK_ACTIONS
from desktop.domain.i18n import Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.transitions import Action, text_required
from desktop.services import bulk_actions, lookups
from desktop.services.actor import Actor
from desktop.services.bulk_actions import BulkResult, RowSpan
from desktop.services.helpdesk import ListQuery
from desktop.ui.background import BackgroundRunner, WorkerSignals
from desktop.ui.helpdesk.model import BLOCK_ROWS, HelpdeskModel
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.labels import action_label
from desktop.ui.plurals import (
    BULK_ASSIGN_INTRO,
    BULK_ASSIGNED,
    BULK_CHANGED,
    BULK_CLOSE_PPM_INTRO,
    BULK_CLOSED,
    BULK_INELIGIBLE,
    BULK_NOT_HANDLED,
    BULK_PROGRESS,
    BULK_REFUSED,
    BULK_STATUS_INTRO,
    BULK_UNASSIGNED,
    BULK_UNCHANGED,
    plural,
)
from desktop.ui.widgets import ValidatedDialog, buddy_label

# The progress dialog appears only for a job that lasts longer than this (milliseconds).
PROGRESS_DELAY_MS = 400
# The worker reports its progress at most this often (seconds): thousands of orders, a few signals.
PROGRESS_INTERVAL_S = 0.05

AnyIndex = QModelIndex | QPersistentModelIndex


class BulkKind(enum.Enum):
    STATUS = "status"
    ASSIGN = "assign"
    CLOSE_PPM = "close_ppm"


@dataclass(frozen=True)
class BulkJob:
    """What to do to the selected orders."""

    kind: BulkKind
    action: Action | None = None  # STATUS
    text: str = ""  # the comment logged on each order (STATUS, CLOSE_PPM)
    assignee_id: int | None = None  # ASSIGN; None: unassign
    assignee_name: str = ""  # ASSIGN, for the result
    today: date | None = None  # CLOSE_PPM: the day whose past financial end dates count


# -- the selection -------------------------------------------------------------------------------------------


def selected_rows(selection: QItemSelectionModel) -> list[tuple[int, int]]:
    """The selected rows as sorted, merged (first, last) intervals."""
    ranges = sorted((r.top(), r.bottom()) for r in selection.selection())
    merged: list[tuple[int, int]] = []
    for top, bottom in ranges:
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def selection_parts(model: HelpdeskModel, rows: Sequence[tuple[int, int]]) -> list[int | RowSpan]:
    """The selected rows in list order: the numbers the model holds, spans of rows for the rest.

    Walks block by block, so a selection of a million rows costs a few thousand steps; a span starts with the
    key of the row before it when the model holds that row.
    """
    parts: list[int | RowSpan] = []

    def gap(start: int, end: int) -> None:
        last = parts[-1] if parts else None
        if isinstance(last, RowSpan) and last.start + last.count == start:
            parts[-1] = RowSpan(last.start, last.count + end - start + 1, last.after)
            return
        before = model.row_at(start - 1) if start > 0 else None
        after = model.query.key_of(before) if before is not None else None
        parts.append(RowSpan(start, end - start + 1, after))

    for first, last in rows:
        row = first
        while row <= last:
            block_end = min(last, (row // BLOCK_ROWS + 1) * BLOCK_ROWS - 1)
            if model.row_at(row) is None:
                gap(row, block_end)
            else:
                for held in range(row, block_end + 1):
                    found = model.row_at(held)
                    if found is not None:
                        parts.append(found.number)
                    else:
                        gap(held, held)
            row = block_end + 1
    return parts


# -- the dialogs that ask what to do -------------------------------------------------------------------------


class _BulkDialog(ValidatedDialog):
    """What the bulk job will do to the selection; OK is enabled only when nothing is missing."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()

    def job(self) -> BulkJob:
        raise NotImplementedError


class BulkStatusDialog(_BulkDialog):
    """Choose a status action and, where it needs one, the comment logged on each order."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(count, parent)
        self.setObjectName("bulkStatusDialog")
        self.action = QComboBox(self)
        self.action.setObjectName("action")
        for action in BULK_ACTIONS:
            self.action.addItem("", action)
        self.action_label = buddy_label(self.action)
        self.form.addRow(self.action_label, self.action)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text_label = buddy_label(self.text)
        self.form.addRow(self.text_label, self.text)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.action.currentIndexChanged.connect(self.validate)
        self.text.textChanged.connect(self.validate)
        self.action.setFocus()
        self.retranslate()

    def chosen(self) -> Action:
        return Action(self.action.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change status"))
        self.intro.setText(plural(BULK_STATUS_INTRO, self.count))
        for index, action in enumerate(BULK_ACTIONS):
            self.action.setItemText(index, action_label(action))
        self.action_label.setText(self.tr("&Action:"))
        self.text_label.setText(self.tr("&Comment:"))
        self.note.setText(
            self.tr("Cancel job and Reinstate are not done in bulk: open each work order to cancel or reinstate it.")
        )
        self.ok_button.setText(self.tr("Apply"))
        super().retranslate()

    def validate(self) -> None:
        self.text.setPlaceholderText(
            self.tr("Required: logged on each work order")
            if text_required(self.chosen())
            else self.tr("Optional: logged on each work order")
        )
        super().validate()

    def problem(self) -> str | None:
        if text_required(self.chosen()) and not self.text.toPlainText().strip():
            return self.tr("Write a comment: this action requires one.")
        return None

    def job(self) -> BulkJob:
        return BulkJob(BulkKind.STATUS, action=self.chosen(), text=self.text.toPlainText().strip())


class BulkAssignDialog(_BulkDialog):
    """Choose the agent the selected orders are assigned to, or nobody."""

    def __init__(self, count: int, agents: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(count, parent)
        self.setObjectName("bulkAssignDialog")
        self.agent = QComboBox(self)
        self.agent.setObjectName("agent")
        self.agent.addItem("", None)
        for user_id, name in agents:
            self.agent.addItem(name, user_id)
        self.agent.setCurrentIndex(-1)  # a choice to make: OK never unassigns thousands of orders by default
        self.agent_label = buddy_label(self.agent)
        self.form.addRow(self.agent_label, self.agent)
        self.agent.currentIndexChanged.connect(self.validate)
        self.agent.setFocus()
        self.retranslate()

    def chosen(self) -> int | None:
        data = self.agent.currentData()
        return int(data) if data is not None else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign"))
        self.intro.setText(plural(BULK_ASSIGN_INTRO, self.count))
        self.agent.setItemText(0, self.tr("Unassigned"))
        self.agent.setPlaceholderText(self.tr("Choose…"))
        self.agent_label.setText(self.tr("&Agent:"))
        self.ok_button.setText(self.tr("Assign"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.agent.currentIndex() < 0:
            return self.tr("Choose the agent, or Unassigned.")
        return None

    def job(self) -> BulkJob:
        chosen = self.chosen()
        name = self.agent.currentText() if chosen is not None else ""
        return BulkJob(BulkKind.ASSIGN, assignee_id=chosen, assignee_name=name)


class BulkClosePpmDialog(_BulkDialog):
    """Confirm the bulk close of PPMs, with an optional comment logged on each order closed."""

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(count, parent)
        self.setObjectName("bulkClosePpmDialog")
        self.today = today
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text_label = buddy_label(self.text)
        self.form.addRow(self.text_label, self.text)
        self.ok_button.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close PPMs"))
        self.intro.setText(plural(BULK_CLOSE_PPM_INTRO, self.count).format(today=formatter().date(self.today)))
        self.text_label.setText(self.tr("&Comment:"))
        self.text.setPlaceholderText(self.tr("Optional: logged on each work order closed"))
        self.ok_button.setText(self.tr("Close PPMs"))
        super().retranslate()

    def job(self) -> BulkJob:
        return BulkJob(BulkKind.CLOSE_PPM, text=self.text.toPlainText().strip(), today=self.today)


# -- the result ----------------------------------------------------------------------------------------------


class RefusalModel(QAbstractTableModel):
    """The refused orders: number and reason, the reason translated when it is shown."""

    def __init__(self, refused: Sequence[tuple[int, Message]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refused = list(refused)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._refused)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def number_at(self, row: int) -> int:
        return self._refused[row][0]

    def reason_at(self, row: int) -> str:
        return translate_message(self._refused[row][1])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(self.number_at(index.row())) if role == Qt.ItemDataRole.DisplayRole else None
            return self.reason_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Number") if section == 0 else self.tr("Reason")
        return None

    def retranslate(self) -> None:
        if self._refused:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._refused) - 1, 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def as_text(self) -> str:
        """Tab-separated lines, for the clipboard."""
        return "".join(f"{number}\t{translate_message(reason)}\n" for number, reason in self._refused)


class BulkResultDialog(QDialog):
    """What a bulk action did: counts, then the orders left unchanged with their reasons."""

    openRequested = Signal(int)  # a refused order double-clicked

    def __init__(self, job: BulkJob, result: BulkResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkResult")
        self.job = job
        self.result = result
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_label = QLabel(self)
        self.refused_label.setObjectName("refusedLabel")
        self.refused_label.setWordWrap(True)
        self.refusals = RefusalModel(result.refused, self)
        self.table = QTableView(self)
        self.table.setObjectName("refused")
        self.table.setModel(self.refusals)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.openRequested.emit(self.refusals.number_at(index.row())))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # keeps the counts at the top when there is no list
        layout.addWidget(self.buttons)
        shown = bool(result.refused)
        self.refused_label.setVisible(shown)
        self.table.setVisible(shown)
        self.copy_button.setVisible(shown)
        self.resize(640, 420 if shown else 130)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        job, result = self.job, self.result
        titles = {
            BulkKind.STATUS: self.tr("Change status"),
            BulkKind.ASSIGN: self.tr("Assign"),
            BulkKind.CLOSE_PPM: self.tr("Close PPMs"),
        }
        title = titles[job.kind]
        if job.kind is BulkKind.STATUS and job.action is not None:
            title = self.tr("Change status: {action}").format(action=action_label(job.action))
        self.setWindowTitle(title)
        done = len(result.done)
        if job.kind is BulkKind.ASSIGN:
            lines = [
                plural(BULK_ASSIGNED, done).format(name=job.assignee_name)
                if job.assignee_id is not None
                else plural(BULK_UNASSIGNED, done)
            ]
        elif job.kind is BulkKind.CLOSE_PPM:
            lines = [plural(BULK_CLOSED, done)]
        else:
            lines = [plural(BULK_CHANGED, done)]
        if result.unchanged:
            lines.append(plural(BULK_UNCHANGED, len(result.unchanged)))
        if result.cancelled:
            lines.append(plural(BULK_NOT_HANDLED, result.total - result.handled))
        self.summary.setText("\n".join(lines))
        refused = BULK_INELIGIBLE if job.kind is BulkKind.CLOSE_PPM else BULK_REFUSED
        self.refused_label.setText(plural(refused, len(result.refused)))
        self.copy_button.setText(self.tr("&Copy the list"))
        self.refusals.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.refusals.as_text())


# -- running a job -------------------------------------------------------------------------------------------


class _Signals(WorkerSignals):
    """Carries the worker's news to the UI thread; ``done`` carries a BulkResult."""

    resolved = Signal(int)  # how many distinct orders the selection holds


class BulkRunner(BackgroundRunner):
    """Runs one bulk job at a time for a window, in a worker thread, behind a progress dialog.

    Cancel stops the job between two orders; the orders changed so far stay changed.
    """

    progressed = Signal(int)  # orders handled so far
    finished = Signal(object, object)  # BulkJob, BulkResult

    signals_class = _Signals
    _signals: _Signals

    def __init__(self, db: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._signals.resolved.connect(self._on_resolved)
        self._job: BulkJob | None = None
        self._total = 0
        self.result_dialog: BulkResultDialog | None = None

    def start(self, job: BulkJob, query: ListQuery, parts: Sequence[int | RowSpan], count: int) -> bool:
        """Run ``job`` on the selection ``parts`` (``count`` rows) of the list ``query`` shows.

        Returns False when a job runs already.
        """
        if self._busy:
            return False
        self._stop.clear()
        self._job = job
        self._total = count
        self._set_busy(True)
        self._show_dialog(job, count)
        signals, stop, db, actor = self._signals, self._stop, self._db, self._actor
        parts = list(parts)

        def work() -> BulkResult:
            last = 0.0

            def progress(handled: int) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S:
                    last = now
                    signals.progressed.emit(handled)

            numbers = bulk_actions.resolve_selection(db, query, parts)
            signals.resolved.emit(len(dict.fromkeys(numbers)))
            return run_job(db, actor, job, numbers, progress, stop.is_set)

        self._run(work, "bulk %s failed", job.kind.value)
        return True

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling…")

    def wait(self, msecs: int = 60_000) -> bool:
        return super().wait(msecs)

    # -- the progress dialog --------------------------------------------------------------------------
    def _title(self, job: BulkJob) -> str:
        if job.kind is BulkKind.STATUS and job.action is not None:
            return self.tr("Change status: {action}").format(action=action_label(job.action))
        if job.kind is BulkKind.ASSIGN:
            return self.tr("Assign")
        return self.tr("Close PPMs")

    def _label(self, handled: int) -> str:
        assert self._job is not None
        counted = plural(BULK_PROGRESS, self._total).format(done=QLocale().toString(handled))
        return f"{self._title(self._job)}\n{counted}"

    def _show_dialog(self, job: BulkJob, count: int) -> None:
        dialog = self._progress_dialog("bulkProgress")
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setWindowTitle(self.tr("Bulk action"))
        dialog.setLabelText(self._label(0))
        dialog.setCancelButtonText(self.tr("Cancel"))
        self._cancel_button(dialog).setEnabled(True)
        dialog.setRange(0, count)
        dialog.setValue(0)  # starts the delay after which the dialog shows

    def _dialog_made(self, dialog: QProgressDialog) -> None:
        dialog.setMinimumWidth(420)

    def _on_resolved(self, count: int) -> None:
        self._total = count
        dialog = self._dialog
        if dialog is not None and self._busy and not self._stop.is_set():
            dialog.setMaximum(max(count, 1))
            dialog.setLabelText(self._label(0))

    def _on_progressed(self, handled: int) -> None:
        self.progressed.emit(handled)
        dialog = self._dialog
        if dialog is None or not self._busy or self._stop.is_set():
            return
        dialog.setLabelText(self._label(handled))
        dialog.setValue(min(handled, dialog.maximum()))

    # -- the outcome ----------------------------------------------------------------------------------
    def _on_done(self, result: BulkResult) -> None:
        self._hide_dialog()
        self._set_busy(False)
        job = self._job
        assert job is not None
        self.show_result(job, result)
        self.finished.emit(job, result)

    def show_result(self, job: BulkJob, result: BulkResult) -> None:
        if self.result_dialog is not None:
            self.result_dialog.close()
            self.result_dialog.deleteLater()
        dialog = self.result_dialog = BulkResultDialog(job, result, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _failure_text(self, error: str) -> str:
        return self.tr("The bulk action stopped: {error}").format(error=error)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Bulk action"), text)


def run_job(
    db: Database,
    actor: Actor,
    job: BulkJob,
    numbers: Sequence[int],
    progress: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> BulkResult:
    """The service call of ``job`` (in the worker thread)."""
    if job.kind is BulkKind.STATUS:
        assert job.action is not None
        return bulk_actions.bulk_transition(
            db, actor, numbers, job.action, job.text, progress=progress, cancelled=cancelled
        )
    if job.kind is BulkKind.ASSIGN:
        return bulk_actions.bulk_assign(db, actor, numbers, job.assignee_id, progress=progress, cancelled=cancelled)
    return bulk_actions.bulk_close_ppm(
        db, actor, numbers, job.today or date.today(), job.text, progress=progress, cancelled=cancelled
    )


# -- the window's actions ------------------------------------------------------------------------------------


class BulkActions(QObject):
    """The bulk actions of a main window: menu entries, the list's context menu, the runner."""

    def __init__(
        self, window: QMainWindow, db: Database, actor: Actor, table: QTableView, model: HelpdeskModel
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.table = table
        self.model = model
        self.runner = BulkRunner(db, actor, window)
        self.runner.busyChanged.connect(lambda _busy: self.update_enabled())
        self.runner.finished.connect(self._after)
        self.runner.failed.connect(lambda _text: self.model.reload())
        self.status_action = self._action(self.change_status)
        self.status_action.setObjectName("bulkStatus")
        self.assign_action = self._action(self.assign)
        self.assign_action.setObjectName("bulkAssign")
        self.close_ppm_action = self._action(self.close_ppms)
        self.close_ppm_action.setObjectName("bulkClosePpm")
        self.menu = QMenu(window)
        self.menu.setObjectName("bulkMenu")
        self.menu.setToolTipsVisible(True)
        for action in self.actions():
            self.menu.addAction(action)
        if table.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(self.show_context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        model.modelReset.connect(self.update_enabled)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.status_action, self.assign_action, self.close_ppm_action]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.runner.shutdown()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Bulk"))
        self.status_action.setText(self.tr("Change &status…"))
        self.status_action.setToolTip(self.tr("Apply a status action to each selected work order that allows it"))
        self.assign_action.setText(self.tr("&Assign to…"))
        self.assign_action.setToolTip(self.tr("Assign the selected open work orders to an agent"))
        self.close_ppm_action.setText(self.tr("&Close PPMs…"))
        self.update_enabled()

    def update_enabled(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        free = not self.runner.busy
        self.status_action.setEnabled(selected and free)
        self.assign_action.setEnabled(selected and free)
        allowed = self.actor.can(Permission.BULK_CLOSE_PPM)
        self.close_ppm_action.setEnabled(allowed and selected and free)
        if allowed:
            self.close_ppm_action.setToolTip(
                self.tr("Close the selected open PPM work orders whose financial end date has passed")
            )
        else:
            self.close_ppm_action.setToolTip(
                self.tr("Needs the permission “{permission}”.").format(
                    permission=QCoreApplication.translate("Permission", PERMISSION_LABELS[Permission.BULK_CLOSE_PPM])
                )
            )

    def show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self.window)
        menu.setToolTipsVisible(True)
        new_action = getattr(self.window, "new_order_action", None)
        if isinstance(new_action, QAction):
            menu.addAction(new_action)
        open_action = getattr(self.window, "open_action", None)
        if isinstance(open_action, QAction):
            menu.addAction(open_action)
            menu.addSeparator()
        for action in self.actions():
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- the selection --------------------------------------------------------------------------------
    def selection(self) -> tuple[list[int | RowSpan], int]:
        """The selected rows as parts for the worker, and how many rows they are."""
        rows = selected_rows(self.table.selectionModel())
        return selection_parts(self.model, rows), sum(last - first + 1 for first, last in rows)

    # -- asking, then running -------------------------------------------------------------------------
    def change_status(self) -> None:
        self._ask_and_run(lambda count: BulkStatusDialog(count, self.window))

    def assign(self) -> None:
        agents = lookups.agents(self.db)
        self._ask_and_run(lambda count: BulkAssignDialog(count, agents, self.window))

    def close_ppms(self) -> None:
        if not self.actor.can(Permission.BULK_CLOSE_PPM):
            return
        self._ask_and_run(lambda count: BulkClosePpmDialog(count, date.today(), self.window))

    def _ask_and_run(self, make: Callable[[int], _BulkDialog]) -> None:
        if self.runner.busy:
            return
        parts, count = self.selection()
        if not count:
            return
        job = self.ask(make(count))
        if job is not None:
            self.run(job, parts, count)

    def ask(self, dialog: _BulkDialog) -> BulkJob | None:
        """The dialog's answer, None when the agent cancels it; alone here so that tests can stand in for it."""
        try:
            return dialog.job() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def run(self, job: BulkJob, parts: Sequence[int | RowSpan] | None = None, count: int | None = None) -> bool:
        """Run ``job`` on the selected rows (or on ``parts``, ``count`` rows)."""
        if parts is None or count is None:
            parts, count = self.selection()
        return self.runner.start(job, self.model.query, parts, count)

    def _after(self, job: BulkJob, result: BulkResult) -> None:
        self.model.reload()
        changed = set(result.done)
        views = getattr(self.window, "detail_views", None)
        if changed and callable(views):
            for view in views():
                if getattr(view, "number", None) in changed:
                    view.reload()
        dialog = self.runner.result_dialog
        opener = getattr(self.window, "open_number", None)
        if dialog is not None and callable(opener):
            dialog.openRequested.connect(opener)


__all__ = [
    "BulkActions",
    "BulkAssignDialog",
    "BulkClosePpmDialog",
    "BulkJob",
    "BulkKind",
    "BulkResultDialog",
    "BulkRunner",
    "BulkStatusDialog",
    "selected_rows",
    "selection_parts",
]
