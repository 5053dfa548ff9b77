"""*Administration > Agents and roles…*: the agents (new, edit, deactivate, reactivate, set a password on a shared
server) and the roles (new, edit: name and permissions), each on its tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database, is_sqlite
from desktop.domain.errors import BureauError
from desktop.domain.permissions import Permission
from desktop.services.actor import Actor
from desktop.services.agents import AgentRow, list_agents, set_agent_active
from desktop.services.roles import RoleRow, list_roles
from desktop.ui.admin.agent_dialog import AgentDialog
from desktop.ui.admin.password_dialogs import SetPasswordDialog
from desktop.ui.admin.rates_page import add_rates_page
from desktop.ui.admin.role_dialog import RoleDialog, permission_label
from desktop.ui.admin.templates_page import install_templates_page
from desktop.ui.admin.work_settings_page import install_work_settings_page
from desktop.ui.i18n import LANGUAGE_NAMES, translate_message
from desktop.ui.labels import role_label

INACTIVE_COLOUR = "#5f6368"


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _button(parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class AgentsPage(QWidget):
    """The agents, active and deactivated (greyed), with their roles."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.server = not is_sqlite(db.url)
        self.rows: list[AgentRow] = []
        self.table = _table(self, "agents", 6)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_agent())
        self.new_button = _button(self, "newAgent", self.new_agent)
        self.edit_button = _button(self, "editAgent", self.edit_agent)
        self.deactivate_button = _button(self, "deactivateAgent", lambda: self.set_active(False))
        self.reactivate_button = _button(self, "reactivateAgent", lambda: self.set_active(True))
        self.password_button = _button(self, "setPassword", self.set_password)
        self.password_button.setVisible(self.server)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.deactivate_button,
            self.reactivate_button,
            self.password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
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

    def load(self) -> None:
        try:
            self.rows = list_agents(self.db, self.actor)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Agents"), translate_message(error.message))
            self.rows = []
        self._fill()

    def _fill(self) -> None:
        selected = self.current()
        self.table.setRowCount(len(self.rows))
        grey = QBrush(QColor(INACTIVE_COLOUR))
        for index, row in enumerate(self.rows):
            language = "" if row.language is None else LANGUAGE_NAMES.get(row.language, row.language)
            texts = [
                row.display_name,
                row.login,
                row.email or "",
                language,
                ", ".join(role_label(name) for name in row.role_names),
                self.status_text(row),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if not row.active:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, agent_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == agent_id:
                self.table.selectRow(index)
                return

    def current(self) -> AgentRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

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
            QMessageBox.warning(self, self.tr("Agents"), translate_message(error.message))
            return None

    def _run(self, dialog: QDialog) -> bool:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        self.load()
        if accepted:
            self.changed.emit()
        return accepted

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

    def set_active(self, active: bool) -> bool:
        row = self.current()
        if row is None:
            return False
        try:
            set_agent_active(self.db, self.actor, row.id, row.version, active)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Agents"), translate_message(error.message))
            self.load()
            return False
        self.load()
        self.changed.emit()
        return True


class RolesPage(QWidget):
    """The roles, the permissions each grants and how many agents hold it."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.rows: list[RoleRow] = []
        self.table = _table(self, "roles", 3)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_role())
        self.new_button = _button(self, "newRole", self.new_role)
        self.edit_button = _button(self, "editRole", self.edit_role)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Agents"), self.tr("Permissions")])
        self.new_button.setText(self.tr("&New role…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._fill()

    def load(self) -> None:
        try:
            self.rows = list_roles(self.db, self.actor)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Roles"), translate_message(error.message))
            self.rows = []
        self._fill()

    def _fill(self) -> None:
        selected = self.current()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            granted = [permission_label(p) for p in Permission if p in row.permissions]
            texts = [role_label(row.name), str(row.agents), "; ".join(granted) or self.tr("None")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip("\n".join(granted))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, role_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == role_id:
                self.table.selectRow(index)
                return

    def current(self) -> RoleRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def _run(self, dialog: RoleDialog) -> bool:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        self.load()
        if accepted:
            if dialog.role_id is not None:
                self.select(dialog.role_id)
            self.changed.emit()
        return accepted

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
        self.agents.retranslate()
        self.roles.retranslate()


__all__ = ["AdministrationWindow", "AgentsPage", "RolesPage"]
