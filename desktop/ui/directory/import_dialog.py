"""Directory > Import buildings…: buildings added in bulk from an Excel workbook.

The agent saves the template, fills it in, and chooses the file; the dialog reads and checks it in a worker
thread (:mod:`desktop.services.building_import`) and previews every row with its errors. Import is enabled only
when no row has one; it writes all the rows in one transaction behind a progress dialog whose Cancel writes
nothing. After correcting the file, "Check again" reads it anew.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services import building_import
from desktop.services.actor import Actor
from desktop.services.building_import import COLUMNS, HEADERS, Column, ImportCancelled, ImportRow
from desktop.ui.background import BackgroundRunner
from desktop.ui.i18n import formatter, in_every_language, translate_message
from desktop.ui.plurals import plural
from desktop.ui.widgets import ERROR_STYLE, HINT_STYLE


class _Declare:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return text


# Plural messages (see desktop.ui.plurals), shown with plural(message, count).
READY = _Declare.translate("Plural", "%Ln building(s) ready to import.", "", 2)
ROWS_WITH_ERRORS = _Declare.translate(
    "Plural",
    "%Ln row(s) of {total} with errors: correct them in the file, then check it again. Nothing is imported while "
    "a row has an error.",
    "",
    2,
)
IMPORTING = _Declare.translate("Plural", "Importing %Ln building(s)…", "", 2)
IMPORTED = _Declare.translate("Plural", "%Ln building(s) imported.", "", 2)

ERROR_COLOUR = QColor("#b00020")
ERROR_ROW_COLOUR = QColor("#fdecee")
# The widest a preview column starts (pixels); the agent may widen it.
MAX_COLUMN_WIDTH = 260
# Characters of a cell the preview shows (access notes may be long).
MAX_CELL_TEXT = 200
DATE_COLUMNS = frozenset({Column.START_DATE, Column.END_DATE})
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The width the errors column starts at (pixels).
ERRORS_WIDTH = 380
SUCCESS_STYLE = "color: #1b5e20; font-weight: bold;"


def cell_display(value: Any, date_column: bool = False) -> str:
    """A cell as the preview shows it: dates in the agent's locale (in a date column, ISO text too), text on one
    line."""
    if date_column and isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            pass
    if isinstance(value, datetime) and value.hour == value.minute == value.second == value.microsecond == 0:
        return formatter().date(value.date())
    if isinstance(value, date) and not isinstance(value, datetime):
        return formatter().date(value)
    text = " ".join(building_import.cell_text(value).split())
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


class ImportPreviewModel(QAbstractTableModel):
    """The rows of the file: their number in the sheet, each column's value and the errors found."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._shown: list[ImportRow] = []
        self._errors_only = False
        self._error_texts: dict[int, str] = {}

    @property
    def rows(self) -> list[ImportRow]:
        return self._rows

    def set_rows(self, rows: Sequence[ImportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._error_texts = {
            row.number: " ".join(translate_message(error) for error in row.errors) for row in self._rows if row.errors
        }
        self._filter()
        self.endResetModel()

    def set_errors_only(self, errors_only: bool) -> None:
        self.beginResetModel()
        self._errors_only = errors_only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._shown = [row for row in self._rows if row.errors] if self._errors_only else self._rows

    def row_at(self, index: int) -> ImportRow:
        return self._shown[index]

    def error_text(self, row: ImportRow) -> str:
        return self._error_texts.get(row.number, "")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS) + 2

    def error_column(self) -> int:
        return 1

    def value_column(self, column: Column) -> int:
        """Where ``column``'s values are in the preview."""
        return COLUMNS.index(column) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == self.error_column():
            return self.tr("Errors")
        return QCoreApplication.translate(building_import.CONTEXT, HEADERS[COLUMNS[section - 2]])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.number)
            if column == self.error_column():
                return self.error_text(row) or (None if role == Qt.ItemDataRole.ToolTipRole else "")
            value = row.cells[column - 2]
            if role == Qt.ItemDataRole.ToolTipRole:
                return building_import.cell_text(value) or None
            return cell_display(value, COLUMNS[column - 2] in DATE_COLUMNS)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.error_column() and row.errors:
            return ERROR_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return ERROR_ROW_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportRunner(BackgroundRunner):
    """Reads and checks a file, or imports its rows, in a worker thread; one job at a time."""

    checked = Signal(object)  # the rows, checked
    refused = Signal(str)  # the file could not be read: the message
    imported = Signal(int)  # how many buildings were written
    cancelled = Signal()  # the import was cancelled: nothing written

    def __init__(self, db: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._job = ""

    def check(self, path: Path) -> bool:
        """Read and check ``path``; False when a job runs already."""
        if self._busy:
            return False
        headers = building_import.accepted_headers(in_every_language)
        db = self._db
        self._start("check")
        dialog = self._progress_dialog("importProgress")
        dialog.setLabelText(self.tr("Reading and checking {file}…").format(file=path.name))
        dialog.setRange(0, 0)
        dialog.setValue(0)

        def work() -> object:
            try:
                return building_import.check_file(db, path, headers)
            except BureauError as error:
                return error.message

        self._run(work, "checking %s failed", path)
        return True

    def write(self, rows: Sequence[ImportRow]) -> bool:
        """Import ``rows``; False when a job runs already."""
        if self._busy:
            return False
        rows = list(rows)
        db, actor, signals, stop = self._db, self._actor, self._signals, self._stop
        self._start("import")
        dialog = self._progress_dialog("importProgress")
        dialog.setLabelText(plural(IMPORTING, len(rows)))
        dialog.setRange(0, len(rows))
        dialog.setValue(0)

        def work() -> object:
            try:
                return building_import.import_buildings(db, actor, rows, signals.progressed.emit, stop.is_set)
            except ImportCancelled:
                return None

        self._run(work, "importing %d buildings failed", len(rows))
        return True

    def _start(self, job: str) -> None:
        self._job = job
        self._stop.clear()
        self._set_busy(True)
        dialog = self._progress_dialog("importProgress")
        dialog.setWindowTitle(self.tr("Import buildings"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        self._cancel_button(dialog).setEnabled(True)

    def _dialog_made(self, dialog: QProgressDialog) -> None:
        dialog.setMinimumDuration(300)

    def _on_progressed(self, done: int) -> None:
        dialog = self._dialog
        if dialog is not None and self._busy and not self._stop.is_set():
            dialog.setValue(done)

    def _on_done(self, result: object) -> None:
        self._hide_dialog()
        self._set_busy(False)
        stopped = self._stop.is_set()
        if self._job == "check":
            if stopped:
                return
            if isinstance(result, list):
                self.checked.emit(result)
            else:
                self.refused.emit(translate_message(result))  # type: ignore[arg-type]
            return
        if isinstance(result, int):
            self.imported.emit(result)  # done before the cancel came: written
        else:
            self.cancelled.emit()

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling…")

    def _failure_text(self, error: str) -> str:
        return self.tr("The import failed: {error}").format(error=error)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Import buildings"), text)


class ImportBuildingsDialog(QDialog):
    """Choose a file, see every row checked, import them all or none."""

    imported = Signal(int)  # how many buildings were written

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBuildingsDialog")
        self.db = db
        self.actor = actor
        self.path: Path | None = None
        self._last_folder = ""

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("saveTemplate")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file")
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseFile")
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("checkAgain")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.errors_only = QCheckBox(self)
        self.errors_only.setObjectName("errorsOnly")
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail = QLabel(self)
        self.detail.setObjectName("errorDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(ERROR_STYLE)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.setObjectName("import")
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.choose_button)
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_only)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)

        self.runner = ImportRunner(db, actor, self)
        self.runner.checked.connect(self._on_checked)
        self.runner.refused.connect(self._on_refused)
        self.runner.imported.connect(self._on_imported)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busyChanged.connect(lambda _busy: self._update_buttons())
        self.template_button.clicked.connect(self.save_template)
        self.choose_button.clicked.connect(self.choose_file)
        self.again_button.clicked.connect(self.check_again)
        self.import_button.clicked.connect(self.start_import)
        self.errors_only.toggled.connect(self.model.set_errors_only)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_detail(current))
        self.model.modelReset.connect(lambda: self._show_detail(QModelIndex()))

        self._summary_text = ""
        self._summary_style = HINT_STYLE
        self.retranslate()
        self._update_buttons()
        self.resize(1100, 560)

    # -- texts ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import buildings"))
        self.intro.setText(
            self.tr(
                "Add many buildings at once from an Excel workbook: one row per building, its client named by "
                "its reference. Start from the template, which has the columns expected. Every row is checked "
                "first; nothing is imported while a row has an error."
            )
        )
        self.template_button.setText(self.tr("Save &template…"))
        self.file_label.setText(self.tr("File:"))
        self.choose_button.setText(self.tr("Choose &file…"))
        self.again_button.setText(self.tr("Check a&gain"))
        self.errors_only.setText(self.tr("Show only rows with &errors"))
        self.import_button.setText(self.tr("&Import"))
        if not self._summary_text:
            self.summary.setText(self.tr("Choose the file to import."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _show_summary(self, text: str, style: str) -> None:
        self._summary_text = text
        self.summary.setText(text)
        self.summary.setStyleSheet(style)

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        rows = self.model.rows
        self.import_button.setEnabled(not busy and bool(rows) and all(row.ok for row in rows))
        self.again_button.setEnabled(not busy and self.path is not None)
        self.choose_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)

    # -- the file -------------------------------------------------------------------------------------
    def _folder(self) -> str:
        return self._last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def open_file_name(self) -> str:
        """The file dialog, alone here so that tests can stand in for it."""
        name, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Import buildings"), self._folder(), self.tr("Excel workbook (*.xlsx)")
        )
        return name

    def save_file_name(self) -> str:
        """The save dialog, alone here so that tests can stand in for it."""
        stem = self.tr("buildings-template")
        suggested = Path(self._folder()) / f"{stem}.xlsx"
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return name

    def choose_file(self) -> None:
        name = self.open_file_name()
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read and check ``path``; the preview shows it when done."""
        self.path = path
        self._last_folder = str(path.parent)
        self.file_edit.setText(str(path))
        self.model.set_rows([])
        self._show_summary(self.tr("Checking…"), HINT_STYLE)
        self.runner.check(path)
        self._update_buttons()

    def check_again(self) -> None:
        if self.path is not None:
            self.open_file(self.path)

    def save_template(self) -> None:
        name = self.save_file_name()
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        try:
            building_import.write_template(
                path,
                QCoreApplication.translate,
                building_import.template_client_reference(self.db),
                date.today(),
            )
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Save template"), translate_message(error.message))
            return
        self._last_folder = str(path.parent)
        self._show_summary(
            self.tr("Template saved as {file}: fill it in, then choose it here.").format(file=path), HINT_STYLE
        )

    # -- outcomes -------------------------------------------------------------------------------------
    def _on_checked(self, rows: list[ImportRow]) -> None:
        self.model.set_rows(rows)
        wrong = sum(1 for row in rows if row.errors)
        if wrong:
            self._show_summary(plural(ROWS_WITH_ERRORS, wrong).format(total=len(rows)), ERROR_STYLE)
        else:
            self._show_summary(plural(READY, len(rows)), SUCCESS_STYLE)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for section in range(self.model.columnCount()):
            header.resizeSection(section, min(header.sectionSize(section), MAX_COLUMN_WIDTH))
        if wrong:
            header.resizeSection(self.model.error_column(), ERRORS_WIDTH)
            self._select_first_error()
        self._update_buttons()

    def _show_detail(self, current: QModelIndex) -> None:
        """The errors of the current row in full, under the table."""
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or not row.errors:
            self.detail.hide()
            return
        self.detail.setText(self.tr("Row {row}: {errors}").format(row=row.number, errors=self.model.error_text(row)))
        self.detail.show()

    def _select_first_error(self) -> None:
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).errors:
                self.table.setCurrentIndex(self.model.index(index, self.model.error_column()))
                return

    def _on_refused(self, message: str) -> None:
        self.model.set_rows([])
        self._show_summary(message, ERROR_STYLE)
        self._update_buttons()

    def start_import(self) -> None:
        rows = self.model.rows
        if not rows or any(row.errors for row in rows):
            return
        self.runner.write(rows)
        self._update_buttons()

    def _on_imported(self, count: int) -> None:
        self.model.set_rows([])
        self._show_summary(plural(IMPORTED, count), SUCCESS_STYLE)
        self._update_buttons()
        self.imported.emit(count)

    def _on_cancelled(self) -> None:
        self._show_summary(self.tr("Import cancelled: no building was added."), HINT_STYLE)
        self._update_buttons()

    def reject(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            return
        super().reject()


def show_import_buildings(window: Any, on_imported: Callable[[int], None] | None = None) -> ImportBuildingsDialog:
    """Open the import dialog over ``window`` (the main window: its ``db`` and ``actor``), or raise the one open;
    ``on_imported(count)`` is called each time the new dialog has written buildings. The dialog is returned."""
    existing = window.findChild(ImportBuildingsDialog)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = ImportBuildingsDialog(window.db, window.actor, window)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        dialog.imported.connect(lambda count: status_bar().showMessage(plural(IMPORTED, count), 10_000))
    dialog.open()
    return dialog


__all__ = ["ImportBuildingsDialog", "ImportPreviewModel", "ImportRunner", "cell_display", "show_import_buildings"]
