"""Agents and roles, My account, and what a deactivated agent or a forced new password does at sign-in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.domain.permissions import Permission
from desktop.services import lookup_search, lookups
from desktop.services.actor import Actor
from desktop.services.agents import AgentFields, create_agent, get_agent, list_agents, set_agent_active, set_password
from desktop.services.my_account import my_account, password_change_required
from desktop.services.roles import list_roles
from desktop.services.users import local_administrator, sign_in
from desktop.ui.admin.agent_dialog import AgentDialog
from desktop.ui.admin.my_account_dialog import MyAccountDialog
from desktop.ui.admin.password_dialogs import NewPasswordDialog
from desktop.ui.admin.role_dialog import RoleDialog
from desktop.ui.admin.tools import ADMIN_MENU
from desktop.ui.admin.window import AdministrationWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.neworder.dialog import NewWorkOrderDialog
from desktop.ui.settings import Settings
from desktop.ui.sign_in_dialog import SignInDialog
from tests.factories import actor_for
from tests.ui.modal import when_dialog_opens

PASSWORD = "s3cret-pass"

# The Agents and roles window is raised when opened, which the offscreen platform does not support.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagate")


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def server_db(postgres_schema_url: URL) -> Iterator[Database]:
    """A shared (PostgreSQL) database, where agents sign in with a password."""
    engine = make_engine(postgres_schema_url)
    upgrade(engine)
    database = Database(engine)
    yield database
    database.dispose()


def role_id(db: Database, admin: Actor, name: str) -> int:
    return next(row.id for row in list_roles(db, admin) if row.name == name)


def add_agent(db: Database, admin: Actor, login: str, name: str, role: str = "agent") -> int:
    fields = AgentFields(login, name, None, None, frozenset({role_id(db, admin, role)}))
    return create_agent(db, admin, fields, PASSWORD)


def ok(dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert button.isEnabled(), dialog.findChild(QWidget, "hint").text()  # type: ignore[union-attr]
    button.click()


def test_a_deactivated_agent_is_gone_from_the_assignee_lookups(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    claire = add_agent(sqlite_db, admin, "claire", "Claire Martin")
    add_agent(sqlite_db, admin, "otto", "Otto Other")
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    page = window.agents
    page.select(claire)
    assert page.deactivate_button.isEnabled() and not page.reactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)

    assert not get_agent(sqlite_db, admin, claire).active
    assert claire not in dict(lookups.agents(sqlite_db))
    assert claire not in dict(lookup_search.active_agents(sqlite_db))
    row = next(index for index, agent in enumerate(page.rows) if agent.id == claire)
    assert page.table.item(row, 5).text() == "Deactivated"
    dialog = NewWorkOrderDialog(sqlite_db, admin)
    qtbot.addWidget(dialog)
    offered = [dialog.assignee.itemText(index) for index in range(dialog.assignee.count())]
    assert "Claire Martin" not in offered and "Otto Other" in offered

    page.select(claire)
    assert page.reactivate_button.isEnabled()
    qtbot.mouseClick(page.reactivate_button, Qt.MouseButton.LeftButton)
    assert claire in dict(lookups.agents(sqlite_db))


def test_an_administrator_cannot_deactivate_themselves_from_the_window(
    qtbot: QtBot, sqlite_db: Database, admin: Actor
) -> None:
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    window.agents.select(admin.user_id)
    assert window.agents.edit_button.isEnabled() and not window.agents.deactivate_button.isEnabled()
    assert window.agents.password_button.isHidden()  # the embedded database: no passwords


def test_a_new_agent_is_created_from_the_window(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AgentDialog) and dialog.password.isHidden()
        dialog.login.setText("claire")
        dialog.display_name.setText("Claire Martin")
        dialog.email.setText("not an address")
        assert "not an email address" in dialog.hint.text()
        dialog.email.setText("claire@example.com")
        dialog.role_checks[role_id(sqlite_db, admin, "supervisor")].setChecked(True)
        ok(dialog)

    seen = when_dialog_opens(fill)
    assert window.agents.new_agent()
    assert seen
    claire = next(row for row in list_agents(sqlite_db, admin) if row.login == "claire")
    assert claire.role_names == ("supervisor",) and claire.email == "claire@example.com"
    assert window.agents.current() is not None and window.agents.current().id == claire.id  # type: ignore[union-attr]


def test_a_refusal_keeps_the_agent_dialog_open_with_its_message(
    qtbot: QtBot, sqlite_db: Database, admin: Actor
) -> None:
    add_agent(sqlite_db, admin, "claire", "Claire Martin")
    dialog = AgentDialog(sqlite_db, admin, list_roles(sqlite_db, admin))
    qtbot.addWidget(dialog)
    dialog.login.setText("CLAIRE")
    dialog.display_name.setText("Another Claire")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "The login CLAIRE is already taken."


def test_a_role_gets_a_permission_ticked(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    claire = add_agent(sqlite_db, admin, "claire", "Claire Martin")
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.roles)
    agent_role = role_id(sqlite_db, admin, "agent")
    window.roles.select(agent_role)

    def tick(dialog: QWidget) -> None:
        assert isinstance(dialog, RoleDialog)
        check = dialog.permission_checks[Permission.DELETE_WORK_ORDER]
        assert check.text() == "Delete work orders" and not check.isChecked()
        check.setChecked(True)
        ok(dialog)

    when_dialog_opens(tick)
    assert window.roles.edit_role()
    assert next(row for row in list_roles(sqlite_db, admin) if row.id == agent_role).permissions == {
        Permission.DELETE_WORK_ORDER
    }
    assert actor_for(sqlite_db, claire).can(Permission.DELETE_WORK_ORDER)
    row = next(index for index, role in enumerate(window.roles.rows) if role.id == agent_role)
    assert window.roles.table.item(row, 2).text() == "Delete work orders"


def test_shipped_roles_show_their_translated_names_until_renamed(
    qtbot: QtBot, sqlite_db: Database, admin: Actor
) -> None:
    from desktop.services.roles import update_role
    from desktop.ui.i18n import translations

    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)

    def names() -> list[str]:
        window.roles.load()
        return sorted(window.roles.table.item(row, 0).text() for row in range(window.roles.table.rowCount()))

    assert names() == ["Administrator", "Agent", "Supervisor"]
    translations().switch("fr")
    assert names() == ["Administrateur", "Agent", "Superviseur"]
    agent = next(row for row in list_roles(sqlite_db, admin) if row.name == "agent")
    update_role(sqlite_db, admin, agent.id, agent.version, "Technicien de bureau", agent.permissions)
    assert names() == ["Administrateur", "Superviseur", "Technicien de bureau"]


def test_my_account_changes_the_display_name(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    tools = window.administration
    actions = window.file_menu.actions()
    assert actions.index(tools.my_account_action) == actions.index(window.settings_action) - 1

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, MyAccountDialog) and dialog.password_button.isHidden()
        dialog.display_name.setText("Sophie Lefèvre")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        ok(dialog)

    when_dialog_opens(rename)
    tools.my_account_action.trigger()
    account = my_account(sqlite_db, admin)
    assert (account.display_name, account.language) == ("Sophie Lefèvre", "fr")
    assert window.database_label.text().startswith("Sophie Lefèvre on ")


def test_the_administration_menu_is_for_administrators_only(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    menu = window.menuBar().findChild(QMenu, ADMIN_MENU)
    assert menu is not None and menu.menuAction().isVisible() and menu.title() == "&Administration"
    bar = window.menuBar().actions()
    assert bar.index(menu.menuAction()) < bar.index(window.help_menu.menuAction())
    opened = window.administration.open_administration()
    assert opened is not None and opened.isVisible()
    opened.close()

    agent = actor_for(sqlite_db, add_agent(sqlite_db, admin, "claire", "Claire Martin"))
    theirs = MainWindow(sqlite_db, agent, Settings())
    qtbot.addWidget(theirs)
    their_menu = theirs.menuBar().findChild(QMenu, ADMIN_MENU)
    assert their_menu is not None and not their_menu.menuAction().isVisible()
    assert theirs.administration.open_administration() is None
    assert theirs.administration.my_account_action.isEnabled()


# -- signing in ------------------------------------------------------------------------------------------------


def test_a_deactivated_agent_is_told_at_sign_in(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    claire = add_agent(sqlite_db, admin, "claire", "Claire Martin")
    set_agent_active(sqlite_db, admin, claire, get_agent(sqlite_db, admin, claire).version, False)
    dialog = SignInDialog(sqlite_db, "server", last_login="claire")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.error.text() == "This account has been deactivated: ask an administrator to reactivate it."


def test_a_forced_new_password_is_chosen_before_signing_in(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    claire = add_agent(sqlite_db, admin, "claire", "Claire Martin")
    set_password(sqlite_db, admin, claire, "temporary-pass", must_change=True)
    dialog = SignInDialog(sqlite_db, "server", last_login="claire")
    qtbot.addWidget(dialog)

    def cancel(new: QWidget) -> None:
        assert isinstance(new, NewPasswordDialog) and new.current.isHidden()
        new.reject()

    when_dialog_opens(cancel)
    qtbot.keyClicks(dialog.password, "temporary-pass")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is None and dialog.error.text() == "Choose a new password to sign in."
    assert password_change_required(sqlite_db, actor_for(sqlite_db, claire))

    def choose(new: QWidget) -> None:
        assert isinstance(new, NewPasswordDialog)
        new.password.setText("my-own-password")
        new.confirm.setText("my-own-passw0rd")
        assert new.hint.text() == "The two passwords differ."
        new.confirm.setText("my-own-password")
        ok(new)

    when_dialog_opens(choose)
    qtbot.keyClicks(dialog.password, "temporary-pass")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.user_id == claire
    assert not password_change_required(sqlite_db, dialog.actor)
    assert sign_in(sqlite_db, "claire", "my-own-password").user_id == claire


@pytest.mark.postgres
def test_on_a_server_an_administrator_sets_a_password(qtbot: QtBot, server_db: Database) -> None:
    from desktop.services.users import create_first_administrator

    chief = create_first_administrator(server_db, "chief", "Chief", "chief-password")
    claire = add_agent(server_db, chief, "claire", "Claire Martin")
    window = AdministrationWindow(server_db, chief)
    qtbot.addWidget(window)
    page = window.agents
    page.select(claire)
    assert not page.password_button.isHidden() and page.password_button.isEnabled()

    def set_it(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "password").setText("temporary-pass")  # type: ignore[union-attr]
        dialog.findChild(QWidget, "confirm").setText("temporary-pass")  # type: ignore[union-attr]
        ok(dialog)

    when_dialog_opens(set_it)
    assert page.set_password()
    assert password_change_required(server_db, actor_for(server_db, claire))
    row = next(index for index, agent in enumerate(page.rows) if agent.id == claire)
    assert page.table.item(row, 5).text() == "Active, new password required"
