"""Auto-close in the window: the generation preview lists each order to close as Not done, ticked, by contract;
an unticked one stays open. The Reinstate dialog of a Not done order offers "with visit: work completed" alone,
the other modes greyed with the reason; the helpdesk filter offers Not done with its label and icon."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import PpmJob, WorkOrder
from desktop.domain.transitions import Action, ReinstateMode
from desktop.domain.workorders import Status
from desktop.services.ppm.auto_close import auto_close_due
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored

DAY = date(2026, 6, 1)  # April's periods ended on 30 April; with 0 days their open orders are due


def open_april_orders(db: Database, buildings: int = 2) -> list[int]:
    """One contract, ``buildings`` buildings, each with its April order open; auto-close after 0 days."""
    admin = local_administrator(db)
    for job_building in ppm_job(db, PpmJobSpec(), buildings=buildings):
        save_as_stored(db, admin, job_building, date(2026, 3, 1))
    generate_due_ppms(db, None, date(2026, 4, 10), today=date(2026, 4, 1))
    with db.transaction() as session:
        session.execute(update(PpmJob).values(auto_close_days=0))
        return sorted(session.scalars(select(WorkOrder.number).where(WorkOrder.status == Status.NEW)))


def status_of(db: Database, number: int) -> Status:
    with db.reading() as session:
        status = session.scalar(select(WorkOrder.status).where(WorkOrder.number == number))
        assert status is not None
        return status


def test_the_preview_lists_orders_to_close_and_an_unticked_one_stays_open(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.ppm.generation_dialog import CLOSE_ROLE, GenerationDialog

    first, second = open_april_orders(sqlite_db)
    dialog = GenerationDialog(sqlite_db, local_administrator(sqlite_db), DAY)
    qtbot.addWidget(dialog)
    assert dialog.load()
    contract = dialog.tree.topLevelItem(0)
    assert "To close as not done: 2." in contract.text(1)
    rows = [contract.child(row) for row in range(contract.childCount())]
    closes = [row for row in rows if row.data(0, CLOSE_ROLE) is not None]
    assert [row.text(3) for row in closes] == [f"Work order {first}, New", f"Work order {second}, New"]
    assert [row.text(4) for row in closes] == ["Closed as not done: its period has ended"] * 2
    assert [row.checkState(0) for row in closes] == [Qt.CheckState.Checked] * 2
    assert "To close as not done: 2 of 2 open work orders." in dialog.counts.text()
    # Untick every order to create and the first order to close: Generate closes the second alone.
    for row in rows:
        row.setCheckState(0, Qt.CheckState.Unchecked)
    closes[1].setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "To close as not done: 1 of 2" in dialog.counts.text())
    assert dialog.ticked() == [] and dialog.generate_button.isEnabled()
    dialog.generate_button.click()
    assert dialog.result() == GenerationDialog.DialogCode.Accepted
    assert dialog.generated is not None and dialog.generated.not_done == (second,) and dialog.generated.created == 0
    assert (status_of(sqlite_db, first), status_of(sqlite_db, second)) == (Status.NEW, Status.NOT_DONE)


def test_the_reinstate_dialog_of_a_not_done_order_offers_work_completed_alone(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from desktop.ui.workorder.action_dialogs import ActionDialog

    (number,) = open_april_orders(sqlite_db, buildings=1)
    auto_close_due(sqlite_db, None, DAY)
    admin = local_administrator(sqlite_db)
    detail = get_detail(sqlite_db, admin, number)
    assert detail.status is Status.NOT_DONE and detail.actions[Action.REINSTATE] is None
    dialog = ActionDialog(sqlite_db, admin, detail, Action.REINSTATE)
    qtbot.addWidget(dialog)
    completed = dialog.modes[ReinstateMode.WORK_COMPLETED]
    assert completed.isEnabled() and completed.isChecked()
    for mode in (ReinstateMode.TO_PREVIOUS_STATUS, ReinstateMode.REVISIT_REQUIRED):
        assert not dialog.modes[mode].isEnabled()
        assert "reinstated only with a visit that completed the work" in dialog.modes[mode].toolTip()
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    assert status_of(sqlite_db, number) is Status.COMPLETED


def test_the_helpdesk_filter_offers_not_done(qtbot: QtBot) -> None:
    from desktop.ui.helpdesk.filter_bar import FilterBar
    from desktop.ui.icons import status_icon

    bar = FilterBar()
    qtbot.addWidget(bar)
    action = bar.statuses.value_actions[Status.NOT_DONE]
    assert action.text() == "Not done"
    action.trigger()
    assert Status.NOT_DONE in bar.statuses.values()
    assert bar.statuses.text() == "Not done"
    assert not status_icon(Status.NOT_DONE).isNull()


def test_the_report_of_a_large_auto_close_names_the_first_orders_and_counts_them_all() -> None:
    from desktop.services.ppm.generation import GenerationResult
    from desktop.ui.ppm.generation_report import total_lines

    closed = tuple(range(1001, 4001))
    lines = total_lines(GenerationResult(0, 0, (), not_done=closed, not_done_skipped=(7, 8)))
    first = ", ".join(str(number) for number in closed[:20])
    assert lines[1] == f"Open work orders closed as not done by auto-close: 3000 ({first}, …)."
    assert lines[2] == "Work orders left open because they changed since the preview was read: 7, 8."
    few = total_lines(GenerationResult(0, 0, (), not_done=(5, 6)))
    assert few[1] == "Open work orders closed as not done by auto-close: 2 (5, 6)."
