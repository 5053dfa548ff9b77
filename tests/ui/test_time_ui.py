"""Time on a work order in the window: the timer started from the order, shown in the status bar, stopped into
a pre-filled time entry that the Time tab lists; the idle question; rates kept in the administration window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.transitions import Action
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.rates import RateFields, list_rates, save_rate
from desktop.services.time_entries import TimeEntryFields, add_time_entry, time_summary, work_order_id
from desktop.services.timers import running_timer, start_timer
from desktop.services.users import local_administrator
from desktop.ui.admin.rates_page import RateDialog
from desktop.ui.admin.window import AdministrationWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.timer_status import TimerStatus, timer_events
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.time_entry_dialog import TimeEntryDialog, from_local
from desktop.ui.workorder.time_panel import TIMER_SHORTCUT, TimePanel
from tests.factories import client_with_building, reactive_orders
from tests.time_factories import T0, rate
from tests.ui.modal import when_dialog_opens


class Clock:
    """The moment the timer sees, moved on by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock(T0)
    events = timer_events()
    monkeypatch.setattr(events, "clock", fake)
    yield fake
    events.set_state(None)


@pytest.fixture
def admin_actor(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def number(sqlite_db: Database, admin_actor: Actor) -> int:
    rate(sqlite_db, admin_actor, "Standard", "90.00")
    return reactive_orders(sqlite_db, admin_actor, client_with_building(sqlite_db), 1)[0]


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, clock: Clock) -> Iterator[MainWindow]:
    main = MainWindow(sqlite_db, admin_actor, Settings())
    qtbot.addWidget(main)
    main.restore_filters()
    main.show()
    yield main
    main.close()


def panel_of(view: WorkOrderDetailView) -> TimePanel:
    panel = view.findChild(TimePanel, "timePanel")
    assert panel is not None
    return panel


def status_of(window: MainWindow) -> TimerStatus:
    status = window.findChild(TimerStatus, "timerStatus")
    assert status is not None
    return status


def accept_entry(seen: list[tuple[datetime, datetime, str]]) -> object:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        seen.append((from_local(dialog.start.dateTime()), from_local(dialog.end.dateTime()), dialog.rate.currentText()))
        dialog.accept()

    return act


def test_the_timer_runs_from_an_order_into_a_time_entry(
    qtbot: QtBot, qtmodeltester: ModelTester, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel = panel_of(view)
    status = status_of(window)
    assert not status.isVisible() and panel.timer_button.text() == "Start timer"
    qtbot.mouseClick(panel.timer_button, Qt.MouseButton.LeftButton)
    assert status.isVisible() and panel.timer_button.text() == "Stop timer"
    assert status.order_button.text() == f"WO {number} · 0:00:00"
    clock.now = T0 + timedelta(minutes=12, seconds=3)
    status.tick()
    assert status.order_button.text() == f"WO {number} · 0:12:03"

    seen: list[tuple[datetime, datetime, str]] = []
    when_dialog_opens(accept_entry(seen))  # type: ignore[arg-type]
    qtbot.mouseClick(panel.timer_button, Qt.MouseButton.LeftButton)
    assert seen == [(T0, T0 + timedelta(minutes=12, seconds=3), seen[0][2])]
    assert seen[0][2].startswith("Standard")
    assert not status.isVisible() and panel.timer_button.text() == "Start timer"
    assert panel.model.rowCount() == 1
    assert panel.model.text(0, 4) == "0:12"
    assert "€18.08" in panel.model.text(0, 6)  # 723 s at 90 an hour: 18.075
    assert "total time 0:12" in panel.totals.text() and "€18.08" in panel.totals.text()
    assert running_timer(sqlite_db, window.actor) is None
    assert "Time (1)" in view.work_tabs.tabText(view.work_tabs.indexOf(panel))
    qtmodeltester.check(panel.model)


def test_a_timer_left_running_shows_again_and_opens_its_order(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, clock: Clock, number: int
) -> None:
    start_timer(sqlite_db, admin_actor, work_order_id(sqlite_db, number), now=T0 - timedelta(hours=1))
    main = MainWindow(sqlite_db, admin_actor, Settings())
    qtbot.addWidget(main)
    main.show()
    status = status_of(main)
    assert status.isVisible() and status.order_button.text() == f"WO {number} · 1:00:00"
    qtbot.mouseClick(status.order_button, Qt.MouseButton.LeftButton)
    view = main.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView) and view.number == number
    assert panel_of(view).timer_button.text() == "Stop timer"
    main.close()


