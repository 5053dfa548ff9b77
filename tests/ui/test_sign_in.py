from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.services.users import create_user, local_administrator
from desktop.ui.first_admin_dialog import FirstAdministratorDialog
from desktop.ui.sign_in_dialog import SignInDialog


def test_wrong_password_shows_a_clear_error_and_keeps_the_dialog_open(qtbot: QtBot, sqlite_db: Database) -> None:
    create_user(sqlite_db, local_administrator(sqlite_db), login="claire", display_name="Claire",
                password="s3cret-pass", roles=["agent"])
    dialog = SignInDialog(sqlite_db, "server", last_login="claire")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "The login or the password is not correct."
    assert dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, "s3cret-pass")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "claire"


def test_first_administrator_dialog_explains_what_is_missing(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstAdministratorDialog(sqlite_db)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() == "Enter a login and a name."
    qtbot.keyClicks(dialog.login, "chef")
    qtbot.keyClicks(dialog.display_name, "Chef de plateau")
    qtbot.keyClicks(dialog.password, "short")
    assert "at least 8 characters" in dialog.problem.text()
    qtbot.keyClicks(dialog.password, "-but-longer")
    qtbot.keyClicks(dialog.confirm, "different")
    assert dialog.problem.text() == "The two passwords differ."
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "short-but-longer")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.login == "chef"

