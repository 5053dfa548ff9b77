"""The building-period editor and the replication screen, on a real database, driven as an agent drives them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.ppm import Frequency
from desktop.services.actor import Actor
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.users import local_administrator
from desktop.ui.contracts.contracts_view import ContractsView
from desktop.ui.i18n import translations
from desktop.ui.ppm.changes_dialog import ChangesDialog
from desktop.ui.ppm.history_dialog import HistoryDialog
from desktop.ui.ppm.periods_dialog import PeriodsDialog, edit_periods
from desktop.ui.ppm.periods_model import CHANGED_BACKGROUND, PeriodColumn
from desktop.ui.ppm.replication_dialog import ReplicationDialog
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, save_as_stored
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
    dialog = PeriodsDialog(db, actor, load_schedule(db, job_building_id, TODAY), clock=lambda: TODAY)
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
    assert cell(dialog, 1, PeriodColumn.AUTO_GENERATION) == "4/17/2026"  # May: invoice only

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
    assert cell(dialog, first, PeriodColumn.FINANCIAL_START) == "5/1/2026"
    assert cell(dialog, first, PeriodColumn.VISIT_START) == "5/1/2026"  # 30 days before, cut to the period
    assert cell(dialog, first, PeriodColumn.VISIT_END) == "5/20/2026"
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
    assert cell(dialog, 0, PeriodColumn.FINANCIAL_START) == "6/1/2026"
    dialog.partial.setChecked(True)
    assert dialog.model.rowCount() == 11
    assert cell(dialog, 0, PeriodColumn.FINANCIAL_START) == "5/15/2026"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # green
    august = next(r for r in range(11) if cell(dialog, r, PeriodColumn.FINANCIAL_START) == "8/1/2026")
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
    assert generate_due_ppms(sqlite_db, admin, date(2026, 5, 1), today=date(2026, 4, 1)).created > 0
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    assert not dialog.banner.isHidden()
    assert dialog.banner.text().startswith("PPM work orders have been generated for this building")
    assert not dialog.visits.isEnabled() and not dialog.invoices.isEnabled() and not dialog.partial.isEnabled()
    assert dialog.amount.isEnabled()
    assert cell(dialog, 0, PeriodColumn.WORK_ORDER) != ""
    assert cell(dialog, 0, PeriodColumn.OVERALL) == "Generated"
    assert not (dialog.model.flags(dialog.model.index(0, PeriodColumn.VISIT_START)) & Qt.ItemFlag.ItemIsEditable)
    # The "?" of Next visit required by says why the date is locked too.
    assert not dialog.next_visit.isEnabled()
    assert "PPM work orders have been generated for this building" in dialog.next_visit_help.toolTip()
    assert "dynamic date updates" in dialog.next_visit_help.toolTip()


# The editor shows what is stored, and saves exactly what it showed.

AUGUST = date(2026, 8, 1)


def row_of(dialog: PeriodsDialog, financial_start: date) -> int:
    return next(row for row, period in enumerate(dialog.model.periods) if period.financial_start == financial_start)


def tinted(dialog: PeriodsDialog, row: int, column: PeriodColumn) -> bool:
    brush = dialog.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return brush is not None and brush.color() == CHANGED_BACKGROUND


def ok_button(dialog: PeriodsDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def changes_lines(screen: ChangesDialog) -> list[tuple[str, ...]]:
    table = screen.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


@pytest.fixture
def closed_in_august(sqlite_db: Database, admin: Actor) -> int:
    """A building whose schedule was stored, then closed a few days in August: re-planned, August turns invalid."""
    (job_building,) = ppm_job(sqlite_db, PpmJobSpec())
    save_as_stored(sqlite_db, admin, job_building, TODAY)
    close_building(sqlite_db, job_building, date(2026, 8, 3), date(2026, 8, 5))
    return job_building


def test_the_editor_shows_the_stored_periods_and_what_a_replan_changes(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, closed_in_august: int
) -> None:
    dialog = open_dialog(qtbot, sqlite_db, admin, closed_in_august)
    august = row_of(dialog, AUGUST)
    assert cell(dialog, august, PeriodColumn.STATUS) == "Valid"  # as stored
    assert dialog.site_value.text() == "€1,800.00"
    assert not dialog.changes_banner.isHidden()
    assert re.search(r"Re-planned today, 1 period(\(s\))? change", dialog.changes_text.text())
    assert tinted(dialog, august, PeriodColumn.STATUS) and tinted(dialog, august, PeriodColumn.CLOSED)
    assert not tinted(dialog, august - 1, PeriodColumn.STATUS)
    tip = dialog.model.index(august, PeriodColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Re-planned: Invalid"

    looked: list[object] = []

    def look(screen: QWidget) -> None:
        looked.extend((changes_lines(screen), screen.site_value.text()))  # type: ignore[arg-type, attr-defined]
        screen.close()

    seen = when_dialog_opens(look)
    dialog.what_changes.click()
    assert len(seen) == 1 and isinstance(seen[0], ChangesDialog)
    lines, site_value = looked
    assert ("8/1/2026 to 8/31/2026", "Closed", "No", "Yes") in lines  # type: ignore[operator]
    assert ("", "Status", "Valid", "Invalid") in lines  # type: ignore[operator]
    assert site_value == "Site value: €1,800.00 → €1,650.00"

    # An edit shows what OK saves, marked against what is stored; undoing it shows the stored periods again.
    dialog.amount.setText("160.00")
    assert cell(dialog, august, PeriodColumn.STATUS) == "Invalid"
    assert dialog.model.index(august, PeriodColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Stored: Valid"
    assert re.search(r"With your edits, 1 period(\(s\))? change", dialog.changes_text.text())
    assert dialog.site_value.text() == "€1,760.00"
    dialog.amount.setText("150.00")
    assert cell(dialog, august, PeriodColumn.STATUS) == "Valid"


def test_ok_asks_to_confirm_the_changes_then_saves_exactly_them(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, closed_in_august: int
) -> None:
    version = load_schedule(sqlite_db, closed_in_august, TODAY).version
    dialog = open_dialog(qtbot, sqlite_db, admin, closed_in_august)

    intro: list[str] = []

    def back(screen: QWidget) -> None:
        intro.append(screen.intro.text())  # type: ignore[attr-defined]
        screen.back_button.click()  # type: ignore[attr-defined]

    seen = when_dialog_opens(back)
    dialog.accept()
    assert isinstance(seen[0], ChangesDialog)
    assert re.fullmatch(r"Saving changes 1 period(\(s\))? of Site 0001:", intro[0])
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_schedule(sqlite_db, closed_in_august, TODAY).version == version

    def save(screen: QWidget) -> None:
        screen.save_button.click()  # type: ignore[attr-defined]

    when_dialog_opens(save)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_schedule(sqlite_db, closed_in_august, TODAY)
    assert saved.version == version + 1
    assert not {period.financial_start: period for period in saved.stored_periods}[AUGUST].valid

    # The history says who saved what, in the agent's language.
    again = open_dialog(qtbot, sqlite_db, admin, closed_in_august)
    assert again.changes_banner.isHidden()

    lines: list[tuple[str, ...]] = []

    def history(screen: QWidget) -> None:
        table = screen.table  # type: ignore[attr-defined]
        lines.extend(
            tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
        )
        screen.close()

    seen = when_dialog_opens(history)
    again.history.click()
    assert len(seen) == 1 and isinstance(seen[0], HistoryDialog)
    assert lines and all(line[1:4] == ("Administrator", "Saved in the period editor", "8/1/2026") for line in lines)
    assert {line[4:] for line in lines} >= {("Status", "Valid", "Invalid"), ("Closed", "No", "Yes")}


def test_a_save_refused_because_the_schedule_changed_meanwhile_shows_it_again(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    (job_building,) = ppm_job(sqlite_db, PpmJobSpec())
    save_as_stored(sqlite_db, admin, job_building, TODAY)
    dialog = open_dialog(qtbot, sqlite_db, admin, job_building)
    assert dialog.changes_banner.isHidden()
    version = load_schedule(sqlite_db, job_building, TODAY).version
    close_building(sqlite_db, job_building, date(2026, 8, 3), date(2026, 8, 5))  # while the agent looks
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))

    dialog.accept()
    assert len(told) == 1 and told[0].startswith("The schedule of Site 0001 changed since it was shown")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_schedule(sqlite_db, job_building, TODAY).version == version
    # Shown again: the re-plan's change is there to look at and confirm.
    assert not dialog.changes_banner.isHidden()
    assert tinted(dialog, row_of(dialog, AUGUST), PeriodColumn.STATUS)


def test_a_next_visit_outside_the_contract_is_refused(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    dialog.next_visit.setDate(QDate(2100, 1, 1))
    assert not dialog.hint.isHidden()
    assert dialog.hint.text() == (
        "The next visit required by (1/1/2100) must fall within the contract, 4/1/2026 to 3/31/2027."
    )
    assert not ok_button(dialog).isEnabled()
    dialog.next_visit.setDate(QDate(2026, 5, 20))
    assert dialog.hint.isHidden() and ok_button(dialog).isEnabled()


def test_the_editor_follows_a_live_change_of_language(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int]
) -> None:
    dialog = open_dialog(qtbot, sqlite_db, admin, job_buildings[0])
    dialog.show()
    dialog.amount.setText("300.00")
    dialog.next_visit.setDate(QDate(2026, 5, 20))
    assert dialog.site_value.text() == "€3,600.00"

    translations().switch("de")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Edit job PPM building periods")
    assert dialog.amount.text() == "300,00"
    assert dialog.hint.isHidden() and ok_button(dialog).isEnabled()
    assert dialog.site_value.text() == "3.600,00\u00a0€"
    assert cell(dialog, 0, PeriodColumn.FINANCIAL_START) == "01.04.2026"
    assert dialog.next_visit.text() == "20.05.2026"
    header = dialog.table.horizontalHeader()
    for column in range(len(PeriodColumn) - 1):  # the last one stretches
        needed = max(dialog.table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert dialog.table.columnWidth(column) >= needed, column

    dialog.amount.setText("1.250,5")
    translations().switch("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Edit job PPM building periods")
    assert dialog.amount.text() == "1,250.50" and ok_button(dialog).isEnabled()


def test_a_dialog_left_open_until_the_next_day_shows_today_s_plan_before_it_saves(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, job_buildings: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = [TODAY]
    dialog = PeriodsDialog(sqlite_db, admin, load_schedule(sqlite_db, job_buildings[0], TODAY), clock=lambda: day[0])
    qtbot.addWidget(dialog)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(dialog, "offer_replication", lambda: None)
    before = load_schedule(sqlite_db, job_buildings[0], TODAY)
    day[0] = TODAY + timedelta(days=1)
    dialog.accept()
    assert told and told[0].startswith("The day has changed since these periods were opened")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.schedule.today == TODAY + timedelta(days=1)
    assert load_schedule(sqlite_db, job_buildings[0], TODAY).version == before.version  # nothing saved
    dialog.accept()  # the second OK, on the same day, saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_schedule(sqlite_db, job_buildings[0], TODAY).version == before.version + 1
