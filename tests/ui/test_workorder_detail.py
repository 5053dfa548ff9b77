"""The work-order detail view and its Actions menu, on a real database, driven as an agent drives them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, OutboxEmail, WorkOrder
from desktop.domain.transitions import Action, Edit
from desktop.domain.workorders import ActivityKind, Impact, Kind, Status, WorkOrderType
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.users import create_user, local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import NewWorkOrder, create_work_order
from desktop.ui.i18n import translations
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox.sender import OutboxSender
from desktop.ui.settings import Settings
from desktop.ui.workorder.action_dialogs import ActionDialog, FixedCostDialog
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.factories import ContactSpec, actor_for, client_with_building, ppm_order, reactive_orders
from tests.smtp import loopback_smtp
from tests.ui.modal import answer_reload_offers, when_dialog_opens


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


def agent_without_ppm_rights(db: Database, admin: Actor) -> Actor:
    user_id = create_user(
        db, admin, login="alice", display_name="Alice Martin", password="alice-password-1", roles=["agent"]
    )
    return actor_for(db, user_id)


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


def enabled_actions(view: WorkOrderDetailView) -> set[Action]:
    return {key for key, action in view.menu_actions.items() if isinstance(key, Action) and action.isEnabled()}


def in_status(db: Database, admin: Actor, number: int, *steps: tuple[Action, str]) -> int:
    for action, text in steps:
        version = get_detail(db, admin, number).version
        workorder_actions.perform(db, admin, number, version, action, text)
    return number


def test_the_actions_menu_offers_exactly_what_the_status_allows(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    new, started, cancelled, completed = reactive_orders(sqlite_db, admin_actor, building, 4)
    in_status(sqlite_db, admin_actor, started, (Action.START, ""))
    in_status(sqlite_db, admin_actor, cancelled, (Action.CANCEL_JOB, "Duplicate"))
    in_status(sqlite_db, admin_actor, completed, (Action.START, ""), (Action.COMPLETE, ""))
    expected = {
        new: {Action.START, Action.ASK_CLARIFICATION, Action.PUT_ON_HOLD, Action.CANCEL_JOB, Action.REJECT},
        started: {Action.PUT_ON_HOLD, Action.SUBMIT_FOR_VERIFICATION, Action.COMPLETE, Action.COMPLETE_ZERO_BALANCE},
        cancelled: {Action.REINSTATE},
        completed: {Action.CLOSE},
    }
    for number, allowed in expected.items():
        view = detail_view(qtbot, sqlite_db, admin_actor, number)
        assert enabled_actions(view) == allowed, number
        for key, action in view.menu_actions.items():
            if isinstance(key, Action) and key not in allowed:
                assert action.toolTip(), f"{key} is greyed without a reason"
                assert action.toolTip() != action.text().rstrip("…")
    closed_menu = detail_view(qtbot, sqlite_db, admin_actor, completed)
    assert closed_menu.menu_actions[Edit.ASSIGN].isEnabled() is False  # a completed order is no longer assigned


def test_a_started_order_says_why_it_cannot_be_cancelled(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    in_status(sqlite_db, admin_actor, number, (Action.START, ""), (Action.PUT_ON_HOLD, "Waiting for parts"))
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    cancel = view.menu_actions[Action.CANCEL_JOB]
    assert not cancel.isEnabled()
    assert cancel.toolTip() == "A started work order cannot be cancelled: complete it with zero balance instead."


def test_cancel_a_never_started_order_and_land_back_on_the_list(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, windows: list[QWidget]
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    window.table.selectRow(0)
    assert window.model.number_at(0) == number
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView) and view.number == number

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        assert not dialog.ok_button.isEnabled()
        assert dialog.hint.text() == "Write the cancellation notes: they are required."
        dialog.findChild(QPlainTextEdit, "text").setPlainText("The tenant fixed it himself.")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(cancel)
    view.menu_actions[Action.CANCEL_JOB].trigger()
    assert len(seen) == 1
    assert window.tabs.currentWidget() is window.list_page
    assert window.tabs.count() == 1
    with sqlite_db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None and order.status is Status.CANCELLED
        texts = [e.text for e in order.activity if e.kind is ActivityKind.COMMENT]
        assert texts == ["The tenant fixed it himself."]
    row = window.model.row_at(0)
    assert row is not None and row.status == Status.CANCELLED  # the list shows the change at once


def test_cancel_dialog_cancel_changes_nothing(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    view = detail_view(qtbot, sqlite_db, admin_actor, number)

    def give_up(dialog: QWidget) -> None:
        dialog.findChild(QPlainTextEdit, "text").setPlainText("Not sure")
        dialog.reject()

    when_dialog_opens(give_up)
    view.menu_actions[Action.CANCEL_JOB].trigger()
    assert get_detail(sqlite_db, admin_actor, number).status is Status.NEW
    assert view.detail.version == get_detail(sqlite_db, admin_actor, number).version


def test_ppm_cancel_needs_the_permission(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    number = ppm_order(sqlite_db, building, [ContactSpec("Facilities desk", "desk@client.example", True)])
    agent = agent_without_ppm_rights(sqlite_db, admin_actor)
    view = detail_view(qtbot, sqlite_db, agent, number)
    cancel = view.menu_actions[Action.CANCEL_JOB]
    assert not cancel.isEnabled()
    assert cancel.toolTip() == "Cancelling a PPM work order needs the permission “Cancel PPM work orders”."

    allowed = detail_view(qtbot, sqlite_db, admin_actor, number)
    assert allowed.menu_actions[Action.CANCEL_JOB].isEnabled()

    def cancel_with_notes(dialog: QWidget) -> None:
        assert "PPM contacts are emailed" in dialog.intro.text()
        dialog.findChild(QPlainTextEdit, "text").setPlainText("Building closed for works.")
        dialog.accept()

    when_dialog_opens(cancel_with_notes)
    allowed.menu_actions[Action.CANCEL_JOB].trigger()
    with sqlite_db.reading() as session:
        mail = session.scalars(select(OutboxEmail)).all()
        assert [m.to_address for m in mail] == ["desk@client.example"]
    assert allowed.detail.status is Status.CANCELLED

    # The app's background sender delivers it to the SMTP server.
    with loopback_smtp() as server:
        sender = OutboxSender(sqlite_db, server.config, allowed)
        with qtbot.waitSignal(sender.finished, timeout=10_000):
            assert sender.run_now()
        sender.shutdown()
        received = server.received
    assert [r.rcpt_tos for r in received] == [["desk@client.example"]]
    assert received[0].message["Subject"] == f"PPM work order {number} cancelled: Quarterly boiler service"
    assert "Building closed for works." in received[0].message.get_content()
    with sqlite_db.reading() as session:
        assert session.scalars(select(OutboxEmail.sent_at)).one() is not None


def test_fixed_cost_dialog_explains_what_is_missing_in_the_agents_language(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    translations().switch("fr")
    dialog = FixedCostDialog(sqlite_db, admin_actor, get_detail(sqlite_db, admin_actor, number))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.amount.setText("12x")
    assert not dialog.ok_button.isEnabled()
    assert "12x" in dialog.hint.text()
    dialog.amount.setText("1\u202f250,50")
    assert dialog.value() == Decimal("1250.50")
    assert not dialog.ok_button.isEnabled()  # the explanation is still missing
    dialog.explanation.setPlainText("Forfait négocié avec le client")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    detail = get_detail(sqlite_db, admin_actor, number)
    assert detail.fixed_cost == Decimal("1250.50")
    assert detail.activity[-1].text == "Forfait négocié avec le client"


def test_a_change_by_someone_else_is_not_overwritten_and_offers_to_reload(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    (number,) = reactive_orders(sqlite_db, admin_actor, building, 1)
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    other = agent_without_ppm_rights(sqlite_db, admin_actor)
    workorder_actions.add_comment(sqlite_db, other, number, view.detail.version, "Called the tenant")
    warnings = answer_reload_offers(monkeypatch, True)

    def start(dialog: QWidget) -> None:
        dialog.accept()

    when_dialog_opens(start)
    view.menu_actions[Action.START].trigger()
    assert len(warnings) == 1
    assert warnings[0].startswith(f"Work order {number} was changed by Alice Martin at ")
    detail = get_detail(sqlite_db, admin_actor, number)
    assert detail.status is Status.NEW  # nothing overwritten
    assert view.detail.version == detail.version  # reloaded
    assert "Called the tenant" in view.timeline.toPlainText()


def test_orders_open_in_tabs_and_windows_and_keys_act_on_them(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int, windows: list[QWidget]
) -> None:
    first, second = reactive_orders(sqlite_db, admin_actor, building, 2)
    window = main_window(qtbot, sqlite_db, admin_actor, windows)
    a = window.open_number(first)
    b = window.open_number(second)
    assert window.tabs.count() == 3
    assert window.open_number(first) is a  # the same tab, not a second one
    assert window.tabs.currentWidget() is a
    detached = window.open_number(second, window=True)
    assert detached is b  # already open in a tab
    window.close_view(b)
    assert window.tabs.count() == 2
    detached = window.open_number(second, window=True)
    assert detached is not None and detached.window() is not window
    assert len(window.detail_views()) == 2

    window.tabs.setCurrentWidget(a)
    window.activateWindow()
    a.setFocus()
    qtbot.waitUntil(a.hasFocus)
    assert a.menu_actions[Action.START].shortcut().toString() == "Ctrl+Shift+S"
    when_dialog_opens(lambda dialog: dialog.accept())
    qtbot.keyClick(a, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert get_detail(sqlite_db, admin_actor, first).status is Status.IN_PROGRESS
    assert a.detail.status is Status.IN_PROGRESS
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(a, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 1
    with sqlite_db.reading() as session:
        kinds = session.scalars(
            select(ActivityEntry.kind).join(WorkOrder).where(WorkOrder.number == first).order_by(ActivityEntry.id)
        ).all()
    assert kinds == [ActivityKind.CREATED, ActivityKind.STATUS, ActivityKind.FIELD]


def test_the_header_shows_impact_kind_and_category_in_the_agents_language(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, building: int
) -> None:
    number = create_work_order(
        sqlite_db,
        admin_actor,
        NewWorkOrder(WorkOrderType.REACTIVE, "Lift stuck on floor 3", building, impact=Impact.SITE_DOWN,
                     kind=Kind.INCIDENT, category="Lifts"),
    )
    translations().switch("fr")
    view = detail_view(qtbot, sqlite_db, admin_actor, number)
    assert [view.values[key].text() for key in ("impact", "kind", "category")] == ["Site en panne", "Incident", "Lifts"]
    assert view.captions["kind"].text() == "Nature"
