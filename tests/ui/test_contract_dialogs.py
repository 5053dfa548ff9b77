"""Contracts, PPM jobs and the buildings of a job, created and edited from the contracts screen as an agent does:
each dialog saves once, a refusal keeps it open with what was typed, Cancel and Back write nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.domain.ppm import Frequency
from desktop.services.actor import Actor
from desktop.services.contract_editing import ContractFields, contract_fields, create_contract
from desktop.services.contracts import contract_ppm, list_contracts
from desktop.services.lookup_search import ClientHit
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.job_buildings import (
    AddableBuilding,
    add_job_buildings,
    addable_buildings,
    job_building_fields,
    remove_job_building,
)
from desktop.services.ppm.jobs import JobFields, create_job, job_fields
from desktop.services.users import local_administrator
from desktop.ui.contracts.add_buildings_dialog import AddBuildingsDialog
from desktop.ui.contracts.contract_changes_dialog import ContractChangesDialog
from desktop.ui.contracts.contract_dialog import ContractDialog
from desktop.ui.contracts.contracts_view import ContractsView
from desktop.ui.contracts.job_building_dialog import JobBuildingDialog
from desktop.ui.contracts.job_dialog import JobDialog
from desktop.ui.contracts.remove_building_dialog import RemoveBuildingDialog
from desktop.ui.i18n import translations
from tests.directory_factories import a_building, a_client, second_agent
from tests.ui.modal import when_dialog_opens

TODAY = date(2026, 4, 1)


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def client_id(sqlite_db: Database, admin: Actor) -> int:
    """A client with three buildings, and another client with one."""
    client = a_client(sqlite_db, admin, "Acme Facilities", "ACME")
    a_building(sqlite_db, admin, client, "Tour Horizon", city="Paris")
    a_building(sqlite_db, admin, client, "Dépôt Nord", city="Lille")
    a_building(sqlite_db, admin, client, "Siège", city="Lyon")
    other = a_client(sqlite_db, admin, "Globex", "GLOBEX")
    a_building(sqlite_db, admin, other, "Globex Tower", city="Paris")
    return client


def contract_of(db: Database, actor: Actor, client_id: int, reference: str = "CT-2026") -> int:
    return create_contract(
        db,
        actor,
        ContractFields(
            client_id=client_id,
            reference=reference,
            start_date=date(2026, 4, 1),
            end_date=date(2027, 3, 31),
            fy_start_month=4,
            fy_start_day=1,
            currency="EUR",
        ),
    )


JOB = JobFields(
    description="Boiler maintenance",
    frequency=Frequency.QUARTERLY,
    seasonal_months=(),
    certificate_based=False,
    lead_days=14,
    default_visit_frequency=Frequency.QUARTERLY,
    default_invoice_frequency=Frequency.QUARTERLY,
    default_invoice_amount=Decimal("150.00"),
    exclude_dynamic_dates=False,
    auto_close_days=None,
)


def open_view(qtbot: QtBot, db: Database, actor: Actor) -> ContractsView:
    view = ContractsView(db, actor, lambda *_args: False, clock=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    return view


def in_modal(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Act on the next modal dialog; whatever the act does, the dialog does not stay open to hang the test."""

    def guarded(dialog: QWidget) -> None:
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    return when_dialog_opens(guarded)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def building_names(db: Database, contract_id: int) -> list[str]:
    (job,) = contract_ppm(db, contract_id).jobs
    return [building.building_name for building in job.buildings]


# -- contracts -----------------------------------------------------------------------------------------------------


