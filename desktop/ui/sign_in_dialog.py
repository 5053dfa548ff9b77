"""Signing in to a shared (PostgreSQL) database."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.my_account import password_change_required
from desktop.services.users import sign_in
from desktop.ui.admin.password_dialogs import NewPasswordDialog
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label


class SignInDialog(QDialog):
    def __init__(self, db: Database, server: str, last_login: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.new_password_dialog: NewPasswordDialog | None = None  # open while a new password is asked
        self.server = QLabel(server, self)
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.login.setText(last_login or "")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow(buddy_label(self.server), self.server)
        self.form.addRow(buddy_label(self.login), self.login)
        self.form.addRow(buddy_label(self.password), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.login.textChanged.connect(self._update_ok)
        self.password.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if last_login else self.login).setFocus()
        self.retranslate()
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Bureau"))
        self.form.labelForField(self.server).setText(self.tr("Server:"))
        self.form.labelForField(self.login).setText(self.tr("&Login:"))
        self.form.labelForField(self.password).setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def _update_ok(self) -> None:
        ready = bool(self.login.text().strip()) and bool(self.password.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        try:
            actor = sign_in(self.db, self.login.text(), self.password.text())
            must_change = password_change_required(self.db, actor)
        except BureauError as error:
            self.error.setText(translate_message(error.message))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        if must_change and not self.choose_new_password(actor):
            self.error.setText(self.tr("Choose a new password to sign in."))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        super().accept()

    def choose_new_password(self, actor: Actor) -> bool:
        """An administrator asked for a new password: the agent types it twice before going on."""
        dialog = NewPasswordDialog(self.db, actor, current=self.password.text(), parent=self)
        self.new_password_dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.new_password_dialog = None
            dialog.deleteLater()
