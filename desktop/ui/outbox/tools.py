"""The outbox in the main window: the background sender, and Tools > Outbox… opening the outbox window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.db.engine import Database
from desktop.ui.outbox.sender import OutboxSender
from desktop.ui.outbox.window import OutboxWindow
from desktop.ui.settings import Settings

TOOLS_MENU = "toolsMenu"


class OutboxTools(QObject):
    """Started with the main window: sends the outbox every half minute while an SMTP server is set.

    The Outbox… entry goes in the window's Tools menu (made before the Help menu when there is none).
    """

    def __init__(self, db: Database, settings: Settings, window: QMainWindow) -> None:
        super().__init__(window)
        self.db = db
        self.main_window = window
        self.outbox_sender = OutboxSender(db, settings.smtp_config, self)
        self.outbox_window: OutboxWindow | None = None
        self.action = QAction(window)
        self.action.setObjectName("outboxAction")
        self.action.triggered.connect(self.open_window)
        existing = window.menuBar().findChild(QMenu, TOOLS_MENU)
        self._own_menu = existing is None
        self.menu = existing if existing is not None else self._tools_menu(window)
        self.menu.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()
        self.outbox_sender.start()

    @staticmethod
    def _tools_menu(window: QMainWindow) -> QMenu:
        bar = window.menuBar()
        menu = QMenu(bar)
        menu.setObjectName(TOOLS_MENU)
        help_menu = getattr(window, "help_menu", None)
        if isinstance(help_menu, QMenu):
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.main_window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        if self._own_menu:
            self.menu.setTitle(self.tr("&Tools"))
        self.action.setText(self.tr("&Outbox…"))
        self.action.setToolTip(self.tr("The emails waiting to be sent, failed and sent"))

    def open_window(self) -> OutboxWindow:
        """Show the outbox window (one per main window), raised when it is open already."""
        if self.outbox_window is None:
            self.outbox_window = OutboxWindow(self.db, self.outbox_sender, self.main_window)
        window = self.outbox_window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def send_soon(self) -> None:
        """A change may have queued mail: send shortly, without waiting for the next round."""
        self.outbox_sender.send_soon()

    def shutdown(self) -> None:
        if self.outbox_window is not None:
            self.outbox_window.close()
        self.main_window.removeEventFilter(self)
        self.outbox_sender.shutdown()