def test_a_new_contract_is_created_from_the_contracts_screen_and_chosen(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    view = open_view(qtbot, sqlite_db, admin)
    assert view.contracts_table.rowCount() == 0
    assert not view.edit_contract_button.isEnabled()
    assert view.edit_contract_button.toolTip() == "Choose a contract first."

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ContractDialog)
        assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Choose the client."
        dialog.client.choose(ClientHit(client_id, "Acme Facilities", "ACME"))
        qtbot.keyClicks(dialog.reference, "CT-2026")
        dialog.start.setDate(QDate(2026, 4, 1))
        dialog.end.setDate(QDate(2027, 3, 31))
        dialog.fy_month.set_month(4)
        dialog.fy_day.setValue(1)
        dialog.currency.setEditText("gbp")  # a typed code is enough
        assert dialog.currency.code() == "GBP"
        dialog.currency.set_code("GBP")
        assert dialog.currency.currentText() == "GBP — British Pound"
        dialog.manual.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    seen = in_modal(fill)
    view.new_contract_button.click()
    assert len(seen) == 1
    (contract,) = list_contracts(sqlite_db)
    assert view.contract() == contract  # the new contract is the chosen one
    fields, _version = contract_fields(sqlite_db, contract.id)
    assert fields == ContractFields(
        client_id=client_id,
        reference="CT-2026",
        start_date=date(2026, 4, 1),
        end_date=date(2027, 3, 31),
        fy_start_month=4,
        fy_start_day=1,
        currency="GBP",
        manual_generation=True,
    )
    assert view.contracts_table.item(0, 6).text() == "Yes"


def test_a_refused_contract_keeps_the_dialog_open_with_its_input_and_cancel_writes_nothing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    contract_of(sqlite_db, admin, client_id, "CT-1")
    dialog = ContractDialog(sqlite_db, admin)
    qtbot.addWidget(dialog)
    dialog.client.choose(ClientHit(client_id, "Acme Facilities", "ACME"))
    qtbot.keyClicks(dialog.reference, "ct-1")
    dialog.end.setDate(dialog.start.date().addYears(1))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Another contract already has the reference “ct-1”: choose another one."
    assert dialog.reference.text() == "ct-1" and dialog.client.choice.id == client_id
    dialog.reject()
    assert [contract.reference for contract in list_contracts(sqlite_db)] == ["CT-1"]


