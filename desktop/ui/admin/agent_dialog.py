"""New agent / Edit agent: login, display name, email, language and roles (and, for a new agent on a shared
server, a first password)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from desktop.db.engine import Database
from desktop.domain.emails import checked_email
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.agents import AgentFields, AgentRow, create_agent, update_agent
from desktop.services.roles import RoleRow
from desktop.services.users import MIN_PASSWORD_LENGTH
from desktop.ui.admin.form_dialog import PASSWORD_MAX, FormDialog, language_combo
from desktop.ui.i18n import translate_message
from desktop.ui.labels import role_label
from desktop.ui.widgets import buddy_label

LOGIN_MAX, NAME_MAX, EMAIL_MAX = 80, 120, 254


class AgentDialog(FormDialog):
    """``agent`` None: a new agent; ``server``: the database is shared, so agents sign in with a password.

    After OK, ``agent_id`` is the agent's id.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        roles: list[RoleRow],
        agent: AgentRow | None = None,
        server: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("agentDialog")
        self.agent = agent
        self.agent_id: int | None = None if agent is None else agent.id
        self.login = self.line("login", LOGIN_MAX, "" if agent is None else agent.login)
        self.display_name = self.line("displayName", NAME_MAX, "" if agent is None else agent.display_name)
        self.email = self.line("email", EMAIL_MAX, "" if agent is None or agent.email is None else agent.email)
        self.language = language_combo(self, None if agent is None else agent.language)
        self.roles_box = QGroupBox(self)
        self.roles_box.setObjectName("roles")
        box_layout = QVBoxLayout(self.roles_box)
        self.role_checks: dict[int, QCheckBox] = {}
        held = frozenset() if agent is None else agent.role_ids
        for role in roles:
            check = QCheckBox(role_label(role.name), self.roles_box)
            check.setObjectName(f"role_{role.id}")
            check.setChecked(role.id in held)
            box_layout.addWidget(check)
            self.role_checks[role.id] = check
        for field in (self.login, self.display_name, self.email, self.language):
            self.form.addRow(buddy_label(field), field)
        self.form.addRow(self.roles_box)
        self.with_password = server and agent is None
        self.password = self.line("password", PASSWORD_MAX, password=True)
        self.confirm = self.line("confirm", PASSWORD_MAX, password=True)
        self.must_change = QCheckBox(self)
        self.must_change.setObjectName("mustChange")
        self.must_change.setChecked(True)
        if self.with_password:
            self.form.addRow(buddy_label(self.password), self.password)
            self.form.addRow(buddy_label(self.confirm), self.confirm)
            self.form.addRow(self.must_change)
        else:
            for widget in (self.password, self.confirm, self.must_change):
                widget.hide()
        self.setMinimumWidth(460)
        (self.login if agent is None else self.display_name).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        if self.agent is None:
            self.setWindowTitle(self.tr("New agent"))
            self.intro.setText(self.tr("The agent's account. Agents can be assigned work orders once they exist."))
            self.ok_button.setText(self.tr("Create agent"))
        else:
            self.setWindowTitle(self.tr("Edit agent"))
            self.intro.setText(self.tr("Changes apply from the agent's next sign-in."))
            self.ok_button.setText(self.tr("Save"))
        self.form.labelForField(self.login).setText(self.tr("&Login:"))
        self.form.labelForField(self.display_name).setText(self.tr("&Display name:"))
        self.form.labelForField(self.email).setText(self.tr("&Email:"))
        self.form.labelForField(self.language).setText(self.tr("Lan&guage:"))
        self.language.setItemText(0, self.tr("Not set"))
        self.email.setPlaceholderText(self.tr("Optional"))
        self.roles_box.setTitle(self.tr("Roles"))
        if self.with_password:
            self.form.labelForField(self.password).setText(self.tr("&Password:"))
            self.form.labelForField(self.confirm).setText(self.tr("&Confirm password:"))
            self.must_change.setText(self.tr("The agent &must choose a new password at their first sign-in"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.login.text().strip():
            return self.tr("Give the agent's login.")
        if not self.display_name.text().strip():
            return self.tr("Give the agent's display name.")
        try:
            checked_email(self.email.text())
        except BureauError as error:
            return translate_message(error.message)
        if self.with_password:
            if len(self.password.text()) < MIN_PASSWORD_LENGTH:
                return self.tr("The password must have at least {count} characters.").format(count=MIN_PASSWORD_LENGTH)
            if self.password.text() != self.confirm.text():
                return self.tr("The two passwords differ.")
        return None

    def fields(self) -> AgentFields:
        return AgentFields(
            login=self.login.text(),
            display_name=self.display_name.text(),
            email=self.email.text().strip() or None,
            language=self.language.currentData(),
            role_ids=frozenset(role_id for role_id, check in self.role_checks.items() if check.isChecked()),
        )

    def save(self) -> None:
        if self.agent is None:
            password = self.password.text() if self.with_password else None
            self.agent_id = create_agent(
                self.db, self.actor, self.fields(), password, self.with_password and self.must_change.isChecked()
            )
        else:
            update_agent(self.db, self.actor, self.agent.id, self.agent.version, self.fields())


__all__ = ["AgentDialog"]
