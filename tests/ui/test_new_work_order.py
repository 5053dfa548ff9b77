"""New work order: logging a call from the helpdesk window, driven as an agent drives it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, Contact, OutboxEmail
from desktop.db.types import utcnow
from desktop.domain.due_dates import DEFAULT_PRIORITY_TARGETS
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.lookup_search import find_buildings, find_contacts
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.helpdesk.model import Column
from desktop.ui.lookup_edit import LookupEdit
from desktop.ui.main_window import MainWindow
from desktop.ui.neworder.contact_dialog import NewContactDialog
from desktop.ui.neworder.dialog import NewWorkOrderDialog
from desktop.ui.settings import Settings
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.factories import client_with_building, reactive_orders
from tests.ui.modal import when_dialog_opens

# The lookups' lists are popups, which the offscreen platform cannot raise or give the keyboard to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def horizon(sqlite_db: Database) -> int:
    """Tour Horizon, a building of Acme Facilities; Acme has a second building and a contact, Carla."""
    building = client_with_building(sqlite_db)
    with sqlite_db.transaction() as session:
        site = session.get(Building, building)
        assert site is not None
        session.add(
            Building(
                client_id=site.client_id,
                name="Résidence Lumière",
                address_line="4 quai Saint-Antoine",
                postcode="69002",
                city="Lyon",
                country="FR",
                start_date=date(2020, 1, 1),
            )
        )
        session.add(Contact(client_id=site.client_id, name="Carla Dupont", email="carla@acme.example"))
    client_with_building(sqlite_db, "Brico Nord", "Dépôt Lille")
    return building


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


def new_dialog(qtbot: QtBot, db: Database, actor: Actor) -> NewWorkOrderDialog:
    dialog = NewWorkOrderDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


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


# --- the window ------------------------------------------------------------------------------------------------


def test_an_order_is_logged_with_the_keyboard_only_and_shows_at_once(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int, windows: list[QWidget]
) -> None:
    (old,) = reactive_orders(sqlite_db, admin, horizon, 1)
    window = main_window(qtbot, sqlite_db, admin, windows)
    action = window.findChild(type(window.new_order_action), "new_work_order")
    assert action is window.new_order_action
    assert action.shortcut().toString() == "Ctrl+N"
    assert action in window.orders_menu.actions() and action in window.toolbar.actions()
    seen: list[str] = []

    def log_by_keyboard(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.building)
        qtbot.keyClicks(dialog.building, "horiz")
        popup = dialog.building.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialog.building.choice is not None and dialog.building.choice.name == "Tour Horizon"
        assert dialog.client.text() == "Acme Facilities"
        for _ in range(3):  # contact, New contact…, title
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.title
        qtbot.keyClicks(dialog.title, "Lift stuck between floors")
        seen.append(dialog.hint.text())
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)

    opened = in_modal(qtbot, log_by_keyboard)
    qtbot.keyClick(window.table, Qt.Key.Key_N, CTRL)
    assert len(opened) == 1 and seen == [""]
    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView)
    number = view.number
    assert number == old + 1
    assert view.detail.title == "Lift stuck between floors"
    assert view.detail.building == "Tour Horizon"
    model = window.model
    model.data(model.index(0, Column.TITLE))
    qtbot.waitUntil(lambda: model.number_at(0) == number)
    assert model.data(model.index(0, Column.TITLE)) == "Lift stuck between floors"
    qtbot.waitUntil(lambda: model.count_known and model.rowCount() == 2)
    detail = get_detail(sqlite_db, admin, number)
    assert detail.status is Status.NEW and detail.type is WorkOrderType.REACTIVE
    assert [entry.kind for entry in detail.activity] == [ActivityKind.CREATED]


def test_the_list_context_menu_offers_a_new_order(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int, windows: list[QWidget]
) -> None:
    window = main_window(qtbot, sqlite_db, admin, windows)
    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_and_close)
            return
        shown.append([action.objectName() for action in menu.actions()])
        menu.close()

    QTimer.singleShot(0, read_and_close)
    window.bulk.show_context_menu(window.table.rect().center())
    assert shown and shown[0][0] == "new_work_order"


def test_an_open_order_is_opened_instead_of_logging_a_duplicate(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int, windows: list[QWidget]
) -> None:
    first, second, cancelled = reactive_orders(sqlite_db, admin, horizon, 3)
    workorder_actions.cancel_job(sqlite_db, admin, cancelled, get_detail(sqlite_db, admin, cancelled).version, "No")
    window = main_window(qtbot, sqlite_db, admin, windows)
    notes: list[tuple[str, list[str]]] = []

    def open_existing(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        assert dialog.reported_note.text() == "Choose a building to see the work orders still open there."
        pick(qtbot, dialog.building, "tour")
        model = dialog.open_orders_model
        shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
        notes.append((dialog.reported_note.text(), shown))
        assert model.data(model.index(0, 2)) == "New"
        index = model.index(1, 1)
        dialog.open_orders.setFocus()
        dialog.open_orders.setCurrentIndex(index)
        rect = dialog.open_orders.visualRect(index)
        qtbot.mouseClick(dialog.open_orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.open_orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    in_modal(qtbot, open_existing)
    window.new_order_action.trigger()
    note, shown = notes[0]
    assert note.startswith("Open at Tour Horizon, newest first.")
    assert shown == [str(second), str(first)]  # newest first, the cancelled one left out
    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView) and view.number == first
    assert window.model.rowCount() == 3  # nothing new was logged


def test_log_similar_starts_from_the_open_order(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int, windows: list[QWidget]
) -> None:
    carla = find_contacts(sqlite_db, "carla")[0].id
    (number,) = reactive_orders(sqlite_db, admin, horizon, 1)
    window = main_window(qtbot, sqlite_db, admin, windows)
    view = window.open_number(number)
    assert view is not None
    from desktop.services.workorders import update_work_order

    update_work_order(
        sqlite_db, admin, number, view.detail.version, {"contact_id": carla, "category": "Lifts", "type": "quote"}
    )
    started: list[tuple[str, str, str, str, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        started.append(
            (
                dialog.client.text(),
                dialog.building.text(),
                dialog.contact.text(),
                dialog.type.currentText(),
                dialog.category.text(),
            )
        )
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title)
        assert dialog.open_orders_model.rowCount() == 1
        dialog.reject()

    in_modal(qtbot, look)
    action = view.findChild(type(window.new_order_action), "action_log_similar")
    assert action is not None and action in view.menu.actions()
    action.trigger()
    assert started == [("Acme Facilities", "Tour Horizon", "Carla Dupont", "Quote", "Lifts")]


# --- the dialog ------------------------------------------------------------------------------------------------


def test_ok_is_disabled_and_the_hint_says_what_is_missing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    assert not dialog.ok_button.isEnabled() and not dialog.save_new_button.isEnabled()
    assert dialog.hint.text() == "Choose the building."
    qtbot.keyClicks(dialog.building, "horizon tower")
    assert dialog.hint.text() == "Choose the building from the list: type part of its name, city or postcode."
    dialog.building.clear()
    pick(qtbot, dialog.building, "lyon")
    assert dialog.building.choice.name == "Résidence Lumière"
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Give the work order a title."
    dialog.title.setText("   ")
    assert dialog.hint.text() == "Give the work order a title."
    qtbot.keyClicks(dialog.contact, "someone new")
    dialog.title.setText("Broken window")
    assert dialog.hint.text() == "Choose the caller from the contacts, or add them as a new contact."
    dialog.contact.clear()
    assert dialog.ok_button.isEnabled() and dialog.save_new_button.isEnabled()
    assert not dialog.hint.isVisible()


def test_a_building_fills_its_client_and_a_client_narrows_the_lookups(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    assert len(dialog.building.search_now(show=False)) == 3
    pick(qtbot, dialog.building, "tour")
    assert dialog.client.text() == "Acme Facilities"
    assert {hit.name for hit in dialog.search_buildings("")} == {"Tour Horizon", "Résidence Lumière"}
    pick(qtbot, dialog.contact, "car")
    assert dialog.contact.choice.name == "Carla Dupont"
    # Another client lets the building and the caller of the first one go, and narrows the lookups to its own.
    dialog.client.clear()
    assert dialog.building.choice is not None  # the building still says which client it is
    pick(qtbot, dialog.client, "brico")
    assert (dialog.building.choice, dialog.contact.choice) == (None, None)
    assert (dialog.building.text(), dialog.contact.text()) == ("", "")
    assert [hit.name for hit in dialog.search_buildings("")] == ["Dépôt Lille"]
    assert dialog.search_contacts("") == []
    assert dialog.contract.count() == 1 and not dialog.contract.isEnabled()  # Brico has no live contract
    # A caller of another client brings their client back.
    dialog.client.clear()
    pick(qtbot, dialog.contact, "carla")
    assert dialog.client.text() == "Acme Facilities"
    assert dialog.open_orders_model.rowCount() == 0 and dialog.building.choice is None


def test_the_due_date_follows_the_priority_until_set_by_hand(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)

    def expected(priority: Priority) -> date:
        return (utcnow() + DEFAULT_PRIORITY_TARGETS[priority]).astimezone().date()

    assert dialog.due.value() == expected(Priority.NORMAL)
    assert (
        dialog.due_note.text() == "5 day(s) for this priority" or dialog.due_note.text() == "5 days for this priority"
    )
    assert not dialog.follow_priority.isEnabled()
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.LOW)))
    assert dialog.due.value() == expected(Priority.LOW)
    dialog.due.setFocus()
    qtbot.waitUntil(dialog.due.hasFocus)
    dialog.due.setCurrentSection(QDateTimeEdit.Section.DaySection)
    before = dialog.due.value()
    assert before is not None
    qtbot.keyClick(dialog.due, Qt.Key.Key_Down if before.day > 1 else Qt.Key.Key_Up)  # a day chosen by the agent
    chosen = dialog.due.value()
    assert chosen is not None and chosen != expected(Priority.LOW)
    assert dialog.due_note.text() == "set by hand"
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.URGENT)))
    assert dialog.due.value() == chosen  # kept
    assert dialog.follow_priority.isEnabled()
    qtbot.mouseClick(dialog.follow_priority, Qt.MouseButton.LeftButton)
    assert dialog.due.value() == expected(Priority.URGENT)
    assert not dialog.due_by_hand

    pick(qtbot, dialog.building, "tour")
    dialog.title.setText("Power cut")
    dialog.accept()
    (number,) = dialog.numbers
    detail = get_detail(sqlite_db, admin, number)
    assert detail.due_date == expected(Priority.URGENT)
    assert detail.priority == Priority.URGENT


def test_save_and_new_keeps_the_caller(qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    logged: list[int] = []
    dialog.logged.connect(logged.append)
    pick(qtbot, dialog.building, "tour")
    pick(qtbot, dialog.contact, "carla")
    dialog.title.setText("Water leak")
    dialog.description.setPlainText("In the car park, level -2.")
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.HIGH)))
    dialog.category.setText("Plumbing")
    qtbot.keyClick(dialog.title, Qt.Key.Key_N, CTRL | SHIFT)
    assert len(logged) == 1
    assert dialog.isVisible()
    assert (dialog.client.text(), dialog.building.text(), dialog.contact.text()) == (
        "Acme Facilities",
        "Tour Horizon",
        "Carla Dupont",
    )
    assert dialog.building.choice is not None and dialog.contact.choice is not None
    assert (dialog.title.text(), dialog.description.toPlainText(), dialog.category.text()) == ("", "", "")
    assert dialog.current_priority() is Priority.NORMAL
    assert dialog.done_note.text() == f"Work order {logged[0]} saved. The next one keeps the same caller."
    assert dialog.focusWidget() is dialog.title
    assert dialog.open_orders_model.number_at(0) == logged[0]  # now it is already reported
    assert dialog.notified_ids() == [dialog.contact.choice.id]
    dialog.title.setText("Second leak, same caller")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert dialog.numbers == logged and len(logged) == 2
    first, second = (get_detail(sqlite_db, admin, number) for number in logged)
    assert (first.contact_name, first.priority, first.description) == (
        "Carla Dupont",
        Priority.HIGH,
        "In the car park, level -2.",
    )
    assert (second.contact_name, second.building, second.priority) == ("Carla Dupont", "Tour Horizon", Priority.NORMAL)


def test_the_caller_is_notified_by_default(qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    pick(qtbot, dialog.building, "tour")
    texts = [dialog.notify.item(row).text() for row in range(dialog.notify.count())]
    assert texts == ["Carla Dupont <carla@acme.example>"]
    assert dialog.notified_ids() == []
    pick(qtbot, dialog.contact, "carla")
    carla = dialog.contact.choice.id
    assert dialog.notified_ids() == [carla]
    dialog.contact.clear()
    dialog.contact.choose(None)
    assert dialog.notified_ids() == []  # the caller gone, so is the tick put for them
    pick(qtbot, dialog.contact, "carla")
    dialog.title.setText("Heating off")
    dialog.accept()
    (number,) = dialog.numbers
    assert get_detail(sqlite_db, admin, number).notified == ("Carla Dupont",)
    with sqlite_db.reading() as session:
        assert session.scalars(select(OutboxEmail.to_address)).all() == ["carla@acme.example"]


def test_a_caller_is_added_as_a_contact_on_the_spot(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    assert not dialog.new_contact.isEnabled()
    pick(qtbot, dialog.building, "tour")
    assert dialog.new_contact.isEnabled()
    qtbot.keyClicks(dialog.contact, "Jeanne Martin")
    hints: list[str] = []

    def fill(contact_dialog: QWidget) -> None:
        assert isinstance(contact_dialog, NewContactDialog)
        assert contact_dialog.name.text() == "Jeanne Martin"
        contact_dialog.name.clear()
        hints.append(contact_dialog.hint.text())
        contact_dialog.name.setText("Jeanne Martin")
        contact_dialog.phone.setText("06 12 34 56 78")
        contact_dialog.email.setText("jeanne@example")
        hints.append(contact_dialog.hint.text())
        assert not contact_dialog.ok_button.isEnabled()
        contact_dialog.email.setText("jeanne.martin@example.org")
        assert contact_dialog.ok_button.isEnabled()
        qtbot.mouseClick(contact_dialog.ok_button, Qt.MouseButton.LeftButton)

    in_modal(qtbot, fill)
    qtbot.mouseClick(dialog.new_contact, Qt.MouseButton.LeftButton)
    assert hints == [
        "Give the contact's name.",
        "“jeanne@example” is not an email address: write it as name@example.com.",
    ]
    assert dialog.contact.choice is not None and dialog.contact.text() == "Jeanne Martin"
    assert dialog.notified_ids() == [dialog.contact.choice.id]
    assert [hit.name for hit in find_contacts(sqlite_db, "jeanne")] == ["Jeanne Martin"]
    dialog.title.setText("Door stuck")
    dialog.accept()
    (number,) = dialog.numbers
    detail = get_detail(sqlite_db, admin, number)
    assert (detail.contact_name, detail.contact_phone, detail.notified) == (
        "Jeanne Martin",
        "06 12 34 56 78",
        ("Jeanne Martin",),
    )


def test_a_refusal_keeps_the_dialog_open_with_the_input(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    pick(qtbot, dialog.building, "lyon")
    dialog.title.setText("Broken lock")
    dialog.description.setPlainText("Main entrance.")
    # Someone archives the building meanwhile.
    lumiere = find_buildings(sqlite_db, "lyon")[0].id
    with sqlite_db.transaction() as session:
        building = session.get(Building, lumiere)
        assert building is not None
        building.active = False
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.numbers == []
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Résidence Lumière is no longer an active building: choose another one."
    assert (dialog.title.text(), dialog.description.toPlainText(), dialog.building.text()) == (
        "Broken lock",
        "Main entrance.",
        "Résidence Lumière",
    )
    dialog.building.clear()
    pick(qtbot, dialog.building, "tour")
    dialog.accept()
    assert not dialog.isVisible() and len(dialog.numbers) == 1


def test_a_search_text_the_database_cannot_take_is_said_not_raised(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int
) -> None:
    dialog = new_dialog(qtbot, sqlite_db, admin)
    dialog.building.setText("Tour\x01Horizon")
    assert dialog.building.search_now() == []
    assert dialog.building.error is not None and "Search text" in dialog.building.error
    assert dialog.building.toolTip() == dialog.building.error
    dialog.building.setText("x" * 5000)
    assert dialog.building.search_now() == []
    assert dialog.building.error is None


def test_the_dialog_speaks_french(qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int) -> None:
    from desktop.ui.i18n import translations

    dialog = new_dialog(qtbot, sqlite_db, admin)
    translations().switch("fr")
    # Translated once the strings are in bureau_fr.ts; Qt's own texts and the labels already known follow now.
    qtbot.waitUntil(lambda: dialog.priority.currentText() == "Normale")
    assert dialog.type.currentText() == "Réactif"
    assert dialog.due.displayFormat().count("yyyy") == 1
    translations().switch("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New work order")


def test_an_old_order_is_offered_with_its_age(qtbot: QtBot, sqlite_db: Database, admin: Actor, horizon: int) -> None:
    from sqlalchemy import update

    from desktop.db.models import WorkOrder

    (number,) = reactive_orders(sqlite_db, admin, horizon, 1)
    with sqlite_db.transaction() as session:
        session.execute(
            update(WorkOrder).where(WorkOrder.number == number).values(created_at=utcnow() - timedelta(days=3, hours=2))
        )
    dialog = new_dialog(qtbot, sqlite_db, admin)
    pick(qtbot, dialog.building, "tour")
    model = dialog.open_orders_model
    assert model.data(model.index(0, 3)) in ("3 day(s)", "3 days")
    assert f"Work order {number}" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
