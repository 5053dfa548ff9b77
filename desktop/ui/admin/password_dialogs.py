"""Passwords on a shared server: an administrator sets an agent's, an agent chooses their own (from
*My account…*, or at a sign-in after an administrator asked for a new one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.db.engine import Database
from desktop.services import agents
from desktop.services.actor import Actor
from desktop.services.my_account import change_my_password
from desktop.services.users import MIN_PASSWORD_LENGTH
from desktop.ui.admin.form_dialog import PASSWORD_MAX, FormDialog
from desktop.ui.widgets import buddy_label


class _PasswordDialog(FormDialog):
    """A new password typed twice."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.password = self.line("password", PASSWORD_MAX, password=True)
        self.confirm = self.line("confirm", PASSWORD_MAX, password=True)
        self.setMinimumWidth(420)

    def add_password_rows(self) -> None:
        self.form.addRow(buddy_label(self.password), self.password)
        self.form.addRow(buddy_label(self.confirm), self.confirm)

    def password_problem(self) -> str | None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return QCoreApplication.translate(
                "PasswordDialog", "The password must have at least {count} characters."
            ).format(count=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.confirm.text():
            return QCoreApplication.translate("PasswordDialog", "The two passwords differ.")
        return None


class SetPasswordDialog(_PasswordDialog):
    """An administrator gives ``agent`` a password, by default one to replace at their next sign-in."""

    def __init__(self, db: Database, actor: Actor, agent: agents.AgentRow, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("setPasswordDialog")
        self.agent = agent
        self.add_password_rows()
        self.must_change = QCheckBox(self)
        self.must_change.setObjectName("mustChange")
        self.must_change.setChecked(agent.id != actor.user_id)
        self.form.addRow(self.must_change)
        self.password.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set password"))
        self.intro.setText(
            self.tr("A new password for {name} ({login}).").format(name=self.agent.display_name, login=self.agent.login)
        )
        self.form.labelForField(self.password).setText(self.tr("&New password:"))
        self.form.labelForField(self.confirm).setText(self.tr("&Confirm password:"))
        self.must_change.setText(self.tr("The agent &must choose a new password at their next sign-in"))
        self.ok_button.setText(self.tr("Set password"))
        super().retranslate()

    def problem(self) -> str | None:
        return self.password_problem()

    def save(self) -> None:
        agents.set_password(self.db, self.actor, self.agent.id, self.password.text(), self.must_change.isChecked())


class NewPasswordDialog(_PasswordDialog):
    """The agent chooses their own password.

    ``current``: the password the agent just signed in with (a change an administrator asked for), not asked
    again; otherwise the current password is asked when the account has one (``has_password``).
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        current: str | None = None,
        has_password: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("newPasswordDialog")
        self.forced = current is not None
        self.current = self.line("current", PASSWORD_MAX, password=True)
        self.asks_current = not self.forced and has_password
        if self.asks_current:
            self.form.addRow(buddy_label(self.current), self.current)
        else:
            self.current.setText(current or "")
            self.current.hide()
        self.add_password_rows()
        (self.current if self.asks_current else self.password).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose a new password"))
        if self.forced:
            self.intro.setText(
                self.tr("An administrator asked you to choose a new password. Type it twice to sign in.")
            )
        else:
            self.intro.setText(self.tr("Your password for signing in to this server."))
        if self.asks_current:
            self.form.labelForField(self.current).setText(self.tr("C&urrent password:"))
        self.form.labelForField(self.password).setText(self.tr("&New password:"))
        self.form.labelForField(self.confirm).setText(self.tr("&Confirm password:"))
        self.ok_button.setText(self.tr("Change password"))
        super().retranslate()

    def problem(self) -> str | None:
        if self.asks_current and not self.current.text():
            return self.tr("Type your current password.")
        return self.password_problem()

    def save(self) -> None:
        change_my_password(self.db, self.actor, self.current.text() or None, self.password.text())


__all__ = ["NewPasswordDialog", "SetPasswordDialog"]
