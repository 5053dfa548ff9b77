"""The building-period editor and the replication screen, on a real database, driven as an agent drives them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.ppm import Frequency
from desktop.services.actor import Actor
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.users import local_administrator
from desktop.ui.contracts.contracts_view import ContractsView
from desktop.ui.ppm.periods_dialog import PeriodsDialog, edit_periods
from desktop.ui.ppm.periods_model import PeriodColumn
from desktop.ui.ppm.replication_dialog import ReplicationDialog
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job
from tests.ui.modal import when_dialog_opens

TODAY = date(2026, 3, 1)  # before the worked example's contract starts: nothing moved, nothing generated


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def job_buildings(sqlite_db: Database) -> list[int]:
    """The issue's first worked example: quarterly visits, monthly invoices of 150.00; three buildings."""
    return ppm_job(sqlite_db, PpmJobSpec(), buildings=3)


def open_dialog(qtbot: QtBot, db: Database, actor: Actor, job_building_id: int) -> PeriodsDialog:
    dialog = PeriodsDialog(db, actor, load_schedule(db, job_building_id, TODAY))
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog: PeriodsDialog, row: int, column: PeriodColumn) -> str:
    return dialog.model.index(row, column).data() or ""


def visit_rows(dialog: PeriodsDialog) -> list[int]:
    return [row for row in range(dialog.model.rowCount()) if cell(dialog, row, PeriodColumn.VISIT_START)]


def choose(combo: object, frequency: Frequency) -> None:
    combo.setCurrentIndex(combo.findData(frequency))  # type: ignore[attr-defined]


