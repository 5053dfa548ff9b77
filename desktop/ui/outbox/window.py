"""The outbox window: the emails waiting, failed and sent, and sending the chosen ones again now."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError
from desktop.services.outbox import OutboxRow, OutboxStatus, SendReport, list_outbox, outbox_summary
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.outbox.sender import OutboxSender

FAILED_COLOUR = "#b00020"
SENT_COLOUR = "#5f6368"
WARNING_STYLE = "background: #fff4e5; color: #8a5a00; padding: 6px; border: 1px solid #f0c36d;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TO = 0
    SUBJECT = enum.auto()
    CREATED = enum.auto()
    STATUS = enum.auto()
    ATTEMPTS = enum.auto()
    NEXT_ATTEMPT = enum.auto()
    SENT = enum.auto()
    LAST_ERROR = enum.auto()


DEFAULT_WIDTHS = {
    Column.TO: 190,
    Column.SUBJECT: 270,
    Column.CREATED: 125,
    Column.STATUS: 70,
    Column.ATTEMPTS: 66,
    Column.NEXT_ATTEMPT: 130,
    Column.SENT: 125,
}


def status_text(status: OutboxStatus) -> str:
    return {
        OutboxStatus.PENDING: QCoreApplication.translate("Outbox", "Pending"),
        OutboxStatus.FAILED: QCoreApplication.translate("Outbox", "Failed"),
        OutboxStatus.SENT: QCoreApplication.translate("Outbox", "Sent"),
    }[status]


class OutboxModel(QAbstractTableModel):
    """The rows of :func:`list_outbox` as a table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []
        self._now = utcnow()
        self._failed = QBrush(QColor(FAILED_COLOUR))
        self._sent = QBrush(QColor(SENT_COLOUR))

    def set_rows(self, rows: list[OutboxRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._now = utcnow()
        self.endResetModel()

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, email_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == email_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TO: self.tr("To"),
            Column.SUBJECT: self.tr("Subject"),
            Column.CREATED: self.tr("Created"),
            Column.STATUS: self.tr("Status"),
            Column.ATTEMPTS: self.tr("Attempts"),
            Column.NEXT_ATTEMPT: self.tr("Next attempt"),
            Column.SENT: self.tr("Sent"),
            Column.LAST_ERROR: self.tr("Last error"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.LAST_ERROR or (column is Column.STATUS and row.status is OutboxStatus.FAILED):
                return row.last_error
            if column in (Column.TO, Column.SUBJECT):
                return self._text(row, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is OutboxStatus.FAILED and column in (Column.STATUS, Column.LAST_ERROR):
                return self._failed
            if row.status is OutboxStatus.SENT:
                return self._sent
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: OutboxRow, column: Column) -> str:
        if column is Column.TO:
            return row.to_address
        if column is Column.SUBJECT:
            return row.subject
        if column is Column.CREATED:
            return formatter().datetime(row.created_at)
        if column is Column.STATUS:
            return status_text(row.status)
        if column is Column.ATTEMPTS:
            return formatter().number(row.attempts)
        if column is Column.NEXT_ATTEMPT:
            return self._next_attempt(row)
        if column is Column.SENT:
            return formatter().datetime(row.sent_at)
        return " ".join((row.last_error or "").split())

    def _next_attempt(self, row: OutboxRow) -> str:
        if row.status is not OutboxStatus.PENDING:
            return ""
        moment: datetime | None = row.next_attempt_at
        if moment is None or moment <= self._now:
            return self.tr("As soon as possible")
        return formatter().datetime(moment)


class OutboxWindow(QWidget):
    """A window of its own: a table of the outbox, the selected email below, Refresh, Send now and Retry."""

    def __init__(self, db: Database, outbox_sender: OutboxSender, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("outboxWindow")
        self.db = db
        self.outbox_sender = outbox_sender
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("statusFilter")
        self.show_filter.addItem("", None)
        for status in OutboxStatus:
            self.show_filter.addItem("", status)
        self.show_filter.currentIndexChanged.connect(self.refresh)

        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendNow")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.show_filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.show_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        outbox_sender.finished.connect(self._sent)
        outbox_sender.failed.connect(self._send_failed)
        outbox_sender.busyChanged.connect(self._update_buttons)
        self.resize(1200, 680)
        self.retranslate()

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.filter_label.setText(self.tr("S&how:"))
        self.show_filter.setItemText(0, self.tr("All emails"))
        for index, status in enumerate(OutboxStatus, start=1):
            self.show_filter.setItemText(index, status_text(status))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.send_button.setText(self.tr("&Send now"))
        self.send_button.setToolTip(self.tr("Send the emails that are due now, without waiting for the next round"))
        self.retry_button.setText(self.tr("Re&try selected"))
        self.retry_button.setToolTip(self.tr("Try the selected emails again now, failed ones included"))
        self.close_button.setText(self.tr("&Close"))
        self.preview.setPlaceholderText(self.tr("Select an email to read it."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.refresh()

    # -- content --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the outbox again, keeping the selection."""
        chosen = self.selected_ids()
        current = self.model.row_at(self.table.currentIndex().row())
        try:
            rows = list_outbox(self.db, self.shown_status())
            summary = outbox_summary(self.db)
        except BureauError as error:
            self._show_error(translate_message(error.message))
            return
        self.model.set_rows(rows)
        selection = QItemSelection()
        for email_id in chosen:
            row = self.model.row_of(email_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, len(Column) - 1))
        self.table.selectionModel().select(selection, self.table.selectionModel().SelectionFlag.ClearAndSelect)
        if current is not None and (row := self.model.row_of(current.id)) is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), self.table.selectionModel().SelectionFlag.NoUpdate
            )
        self.summary.setText(
            self.tr("Pending: {pending}   Failed: {failed}   Sent: {sent}").format(
                pending=formatter().number(summary.pending),
                failed=formatter().number(summary.failed),
                sent=formatter().number(summary.sent),
            )
        )
        config = self.outbox_sender.config()
        if config is None:
            self.banner.setText(
                self.tr(
                    "No SMTP server is set: emails wait here and are not sent. "
                    "Set the server in File > Settings, Email (SMTP)."
                )
            )
        else:
            self.banner.setText("")
        self.banner.setVisible(config is None)
        self._selection_changed()

    def shown_status(self) -> OutboxStatus | None:
        """The status the list is filtered on; None: every email."""
        data = self.show_filter.currentData()
        return OutboxStatus(data) if data else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row.id for r in rows if (row := self.model.row_at(r)) is not None]

    def _selection_changed(self, *_: object) -> None:
        rows = [self.model.row_at(index.row()) for index in self.table.selectionModel().selectedRows()]
        chosen = [row for row in rows if row is not None]
        if len(chosen) == 1:
            row = chosen[0]
            head = [
                self.tr("To: {address}").format(address=row.to_address),
                self.tr("Subject: {subject}").format(subject=row.subject),
            ]
            if row.last_error:
                head.append(self.tr("Last error: {error}").format(error=row.last_error))
            self.preview.setPlainText("\n".join(head) + "\n\n" + row.body)
        else:
            self.preview.clear()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        configured = self.outbox_sender.config() is not None
        busy = self.outbox_sender.busy
        unsent = [
            row
            for index in self.table.selectionModel().selectedRows()
            if (row := self.model.row_at(index.row())) is not None and row.status is not OutboxStatus.SENT
        ]
        self.send_button.setEnabled(configured and not busy)
        self.retry_button.setEnabled(bool(unsent))

    # -- sending --------------------------------------------------------------------------------------
    def send_now(self) -> None:
        self.error.hide()
        self.outbox_sender.run_now()
        self._update_buttons()

    def retry_selected(self) -> None:
        """Make the selected unsent emails due at once; they are sent now when a server is set."""
        self.error.hide()
        try:
            self.outbox_sender.retry(self.selected_ids())
        except BureauError as error:
            self._show_error(translate_message(error.message))
            return
        self.refresh()

    def _sent(self, report: object) -> None:
        assert isinstance(report, SendReport)
        if self.isVisible():
            self.refresh()

    def _send_failed(self, message: str) -> None:
        self._show_error(self.tr("The outbox could not be sent: {error}").format(error=message))
        if self.isVisible():
            self.refresh()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)
