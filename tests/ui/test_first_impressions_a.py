"""What a new user tripped on: the conflict box's button says Reload, dates show the whole year, and the key of
a greyed action says why it does nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.transitions import Action
from desktop.domain.workorders import Status
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.directory.fields import date_edit
from desktop.ui.helpdesk.model import Column
from desktop.ui.i18n import short_date_format, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.factories import client_with_building, reactive_orders
from tests.ui.modal import when_dialog_opens

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def admin_actor(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def number(sqlite_db: Database, admin_actor: Actor) -> int:
    (first,) = reactive_orders(sqlite_db, admin_actor, client_with_building(sqlite_db), 1)
    return first


@pytest.fixture
def windows() -> Iterator[list[QWidget]]:
    opened: list[QWidget] = []
    yield opened
    for window in opened:
        window.close()


def main_window(qtbot: QtBot, db: Database, actor: Actor, windows: list[QWidget]) -> MainWindow:
    window = MainWindow(db, actor, Settings())
    qtbot.addWidget(window)
    window.restore_filters()
    window.show()
    qtbot.waitUntil(lambda: window.model.count_known)
    windows.append(window)
    return window


# -- 3. The conflict box -------------------------------------------------------------------------------------------


def test_in_french_the_box_that_offers_to_reload_has_a_reload_button(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, number: int
) -> None:
    translations().switch("fr")
    view = WorkOrderDetailView(sqlite_db, admin_actor, get_detail(sqlite_db, admin_actor, number))
    qtbot.addWidget(view)
    workorder_actions.add_comment(sqlite_db, admin_actor, number, view.detail.version, "Called the tenant")
    seen: dict[str, object] = {}

    def reload(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        seen["default"] = box.defaultButton() and box.defaultButton().text()
        button = box.findChild(QPushButton, "reload")
        if button is None:
            box.reject()  # fails below rather than waiting for an answer
        else:
            button.click()

    def start(dialog: QWidget) -> None:
        when_dialog_opens(reload)  # the box comes up from inside OK
        dialog.accept()
        if dialog.isVisible():  # not reloaded: close it, the assertions below fail
            dialog.reject()

    when_dialog_opens(start)
    view.menu_actions[Action.START].trigger()

    assert str(seen["text"]).startswith(f"L’ordre de travail {number} a été modifié")
    assert seen["buttons"] == ["Annuler", "Recharger"]
    assert seen["default"] == "Recharger"
    assert get_detail(sqlite_db, admin_actor, number).status is Status.NEW  # nothing overwritten
    assert "Called the tenant" in view.timeline.toPlainText()  # reloaded


def test_no_message_box_offers_a_standard_button_that_says_something_else() -> None:
    """Qt's Reset button reads "Reset"/"Réinitialiser": a box that means another word has its own button."""
    users = [path.relative_to(UI) for path in UI.rglob("*.py") if "StandardButton.Reset" in path.read_text("utf-8")]
    assert users == []


# -- 5. Four-digit years -----------------------------------------------------------------------------------------


def test_a_german_date_edit_shows_the_whole_year(qtbot: QtBot) -> None:
    translations().switch("de")
    edit = date_edit(None, "start", date(2026, 12, 3))
    qtbot.addWidget(edit)
    assert short_date_format() == "dd.MM.yyyy"
    assert edit.text() == "03.12.2026"


def test_the_german_list_shows_the_whole_year(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, number: int, windows: list[QWidget]
) -> None:
    translations().switch("de")
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    created = window.model.index(0, Column.CREATED).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", created), created


# -- 7. A greyed action's key ------------------------------------------------------------------------------------


def test_the_key_of_a_greyed_action_says_why_in_the_status_bar(
    qtbot: QtBot,
    sqlite_db: Database,
    admin_actor: Actor,
    number: int,
    windows: list[QWidget],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workorder_actions.perform(
        sqlite_db, admin_actor, number, get_detail(sqlite_db, admin_actor, number).version, Action.START, ""
    )
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    view = window.open_number(number)
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    cancel = view.menu_actions[Action.CANCEL_JOB]
    assert not cancel.isEnabled() and cancel.toolTip()
    version = view.detail.version
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: boxes.append(text))
    assert window.statusBar().currentMessage() == ""

    qtbot.keyClick(view, Qt.Key.Key_X, CTRL_SHIFT)

    assert window.statusBar().currentMessage() == cancel.toolTip()
    assert boxes == [] and QApplication.activeModalWidget() is None
    detail = get_detail(sqlite_db, admin_actor, number)
    assert detail.status is Status.IN_PROGRESS and detail.version == version  # the order is unchanged


def test_the_key_of_an_enabled_action_still_acts(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, number: int, windows: list[QWidget]
) -> None:
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    view = window.open_number(number)
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.menu_actions[Action.CANCEL_JOB].isEnabled()
    seen = when_dialog_opens(lambda dialog: dialog.reject())

    qtbot.keyClick(view, Qt.Key.Key_X, CTRL_SHIFT)

    assert len(seen) == 1 and window.statusBar().currentMessage() == ""