def test_the_table_and_site_value_follow_the_edits(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    assert dialog.model.rowCount() == 12
    assert visit_rows(dialog) == [0, 3, 6, 9]
    assert dialog.site_value.text() == "€1,800.00"
    assert cell(dialog, 1, PeriodColumn.AUTO_GENERATION) == "4/17/26"  # May: invoice only

    choose(dialog.invoices, Frequency.QUARTERLY)
    assert dialog.model.rowCount() == 4
    assert dialog.site_value.text() == "€600.00"

    choose(dialog.visits, Frequency.MONTHLY)
    choose(dialog.invoices, Frequency.MONTHLY)
    assert visit_rows(dialog) == list(range(12))

    dialog.amount.setText("abc")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "“abc” is not an amount" in dialog.hint.text()
    dialog.amount.setText("100")
    assert dialog.site_value.text() == "€1,200.00"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_next_visit_required_by_moves_the_visits(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    assert dialog.next_visit.isEnabled()
    assert "enter the date the next visit is required by" in dialog.next_visit_help.toolTip()
    dialog.next_visit.setDate(QDate(2026, 5, 20))
    first = visit_rows(dialog)[0]
    assert cell(dialog, first, PeriodColumn.FINANCIAL_START) == "5/1/26"
    assert cell(dialog, first, PeriodColumn.VISIT_START) == "5/1/26"  # 30 days before, cut to the period
    assert cell(dialog, first, PeriodColumn.VISIT_END) == "5/20/26"
    assert "required by" in dialog.model.index(first, PeriodColumn.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)


def test_partial_and_invalid_periods_are_marked(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(
        sqlite_db,
        PpmJobSpec(
            visits=Frequency.MONTHLY,
            invoices=Frequency.QUARTERLY,
            amount=Decimal("250.00"),
            building_start=date(2026, 5, 15),
        ),
    )
    close_building(sqlite_db, job_building, date(2026, 8, 1), date(2026, 8, 20))
    dialog = open_dialog(qtbot, sqlite_db, admin, job_building)
    assert dialog.model.rowCount() == 10  # partial periods off: June first (August is invalid but listed)
    assert cell(dialog, 0, PeriodColumn.FINANCIAL_START) == "6/1/26"
    dialog.partial.setChecked(True)
    assert dialog.model.rowCount() == 11
    assert cell(dialog, 0, PeriodColumn.FINANCIAL_START) == "5/15/26"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # green
    august = next(r for r in range(11) if cell(dialog, r, PeriodColumn.FINANCIAL_START) == "8/1/26")
    assert cell(dialog, august, PeriodColumn.STATUS) == "Invalid"
    assert dialog.model.index(august, PeriodColumn.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "closed" in dialog.model.index(august, PeriodColumn.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)


def test_cancel_saves_nothing_and_ok_saves_then_replicates_to_two_buildings(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    source, first, second = job_buildings
    before = load_schedule(sqlite_db, source, TODAY)
    dialog = open_dialog(qtbot, sqlite_db, admin, source)
    choose(dialog.visits, Frequency.MONTHLY)
    dialog.amount.setText("175.50")
    dialog.reject()
    after_cancel = load_schedule(sqlite_db, source, TODAY)
    assert after_cancel.settings == before.settings
    assert after_cancel.version == before.version
    assert after_cancel.stored_periods == ()

    dialog = open_dialog(qtbot, sqlite_db, admin, source)
    choose(dialog.visits, Frequency.MONTHLY)
    dialog.amount.setText("175.50")

    def replicate(screen: QWidget) -> None:
        assert isinstance(screen, ReplicationDialog)
        assert not screen.buttons.button(screen.buttons.StandardButton.Ok).isEnabled()
        for row in range(screen.buildings.count()):
            screen.buildings.item(row).setCheckState(Qt.CheckState.Checked)
        assert screen.preview.rowCount() == 2
        assert "Number of visits: Quarterly → Monthly" in screen.preview.item(0, 1).text()
        screen.accept()

    seen = when_dialog_opens(replicate)
    dialog.accept()
    assert len(seen) == 1
    saved = load_schedule(sqlite_db, source, TODAY)
    assert saved.settings.visit_frequency is Frequency.MONTHLY
    assert saved.settings.invoice_amount == Decimal("175.50")
    assert len(saved.stored_periods) == 12
    for target in (first, second):
        copied = load_schedule(sqlite_db, target, TODAY)
        assert copied.settings.visit_frequency is Frequency.MONTHLY
        assert copied.settings.invoice_amount == Decimal("175.50")
        assert len(copied.stored_periods) == 12


def test_the_contracts_screen_opens_the_editor(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []

    def editor(parent: QWidget, db: Database, actor: Actor, job_building_id: int) -> bool:
        opened.append(job_building_id)
        return edit_periods is not None

    view = ContractsView(sqlite_db, admin, editor)
    qtbot.addWidget(view)
    assert view.contracts_table.rowCount() == 1
    assert view.jobs_table.rowCount() == 1
    assert view.buildings_table.rowCount() == 3
    assert not view.edit_periods_action.isEnabled()
    view.buildings_table.selectRow(1)
    assert view.edit_periods_action.isEnabled()
    view.edit_periods_action.trigger()
    assert opened == [job_buildings[1]]


def test_after_generation_only_the_amount_may_change_and_the_dialog_says_why(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    from tests.ppm_factories import save_as_stored

    save_as_stored(sqlite_db, admin, job_buildings[0], TODAY)
    assert generate_due_ppms(sqlite_db, admin, date(2026, 5, 1)).created > 0
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    assert not dialog.banner.isHidden()
    assert dialog.banner.text().startswith("PPM work orders have been generated for this building")
    assert not dialog.visits.isEnabled() and not dialog.invoices.isEnabled() and not dialog.partial.isEnabled()
    assert dialog.amount.isEnabled()
    assert cell(dialog, 0, PeriodColumn.WORK_ORDER) != ""
    assert cell(dialog, 0, PeriodColumn.OVERALL) == "Generated"
    assert not (dialog.model.flags(dialog.model.index(0, PeriodColumn.VISIT_START)) & Qt.ItemFlag.ItemIsEditable)


def test_generate_due_ppms_from_the_menu(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings
    from tests.ppm_factories import save_as_stored

    # A contract in the past: every valid period is due whatever day the test runs.
    past = PpmJobSpec(contract_start=date(2024, 4, 1), contract_end=date(2025, 3, 31))
    for job_building in ppm_job(sqlite_db, past, buildings=3):
        save_as_stored(sqlite_db, admin, job_building, TODAY)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.restore_filters()
    window.generate_ppm_action.trigger()
    assert told == ["PPM work orders created: 36 (of which invoice only, closed at once: 24)."]
    window.generate_ppm_action.trigger()
    assert told[-1] == "PPM work orders created: 0 (of which invoice only, closed at once: 0)."
    window.contracts_action.trigger()
    assert window.tabs.currentWidget() is window.contracts_view
    assert window.contracts_view.buildings_table.rowCount() == 3
    window.close()