def test_cancelling_the_stopped_entry_asks_before_the_time_is_lost(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    clock.now = T0 + timedelta(minutes=30)
    asked: list[str] = []

    def cancel_then_discard(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        when_dialog_opens(discard)
        dialog.reject()

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    when_dialog_opens(cancel_then_discard)
    status_of(window).stop()
    assert asked and "0:30:00" in asked[0] and str(number) in asked[0]
    assert time_summary(sqlite_db, work_order_id(sqlite_db, number)).entries == ()
    assert not status_of(window).isVisible()


def test_idle_time_can_be_discarded(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    status = status_of(window)
    status.idle.last_input = T0 + timedelta(minutes=20)
    clock.now = T0 + timedelta(minutes=30)
    status.idle.check()  # ten minutes without input: not yet
    assert running_timer(sqlite_db, window.actor) is not None
    clock.now = T0 + timedelta(minutes=50)
    seen: list[tuple[datetime, datetime, str]] = []
    texts: list[str] = []

    def discard_idle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        when_dialog_opens(accept_entry(seen))  # type: ignore[arg-type]
        button = box.findChild(QPushButton, "discardIdle")
        assert button is not None
        button.click()

    when_dialog_opens(discard_idle)
    status.idle.check()
    assert texts and "30 minute" in texts[0]
    assert seen and seen[0][:2] == (T0, T0 + timedelta(minutes=20))
    entries = time_summary(sqlite_db, work_order_id(sqlite_db, number)).entries
    assert [entry.duration for entry in entries] == [timedelta(minutes=20)]


def test_keeping_idle_time_keeps_the_timer(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    status = status_of(window)
    status.idle.last_input = T0
    clock.now = T0 + timedelta(minutes=16)
    when_dialog_opens(lambda box: box.findChild(QPushButton, "keepIdle").click())  # type: ignore[union-attr]
    status.idle.check()
    assert running_timer(sqlite_db, window.actor) is not None and status.isVisible()


def test_completing_an_order_offers_to_stop_its_timer(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, admin_actor: Actor, clock: Clock, number: int
) -> None:
    workorder_actions.start(sqlite_db, admin_actor, number, 1)
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    clock.now = T0 + timedelta(hours=1)
    order: list[str] = []

    def yes_stop(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        order.append("asked")
        when_dialog_opens(record)
        box.button(QMessageBox.StandardButton.Yes).click()

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        order.append("entry")
        when_dialog_opens(cancel_completion)
        dialog.accept()

    def cancel_completion(dialog: QWidget) -> None:
        order.append(type(dialog).__name__)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_dialog_opens(yes_stop)
    view.run_action(Action.COMPLETE)
    assert order[:2] == ["asked", "entry"] and len(order) == 3
    assert running_timer(sqlite_db, admin_actor) is None
    assert len(time_summary(sqlite_db, work_order_id(sqlite_db, number)).entries) == 1


def test_entries_are_added_edited_and_deleted_in_the_time_tab(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel = panel_of(view)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        dialog.end.setDateTime(dialog.start.dateTime().addSecs(-60))
        assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "The end must be after the start."
        dialog.end.setDateTime(dialog.start.dateTime().addSecs(45 * 60))
        dialog.rate.setCurrentIndex(0)  # no rate
        dialog.billable.setChecked(False)
        qtbot.keyClicks(dialog.description, "Inspection")
        dialog.accept()

    when_dialog_opens(fill)
    assert panel.add_entry()
    assert panel.model.rowCount() == 1 and panel.model.text(0, 4) == "0:45"
    assert panel.model.text(0, 5) == "No" and panel.model.text(0, 7) == "Inspection"
    assert any(entry.field == "time_added" for entry in view.detail.activity)
    panel.table.selectRow(0)

    def longer(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        dialog.end.setDateTime(dialog.start.dateTime().addSecs(90 * 60))
        dialog.accept()

    when_dialog_opens(longer)
    assert panel.edit_entry()
    assert panel.model.text(0, 4) == "1:30"
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert panel.delete_entry()
    assert panel.model.rowCount() == 0 and panel.totals.text() == "No time recorded yet."


def test_rates_are_kept_in_the_administration_window(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, number: int
) -> None:
    window = AdministrationWindow(sqlite_db, admin_actor)
    qtbot.addWidget(window)
    window.show()
    page = window.rates
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Ra&tes"
    assert page.table.rowCount() == 1

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, RateDialog)
        qtbot.keyClicks(dialog.name, "Overtime")
        qtbot.keyClicks(dialog.amount, "-5")
        assert not dialog.ok_button.isEnabled()
        dialog.amount.setText("127.50")
        dialog.currency.set_code("GBP")
        dialog.accept()

    when_dialog_opens(create)
    assert page.new_rate()
    assert [(r.name, r.hourly_amount, r.currency) for r in list_rates(sqlite_db)] == [
        ("Overtime", Decimal("127.50"), "GBP"),
        ("Standard", Decimal("90.00"), "EUR"),
    ]
    page.select(list_rates(sqlite_db)[0].id)
    assert page.set_active(False)
    assert [r.name for r in list_rates(sqlite_db)] == ["Standard"]
    assert page.table.rowCount() == 2 and page.table.item(1, 3).text() == "Archived"
    window.close()


def test_the_timer_key_is_the_only_one_of_its_kind(window: MainWindow, number: int) -> None:
    view = window.open_number(number)
    assert view is not None
    keys = [action.shortcut().toString() for action in window.findChildren(QAction) if not action.shortcut().isEmpty()]
    assert keys.count(TIMER_SHORTCUT) == 1
    assert panel_of(view).timer_action.shortcut().toString() == TIMER_SHORTCUT


def test_starting_on_another_order_stops_the_first_into_its_entry(
    qtbot: QtBot,
    sqlite_db: Database,
    window: MainWindow,
    admin_actor: Actor,
    clock: Clock,
    number: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = reactive_orders(sqlite_db, admin_actor, client_with_building(sqlite_db, "Globex", "Globex Tower"), 1)[0]
    first = window.open_number(number)
    assert first is not None
    panel_of(first).toggle_timer()
    clock.now = T0 + timedelta(minutes=25)
    second = window.open_number(other)
    assert second is not None
    asked: list[str] = []

    def yes(_parent: QWidget, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    seen: list[tuple[datetime, datetime, str]] = []
    when_dialog_opens(accept_entry(seen))  # type: ignore[arg-type]
    panel_of(second).toggle_timer()
    assert asked and str(number) in asked[0]
    assert seen and seen[0][:2] == (T0, T0 + timedelta(minutes=25))
    state = running_timer(sqlite_db, admin_actor)
    assert state is not None and state.number == other and state.started_at == T0 + timedelta(minutes=25)
    assert status_of(window).order_button.text() == f"WO {other} · 0:00:00"
    assert panel_of(first).timer_button.text() == "Start timer"
    assert panel_of(second).timer_button.text() == "Stop timer"
    assert panel_of(first).model.rowCount() == 1


@pytest.mark.parametrize("action", [Action.CLOSE, Action.SUBMIT_FOR_VERIFICATION])
def test_closing_or_submitting_an_order_offers_to_stop_its_timer(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, admin_actor: Actor, clock: Clock, number: int, action: Action
) -> None:
    version = workorder_actions.start(sqlite_db, admin_actor, number, 1)
    if action is Action.CLOSE:
        workorder_actions.complete(sqlite_db, admin_actor, number, version)
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        asked.append(type(box).__name__)
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            assert isinstance(box, QDialog)
            box.reject()

    when_dialog_opens(cancel)
    view.run_action(action)
    # Asked first (once closed, the timed work could no longer be recorded); Cancel leaves the order as it was.
    assert asked == ["QMessageBox"]
    assert running_timer(sqlite_db, admin_actor) is not None
    assert view.reload() and view.detail.version == (version + 1 if action is Action.CLOSE else version)


def test_stopping_from_the_status_bar_shows_the_time_in_the_orders_activity(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    clock.now = T0 + timedelta(minutes=30)
    seen: list[tuple[datetime, datetime, str]] = []
    when_dialog_opens(accept_entry(seen))  # type: ignore[arg-type]
    status_of(window).stop()
    assert seen
    assert panel_of(view).model.rowCount() == 1
    assert any(entry.field == "time_added" for entry in view.detail.activity)


def test_editing_an_entry_shows_the_amount_it_was_recorded_at(
    qtbot: QtBot, sqlite_db: Database, admin_actor: Actor, number: int
) -> None:
    order_id = work_order_id(sqlite_db, number)
    (standard,) = list_rates(sqlite_db)
    add_time_entry(sqlite_db, admin_actor, order_id, TimeEntryFields(None, standard.id, T0, T0 + timedelta(hours=1)))
    save_rate(sqlite_db, admin_actor, standard.id, standard.version, RateFields("Standard", Decimal("120"), "EUR"))
    (entry,) = time_summary(sqlite_db, order_id).entries
    dialog = TimeEntryDialog(sqlite_db, admin_actor, order_id, number, entry)
    qtbot.addWidget(dialog)
    # Saving keeps the 90.00 the time was recorded at, so the dialog says so rather than the rate's 120.00.
    assert "90.00" in dialog.rate.currentText() and "120.00" not in dialog.rate.currentText()
    new = TimeEntryDialog(sqlite_db, admin_actor, order_id, number)
    qtbot.addWidget(new)
    assert "120.00" in new.rate.currentText()


def test_input_is_watched_only_while_the_timer_runs(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    status = status_of(window)
    assert not status.idle.watching  # no timer: no filter on every event of the application
    panel_of(view).toggle_timer()
    assert status.idle.watching
    clock.now = T0 + timedelta(minutes=3)
    qtbot.keyClick(view, Qt.Key.Key_Shift)
    assert status.idle.last_input == T0 + timedelta(minutes=3)
    clock.now = T0 + timedelta(minutes=4)
    when_dialog_opens(accept_entry([]))  # type: ignore[arg-type]
    status.stop()
    assert not status.idle.watching


def test_a_timer_started_in_another_bureau_is_asked_about_before_completing(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, admin_actor: Actor, clock: Clock, number: int
) -> None:
    workorder_actions.start(sqlite_db, admin_actor, number, 1)
    view = window.open_number(number)
    assert view is not None
    # The same agent starts the timer on this order from Bureau on another computer.
    start_timer(sqlite_db, admin_actor, work_order_id(sqlite_db, number), now=T0)
    seen: list[str] = []

    def cancel(box: QWidget) -> None:
        seen.append(type(box).__name__)
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            assert isinstance(box, QDialog)
            box.reject()

    when_dialog_opens(cancel)
    view.run_action(Action.COMPLETE)
    assert seen == ["QMessageBox"]
    assert status_of(window).isVisible() and panel_of(view).timer_button.text() == "Stop timer"


def test_starting_a_timer_already_running_from_another_bureau_shows_it(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, admin_actor: Actor, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel = panel_of(view)
    start_timer(sqlite_db, admin_actor, work_order_id(sqlite_db, number), now=T0 - timedelta(minutes=5))
    told: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    when_dialog_opens(close)
    qtbot.mouseClick(panel.timer_button, Qt.MouseButton.LeftButton)
    assert told and str(number) in told[0]
    # The timer this Bureau did not know about now shows, and the button stops it.
    assert status_of(window).isVisible() and status_of(window).order_button.text() == f"WO {number} · 0:05:00"
    assert panel.timer_button.text() == "Stop timer"


def test_going_back_to_the_stopped_entry_keeps_what_was_typed(
    qtbot: QtBot, sqlite_db: Database, window: MainWindow, clock: Clock, number: int
) -> None:
    view = window.open_number(number)
    assert view is not None
    panel_of(view).toggle_timer()
    clock.now = T0 + timedelta(minutes=40)
    typed: list[str] = []

    def type_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        dialog.description.setPlainText("Replaced the pump seal")
        dialog.billable.setChecked(False)
        when_dialog_opens(go_back)
        dialog.reject()

    def go_back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        when_dialog_opens(add)
        box.button(QMessageBox.StandardButton.Cancel).click()

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, TimeEntryDialog)
        typed.append(dialog.description.toPlainText())
        dialog.accept()

    when_dialog_opens(type_then_cancel)
    status_of(window).stop()
    assert typed == ["Replaced the pump seal"]
    (entry,) = time_summary(sqlite_db, work_order_id(sqlite_db, number)).entries
    assert (entry.description, entry.billable) == ("Replaced the pump seal", False)
    assert entry.duration == timedelta(minutes=40)
