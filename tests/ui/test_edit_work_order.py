"""Correcting and deleting a work order from its detail view, on a real database, driven as an agent drives it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Contact, Contract, WorkOrder
from desktop.domain.transitions import Action
from desktop.domain.workorders import Impact, Kind, Priority, Status
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.users import create_user, local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import update_work_order
from desktop.ui.i18n import translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.edit_dialog import EditWorkOrderDialog
from tests.factories import actor_for, client_with_building, reactive_orders
from tests.ui.modal import answer_reload_offers, when_dialog_opens

BUILDING_REASON = (
    "The building and the type can be changed only while the work order is “New” or “Needs clarification”."
)


@pytest.fixture
def admin_actor(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def building(sqlite_db: Database) -> int:
    return client_with_building(sqlite_db)


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


def detail_view(qtbot: QtBot, db: Database, actor: Actor, number: int) -> WorkOrderDetailView:
    view = WorkOrderDetailView(db, actor, get_detail(db, actor, number))
    qtbot.addWidget(view)
    return view


def edit_dialog(qtbot: QtBot, db: Database, actor: Actor, number: int) -> EditWorkOrderDialog:
    dialog = EditWorkOrderDialog(db, actor, get_detail(db, actor, number))
    qtbot.addWidget(dialog)
    return dialog


def perform(db: Database, actor: Actor, number: int, *steps: tuple[Action, str]) -> None:
    for action, text in steps:
        workorder_actions.perform(db, actor, number, get_detail(db, actor, number).version, action, text)


def other_agent(db: Database, admin: Actor, *roles: str) -> Actor:
    user_id = create_user(
        db, admin, login="alice", display_name="Alice Martin", password="alice-password-1", roles=list(roles)
    )
    return actor_for(db, user_id)


def test_edit_a_title_from_the_window_logs_it_and_updates_the_list(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, windows: list[QWidget]
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    view = window.open_number(number)
    assert view is not None
    edit = view.corrections.edit_action
    assert edit.objectName() == "edit_work_order"
    assert edit.shortcut().toString() == "F2"
    assert edit in view.menu.actions() and edit.isEnabled()
    seen: list[tuple[bool, str]] = []

    def change_title(dialog: QWidget) -> None:
        assert isinstance(dialog, EditWorkOrderDialog)
        seen.append((dialog.ok_button.isEnabled(), dialog.hint.text()))
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Leak under the sink, 3rd floor")
        assert dialog.changes() == {"title": "Leak under the sink, 3rd floor"}
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(change_title)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert seen == [(False, "Nothing has been changed yet.")]  # OK waits for a change
    assert view.detail.title == "Leak under the sink, 3rd floor"
    assert "Title: Leak number 0 → Leak under the sink, 3rd floor" in view.timeline.toPlainText()
    row = window.model.row_at(window.model.row_of(number) or 0)
    assert row is not None and row.title == "Leak under the sink, 3rd floor"


def test_only_the_fields_changed_are_sent_in_one_call(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    with sqlite_db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        contact = Contact(client_id=order.client_id, name="Jeanne Dupont")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    dialog = edit_dialog(qtbot, sqlite_db, admin_actor, number)
    calls: list[dict[str, object]] = []
    real = update_work_order

    def spy(db: Database, actor: Actor, number: int, version: int, changes: dict[str, object]) -> int:
        calls.append(dict(changes))
        return real(db, actor, number, version, changes)

    monkeypatch.setattr("desktop.ui.workorder.edit_dialog.update_work_order", spy)
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.URGENT)))
    dialog.impact.setCurrentIndex(dialog.impact.findData(Impact.SITE_DOWN.value))
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.INCIDENT.value))
    dialog.category.setText("  Plumbing ")
    dialog.due.set_value(date(2031, 3, 14))
    dialog.contact.setCurrentIndex(dialog.contact.findData(contact_id))
    assert dialog.contact.currentText() == "Jeanne Dupont"
    dialog.accept()
    assert calls == [
        {
            "priority": int(Priority.URGENT),
            "impact": "site_down",
            "kind": "incident",
            "category": "Plumbing",
            "due_date": date(2031, 3, 14),
            "contact_id": contact_id,
        }
    ]
    detail = get_detail(sqlite_db, admin_actor, number)
    assert (detail.priority, detail.impact, detail.kind, detail.category) == (1, "site_down", Kind.INCIDENT, "Plumbing")
    assert detail.due_date == date(2031, 3, 14) and detail.contact_id == contact_id


def test_an_archived_contact_is_offered_only_as_the_orders_own_and_marked(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    first, second = reactive_orders(sqlite_db, admin_actor, building, 2)
    with sqlite_db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == first))
        assert order is not None
        kept = Contact(client_id=order.client_id, name="Jeanne Dupont")
        gone = Contact(client_id=order.client_id, name="Ancien Contact", active=False)
        session.add_all([kept, gone])
        session.flush()
        order.contact_id = gone.id
        kept_id, gone_id = kept.id, gone.id
    dialog = edit_dialog(qtbot, sqlite_db, admin_actor, first)
    contacts = [dialog.contact.itemText(index) for index in range(dialog.contact.count())]
    assert contacts == ["No contact", "Ancien Contact (archived)", "Jeanne Dupont"]
    assert dialog.contact.currentData() == gone_id
    dialog.title.setText("Leak under the stairs")
    assert "contact_id" not in dialog.changes()
    other = edit_dialog(qtbot, sqlite_db, admin_actor, second)
    assert [other.contact.itemData(index) for index in range(other.contact.count())] == [None, kept_id]


def test_a_closed_order_cannot_be_edited_and_says_why(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    perform(sqlite_db, admin_actor, number, (Action.START, ""), (Action.COMPLETE, ""), (Action.CLOSE, ""))
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    edit = view.corrections.edit_action
    assert not edit.isEnabled()
    assert edit.toolTip() == "The work order is “Closed”: it can no longer be changed."
    assert not view.corrections.edit_button.isEnabled()


def test_building_and_type_are_fixed_once_work_starts_with_the_reason(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    new, started = reactive_orders(sqlite_db, admin_actor, building, 2)
    perform(sqlite_db, admin_actor, started, (Action.START, ""))
    fresh = edit_dialog(qtbot, sqlite_db, admin_actor, new)
    assert fresh.building.isEnabled() and fresh.type.isEnabled()
    dialog = edit_dialog(qtbot, sqlite_db, admin_actor, started)
    for field in (dialog.building, dialog.type):
        assert not field.isEnabled()
        assert field.toolTip() == BUILDING_REASON
    assert dialog.title.isEnabled() and dialog.due.isEnabled() and dialog.contract.isEnabled()


def test_a_concurrent_edit_offers_reload_and_overwrites_nothing(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    alice = other_agent(sqlite_db, admin_actor, "agent")
    update_work_order(sqlite_db, alice, number, view.detail.version, {"title": "Alice's title"})
    warnings = answer_reload_offers(monkeypatch, True)

    def retitle(dialog: QWidget) -> None:
        assert isinstance(dialog, EditWorkOrderDialog)
        dialog.title.setText("My title")
        dialog.accept()

    when_dialog_opens(retitle)
    view.corrections.edit_action.trigger()
    assert len(warnings) == 1
    assert warnings[0].startswith(f"Work order {number} was changed by Alice Martin at ")
    assert get_detail(sqlite_db, admin_actor, number).title == "Alice's title"  # nothing overwritten
    assert view.detail.title == "Alice's title"  # reloaded


def test_a_refusal_keeps_the_dialog_open_with_the_message(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    with sqlite_db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        contract = Contract(
            client_id=order.client_id, reference="CT-0042", start_date=date(2020, 1, 1),
            end_date=date(2099, 12, 31), fy_start_month=1, fy_start_day=1, currency="EUR",
        )
        session.add(contract)
        session.flush()
        contract_id = contract.id
    dialog = edit_dialog(qtbot, sqlite_db, admin_actor, number)
    dialog.show()
    index = dialog.contract.findData(contract_id)
    assert dialog.contract.itemText(index).startswith("CT-0042 (")
    with sqlite_db.transaction() as session:  # meanwhile the contract ends
        ended = session.get(Contract, contract_id)
        assert ended is not None
        ended.end_date = date(2021, 12, 31)
    dialog.title.setText("Leak, second look")
    dialog.contract.setCurrentIndex(index)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != EditWorkOrderDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Contract CT-0042 is not in force today")
    assert dialog.title.text() == "Leak, second look"  # what the agent typed stays
    assert get_detail(sqlite_db, admin_actor, number).title == "Leak number 0"  # nothing written


def test_delete_a_fresh_order_closes_its_tab_and_drops_the_row(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, windows: list[QWidget],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = reactive_orders(sqlite_db, admin_actor, building, 2)
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    assert window.model.rowCount() == 2
    view = window.open_number(second)
    assert view is not None
    delete = view.corrections.delete_action
    assert delete.objectName() == "delete_work_order"
    assert delete in view.menu.actions() and delete.isEnabled()
    questions: list[str] = []

    def yes(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    delete.trigger()
    assert len(questions) == 1 and "cannot be undone" in questions[0]
    assert window.tabs.count() == 1 and window.tabs.currentWidget() is window.list_page
    qtbot.waitUntil(lambda: window.model.count_known and window.model.rowCount() == 1)
    assert window.model.number_at(0) == first
    with sqlite_db.reading() as session:
        assert session.scalar(select(WorkOrder).where(WorkOrder.number == second)) is None


def test_delete_asks_first_and_no_keeps_the_order(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert view.corrections.delete() is False
    assert get_detail(sqlite_db, admin_actor, number).status is Status.NEW


def test_delete_is_greyed_with_the_reason_for_a_started_order_and_without_the_permission(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    started, commented = reactive_orders(sqlite_db, admin_actor, building, 2)
    perform(sqlite_db, admin_actor, started, (Action.START, ""))
    workorder_actions.add_comment(
        sqlite_db, admin_actor, commented, get_detail(sqlite_db, admin_actor, commented).version, "Called back"
    )
    view = detail_view(qtbot, sqlite_db, admin_actor, started)
    delete = view.corrections.delete_action
    assert not delete.isEnabled()
    assert delete.toolTip() == (
        "Only a new work order logged by mistake can be deleted: this one is “In progress”."
    )
    view = detail_view(qtbot, sqlite_db, admin_actor, commented)
    assert not view.corrections.delete_action.isEnabled()
    assert view.corrections.delete_action.toolTip() == (
        "It already has changes, comments or emails in its activity log: cancel it instead."
    )
    (fresh,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    alice = other_agent(sqlite_db, admin_actor, "agent")
    view = detail_view(qtbot, sqlite_db, alice, fresh)
    assert not view.corrections.delete_action.isEnabled()
    assert view.corrections.delete_action.toolTip() == (
        "Deleting a work order needs the permission “Delete work orders”."
    )


def test_the_timeline_names_the_fields_and_shows_readable_values(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    update_work_order(
        sqlite_db,
        admin_actor,
        number,
        get_detail(sqlite_db, admin_actor, number).version,
        {
            "priority": int(Priority.URGENT),
            "impact": "site_down",
            "kind": "request",
            "type": "quote",
            "due_date": date(2031, 3, 14),
            "category": "Plumbing",
            "description": "A long text\nover two lines",
        },
    )
    with sqlite_db.transaction() as session:  # an impact written by an older Bureau, as free text
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        order.impact = "Whole floor flooded"
    update_work_order(
        sqlite_db, admin_actor, number, get_detail(sqlite_db, admin_actor, number).version, {"impact": "minor"}
    )
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    text = view.timeline.toPlainText()
    for line in (
        "Priority: High → Urgent",
        "Impact set to Site down",
        "Kind set to Request",
        "Type: Reactive → Quote",
        "Due date set to Mar 14, 2031",
        "Category set to Plumbing",
        "Description changed.",
        "Impact: Whole floor flooded → Minor",
    ):
        assert line in text, line
    translations().switch("fr")
    qtbot.waitUntil(lambda: "14 mars 2031" in view.timeline.toPlainText())
    assert "Priorité" in view.timeline.toPlainText()


def test_f2_in_the_list_opens_the_selected_order_and_edits_it(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, windows: list[QWidget]
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(number) or 0, 0))
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)

    def change_priority(dialog: QWidget) -> None:
        assert isinstance(dialog, EditWorkOrderDialog)
        dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.URGENT)))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(change_priority)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)

    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView) and view.number == number
    assert view.detail.priority == Priority.URGENT
