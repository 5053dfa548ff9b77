"""Exporting the helpdesk list from the main window: the file chosen, a worker thread, progress and cancel.

The main window keeps one ExportRunner and calls ``start(query, total, columns)``; the runner asks for the
file, writes it in a worker thread (``desktop.services.export``, which reads the list a page at a time on its
own connections) behind a progress dialog whose Cancel stops it, then reports the outcome: ``statusMessage``
for the status bar, or a message box for an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from babel.numbers import get_decimal_symbol
from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.db.engine import Database
from desktop.domain.workorders import Impact, Kind, Priority, Status, WorkOrderType
from desktop.services.export import FORMATS, ExportColumn, ExportFormat, ExportResult, export_rows
from desktop.services.helpdesk import ListQuery
from desktop.ui.background import BackgroundRunner
from desktop.ui.helpdesk.model import Column
from desktop.ui.i18n import formatter
from desktop.ui.labels import impact_label, kind_label, priority_label, status_label, type_label
from desktop.ui.plurals import WORK_ORDERS_EXPORTED, plural

# The ListRow field each column of the helpdesk list shows: export the visible columns in the view's order.
COLUMN_FIELDS: dict[Column, str] = {
    Column.NUMBER: "number",
    Column.TYPE: "type",
    Column.STATUS: "status",
    Column.PRIORITY: "priority",
    Column.TITLE: "title",
    Column.CLIENT: "client",
    Column.BUILDING: "building",
    Column.ASSIGNEE: "assignee",
    Column.CREATED: "created_at",
    Column.DUE: "due_date",
    Column.IMPACT: "impact",
    Column.KIND: "kind",
}
ALL_FIELDS = (*COLUMN_FIELDS.values(), "balance")
# The progress dialog appears only for an export that lasts longer than this (milliseconds).
PROGRESS_DELAY_MS = 500


def resolve_export_path(name: str, chosen: ExportFormat) -> tuple[Path, ExportFormat]:
    """The file and format from a save dialog's answer: the extension typed wins, else the filter's is added."""
    path = Path(name)
    suffix = path.suffix.lower().lstrip(".")
    for fmt in FORMATS:
        if suffix == fmt:
            return path, fmt
    return path.with_name(f"{path.name}.{chosen}"), chosen


def _lookup(labels: Mapping[Any, str]) -> Callable[[Any], str]:
    """A label function over labels made in the UI thread: the worker never calls Qt to translate."""
    return lambda value: labels.get(value, str(value))


def csv_delimiter() -> str:
    """Spreadsheets in locales whose decimal mark is a comma (fr, de, nl) read CSV split by semicolons."""
    return ";" if get_decimal_symbol(formatter().locale) == "," else ","


class ExportRunner(BackgroundRunner):
    """Runs one export at a time for a window; a cancelled export ends with ``cancelled`` and leaves no file."""

    progressed = Signal(int)  # rows written so far
    finished = Signal(str, int)  # the file written, how many orders it holds
    cancelled = Signal()
    statusMessage = Signal(str)  # what to show in the status bar when an export ends (done or cancelled)

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._last_folder = ""
        self._last_format: ExportFormat = "xlsx"

    # -- columns --------------------------------------------------------------------------------------
    def default_columns(self, fields: Sequence[str] = ALL_FIELDS) -> list[ExportColumn]:
        """Columns for ``fields`` (ListRow field names, in file order), headers and labels in the UI language."""
        headers = {
            "number": self.tr("Number"),
            "type": self.tr("Type"),
            "status": self.tr("Status"),
            "priority": self.tr("Priority"),
            "title": self.tr("Title"),
            "client": self.tr("Client"),
            "building": self.tr("Building"),
            "assignee": self.tr("Assignee"),
            "created_at": self.tr("Created"),
            "due_date": self.tr("Due"),
            "impact": self.tr("Impact"),
            "kind": self.tr("Kind"),
            "balance": self.tr("Balance"),
        }
        labels = {
            "type": _lookup({kind.value: type_label(kind) for kind in WorkOrderType}),
            "status": _lookup({status.value: status_label(status) for status in Status}),
            "priority": _lookup({int(priority): priority_label(priority) for priority in Priority}),
            "impact": _lookup({impact.value: impact_label(impact) for impact in Impact}),  # older text as it is
            "kind": _lookup({kind.value: kind_label(kind) for kind in Kind}),
        }
        return [ExportColumn(field, headers[field], labels.get(field)) for field in fields]

    # -- the file -------------------------------------------------------------------------------------
    def ask_path(self) -> tuple[Path, ExportFormat] | None:
        """Ask where to export; None when the agent cancels."""
        filters: dict[ExportFormat, str] = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
        }
        folder = self._last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.tr("work-orders-{date}").format(date=date.today().isoformat())
        suggested = Path(folder) / f"{stem}.{self._last_format}"
        name, chosen = self.save_file_name(
            self.tr("Export work orders"), str(suggested), ";;".join(filters.values()), filters[self._last_format]
        )
        if not name:
            return None
        by_filter = next((fmt for fmt, text in filters.items() if text == chosen), self._last_format)
        path, fmt = resolve_export_path(name, by_filter)
        if path != Path(name) and path.exists() and not self.confirm_replace(path):
            return None  # the dialog asked about the name typed, not about the one with the extension added
        self._last_folder = str(path.parent)
        self._last_format = fmt
        return path, fmt

    def save_file_name(self, caption: str, suggested: str, filters: str, selected: str) -> tuple[str, str]:
        """The save dialog, alone here so that tests can stand in for it."""
        return QFileDialog.getSaveFileName(self._window, caption, suggested, filters, selected)

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Export work orders"),
            self.tr("{file} already exists. Do you want to replace it?").format(file=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- running --------------------------------------------------------------------------------------
    def start(
        self,
        query: ListQuery,
        total: int | None,
        columns: Sequence[ExportColumn] | None = None,
        path: Path | str | None = None,
        fmt: ExportFormat | None = None,
    ) -> bool:
        """Export the orders ``query`` matches (``total`` of them, if known) to a file.

        Without ``path`` the agent chooses the file; without ``fmt`` the path's extension says (CSV unless
        ".xlsx"). Without ``columns``, every column of the list and the balance. Returns False when no export
        started (one is running already, or the agent cancelled the file dialog).
        """
        if self._busy:
            return False
        if path is None:
            chosen = self.ask_path()
            if chosen is None:
                return False
            path, fmt = chosen
        target = Path(path)
        if fmt is None:
            fmt = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        columns = list(columns) if columns is not None else self.default_columns()
        self._stop.clear()
        self._set_busy(True)
        self._show_dialog(target, total)
        signals, stop, db, export_format = self._signals, self._stop, self._db, fmt
        delimiter = csv_delimiter()

        def progress(done: int) -> bool:
            signals.progressed.emit(done)
            return not stop.is_set()

        self._run(
            lambda: export_rows(db, query, target, export_format, columns, progress, delimiter=delimiter),
            "export to %s failed",
            target,
        )
        return True

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling…")

    def _show_dialog(self, target: Path, total: int | None) -> None:
        dialog = self._progress_dialog("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setLabelText(self.tr("Exporting work orders to {file}…").format(file=target.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        self._cancel_button(dialog).setEnabled(True)
        dialog.setRange(0, total or 0)  # 0 to 0: a busy indicator while the count is unknown
        dialog.setValue(0)  # starts the delay after which the dialog shows

    def _dialog_made(self, dialog: QProgressDialog) -> None:
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)

    def _on_progressed(self, done: int) -> None:
        self.progressed.emit(done)
        dialog = self._dialog
        if dialog is None or not self._busy or self._stop.is_set():
            return
        if dialog.maximum() and done > dialog.maximum():  # orders added since they were counted
            dialog.setMaximum(done)
        dialog.setValue(done)

    def _on_done(self, result: ExportResult) -> None:
        self._hide_dialog()
        self._set_busy(False)
        if result.cancelled:
            self.statusMessage.emit(self.tr("Export cancelled."))
            self.cancelled.emit()
            return
        self.statusMessage.emit(plural(WORK_ORDERS_EXPORTED, result.rows).format(path=result.path))
        self.finished.emit(str(result.path), result.rows)

    def _failure_text(self, error: str) -> str:
        return self.tr("The export failed: {error}").format(error=error)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Export"), text)


__all__ = ["ALL_FIELDS", "COLUMN_FIELDS", "ExportRunner", "resolve_export_path"]
