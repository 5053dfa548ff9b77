"""A work order in a window of its own, so that several can be seen side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.db.engine import Database
from desktop.services.actor import Actor
from desktop.services.workorder_detail import WorkOrderDetail
from desktop.ui.workorder.detail_view import WorkOrderDetailView


class WorkOrderWindow(QWidget):
    closed = Signal(object)  # this window

    def __init__(self, db: Database, actor: Actor, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = WorkOrderDetailView(db, actor, detail, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.reload_action = QAction(self)
        self.reload_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.view.reload)
        self.close_action = QAction(self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.addActions([self.reload_action, self.close_action])
        self.view.titleChanged.connect(lambda _title: self.retranslate())
        self.resize(1000, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        detail = self.view.detail
        self.setWindowTitle(
            self.tr("Work order {number}: {title}").format(number=detail.number, title=detail.title)
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(self)
        super().closeEvent(event)
