"""The directory's screens: the Clients, Buildings and Contacts tabs and their dialogs, driven as an agent does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.workorders import OPEN_STATUSES
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.buildings import BuildingFields, Closure, create_building, get_building, set_building_active
from desktop.services.clients import ClientFields, create_client, get_client, update_client
from desktop.services.contacts import ContactFields, create_contact, get_contact, set_contact_active
from desktop.services.lookup_search import find_buildings
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.directory.building_dialog import BuildingDialog
from desktop.ui.directory.buildings_view import BuildingsView
from desktop.ui.directory.client_dialog import ClientDialog
from desktop.ui.directory.clients_view import ClientsView
from desktop.ui.directory.contact_dialog import BUILDING_ROLE, ContactDialog
from desktop.ui.directory.contacts_view import ContactsView
from desktop.ui.directory.import_dialog import ImportBuildingsDialog
from desktop.ui.directory.list_view import DirectoryListView
from desktop.ui.lookup_edit import LookupEdit
from desktop.ui.main_window import MainWindow
from desktop.ui.neworder.dialog import NewWorkOrderDialog
from desktop.ui.settings import Settings
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.factories import reactive_orders
from tests.ui.modal import when_dialog_opens

# The lookups' lists are popups, which the offscreen platform cannot raise or give the keyboard to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


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
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.count_known)
    qtbot.waitUntil(window.isActiveWindow)
    windows.append(window)
    return window


def client(db: Database, actor: Actor, name: str, reference: str) -> int:
    return create_client(db, actor, ClientFields(name=name, reference=reference))


def building(db: Database, actor: Actor, client_id: int, name: str, city: str = "Paris", **more: object) -> int:
    fields = BuildingFields(
        client_id=client_id,
        name=name,
        address_line="12 rue de la Paix",
        postcode="75002",
        city=city,
        country="FR",
        start_date=date(2020, 1, 1),
    )
    return create_building(db, actor, fields.__class__(**{**fields.__dict__, **more}))


def shown(view: DirectoryListView, column: int = 0) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def pick(qtbot: QtBot, lookup: LookupEdit, text: str, row: int = 0) -> None:
    """Type ``text`` into a lookup, wait for its list, go down to ``row`` and press Enter, as an agent does."""
    window = lookup.window()
    if not window.isActiveWindow():  # the offscreen platform may leave it inactive after a popup
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    lookup.setFocus()
    qtbot.waitUntil(lookup.hasFocus)
    qtbot.keyClicks(lookup, text)
    popup = lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.choice is not None)


def in_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Act on the next modal dialog; if the act fails, the dialog is closed so that the test does not hang."""

    def guarded(dialog: QWidget) -> None:
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    return when_dialog_opens(guarded)


def answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next question with ``button``; its text is appended to the list."""
    asked: list[str] = []

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    in_modal(qtbot, act)
    return asked


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a shortcut of the window (active again after a dialog closed, which the offscreen platform may not do)."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def type_into(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Type ``text`` where the focus is, then Tab on."""
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


# --- the menu and the tabs -------------------------------------------------------------------------------------


