"""Generate due PPMs from the main window's menu: a preview by contract, each order a ticked row (unticked for
contracts marked for manual generation); Generate creates exactly the ticked ones, once, and says what was done."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import Contract, WorkOrder
from desktop.domain.ppm import Frequency
from desktop.services.users import local_administrator
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored


def test_generate_due_ppms_from_the_menu(qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow
    from desktop.ui.ppm.generation_dialog import GenerationDialog
    from desktop.ui.settings import Settings

    admin = local_administrator(sqlite_db)
    today = date.today()
    # A contract that ended a year ago: its four quarterly periods ended without orders, so they are missed.
    past = PpmJobSpec(
        contract_start=date(today.year - 2, 1, 1),
        contract_end=date(today.year - 2, 12, 31),
        fy_start=(1, 1),
        invoices=Frequency.QUARTERLY,
    )
    # A contract that started this month: its first quarter is due now, the next one is not.
    start = today.replace(day=1)
    current = PpmJobSpec(
        contract_start=start,
        contract_end=start + relativedelta(years=1, days=-1),
        fy_start=(start.month, 1),
        invoices=Frequency.QUARTERLY,
    )
    for spec in (past, current):
        for job_building in ppm_job(sqlite_db, spec, buildings=2):
            save_as_stored(sqlite_db, admin, job_building, today)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    shown: list[tuple[int, int, bool]] = []

    def generate_as_shown(dialog: GenerationDialog) -> int:
        """The preview opens: nothing unticked, Generate (when there is anything to generate)."""
        shown.append((len(dialog.ticked()), dialog.tree.topLevelItemCount(), dialog.generate_button.isEnabled()))
        if dialog.generate_button.isEnabled():
            dialog.generate_button.click()
        return dialog.result()

    monkeypatch.setattr(GenerationDialog, "exec", generate_as_shown)
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.restore_filters()

    window.generate_ppm_action.trigger()
    assert shown == [(2, 2, True)]
    assert told == [
        "PPM work orders created: 2 (of which invoice only, closed at once: 0). Missed periods skipped: 8. "
        "Cancelled by re-plans: 0."
    ]
    # Again: nothing left to tick (the missed periods are listed, not tickable), Generate stays off.
    window.generate_ppm_action.trigger()
    assert shown[-1] == (0, 1, False) and len(told) == 1
    with sqlite_db.reading() as session:
        ends = session.scalars(select(WorkOrder.financial_end_date)).all()
    assert ends == [start + relativedelta(months=3, days=-1)] * 2
    window.close()


def current_contracts(db: Database, count: int) -> None:
    """``count`` contracts of two buildings that started this month: each building's first quarter is due."""
    admin = local_administrator(db)
    today = date.today()
    start = today.replace(day=1)
    spec = PpmJobSpec(
        contract_start=start,
        contract_end=start + relativedelta(years=1, days=-1),
        fy_start=(start.month, 1),
        invoices=Frequency.QUARTERLY,
    )
    for _ in range(count):
        for job_building in ppm_job(db, spec, buildings=2):
            save_as_stored(db, admin, job_building, today)


def ordered_buildings(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(Contract.reference, WorkOrder.building_name)
            .join(Contract, Contract.id == WorkOrder.contract_id)
            .order_by(Contract.reference, WorkOrder.building_name)
        ).all()
    return [tuple(row) for row in rows]


def test_the_preview_creates_the_ticked_rows_only(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.ppm.generation_dialog import GenerationDialog

    current_contracts(sqlite_db, 2)
    with sqlite_db.transaction() as session:
        session.execute(update(Contract).where(Contract.reference == "CT-0002").values(manual_generation=True))
    admin = local_administrator(sqlite_db)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    dialog = GenerationDialog(sqlite_db, admin, date.today())
    qtbot.addWidget(dialog)
    assert dialog.load()
    first, manual = (dialog.tree.topLevelItem(index) for index in range(2))
    assert (first.text(0), manual.text(0)) == ("CT-0001", "CT-0002")
    assert first.text(1) == "To create: 2 (invoice only: 0). Missed: 0."
    # The manual contract's rows start unticked; the others ticked.
    assert [manual.child(row).checkState(0) for row in range(2)] == [Qt.CheckState.Unchecked] * 2
    assert [first.child(row).checkState(0) for row in range(2)] == [Qt.CheckState.Checked] * 2
    assert dialog.counts.text() == "Ticked: 2 of 4 work orders. Missed periods skipped: 0."
    # Untick Site 0002 of the first contract, tick Site 0001 of the manual one.
    first.child(1).setCheckState(0, Qt.CheckState.Unchecked)
    manual.child(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.counts.text().startswith("Ticked: 2 of 4"))
    assert first.checkState(0) == Qt.CheckState.PartiallyChecked
    dialog.generate_button.click()
    assert dialog.result() == GenerationDialog.DialogCode.Accepted
    assert dialog.generated is not None and dialog.generated.created == 2
    assert ordered_buildings(sqlite_db) == [("CT-0001", "Site 0001"), ("CT-0002", "Site 0001")]
    # The unticked rows are still due; ticking a whole contract ticks its rows.
    again = GenerationDialog(sqlite_db, admin, date.today())
    qtbot.addWidget(again)
    assert again.load()
    assert [again.tree.topLevelItem(index).childCount() for index in range(2)] == [1, 1]
    again.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    assert len(again.ticked()) == 2
