from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.listing import ListFilter
from desktop.services.users import local_administrator
from desktop.ui.helpdesk.model import BLOCK_ROWS, Column
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.factories import client_with_building, reactive_orders


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, local_administrator(db), Settings())
    qtbot.addWidget(window)
    window.show_filter(ListFilter())
    qtbot.waitUntil(lambda: window.model.count_known)
    return window


def test_the_list_shows_the_newest_work_orders_first(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    numbers = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), BLOCK_ROWS + 5)
    window = make_window(qtbot, sqlite_db)
    model = window.model
    assert model.rowCount() == BLOCK_ROWS + 5
    last = model.rowCount() - 1
    model.data(model.index(last, Column.TITLE))
    qtbot.waitUntil(lambda: model.number_at(last) is not None)
    assert [model.number_at(row) for row in range(model.rowCount())] == numbers[::-1]
    assert model.data(model.index(0, Column.TITLE)) == f"Leak number {BLOCK_ROWS + 4}"
    assert model.data(model.index(0, Column.STATUS)) == "New"
    assert model.data(model.index(0, Column.CLIENT)) == "Acme Facilities"
    assert window.count_label.text() == f"{BLOCK_ROWS + 5} work orders"


def test_changing_the_language_in_the_settings_retranslates_the_open_window(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    reactive_orders(sqlite_db, local_administrator(sqlite_db), client_with_building(sqlite_db), 1)
    window = make_window(qtbot, sqlite_db)
    window.show()
    assert window.file_menu.title() == "&File"
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    assert window.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Statut"
    assert window.model.data(window.model.index(0, Column.STATUS)) == "Nouveau"
    assert window.count_label.text() == "1 ordre de travail"
    assert Settings().language == "fr"


def test_qt_standard_buttons_are_translated_too(qtbot: QtBot) -> None:
    from desktop.ui.i18n import translations

    translations().switch("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_messages_show_their_times_in_the_agents_locale(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from desktop.domain.i18n import Message
    from desktop.ui.i18n import formatter, translate_message

    moment = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    text = translate_message(Message("Errors", "Changed at {time}", {"time": moment}))
    assert text == f"Changed at {formatter().datetime(moment)}"