def test_the_directory_menu_follows_work_orders_and_opens_each_tab(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    building(sqlite_db, admin, acme, "Tour Horizon")
    create_contact(sqlite_db, admin, ContactFields(client_id=acme, name="Carla Dupont"))
    window = main_window(qtbot, sqlite_db, admin, windows)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Directory") == titles.index("&Work orders") + 1
    menu = window.directory.menu
    assert [action.text() for action in menu.actions() if not action.isSeparator()] == [
        "&Clients",
        "&Buildings",
        "C&ontacts",
        "&New client…",
        "New b&uilding…",
        "New con&tact…",
        "&Import buildings…",
    ]
    taken = [
        sequence.toString()
        for action in window.findChildren(type(menu.actions()[0]))
        if action not in menu.actions()
        for sequence in action.shortcuts()
    ]
    for action in menu.actions():
        for sequence in action.shortcuts():
            assert sequence.toString() not in taken

    for keys, kind, expected in (
        (Qt.Key.Key_C, ClientsView, "Acme Facilities"),
        (Qt.Key.Key_B, BuildingsView, "Tour Horizon"),
        (Qt.Key.Key_T, ContactsView, "Carla Dupont"),
    ):
        press(qtbot, window, keys, CTRL | SHIFT)
        view = window.tabs.currentWidget()
        assert isinstance(view, kind)
        assert shown(view) == [expected]
        qtbot.waitUntil(lambda v=view: v.count_label.text() == "Found: 1")
        assert QApplication.focusWidget() is view.table
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == [
        "Helpdesk",
        "Clients",
        "Buildings",
        "Contacts",
    ]
    window.directory.actions["clients"].trigger()  # open already: focused, not opened twice
    assert window.tabs.count() == 4 and isinstance(window.tabs.currentWidget(), ClientsView)
    window.close_tab(window.tabs.indexOf(window.directory.views["clients"]))
    qtbot.wait(1)  # the closed tab's view is deleted
    window.directory.actions["clients"].trigger()
    assert window.tabs.count() == 4 and isinstance(window.tabs.currentWidget(), ClientsView)


def test_f5_on_a_directory_tab_reads_its_list_again(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    client(sqlite_db, admin, "Acme Facilities", "ACME")
    window = main_window(qtbot, sqlite_db, admin, windows)
    window.directory.actions["clients"].trigger()
    view = window.tabs.currentWidget()
    assert isinstance(view, ClientsView)
    qtbot.waitUntil(lambda: shown(view) == ["Acme Facilities"])
    client(sqlite_db, admin, "Brico Dépôt", "BRICO")  # by someone else
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: shown(view) == ["Acme Facilities", "Brico Dépôt"])


def test_the_lists_search_sort_and_page_from_the_database(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    for number in range(12):
        client(sqlite_db, admin, f"Client {number:02}", f"REF{99 - number:02}")
    client(sqlite_db, admin, "Brico Nord", "BRICO")
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("clients")
    assert isinstance(view, ClientsView)
    assert view.model.rowCount() == 13
    qtbot.waitUntil(lambda: view.count_label.text() == "Found: 13")

    view.model.page_rows = 5
    view.reload()
    assert view.model.rowCount() == 5 and view.model.canFetchMore()
    view.model.fetchMore()
    assert shown(view)[5:10] == [f"Client {number:02}" for number in range(4, 9)]
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: not view.model.canFetchMore())
    assert view.model.rowCount() == 13

    view.search.setFocus()
    qtbot.keyClicks(view.search, "bric")
    qtbot.waitUntil(lambda: shown(view) == ["Brico Nord"])
    qtbot.waitUntil(lambda: view.count_label.text() == "Found: 1")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table and view.current_row().name == "Brico Nord"
    view.search.clear()
    assert view.model.rowCount() == 5 and view.model.query.text == ""

    header = view.table.horizontalHeader()
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort == "reference" and not view.model.query.descending
    assert shown(view, 1)[:3] == ["BRICO", "REF88", "REF89"]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.model.query.descending
    assert shown(view, 1)[:2] == ["REF99", "REF98"]
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the state column does not sort
    assert view.model.query.sort == "reference"
    assert header.sortIndicatorSection() == 1 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


# --- the keyboard path of the issue ------------------------------------------------------------------------------


def test_a_client_building_and_contact_are_added_then_an_order_logged_for_them_with_the_keyboard_only(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    window = main_window(qtbot, sqlite_db, admin, windows)
    hints: list[str] = []

    def new_client(dialog: QWidget) -> None:
        assert isinstance(dialog, ClientDialog)
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name)
        hints.append(dialog.hint.text())
        type_into(qtbot, dialog, "Nouvelle Galerie")
        qtbot.keyClicks(dialog.reference, "NGAL")
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)

    opened = in_modal(qtbot, new_client)
    press(qtbot, window, Qt.Key.Key_C, CTRL | SHIFT)
    clients = window.tabs.currentWidget()
    assert isinstance(clients, ClientsView)
    qtbot.keyClick(clients.table, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: len(opened) == 1)  # a mnemonic clicks its button after a short delay
    assert len(opened) == 1 and hints == ["Give the client's name."]
    assert shown(clients) == ["Nouvelle Galerie"]
    client_id = clients.current_row().id

    def new_building(dialog: QWidget) -> None:
        assert isinstance(dialog, BuildingDialog)
        pick(qtbot, dialog.client, "galer")
        qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
        for text in ("Galerie Saint-Hubert", "5 galerie du Roi", "1000", "Bruxelles"):
            type_into(qtbot, dialog, text)
        assert dialog.focusWidget() is dialog.country.lineEdit() or dialog.focusWidget() is dialog.country
        qtbot.keyClicks(dialog.focusWidget(), "\b\b\b\b\b\b\b\b\b\b\b\bBelgium (BE)")
        assert dialog.country.code() == "BE"
        hints.append(dialog.hint.text())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, CTRL)

    opened = in_modal(qtbot, new_building)
    press(qtbot, window, Qt.Key.Key_B, CTRL | SHIFT)
    buildings = window.tabs.currentWidget()
    assert isinstance(buildings, BuildingsView)
    qtbot.keyClick(buildings.table, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert len(opened) == 1 and hints[-1] == ""
    (saved,) = [row for row in (buildings.model.row_at(i) for i in range(buildings.model.rowCount()))]
    assert (saved.name, saved.client_id, saved.city, saved.country) == (
        "Galerie Saint-Hubert",
        client_id,
        "Bruxelles",
        "BE",
    )

    def new_contact(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        pick(qtbot, dialog.client, "NGAL")
        qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
        type_into(qtbot, dialog, "Hugo Peeters")
        type_into(qtbot, dialog, "hugo@galerie.example")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, CTRL)

    opened = in_modal(qtbot, new_contact)
    press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    contacts = window.tabs.currentWidget()
    assert isinstance(contacts, ContactsView)
    qtbot.keyClick(contacts.table, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert len(opened) == 1
    assert shown(contacts) == ["Hugo Peeters"] and shown(contacts, 2) == ["hugo@galerie.example"]

    def log_order(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.building)
        pick(qtbot, dialog.building, "Saint-Hub")
        assert dialog.client.text() == "Nouvelle Galerie"
        qtbot.keyClick(dialog.building, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.contact
        qtbot.keyClicks(dialog.contact, "hugo")
        qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)  # the one contact found is chosen
        assert dialog.contact.choice is not None and dialog.contact.choice.name == "Hugo Peeters"
        for _ in range(2):  # New contact…, title
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.title
        qtbot.keyClicks(dialog.title, "Shop window cracked")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)

    opened = in_modal(qtbot, log_order)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert len(opened) == 1
    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView)
    detail = get_detail(sqlite_db, admin, view.number)
    assert (detail.title, detail.building, detail.client) == (
        "Shop window cracked",
        "Galerie Saint-Hubert",
        "Nouvelle Galerie",
    )
    assert detail.contact_name == "Hugo Peeters"


