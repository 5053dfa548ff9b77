"""*Administration > Agents and roles…*: the agents (new, edit, deactivate, reactivate, set a password on a shared
server) and the roles (new, edit: name and permissions), each on its tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from desktop.db.engine import Database, is_sqlite
from desktop.domain.errors import BureauError
from desktop.domain.permissions import Permission
from desktop.services.actor import Actor
from desktop.services.agents import AgentRow, list_agents, set_agent_active
from desktop.services.roles import RoleRow, list_roles
from desktop.ui.admin.agent_dialog import AgentDialog
from desktop.ui.admin.list_page import ArchivableListPage, ListPage, page_button
from desktop.ui.admin.password_dialogs import SetPasswordDialog
from desktop.ui.admin.rates_page import add_rates_page
from desktop.ui.admin.role_dialog import RoleDialog, permission_label
from desktop.ui.admin.templates_page import install_templates_page
from desktop.ui.admin.work_settings_page import install_work_settings_page
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.labels import role_label


def granted_labels(row: RoleRow) -> list[str]:
    """The names of the permissions ``row`` grants, in the order of :class:`Permission`."""
    return [permission_label(p) for p in Permission if p in row.permissions]


class AgentsPage(ArchivableListPage[AgentRow]):
    """The agents, active and deactivated (greyed), with their roles."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.server = not is_sqlite(db.url)
        self.set_table("agents", 6, self.edit_agent)
        self.new_button = page_button(self, "newAgent", self.new_agent)
        self.edit_button = page_button(self, "editAgent", self.edit_agent)
        self.deactivate_button = page_button(self, "deactivateAgent", lambda: self.set_active(False))
        self.reactivate_button = page_button(self, "reactivateAgent", lambda: self.set_active(True))
        self.password_button = page_button(self, "setPassword", self.set_password)
        self.password_button.setVisible(self.server)
        self.lay_out(
            (
                self.new_button,
                self.edit_button,
                self.deactivate_button,
                self.reactivate_button,
                self.password_button,
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Login"),
                self.tr("Email"),
                self.tr("Language"),
                self.tr("Roles"),
                self.tr("Status"),
            ]
        )
        self.new_button.setText(self.tr("&New agent…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.deactivate_button.setText(self.tr("&Deactivate"))
        self.deactivate_button.setToolTip(
            self.tr("The agent can no longer sign in nor be assigned; their work orders keep their name")
        )
        self.reactivate_button.setText(self.tr("&Reactivate"))
        self.password_button.setText(self.tr("Set &password…"))
        self._fill()

    def status_text(self, row: AgentRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if self.server and not row.has_password:
            return self.tr("Active, no password yet")
        if self.server and row.must_change_password:
            return self.tr("Active, new password required")
        return self.tr("Active")

    def fetch(self) -> list[AgentRow]:
        return list_agents(self.db, self.actor)

    def warning_title(self) -> str:
        return self.tr("Agents")

    def texts(self, row: AgentRow) -> list[str]:
        language = "" if row.language is None else LANGUAGE_NAMES.get(row.language, row.language)
        return [
            row.display_name,
            row.login,
            row.email or "",
            language,
            ", ".join(role_label(name) for name in row.role_names),
            self.status_text(row),
        ]

    def decorate(self, item: QTableWidgetItem, row: AgentRow, column: int) -> None:
        item.setData(Qt.ItemDataRole.UserRole, row.id)

    def store_active(self, row: AgentRow, active: bool) -> None:
        set_agent_active(self.db, self.actor, row.id, row.version, active)

    def _update_buttons(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active and row.id != self.actor.user_id)
        self.reactivate_button.setEnabled(row is not None and not row.active)
        self.password_button.setEnabled(row is not None and row.active)

    def _roles(self) -> list[RoleRow] | None:
        try:
            return list_roles(self.db, self.actor)
        except BureauError as error:
            self.warn(error)
            return None

    def new_agent(self) -> bool:
        roles = self._roles()
        if roles is None:
            return False
        dialog = AgentDialog(self.db, self.actor, roles, None, self.server, self)
        accepted = self._run(dialog)
        if accepted and dialog.agent_id is not None:
            self.select(dialog.agent_id)
        return accepted

    def edit_agent(self) -> bool:
        row = self.current()
        roles = self._roles() if row is not None else None
        if row is None or roles is None:
            return False
        return self._run(AgentDialog(self.db, self.actor, roles, row, self.server, self))

    def set_password(self) -> bool:
        row = self.current()
        if row is None or not self.server:
            return False
        return self._run(SetPasswordDialog(self.db, self.actor, row, self))


class RolesPage(ListPage[RoleRow]):
    """The roles, the permissions each grants and how many agents hold it."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.set_table("roles", 3, self.edit_role)
        self.new_button = page_button(self, "newRole", self.new_role)
        self.edit_button = page_button(self, "editRole", self.edit_role)
        self.lay_out((self.new_button, self.edit_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Agents"), self.tr("Permissions")])
        self.new_button.setText(self.tr("&New role…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._fill()

    def fetch(self) -> list[RoleRow]:
        return list_roles(self.db, self.actor)

    def warning_title(self) -> str:
        return self.tr("Roles")

    def texts(self, row: RoleRow) -> list[str]:
        granted = granted_labels(row)
        return [role_label(row.name), str(row.agents), "; ".join(granted) or self.tr("None")]

    def decorate(self, item: QTableWidgetItem, row: RoleRow, column: int) -> None:
        if column == 2:
            item.setToolTip("\n".join(granted_labels(row)))
        if column == 1:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def created_id(self, dialog: QDialog) -> int | None:
        return dialog.role_id if isinstance(dialog, RoleDialog) else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def new_role(self) -> bool:
        return self._run(RoleDialog(self.db, self.actor, None, self))

    def edit_role(self) -> bool:
        row = self.current()
        return row is not None and self._run(RoleDialog(self.db, self.actor, row, self))


class AdministrationWindow(QWidget):
    """A window of its own (over the main window), with the Agents and Roles tabs."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("administrationWindow")
        self.tabs = QTabWidget(self)
        self.agents = AgentsPage(db, actor, self.tabs)
        self.roles = RolesPage(db, actor, self.tabs)
        self.tabs.addTab(self.agents, "")
        self.tabs.addTab(self.roles, "")
        self.rates = add_rates_page(self.tabs, db, actor)
        # A role renamed or granted shows in the agents' list at once, and the other way round.
        self.roles.changed.connect(self.agents.load)
        self.agents.changed.connect(self.roles.load)
        install_templates_page(self, db, actor)
        install_work_settings_page(self, db, actor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(940, 460)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.agents.load()
        self.roles.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agents and roles"))
        self.tabs.setTabText(0, self.tr("&Agents"))
        self.tabs.setTabText(1, self.tr("R&oles"))


__all__ = ["AdministrationWindow", "AgentsPage", "RolesPage"]
