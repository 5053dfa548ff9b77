"""Bulk actions from the helpdesk list: the dialogs, the worker behind a progress dialog, cancel, the result."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.domain.bulk import BULK_ACTIONS
from desktop.domain.listing import ListFilter
from desktop.domain.transitions import Action
from desktop.domain.workorders import Status, WorkOrderType
from desktop.services import bulk_actions
from desktop.services.actor import Actor
from desktop.services.bulk_actions import RowSpan
from desktop.services.users import create_user, local_administrator
from desktop.ui.helpdesk import bulk as bulk_ui
from desktop.ui.helpdesk.bulk import (
    BulkAssignDialog,
    BulkClosePpmDialog,
    BulkJob,
    BulkKind,
    BulkResultDialog,
    BulkStatusDialog,
)
from desktop.ui.helpdesk.model import Column
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.bulk_factories import many_orders
from tests.factories import actor_for, client_with_building

WAIT_MS = 60_000
PAST = date.today() - timedelta(days=10)
FUTURE = date.today() + timedelta(days=10)


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def building(sqlite_db: Database, admin: Actor) -> int:
    return client_with_building(sqlite_db)


def make_window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(db, actor, Settings())
    qtbot.addWidget(window)
    window.show_filter(ListFilter())
    qtbot.waitUntil(lambda: window.model.count_known)
    window.resize(1200, 700)
    window.show()
    return window


def answer_with(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, fill: Callable[[Any], None] | None = None
) -> list[Any]:
    """Stand in for the agent in the dialog that asks what to do: fill it in, then press its OK."""
    asked: list[Any] = []

    def ask(dialog: Any) -> BulkJob | None:
        asked.append(dialog)
        if fill is not None:
            fill(dialog)
        assert dialog.ok_button.isEnabled(), dialog.hint.text()
        return dialog.job()

    monkeypatch.setattr(window.bulk, "ask", ask)
    return asked


def statuses(db: Database, numbers: list[int]) -> dict[int, Status]:
    with db.reading() as session:
        rows = session.execute(select(WorkOrder.number, WorkOrder.status).where(WorkOrder.number.in_(numbers)))
        return {row.number: row.status for row in rows}


def refused_rows(dialog: BulkResultDialog) -> list[tuple[int, str]]:
    model = dialog.refusals
    return [(model.number_at(row), model.reason_at(row)) for row in range(model.rowCount())]


def finish(qtbot: QtBot, window: MainWindow, start: Callable[[], object]) -> tuple[BulkJob, Any]:
    with qtbot.waitSignal(window.bulk.runner.finished, timeout=WAIT_MS) as finished:
        start()
    qtbot.waitUntil(lambda: window.model.count_known)
    job, result = finished.args
    return job, result


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event, list[threading.Thread]]]:
    """Holds a bulk close after its 300th order until the test opens the gate; says when it is held."""
    held, opened = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real = bulk_actions.bulk_close_ppm

    def gated(*args: Any, progress: Callable[[int], None], **kwargs: Any) -> Any:
        threads.append(threading.current_thread())

        def step(handled: int) -> None:
            progress(handled)
            if handled == 300:
                held.set()
                assert opened.wait(20), "the test never opened the gate"

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(bulk_actions, "bulk_close_ppm", gated)
    monkeypatch.setattr(bulk_ui, "PROGRESS_DELAY_MS", 0)
    yield held, opened, threads
    opened.set()


# -- the "Done when" of the issue: bulk close of PPMs --------------------------------------------------------


def test_bulk_close_closes_eligible_ppms_and_lists_the_ineligible_ones(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    eligible = many_orders(sqlite_db, building, 4, type=WorkOrderType.PPM, financial_end_date=PAST)
    future = many_orders(sqlite_db, building, 2, type=WorkOrderType.PPM, financial_end_date=FUTURE)
    done = many_orders(sqlite_db, building, 1, type=WorkOrderType.PPM, financial_end_date=PAST, status=Status.COMPLETED)
    reactive = many_orders(sqlite_db, building, 1)
    window = make_window(qtbot, sqlite_db, admin)
    window.table.selectAll()
    assert window.bulk.close_ppm_action.isEnabled()
    asked = answer_with(window, monkeypatch, lambda dialog: dialog.text.setPlainText("Period over"))

    job, result = finish(qtbot, window, window.bulk.close_ppm_action.trigger)

    [dialog] = asked
    assert isinstance(dialog, BulkClosePpmDialog) and dialog.count == 8
    assert job == BulkJob(BulkKind.CLOSE_PPM, text="Period over", today=date.today())
    assert sorted(result.done) == eligible
    after = statuses(sqlite_db, [*eligible, *future, *done, *reactive])
    assert [after[n] for n in eligible] == [Status.CLOSED] * 4
    assert [after[n] for n in [*future, *done, *reactive]] == [Status.NEW, Status.NEW, Status.COMPLETED, Status.NEW]

    shown = window.bulk.runner.result_dialog
    assert shown is not None and shown.isVisible()
    assert shown.windowTitle() == "Close PPMs"
    assert shown.summary.text().startswith("4 PPM work order")
    assert shown.refused_label.text().startswith("4 work order")
    # In list order: newest first.
    assert refused_rows(shown) == [
        (reactive[0], "Not a PPM work order."),
        (done[0], "Not open: the work order is “Completed”."),
        *[(n, f"Its financial end date, {shown_date(FUTURE)}, has not passed yet.") for n in reversed(future)],
    ]
    # The list was read again: the closed orders show it.
    model = window.model
    qtbot.waitUntil(lambda: model.data(model.index(model.rowCount() - 1, Column.STATUS)) == "Closed")


def shown_date(day: date) -> str:
    from desktop.ui.i18n import formatter

    return formatter().date(day)


def test_close_ppms_is_greyed_with_the_reason_for_an_agent_without_the_permission(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, building: int
) -> None:
    many_orders(sqlite_db, building, 3, type=WorkOrderType.PPM, financial_end_date=PAST)
    agent = actor_for(
        sqlite_db,
        create_user(
            sqlite_db, admin, login="alice", display_name="Alice Martin", password="alice-password", roles=["agent"]
        ),
    )
    window = make_window(qtbot, sqlite_db, agent)
    window.table.selectAll()
    bulk = window.bulk
    assert bulk.status_action.isEnabled() and bulk.assign_action.isEnabled()
    assert not bulk.close_ppm_action.isEnabled()
    assert bulk.close_ppm_action.toolTip() == "Needs the permission “Bulk close PPM work orders”."
    assert bulk.close_ppm_action in bulk.menu.actions() and bulk.menu.toolTipsVisible()
    assert bulk.menu.menuAction() in window.orders_menu.actions()


def test_nothing_selected_nothing_to_do(qtbot: QtBot, sqlite_db: Database, admin: Actor, building: int) -> None:
    many_orders(sqlite_db, building, 2)
    window = make_window(qtbot, sqlite_db, admin)
    window.table.clearSelection()
    assert not any(action.isEnabled() for action in window.bulk.actions())
    window.table.selectRow(1)
    assert all(action.isEnabled() for action in window.bulk.actions())
    assert window.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


# -- status change -------------------------------------------------------------------------------------------


def test_a_bulk_status_change_lists_the_orders_that_refused(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = many_orders(sqlite_db, building, 3)
    closed = many_orders(sqlite_db, building, 2, status=Status.CLOSED)
    window = make_window(qtbot, sqlite_db, admin)
    # The two closed orders (rows 0 and 1) and one new order (row 3): not the order at row 2.
    selection = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    model = window.model
    selection.select(QItemSelection(model.index(0, 0), model.index(1, 0)), flags)
    selection.select(QItemSelection(model.index(3, 0), model.index(3, 0)), flags)

    def fill(dialog: BulkStatusDialog) -> None:
        dialog.action.setCurrentIndex(dialog.action.findData(Action.START))
        dialog.text.setPlainText("Team on site")

    asked = answer_with(window, monkeypatch, fill)
    job, result = finish(qtbot, window, window.bulk.status_action.trigger)

    assert asked[0].count == 3
    assert job == BulkJob(BulkKind.STATUS, action=Action.START, text="Team on site")
    assert result.done == [new[1]]
    after = statuses(sqlite_db, new + closed)
    assert [after[n] for n in new] == [Status.NEW, Status.IN_PROGRESS, Status.NEW]
    shown = window.bulk.runner.result_dialog
    assert shown is not None
    assert shown.windowTitle() == "Change status: Start"
    assert refused_rows(shown) == [(n, "Not possible while the work order is “Closed”.") for n in reversed(closed)]
    assert shown.table.isVisibleTo(shown)


def test_the_status_dialog_offers_the_bulk_actions_and_asks_for_a_required_comment(qtbot: QtBot) -> None:
    dialog = BulkStatusDialog(12)
    qtbot.addWidget(dialog)
    offered = [dialog.action.itemData(i) for i in range(dialog.action.count())]
    assert offered == list(BULK_ACTIONS) and Action.CANCEL_JOB not in offered
    assert "12 selected work order" in dialog.intro.text()
    dialog.action.setCurrentIndex(dialog.action.findData(Action.ASK_CLARIFICATION))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Write a comment: this action requires one."
    dialog.text.setPlainText("  Which floor?  ")
    assert dialog.ok_button.isEnabled()
    assert dialog.job() == BulkJob(BulkKind.STATUS, action=Action.ASK_CLARIFICATION, text="Which floor?")
    dialog.action.setCurrentIndex(dialog.action.findData(Action.PUT_ON_HOLD))
    dialog.text.clear()
    assert dialog.ok_button.isEnabled()


def test_the_assign_dialog_offers_the_agents_and_nobody(qtbot: QtBot) -> None:
    dialog = BulkAssignDialog(3, [(7, "Alice Martin"), (9, "Sam Dupont")])
    qtbot.addWidget(dialog)
    assert [dialog.agent.itemText(i) for i in range(dialog.agent.count())] == [
        "Unassigned",
        "Alice Martin",
        "Sam Dupont",
    ]
    assert dialog.agent.currentIndex() == -1 and not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Choose the agent, or Unassigned."
    dialog.agent.setCurrentIndex(0)
    assert dialog.ok_button.isEnabled()
    assert dialog.job() == BulkJob(BulkKind.ASSIGN)
    dialog.agent.setCurrentIndex(2)
    assert dialog.job() == BulkJob(BulkKind.ASSIGN, assignee_id=9, assignee_name="Sam Dupont")


# -- thousands of rows, responsiveness and cancel ------------------------------------------------------------


def test_select_all_of_ten_thousand_rows_and_assign_them(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, building: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = many_orders(sqlite_db, building, 10_000)
    window = make_window(qtbot, sqlite_db, admin)
    window.table.selectAll()
    parts, count = window.bulk.selection()
    assert count == 10_000
    assert window.model.cached_rows() < 10_000  # most rows were never read by the list
    assert any(isinstance(part, RowSpan) for part in parts)
    assert len(parts) < 10_000

    def fill(dialog: BulkAssignDialog) -> None:
        dialog.agent.setCurrentIndex(dialog.agent.findData(admin.user_id))

    answer_with(window, monkeypatch, fill)
    _, result = finish(qtbot, window, window.bulk.assign_action.trigger)

    assert sorted(result.done) == numbers and result.refused == [] and not result.cancelled
    assert result.done == numbers[::-1]  # in list order
    with sqlite_db.reading() as session:
        names = set(session.scalars(select(WorkOrder.assignee_name)))
    assert names == {admin.display_name}


def test_the_window_keeps_working_while_the_job_runs_and_cancel_stops_between_orders(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    building: int,
    monkeypatch: pytest.MonkeyPatch,
    gate: tuple[threading.Event, threading.Event, list[threading.Thread]],
) -> None:
    held, opened, threads = gate
    numbers = many_orders(sqlite_db, building, 1_000, type=WorkOrderType.PPM, financial_end_date=PAST)
    window = make_window(qtbot, sqlite_db, admin)
    window.table.selectAll()
    answer_with(window, monkeypatch)
    runner = window.bulk.runner
    progressed: list[int] = []
    runner.progressed.connect(progressed.append)

    window.bulk.close_ppm_action.trigger()
    assert runner.busy
    qtbot.waitUntil(held.is_set, timeout=WAIT_MS)
    assert threads and threads[0] is not threading.main_thread()

    # The worker is held mid-way; the event loop still runs: timers fire, the list scrolls and reads.
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT_MS)
    timer.stop()
    window.table.scrollToBottom()
    model = window.model
    qtbot.waitUntil(lambda: model.number_at(model.rowCount() - 1) is not None, timeout=WAIT_MS)
    assert not any(action.isEnabled() for action in window.bulk.actions())  # one job at a time

    dialog = runner.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as finished:
        cancel.click()
        assert dialog.labelText() == "Cancelling…"
        opened.set()

    _, result = finished.args
    assert result.cancelled
    listed = numbers[::-1]
    assert result.done == listed[:300]
    after = statuses(sqlite_db, numbers)
    assert {after[n] for n in listed[:300]} == {Status.CLOSED}
    assert {after[n] for n in listed[300:]} == {Status.NEW}
    shown = runner.result_dialog
    assert shown is not None
    assert "700" in shown.summary.text() and "not handled" in shown.summary.text()
    assert not runner.busy and all(action.isEnabled() for action in window.bulk.actions())
    assert progressed and progressed[-1] <= 300
