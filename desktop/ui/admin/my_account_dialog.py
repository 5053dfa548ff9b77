"""*File > My account…*: the agent's own display name, email and language, and (on a shared server) password."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.db.engine import Database
from desktop.domain.emails import checked_email
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.my_account import MyAccount, my_account, update_my_account
from desktop.ui.admin.agent_dialog import EMAIL_MAX, NAME_MAX
from desktop.ui.admin.form_dialog import FormDialog, language_combo
from desktop.ui.admin.password_dialogs import NewPasswordDialog
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label


class MyAccountDialog(FormDialog):
    """``account`` as read when the dialog opens; ``server``: the password can be changed here.

    After OK, ``saved`` holds the name, email and language saved.
    """

    def __init__(
        self, db: Database, actor: Actor, account: MyAccount, server: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("myAccountDialog")
        self.account = account
        self.saved: tuple[str, str | None, str | None] | None = None
        self.login = QLabel(account.login, self)
        self.login.setObjectName("login")
        self.display_name = self.line("displayName", NAME_MAX, account.display_name)
        self.email = self.line("email", EMAIL_MAX, account.email or "")
        self.language = language_combo(self, account.language)
        self.form.addRow(buddy_label(self.login), self.login)
        for field in (self.display_name, self.email, self.language):
            self.form.addRow(buddy_label(field), field)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("changePassword")
        self.password_button.clicked.connect(self.change_password)
        if server:
            self.form.addRow(buddy_label(self.password_button), self.password_button)
        else:
            self.password_button.hide()
        self.server = server
        self.setMinimumWidth(440)
        self.display_name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My account"))
        self.intro.setText(
            self.tr(
                "Your name as others see it on work orders, your email address, and the language of the emails "
                "you send to contacts without a language of their own."
            )
        )
        self.form.labelForField(self.login).setText(self.tr("Login:"))
        self.form.labelForField(self.display_name).setText(self.tr("&Display name:"))
        self.form.labelForField(self.email).setText(self.tr("&Email:"))
        self.form.labelForField(self.language).setText(self.tr("Lan&guage:"))
        self.language.setItemText(0, self.tr("Not set"))
        self.email.setPlaceholderText(self.tr("Optional"))
        self.ok_button.setText(self.tr("Save"))
        if self.server:
            self.form.labelForField(self.password_button).setText(self.tr("Password:"))
            self.password_button.setText(self.tr("&Change password…"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.display_name.text().strip():
            return self.tr("Give your display name.")
        try:
            checked_email(self.email.text())
        except BureauError as error:
            return translate_message(error.message)
        return None

    def change_password(self) -> bool:
        dialog = NewPasswordDialog(self.db, self.actor, has_password=self.account.has_password, parent=self)
        try:
            changed = dialog.exec() == NewPasswordDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if changed:
            try:
                # The new password is a new version of the account: what is typed here saves on top of it.
                self.account = replace(self.account, version=my_account(self.db, self.actor).version, has_password=True)
            except BureauError as error:
                self.show_error(translate_message(error.message))
        return changed

    def save(self) -> None:
        email = self.email.text().strip() or None
        language = self.language.currentData()
        update_my_account(self.db, self.actor, self.account.version, self.display_name.text(), email, language)
        self.saved = (self.display_name.text().strip(), email, language)


__all__ = ["MyAccountDialog"]