# --- archive, delete, concurrent edits ---------------------------------------------------------------------------


def test_an_archived_building_leaves_the_list_and_the_new_order_lookup(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    building(sqlite_db, admin, acme, "Tour Lumière")
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("buildings")
    view.select(horizon)
    assert view.archive_button.text() == "A&rchive"
    questions = answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "Archive “Tour Horizon”?" in questions[0]
    assert shown(view) == ["Tour Lumière"]
    assert not get_building(sqlite_db, horizon).active
    assert [hit.name for hit in find_buildings(sqlite_db, "tour")] == ["Tour Lumière"]

    dialog = NewWorkOrderDialog(sqlite_db, admin)
    qtbot.addWidget(dialog)
    assert [hit.name for hit in dialog.search_buildings("Horizon")] == []

    view.archived.setChecked(True)
    assert shown(view) == ["Tour Horizon", "Tour Lumière"] and shown(view, 6) == ["Archived", ""]
    view.select(horizon)
    assert view.archive_button.text() == "&Restore"
    view.archive_button.click()
    assert get_building(sqlite_db, horizon).active
    assert [hit.name for hit in dialog.search_buildings("Horizon")] == ["Tour Horizon"]


def test_archiving_a_client_asks_first_and_leaves_its_buildings_and_contacts_alone(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    carla = create_contact(sqlite_db, admin, ContactFields(client_id=acme, name="Carla Dupont"))
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("clients")
    view.select(acme)
    questions = answer(qtbot, QMessageBox.StandardButton.No)
    view.archive_button.click()
    assert len(questions) == 1 and "its buildings and contacts" in questions[0]
    assert get_client(sqlite_db, acme).active and shown(view) == ["Acme Facilities"]

    questions = answer(qtbot, QMessageBox.StandardButton.Yes)
    view.archive_button.click()
    assert len(questions) == 1 and not get_client(sqlite_db, acme).active
    assert get_building(sqlite_db, horizon).active and get_contact(sqlite_db, carla).active
    assert find_buildings(sqlite_db, "Horizon") == []
    view.archived.setChecked(True)
    view.select(acme)
    view.archive_button.click()  # Restore asks nothing
    assert get_client(sqlite_db, acme).active
    assert [hit.name for hit in find_buildings(sqlite_db, "Horizon")] == ["Tour Horizon"]


@pytest.mark.parametrize("kind", ["clients", "buildings", "contacts"])
@pytest.mark.parametrize("button", ["archive", "delete"])
def test_archive_and_delete_refuse_a_record_changed_since_the_list_was_read(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    windows: list[QWidget],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    button: str,
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    carla = create_contact(sqlite_db, admin, ContactFields(client_id=acme, name="Carla Dupont"))
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab(kind)
    record_id = {"clients": acme, "buildings": horizon, "contacts": carla}[kind]
    view.select(record_id)
    assert view.current_row().id == record_id
    if kind == "clients":
        update_client(sqlite_db, admin, acme, get_client(sqlite_db, acme).version, ClientFields("Acme Group", "ACME"))
    elif kind == "buildings":
        record = get_building(sqlite_db, horizon)
        set_building_active(sqlite_db, admin, horizon, record.version, False)
        set_building_active(sqlite_db, admin, horizon, record.version + 1, True)
    else:
        record = get_contact(sqlite_db, carla)
        set_contact_active(sqlite_db, admin, carla, record.version, False)
        set_contact_active(sqlite_db, admin, carla, record.version + 1, True)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    getattr(view, f"{button}_button").click()
    assert len(warnings) == 1 and "was changed by Administrator at" in warnings[0]
    record_now = {"clients": get_client, "buildings": get_building, "contacts": get_contact}[kind](sqlite_db, record_id)
    assert record_now.active


def test_a_refused_delete_is_shown_and_an_unused_record_is_deleted(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    building(sqlite_db, admin, acme, "Tour Horizon")
    client(sqlite_db, admin, "Brico Nord", "BRICO")
    window = main_window(qtbot, sqlite_db, admin, windows)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    view = window.directory.open_tab("clients")
    view.select(acme)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(warnings) == 1 and "archive" in warnings[0].lower()
    assert shown(view) == ["Acme Facilities", "Brico Nord"]
    view.select(view.model.row_at(1).id)
    view.delete_button.click()
    assert shown(view) == ["Acme Facilities"] and len(warnings) == 1


def test_a_concurrent_edit_shows_who_changed_it_and_keeps_the_dialog_open(
    qtbot: QtBot, sqlite_db: Database, admin: Actor
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    record = get_client(sqlite_db, acme)
    dialog = ClientDialog(sqlite_db, admin, record)
    qtbot.addWidget(dialog)
    dialog.show()
    update_client(sqlite_db, admin, acme, record.version, ClientFields(name="Acme Group", reference="ACME"))
    dialog.name.setText("Acme Facilities SA")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.error.isVisible()
    assert "was changed by Administrator at" in dialog.error.text()
    assert dialog.name.text() == "Acme Facilities SA"
    assert get_client(sqlite_db, acme).name == "Acme Group"
    dialog.reject()
    assert get_client(sqlite_db, acme).name == "Acme Group"


def test_a_duplicate_reference_is_refused_in_the_dialog(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    client(sqlite_db, admin, "Acme Facilities", "ACME")
    dialog = ClientDialog(sqlite_db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Give the client's name."
    dialog.name.setText("Acme Again")
    assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Give the client's reference."
    dialog.reference.setText("acme")
    assert dialog.ok_button.isEnabled() and dialog.hint.isHidden()
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()


# --- the pages of a client and of a building ---------------------------------------------------------------------


def test_the_client_page_counts_and_its_open_orders_filter_the_helpdesk_list(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    building(sqlite_db, admin, acme, "Tour Lumière")
    create_contact(sqlite_db, admin, ContactFields(client_id=acme, name="Carla Dupont"))
    brico = client(sqlite_db, admin, "Brico Nord", "BRICO")
    depot = building(sqlite_db, admin, brico, "Dépôt Lille", city="Lille")
    first, second, cancelled = reactive_orders(sqlite_db, admin, horizon, 3)
    reactive_orders(sqlite_db, admin, depot, 1)
    detail = get_detail(sqlite_db, admin, cancelled)
    workorder_actions.cancel_job(sqlite_db, admin, cancelled, detail.version, "Duplicate")
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("clients")
    assert isinstance(view, ClientsView)
    view.select(acme)
    view.page.load()
    page = view.page
    assert [page.buildings.text(), page.contacts.text(), page.contracts.text(), page.open_orders.text()] == [
        "2",
        "1",
        "0",
        "2",
    ]
    qtbot.mouseClick(page.open_orders, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.list_page
    assert window.model.list_filter.client_id == acme
    assert window.model.list_filter.statuses == frozenset(OPEN_STATUSES)
    assert window.filter_bar.current_filter().client_id == acme
    qtbot.waitUntil(lambda: window.model.count_known and window.model.rowCount() == 2)
    assert {window.model.number_at(0), window.model.number_at(1)} == {first, second}

    window.directory.open_tab("clients")
    qtbot.mouseClick(page.buildings, Qt.MouseButton.LeftButton)
    buildings = window.tabs.currentWidget()
    assert isinstance(buildings, BuildingsView)
    assert shown(buildings) == ["Tour Horizon", "Tour Lumière"]
    assert buildings.client_note.text() == "Client: Acme Facilities"
    buildings.all_clients.click()
    assert shown(buildings) == ["Dépôt Lille", "Tour Horizon", "Tour Lumière"]


def test_the_building_page_lists_its_open_orders_and_opens_one(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(
        sqlite_db,
        admin,
        acme,
        "Tour Horizon",
        access_notes="Badge at the desk",
        closures=(Closure(date(2026, 8, 1), date(2026, 8, 15), "Summer"),),
    )
    first, second = reactive_orders(sqlite_db, admin, horizon, 2)
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("buildings")
    assert isinstance(view, BuildingsView)
    view.select(horizon)
    view.page.load()
    page = view.page
    assert page.title.text() == "Tour Horizon"
    assert "Access: Badge at the desk" in page.details.text()
    assert "Closed from Aug 1, 2026 to Aug 15, 2026: Summer" in page.details.text()
    assert page.jobs_label.text() == "In no PPM job."
    model = page.orders_model
    assert [model.number_at(row) for row in range(model.rowCount())] == [second, first]
    qtbot.waitUntil(lambda: page.orders.viewport().height() > page.orders.rowHeight(0) * 2)
    page.orders.setFocus()
    page.orders.setCurrentIndex(model.index(1, 1))
    rect = page.orders.visualRect(model.index(1, 1))
    qtbot.mouseClick(page.orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = window.tabs.currentWidget()
    assert isinstance(opened, WorkOrderDetailView) and opened.number == first


# --- the dialogs ---------------------------------------------------------------------------------------------


def test_the_building_dialog_checks_dates_and_saves_closures(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    record = get_building(sqlite_db, horizon)
    dialog = BuildingDialog(sqlite_db, admin, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client.text() == "Acme Facilities" and dialog.country.currentText() == "France (FR)"
    assert dialog.ok_button.isEnabled()
    dialog.end.set_value(date(2019, 12, 31))
    dialog.end.valueChanged.emit()
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "The end date must not be before the start date."
    dialog.end.clear_value()
    dialog.new_closure()
    start, end = dialog.closures.date_edits(0)
    start.setDate(QDate(2026, 12, 24))
    end.setDate(QDate(2026, 12, 20))
    assert dialog.hint.text() == "A closure ends before it starts (row 1)."
    end.setDate(QDate(2027, 1, 2))
    dialog.closures.reason_edit(0).setText("Christmas")
    dialog.new_closure()
    dialog.closures.reason_edit(1).setText("Works")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.closures.reason_edit(0).setFocus()
    qtbot.waitUntil(lambda: dialog.closures.currentRow() == 0)
    qtbot.mouseClick(dialog.remove_closure, Qt.MouseButton.LeftButton)
    assert dialog.closures.rowCount() == 1 and dialog.closures.reason_edit(0).text() == "Works"
    qtbot.mouseClick(dialog.remove_closure, Qt.MouseButton.LeftButton)
    assert dialog.closures.rowCount() == 0 and not dialog.remove_closure.isEnabled()
    dialog.new_closure()
    start, end = dialog.closures.date_edits(0)
    start.setDate(QDate(2026, 12, 24))
    end.setDate(QDate(2027, 1, 2))
    dialog.closures.reason_edit(0).setText("Christmas")
    dialog.country.setEditText("Nowhere")
    assert dialog.hint.text() == "Choose the country from the list."
    dialog.country.setEditText("de")
    assert dialog.country.code() == "DE" and dialog.ok_button.isEnabled()
    dialog.country.setEditText("Germany (DE)")
    dialog.access_notes.setPlainText("Code 1234")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    saved = get_building(sqlite_db, horizon)
    assert saved.country == "DE" and saved.access_notes == "Code 1234" and saved.end_date is None
    assert saved.closures == (Closure(date(2026, 12, 24), date(2027, 1, 2), "Christmas"),)


def test_the_building_dialog_cancel_writes_nothing(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    before = get_building(sqlite_db, horizon)
    dialog = BuildingDialog(sqlite_db, admin, before)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Tour Horizon B")
    dialog.new_closure()
    dialog.reject()
    assert get_building(sqlite_db, horizon) == before


def test_the_contact_dialog_lists_the_clients_buildings_narrowed_by_typing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    horizon = building(sqlite_db, admin, acme, "Tour Horizon")
    lumiere = building(sqlite_db, admin, acme, "Tour Lumière", city="Lyon")
    brico = client(sqlite_db, admin, "Brico Nord", "BRICO")
    building(sqlite_db, admin, brico, "Dépôt Lille", city="Lille")
    dialog = ContactDialog(sqlite_db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.buildings.count() == 0 and dialog.hint.text() == "Choose the client."
    pick(qtbot, dialog.client, "acme")
    listed = [dialog.buildings.item(row).data(BUILDING_ROLE) for row in range(dialog.buildings.count())]
    assert listed == [horizon, lumiere]
    dialog.buildings.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.building_filter.setFocus()
    qtbot.keyClicks(dialog.building_filter, "horiz")
    qtbot.waitUntil(lambda: dialog.buildings.count() == 1)
    dialog.buildings.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.buildings_note.text() == "Ticked: 2."
    dialog.building_filter.clear()
    assert dialog.buildings.count() == 2
    assert all(dialog.buildings.item(row).checkState() == Qt.CheckState.Checked for row in range(2))
    dialog.name.setText("Carla Dupont")
    dialog.email.setText("not an address")
    assert not dialog.ok_button.isEnabled() and dialog.hint.text()
    dialog.email.setText("carla@acme.example")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language.currentText() == "Français"
    dialog.ppm.setChecked(True)
    dialog.ok_button.click()
    assert dialog.saved_id is not None
    saved = get_contact(sqlite_db, dialog.saved_id)
    assert saved.building_ids == frozenset({horizon, lumiere})
    assert (saved.language, saved.receives_ppm_emails, saved.email) == ("fr", True, "carla@acme.example")


def test_a_building_is_added_from_the_client_page(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    brico = client(sqlite_db, admin, "Brico Nord", "BRICO")
    building(sqlite_db, admin, brico, "Dépôt Lille", city="Lille")
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("clients")
    assert isinstance(view, ClientsView)
    view.select(acme)
    view.page.load()
    seen: list[tuple[object, bool]] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, BuildingDialog)
        seen.append((dialog.client.choice.id, dialog.focusWidget() is dialog.name))
        dialog.name.setText("Annexe Nord")
        dialog.address.setText("3 rue Basse")
        dialog.postcode.setText("59000")
        dialog.city.setText("Lille")
        dialog.country.set_code("FR")
        dialog.ok_button.click()

    opened = in_modal(qtbot, add)
    view.page.new_building.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert seen == [(acme, True)]
    buildings = window.tabs.currentWidget()
    assert isinstance(buildings, BuildingsView)
    assert shown(buildings) == ["Annexe Nord"] and buildings.client_note.text() == "Client: Acme Facilities"


def test_a_client_with_many_buildings_lists_the_first_ones_to_tick(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.ui.directory.contact_dialog.BUILDING_CHOICES", 2)
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    ids = [building(sqlite_db, admin, acme, name) for name in ("Annexe", "Bureaux", "Tour Horizon")]
    carla = create_contact(sqlite_db, admin, ContactFields(client_id=acme, name="Carla", building_ids=frozenset(ids)))
    dialog = ContactDialog(sqlite_db, admin, get_contact(sqlite_db, carla))
    qtbot.addWidget(dialog)
    assert dialog.buildings.count() == 2
    assert dialog.buildings_note.text() == "The first 2 are listed: type to find the others. Ticked: 3."
    dialog.buildings.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert get_contact(sqlite_db, carla).building_ids == frozenset(ids[1:])


def test_import_buildings_opens_the_import_and_reads_the_lists_again_once_it_imported(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, windows: list[QWidget]
) -> None:
    acme = client(sqlite_db, admin, "Acme Facilities", "ACME")
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.directory.open_tab("buildings")
    assert shown(view) == []
    window.directory.import_action.trigger()
    [dialog] = window.findChildren(ImportBuildingsDialog)
    assert dialog.isVisible()
    building(sqlite_db, admin, acme, "Tour Horizon")  # what the import writes, while the dialog stays open
    assert shown(view) == []
    dialog.imported.emit(1)
    assert shown(view) == ["Tour Horizon"]
    dialog.close()
    assert window.directory.import_action.toolTip() == "Add many buildings at once from a spreadsheet"