def test_the_contract_dialog_follows_a_change_of_language(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    dialog = ContractDialog(sqlite_db, admin, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.currency.set_code("USD")
    dialog.fy_month.set_month(1)
    assert (dialog.fy_month.currentText(), dialog.currency.currentText()) == ("January", "USD — US Dollar")
    assert dialog.start.text() == "4/1/2026" and dialog.end.text() == "3/31/2027"
    translations().switch("nl")
    qtbot.waitUntil(lambda: dialog.fy_month.currentText() == "Januari")
    assert dialog.currency.currentText() == "USD — Amerikaanse dollar"
    assert dialog.currency.code() == "USD" and dialog.fy_month.month() == 1
    assert dialog.start.text() == "01-04-2026" and dialog.end.text() == "31-03-2027"


def test_editing_the_dates_shows_what_changes_back_writes_nothing_and_save_applies(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    job_id = create_job(sqlite_db, admin, contract_id, JOB)
    buildings = [item.id for item in _addable(sqlite_db, job_id) if item.name in ("Tour Horizon", "Siège")]
    add_job_buildings(sqlite_db, admin, job_id, buildings, today=TODAY)
    stored, version = contract_fields(sqlite_db, contract_id)
    view = open_view(qtbot, sqlite_db, admin)
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.contracts.replanned.QMessageBox.information", lambda _parent, _title, text: told.append(text)
    )
    shown: list[list[str]] = []

    def back(changes: QWidget) -> None:
        assert isinstance(changes, ContractChangesDialog)
        shown.append([changes.buildings.item(row).text() for row in range(changes.buildings.count())])
        assert changes.view.table.rowCount() > 0
        changes.back_button.click()

    def save(changes: QWidget) -> None:
        assert isinstance(changes, ContractChangesDialog)
        changes.save_button.click()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ContractDialog)
        assert dialog.reference.text() == "CT-2026"
        assert dialog.client.isReadOnly()  # its jobs keep it with its client
        dialog.end.setDate(QDate(2026, 12, 31))
        confirmations = in_modal(back)
        dialog.ok_button.click()
        assert len(confirmations) == 1
        # Back: nothing written, the dialog still open with the new date.
        assert dialog.isVisible() and dialog.end.date() == QDate(2026, 12, 31)
        assert contract_fields(sqlite_db, contract_id) == (stored, version)
        confirmations = in_modal(save)
        dialog.ok_button.click()
        assert len(confirmations) == 1

    seen = in_modal(edit)
    view.contracts_table.doubleClicked.emit(view.contracts_table.model().index(0, 1))  # as Edit contract… does
    assert len(seen) == 1
    assert len(shown) == 1 and len(shown[0]) == 2
    assert re.fullmatch(r"Boiler maintenance — Siège: 1 period(\(s\))?", shown[0][0])
    assert re.fullmatch(r"Boiler maintenance — Tour Horizon: 1 period(\(s\))?", shown[0][1])
    fields, new_version = contract_fields(sqlite_db, contract_id)
    assert fields.end_date == date(2026, 12, 31) and new_version > version
    assert view.contract() is not None and view.contract().end_date == date(2026, 12, 31)
    assert told == []  # nothing was generated: no work order to cancel


# -- PPM jobs ------------------------------------------------------------------------------------------------------


def test_a_seasonal_job_is_created_with_its_months(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    view = open_view(qtbot, sqlite_db, admin)
    assert view.new_job_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, JobDialog)
        assert not dialog.months.isEnabled()  # not seasonal yet
        qtbot.keyClicks(dialog.description, "Gutter cleaning")
        dialog.frequency.set_value(Frequency.SEASONAL)
        assert dialog.months.isEnabled()
        assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Tick the months of the season."
        for month in (10, 11):
            dialog.months.boxes[month].setChecked(True)
        dialog.visits.set_value(Frequency.SEASONAL)
        dialog.invoices.set_value(Frequency.YEARLY)
        dialog.lead_days.setValue(21)
        dialog.amount.setText("oops")
        assert not dialog.ok_button.isEnabled() and "is not an amount" in dialog.hint.text()
        dialog.amount.setText("1,250.50")
        dialog.auto_close.setChecked(True)
        dialog.auto_close_days.setValue(30)
        dialog.ok_button.click()

    seen = in_modal(fill)
    view.new_job_button.click()
    assert len(seen) == 1
    (job,) = contract_ppm(sqlite_db, contract_id).jobs
    assert view.job() is not None and view.job().id == job.id
    fields, _version = job_fields(sqlite_db, job.id)
    assert fields == JobFields(
        description="Gutter cleaning",
        frequency=Frequency.SEASONAL,
        seasonal_months=(10, 11),
        certificate_based=False,
        lead_days=21,
        default_visit_frequency=Frequency.SEASONAL,
        default_invoice_frequency=Frequency.YEARLY,
        default_invoice_amount=Decimal("1250.50"),
        exclude_dynamic_dates=False,
        auto_close_days=30,
    )


def test_edit_job_ppm_details_opens_on_the_stored_job(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    job_id = create_job(sqlite_db, admin, contract_id, JOB)
    view = open_view(qtbot, sqlite_db, admin)
    assert view.edit_job_action.isEnabled()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, JobDialog)
        assert dialog.description.text() == "Boiler maintenance"
        assert dialog.amount.text() == "150.00"
        dialog.description.setText("Boiler service")
        dialog.lead_days.setValue(7)
        dialog.ok_button.click()

    seen = in_modal(edit)
    view.jobs_table.doubleClicked.emit(view.jobs_table.model().index(0, 0))  # as Edit job PPM details… does
    assert len(seen) == 1
    fields, _version = job_fields(sqlite_db, job_id)
    assert (fields.description, fields.lead_days) == ("Boiler service", 7)
    assert view.jobs_table.item(0, 0).text() == "Boiler service"


# -- the buildings of a job ----------------------------------------------------------------------------------------


def _addable(db: Database, job_id: int) -> list[AddableBuilding]:
    return addable_buildings(db, job_id)


def test_add_buildings_searches_and_adds_the_ticked_ones_at_once(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    create_job(sqlite_db, admin, contract_id, JOB)
    view = open_view(qtbot, sqlite_db, admin)
    assert view.add_buildings_action.isEnabled()
    assert not view.edit_job_building_action.isEnabled()
    assert view.edit_job_building_action.toolTip() == "Choose a building of the job first."

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, AddBuildingsDialog)
        assert dialog.list.count() == 3  # the client's buildings only
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.search, "Tour")
        assert [dialog.list.item(row).text() for row in range(dialog.list.count())] == ["Tour Horizon — Paris"]
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.search.clear()
        assert dialog.list.count() == 3
        ticked = [dialog.list.item(row).checkState() == Qt.CheckState.Checked for row in range(dialog.list.count())]
        assert ticked.count(True) == 1  # kept while the search changed
        siege = next(row for row in range(dialog.list.count()) if dialog.list.item(row).text().startswith("Siège"))
        dialog.list.item(siege).setCheckState(Qt.CheckState.Checked)
        assert re.fullmatch(r"&Add 2 building(\(s\)|s)", dialog.ok_button.text())
        dialog.ok_button.click()

    seen = in_modal(add)
    view.add_buildings_action.trigger()
    assert len(seen) == 1
    assert sorted(building_names(sqlite_db, contract_id)) == ["Siège", "Tour Horizon"]
    assert view.buildings_table.rowCount() == 2
    assert view.job_building() is not None  # one of the new buildings is chosen

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AddBuildingsDialog)
        in_job = [
            dialog.list.item(row).text()
            for row in range(dialog.list.count())
            if not dialog.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        assert sorted(in_job) == ["Siège — Lyon (already in the job)", "Tour Horizon — Paris (already in the job)"]
        dialog.reject()

    seen = in_modal(look)
    view.add_buildings_action.trigger()
    assert len(seen) == 1
    assert len(building_names(sqlite_db, contract_id)) == 2  # Cancel added nothing


def test_edit_job_building_ppm_details_saves_them(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    job_id = create_job(sqlite_db, admin, contract_id, JOB)
    (horizon,) = [item.id for item in _addable(sqlite_db, job_id) if item.name == "Tour Horizon"]
    (job_building,) = add_job_buildings(sqlite_db, admin, job_id, [horizon], today=TODAY)
    view = open_view(qtbot, sqlite_db, admin)
    view.buildings_table.selectRow(0)
    assert view.edit_job_building_action.isEnabled()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, JobBuildingDialog)
        assert dialog.partial.isEnabled()  # nothing generated yet
        dialog.exclude.setChecked(True)
        dialog.partial.setChecked(True)
        dialog.instructions.setPlainText("Ask for the keys at the desk.")
        dialog.ok_button.click()

    seen = in_modal(edit)
    view.edit_job_building_action.trigger()
    assert len(seen) == 1
    fields, _version = job_building_fields(sqlite_db, job_building)
    assert (fields.exclude_dynamic_dates, fields.partial_periods, fields.instructions) == (
        True,
        True,
        "Ask for the keys at the desk.",
    )
    assert view.job_building() is not None and view.job_building().id == job_building  # still chosen
    assert view.buildings_table.item(0, 5).text() == "Yes"


def test_a_building_with_nothing_generated_is_removed_after_a_yes(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    job_id = create_job(sqlite_db, admin, contract_id, JOB)
    ids = [item.id for item in _addable(sqlite_db, job_id) if item.name in ("Tour Horizon", "Siège")]
    add_job_buildings(sqlite_db, admin, job_id, ids, today=TODAY)
    view = open_view(qtbot, sqlite_db, admin)
    view.buildings_table.selectRow(0)  # Siège, by name
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("desktop.ui.contracts.remove_building_dialog.QMessageBox.question", question)
    view.remove_building_action.trigger()
    assert sorted(building_names(sqlite_db, contract_id)) == ["Siège", "Tour Horizon"]  # No: kept
    view.remove_building_action.trigger()
    assert asked[1].startswith("Remove Siège from the PPM job “Boiler maintenance”?")
    assert building_names(sqlite_db, contract_id) == ["Tour Horizon"]
    assert view.buildings_table.rowCount() == 1


# -- who may do what -----------------------------------------------------------------------------------------------


def test_without_the_permission_the_edits_are_greyed_and_say_why(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    create_job(sqlite_db, admin, contract_id, JOB)
    agent = second_agent(sqlite_db)
    view = open_view(qtbot, sqlite_db, agent)
    needs = "Needs the permission “Edit contracts”."
    for widget in (
        view.new_contract_button,
        view.edit_contract_button,
        view.archive_button,
        view.new_job_button,
        view.edit_job_action,
        view.add_buildings_action,
    ):
        assert not widget.isEnabled() and widget.toolTip() == needs
    opened: list[object] = []
    monkeypatch.setattr("desktop.ui.contracts.contracts_view.open_contract_dialog", lambda *args: opened.append(args))
    view.contracts_table.doubleClicked.emit(view.contracts_table.model().index(0, 0))
    assert opened == []  # a double-click does not open what the button may not


def test_an_archived_contract_is_listed_on_request_and_cannot_be_edited_until_restored(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract_id = contract_of(sqlite_db, admin, client_id)
    create_job(sqlite_db, admin, contract_id, JOB)
    view = open_view(qtbot, sqlite_db, admin)
    monkeypatch.setattr(
        "desktop.ui.contracts.contracts_view.QMessageBox.question",
        lambda *_args: QMessageBox.StandardButton.Yes,
    )
    assert view.archive_button.text() == "A&rchive"
    view.archive_button.click()
    assert view.contracts_table.rowCount() == 0  # archived contracts are hidden
    view.show_archived.setChecked(True)
    assert view.contracts_table.rowCount() == 1 and view.contract() is not None
    assert not view.contract().active
    assert view.archive_button.text() == "&Restore" and view.archive_button.isEnabled()
    archived = "The contract is archived: restore it first."
    for widget in (view.edit_contract_button, view.new_job_button, view.edit_job_action, view.add_buildings_action):
        assert not widget.isEnabled() and widget.toolTip() == archived
    view.archive_button.click()
    assert view.contract() is not None and view.contract().active
    assert view.edit_contract_button.isEnabled()


# -- once work orders were generated -------------------------------------------------------------------------------


@pytest.fixture
def generated(sqlite_db: Database, admin: Actor, client_id: int) -> tuple[int, int]:
    """A contract whose job has Tour Horizon in it, its first work order generated; (contract, job building)."""
    contract_id = contract_of(sqlite_db, admin, client_id)
    job_id = create_job(sqlite_db, admin, contract_id, JOB)
    (horizon,) = [item.id for item in _addable(sqlite_db, job_id) if item.name == "Tour Horizon"]
    (job_building,) = add_job_buildings(sqlite_db, admin, job_id, [horizon], today=TODAY)
    assert generate_due_ppms(sqlite_db, admin, date(2026, 5, 1), today=TODAY).created > 0
    return contract_id, job_building


def test_after_generation_the_job_shows_what_can_no_longer_change_read_only(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, generated: tuple[int, int]
) -> None:
    view = open_view(qtbot, sqlite_db, admin)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, JobDialog)
        for widget in (dialog.frequency, dialog.months, dialog.certificate):
            assert not widget.isEnabled()
            assert widget.toolTip() == "PPM work orders were generated under this job: this can no longer change."
        assert dialog.lead_days.isEnabled() and dialog.amount.isEnabled()
        dialog.reject()

    seen = in_modal(look)
    view.edit_job_action.trigger()
    assert len(seen) == 1

    view.buildings_table.selectRow(0)

    def look_building(dialog: QWidget) -> None:
        assert isinstance(dialog, JobBuildingDialog)
        assert not dialog.partial.isEnabled() and dialog.exclude.isEnabled()
        dialog.reject()

    seen = in_modal(look_building)
    view.edit_job_building_action.trigger()
    assert len(seen) == 1


def test_a_building_with_generated_orders_leaves_the_job_at_the_day_given(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, generated: tuple[int, int]
) -> None:
    contract_id, job_building = generated
    view = open_view(qtbot, sqlite_db, admin)
    view.buildings_table.selectRow(0)

    def leave(dialog: QWidget) -> None:
        assert isinstance(dialog, RemoveBuildingDialog)
        assert "Its later periods turn invalid" in dialog.intro.text()
        dialog.last_day.setDate(QDate(2026, 9, 30))
        dialog.ok_button.click()

    seen = in_modal(leave)
    view.remove_building_action.trigger()
    assert len(seen) == 1
    (job,) = contract_ppm(sqlite_db, contract_id).jobs
    (row,) = job.buildings
    assert row.id == job_building and row.end_date == date(2026, 9, 30)
    assert view.job_building() is not None and view.job_building().id == job_building
    assert not view.remove_building_action.isEnabled()
    assert view.remove_building_action.toolTip() == "Tour Horizon left the job after 9/30/2026."


def test_add_buildings_shows_a_building_that_left_the_job_as_not_addable_with_its_day(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, generated: tuple[int, int]
) -> None:
    contract_id, job_building = generated
    remove_job_building(
        sqlite_db, admin, job_building, job_building_fields(sqlite_db, job_building)[1], date(2026, 9, 30), TODAY
    )
    view = open_view(qtbot, sqlite_db, admin)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AddBuildingsDialog)
        rows = {dialog.list.item(row).text(): dialog.list.item(row) for row in range(dialog.list.count())}
        left = rows["Tour Horizon — Paris (left the job after 9/30/2026)"]
        assert not left.flags() & Qt.ItemFlag.ItemIsEnabled
        assert left.checkState() == Qt.CheckState.Unchecked
        assert left.toolTip() == "This building left the job after 9/30/2026: it cannot be added to it again."
        dialog.reject()

    seen = in_modal(look)
    view.add_buildings_action.trigger()
    assert len(seen) == 1
    assert building_names(sqlite_db, contract_id) == ["Tour Horizon"]


def test_a_refused_removal_keeps_the_date_dialog_open_with_the_message(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, generated: tuple[int, int]
) -> None:
    contract_id, _job_building = generated
    view = open_view(qtbot, sqlite_db, admin)
    view.buildings_table.selectRow(0)
    messages: list[str] = []

    def too_late(dialog: QWidget) -> None:
        assert isinstance(dialog, RemoveBuildingDialog)
        dialog.last_day.setDate(QDate(2030, 1, 1))  # after the contract's end
        dialog.ok_button.click()
        assert dialog.isVisible()
        messages.append(dialog.error.text())
        dialog.reject()

    seen = in_modal(too_late)
    view.remove_building_action.trigger()
    assert len(seen) == 1
    assert messages and messages[0].startswith("Building “Tour Horizon” can leave the job from")
    (job,) = contract_ppm(sqlite_db, contract_id).jobs
    assert job.buildings[0].end_date is None


def test_new_contract_dates_that_cancel_a_generated_order_say_which(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, generated: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    contract_id, job_building = generated
    with sqlite_db.reading() as session:
        (number,) = session.scalars(select(WorkOrder.number).where(WorkOrder.job_building_id == job_building)).all()
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.contracts.replanned.QMessageBox.information", lambda _parent, _title, text: told.append(text)
    )
    view = open_view(qtbot, sqlite_db, admin)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ContractDialog)
        dialog.start.setDate(QDate(2026, 7, 1))  # the generated order's period is no longer in the contract
        confirmations = in_modal(lambda changes: changes.save_button.click())  # type: ignore[attr-defined]
        dialog.ok_button.click()
        assert len(confirmations) == 1

    seen = in_modal(edit)
    view.edit_contract_button.click()
    assert len(seen) == 1
    assert contract_fields(sqlite_db, contract_id)[0].start_date == date(2026, 7, 1)
    assert told == [f"The PPM periods were re-planned. Work orders cancelled automatically: {number}."]
