"""The main window's *Administration* menu (agents and roles, for agents with the ``admin`` permission) and
*File > My account…* (for everyone)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.db.engine import Database, is_sqlite
from desktop.domain.errors import BureauError
from desktop.domain.permissions import Permission
from desktop.services.actor import Actor
from desktop.services.my_account import my_account
from desktop.ui.admin.my_account_dialog import MyAccountDialog
from desktop.ui.admin.window import AdministrationWindow
from desktop.ui.i18n import translate_message

ADMIN_MENU = "administrationMenu"


class AdministrationTools(QObject):
    """Owns the actions; ``window`` offers ``file_menu``, ``settings_action`` and ``help_menu``."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self.main_window = window
        self.db = db
        self.actor = actor
        self.administration_window: AdministrationWindow | None = None
        self.my_account_dialog: MyAccountDialog | None = None  # the one open now (tests drive it)

        self.my_account_action = QAction(window)
        self.my_account_action.setObjectName("myAccountAction")
        self.my_account_action.triggered.connect(lambda _checked=False: self.open_my_account())
        file_menu = getattr(window, "file_menu", None)
        settings_action = getattr(window, "settings_action", None)
        if isinstance(file_menu, QMenu):
            file_menu.insertAction(settings_action, self.my_account_action)

        self.agents_action = QAction(window)
        self.agents_action.setObjectName("agentsAndRolesAction")
        self.agents_action.triggered.connect(lambda _checked=False: self.open_administration())
        bar = window.menuBar()
        self.menu = QMenu(bar)
        self.menu.setObjectName(ADMIN_MENU)
        self.menu.addAction(self.agents_action)
        help_menu = getattr(window, "help_menu", None)
        if isinstance(help_menu, QMenu):
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        # Only agents who may administer see the menu.
        self.menu.menuAction().setVisible(actor.can(Permission.ADMIN))
        self.agents_action.setEnabled(actor.can(Permission.ADMIN))
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.main_window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Administration"))
        self.agents_action.setText(self.tr("&Agents and roles…"))
        self.agents_action.setToolTip(self.tr("The agents, their roles and the permissions each role grants"))
        self.my_account_action.setText(self.tr("My &account…"))
        self.my_account_action.setToolTip(self.tr("Your display name, email, language and password"))

    def open_administration(self) -> AdministrationWindow | None:
        """Show the Agents and roles window (one per main window), read again and raised when open already."""
        if not self.actor.can(Permission.ADMIN):
            return None
        if self.administration_window is None:
            self.administration_window = AdministrationWindow(self.db, self.actor, self.main_window)
        else:
            self.administration_window.reload()
        window = self.administration_window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_my_account(self) -> bool:
        """Run the My account dialog; True when it saved."""
        try:
            account = my_account(self.db, self.actor)
        except BureauError as error:
            QMessageBox.warning(self.main_window, self.tr("My account"), translate_message(error.message))
            return False
        dialog = MyAccountDialog(self.db, self.actor, account, not is_sqlite(self.db.url), self.main_window)
        self.my_account_dialog = dialog
        try:
            saved = dialog.exec() == MyAccountDialog.DialogCode.Accepted
        finally:
            self.my_account_dialog = None
            dialog.deleteLater()
        if saved and dialog.saved is not None:
            self._show_account(*dialog.saved)
        return saved

    def _show_account(self, display_name: str, email: str | None, language: str | None) -> None:
        """Every part of the main window acts as the agent now saved (their name on the changes they make, the
        language of the emails they send); the status bar names them."""
        self.actor = replace(self.actor, display_name=display_name, language=language)
        set_actor = getattr(self.main_window, "set_actor", None)
        if callable(set_actor):
            set_actor(self.actor)

    def shutdown(self) -> None:
        if self.administration_window is not None:
            self.administration_window.close()
        self.main_window.removeEventFilter(self)


__all__ = ["ADMIN_MENU", "AdministrationTools"]
