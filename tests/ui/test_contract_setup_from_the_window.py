"""A contract set up from the main window as an agent does it, from a client with buildings to a recorded
certificate: the contract, a certificate-based PPM job and two of its buildings, the period editor, the generation
of the due PPM orders, and a certificate recorded from one of them that moves the building's next visit."""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Certificate, FinancialPeriod, JobBuilding, WorkOrder
from desktop.domain.listing import ListFilter
from desktop.domain.ppm import Frequency
from desktop.domain.workorders import Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.contract_editing import ContractFields, contract_fields
from desktop.services.contracts import contract_ppm, list_contracts
from desktop.services.ppm.jobs import JobFields, job_fields
from desktop.services.users import local_administrator
from desktop.ui.certificates.record_dialog import RecordCertificateDialog
from desktop.ui.contracts.add_buildings_dialog import AddBuildingsDialog
from desktop.ui.contracts.contract_dialog import ContractDialog
from desktop.ui.contracts.contracts_view import ContractsView
from desktop.ui.contracts.job_dialog import JobDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ppm.generation_dialog import GenerationDialog
from desktop.ui.ppm.periods_dialog import PeriodsDialog
from desktop.ui.settings import Settings
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.directory_factories import a_building, a_client

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HANDLED = "e2eHandled"  # the dynamic property marking a dialog already acted on


@dataclass
class Modals:
    """Acts on the modal dialogs as they open, each with the act expected next for its kind. A dialog an act leaves
    open is closed, and so is one nobody expected (noted in ``unexpected``): a test never hangs on a dialog."""

    expected: list[tuple[type[QWidget], Callable[[QWidget], None]]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def __post_init__(self) -> None:
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        self.expected.append((kind, act))

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.property(HANDLED):
            return
        dialog.setProperty(HANDLED, True)
        if not self.expected or not isinstance(dialog, self.expected[0][0]):
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            self.unexpected.append(f"{type(dialog).__name__} “{dialog.windowTitle()}” {text}".strip())
            _close(dialog)
            return
        _kind, act = self.expected.pop(0)
        try:
            act(dialog)
        except Exception:  # reported by check(), once the dialog is closed
            self.errors.append(traceback.format_exc())
        finally:
            if dialog.isVisible():
                _close(dialog)

    def check(self, qtbot: QtBot) -> None:
        """Every expected dialog was seen and acted on without a failure, and no other dialog opened."""
        try:
            qtbot.waitUntil(lambda: not self.expected and QApplication.activeModalWidget() is None)
        except qtbot.TimeoutError:
            pass  # told below: which dialog did not open, or which one is still open
        if self.errors:
            pytest.fail("An act on a dialog failed:\n" + "\n".join(self.errors), pytrace=False)
        assert self.unexpected == []
        assert [kind.__name__ for kind, _act in self.expected] == []
        assert QApplication.activeModalWidget() is None

    def stop(self) -> None:
        self.timer.stop()
        for _attempt in range(10):  # nested dialogs, innermost first
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                return
            _close(dialog)


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


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


@pytest.fixture
def document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small PDF the system's file dialog answers with."""
    path = tmp_path / "Gas safety check.pdf"
    path.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))
    return path


@pytest.fixture
def modals() -> Iterator[Modals]:
    watcher = Modals()
    yield watcher
    watcher.stop()


def periods_of(db: Database, job_building_id: int) -> list[FinancialPeriod]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(FinancialPeriod)
                .where(FinancialPeriod.job_building_id == job_building_id)
                .order_by(FinancialPeriod.financial_start)
            )
        )


def job_building_of(db: Database, job_building_id: int) -> JobBuilding:
    with db.reading() as session:
        row = session.get(JobBuilding, job_building_id)
        assert row is not None
        return row


def test_a_contract_set_up_from_the_window_generates_its_ppms_and_takes_a_certificate(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, client_id: int, document: Path, modals: Modals
) -> None:
    today = date.today()
    start = today - timedelta(days=60)
    end = start + relativedelta(years=2, days=-1)
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.show_filter(ListFilter())
    window.show()
    qtbot.waitUntil(lambda: window.model.count_known)
    try:
        # 1. Work orders > Contracts and PPM…: the contracts tab; New contract…
        assert window.contracts_action in window.orders_menu.actions()
        window.contracts_action.trigger()
        view = window.contracts_view
        assert isinstance(view, ContractsView) and window.tabs.currentWidget() is view
        assert view.contracts_table.rowCount() == 0

        def new_contract(dialog: QWidget) -> None:
            assert isinstance(dialog, ContractDialog)
            qtbot.keyClicks(dialog.client, "acme")
            qtbot.keyClick(dialog.client, Qt.Key.Key_Return)  # the one client found is chosen
            assert dialog.client.choice is not None and dialog.client.choice.id == client_id
            qtbot.keyClicks(dialog.reference, "CT-E2E")
            dialog.start.setDate(qdate(start))
            dialog.end.setDate(qdate(end))
            dialog.fy_month.set_month(start.month)
            dialog.fy_day.setValue(start.day)
            dialog.currency.set_code("EUR")
            assert dialog.ok_button.isEnabled(), dialog.hint.text()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        modals.expect(ContractDialog, new_contract)
        qtbot.mouseClick(view.new_contract_button, Qt.MouseButton.LeftButton)
        modals.check(qtbot)
        (contract,) = list_contracts(sqlite_db)
        assert view.contract() == contract
        assert contract_fields(sqlite_db, contract.id)[0] == ContractFields(
            client_id=client_id,
            reference="CT-E2E",
            start_date=start,
            end_date=end,
            fy_start_month=start.month,
            fy_start_day=start.day,
            currency="EUR",
            manual_generation=False,
        )

        # 2. New PPM job…: a yearly job proved by certificates.
        def new_job(dialog: QWidget) -> None:
            assert isinstance(dialog, JobDialog)
            qtbot.keyClicks(dialog.description, "Gas safety check")
            dialog.frequency.set_value(Frequency.YEARLY)
            dialog.certificate.setChecked(True)
            dialog.lead_days.setValue(30)
            dialog.visits.set_value(Frequency.YEARLY)
            dialog.invoices.set_value(Frequency.YEARLY)
            dialog.amount.setText("100.00")
            dialog.auto_close.setChecked(True)
            dialog.auto_close_days.setValue(30)
            assert dialog.ok_button.isEnabled(), dialog.hint.text()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        modals.expect(JobDialog, new_job)
        qtbot.mouseClick(view.new_job_button, Qt.MouseButton.LeftButton)
        modals.check(qtbot)
        (job,) = contract_ppm(sqlite_db, contract.id).jobs
        assert view.job() is not None and view.job().id == job.id
        assert job_fields(sqlite_db, job.id)[0] == JobFields(
            description="Gas safety check",
            frequency=Frequency.YEARLY,
            seasonal_months=(),
            certificate_based=True,
            lead_days=30,
            default_visit_frequency=Frequency.YEARLY,
            default_invoice_frequency=Frequency.YEARLY,
            default_invoice_amount=Decimal("100.00"),
            exclude_dynamic_dates=False,
            auto_close_days=30,
        )

        # 3. Edit actions > Add buildings…: two of the client's three buildings, found by searching.
        assert view.add_buildings_action in view.edit_button.menu().actions()
        assert view.add_buildings_action.text() == "Add buildings…"

        def add_buildings(dialog: QWidget) -> None:
            assert isinstance(dialog, AddBuildingsDialog)
            listed = sorted(dialog.list.item(row).text() for row in range(dialog.list.count()))
            assert listed == ["Dépôt Nord — Lille", "Siège — Lyon", "Tour Horizon — Paris"]
            for search in ("Tour", "Lyon"):
                dialog.search.clear()
                qtbot.keyClicks(dialog.search, search)
                assert dialog.list.count() == 1
                dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
            dialog.search.clear()
            ticked = [
                dialog.list.item(row).text()
                for row in range(dialog.list.count())
                if dialog.list.item(row).checkState() == Qt.CheckState.Checked
            ]
            assert sorted(ticked) == ["Siège — Lyon", "Tour Horizon — Paris"]
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        modals.expect(AddBuildingsDialog, add_buildings)
        view.add_buildings_action.trigger()
        modals.check(qtbot)
        shown = {view.buildings_table.item(row, 0).text(): row for row in range(view.buildings_table.rowCount())}
        assert sorted(shown) == ["Siège", "Tour Horizon"]
        (refreshed,) = contract_ppm(sqlite_db, contract.id).jobs
        job_buildings = {row.building_name: row.id for row in refreshed.buildings}
        assert sorted(job_buildings) == ["Siège", "Tour Horizon"]
        horizon = job_buildings["Tour Horizon"]

        # 4. Edit actions > Edit job PPM building periods…: the editor shows Tour Horizon's periods; Cancel.
        view.buildings_table.selectRow(shown["Tour Horizon"])
        assert view.job_building() is not None and view.job_building().id == horizon
        assert view.edit_periods_action in view.edit_button.menu().actions()
        assert view.edit_periods_action.text() == "Edit job PPM building periods…"
        assert view.edit_periods_action.isEnabled()
        stored_before = [(p.id, p.version) for p in periods_of(sqlite_db, horizon)]
        seen_periods: list[int] = []

        def look_at_periods(dialog: QWidget) -> None:
            assert isinstance(dialog, PeriodsDialog)
            assert dialog.schedule.job_building_id == horizon
            seen_periods.append(dialog.model.rowCount())
            assert dialog.last_certificate.text() == "None"
            assert not dialog.view_certificate.isEnabled()
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

        modals.expect(PeriodsDialog, look_at_periods)
        view.edit_periods_action.trigger()
        modals.check(qtbot)
        assert seen_periods and seen_periods[0] >= 1
        assert [(p.id, p.version) for p in periods_of(sqlite_db, horizon)] == stored_before  # Cancel saved nothing

        # 5. Work orders > Generate due PPMs…: the preview lists both buildings' first year; Generate.
        assert window.generate_ppm_action in window.orders_menu.actions()
        previewed: list[tuple[str, list[tuple[str, str]]]] = []

        def generate(dialog: QWidget) -> None:
            assert isinstance(dialog, GenerationDialog)
            assert dialog.tree.topLevelItemCount() == 1
            item = dialog.tree.topLevelItem(0)
            previewed.append(
                (
                    item.text(0),
                    sorted((item.child(row).text(0), item.child(row).text(4)) for row in range(item.childCount())),
                )
            )
            assert len(dialog.ticked()) == 2
            qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)

        told: list[str] = []

        def read_message(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())
            box.accept()

        modals.expect(GenerationDialog, generate)
        modals.expect(QMessageBox, read_message)
        window.generate_ppm_action.trigger()
        modals.check(qtbot)
        assert previewed == [("CT-E2E", [("Siège", "New work order"), ("Tour Horizon", "New work order")])]
        assert told == [
            "PPM work orders created: 2 (of which invoice only, closed at once: 0). Missed periods skipped: 0. "
            "Cancelled by re-plans: 0."
        ]
        with sqlite_db.reading() as session:
            orders = {
                order.building_name: (order.number, order.type, order.status, order.job_building_id, order.contract_id)
                for order in session.scalars(select(WorkOrder))
            }
        assert sorted(orders) == ["Siège", "Tour Horizon"]
        for name, (_number, kind, status, job_building, contract_of) in orders.items():
            assert (kind, status, job_building, contract_of) == (
                WorkOrderType.PPM,
                Status.NEW,
                job_buildings[name],
                contract.id,
            )
        qtbot.waitUntil(lambda: window.model.rowCount() == 2)  # the list shows them
        # The contracts tab counts them too: its job dialog no longer offers what generated orders forbid.
        shown_job = view.job()
        assert shown_job is not None
        assert {row.building_name: row.work_orders for row in shown_job.buildings} == {"Siège": 1, "Tour Horizon": 1}

        # 6. The Tour Horizon order: Actions > Record certificate…, passed, with its document.
        number = orders["Tour Horizon"][0]
        next_before = periods_of(sqlite_db, horizon)[1]
        order_view = window.open_number(number)
        assert isinstance(order_view, WorkOrderDetailView) and window.tabs.currentWidget() is order_view
        action = order_view.record_certificate_action
        assert action in order_view.actions_button.menu().actions()
        assert action.isVisible() and action.isEnabled() and action.text() == "Record certificate…"

        def record(dialog: QWidget) -> None:
            assert isinstance(dialog, RecordCertificateDialog)
            assert dialog.issued.date() == qdate(today)
            assert not dialog.ok_button.isEnabled()
            qtbot.mouseClick(dialog.passed, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.reference, "GS-2026-001")
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            assert dialog.file_label.text().startswith("Gas safety check.pdf (")
            assert dialog.ok_button.isEnabled(), dialog.hint.text()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        modals.expect(RecordCertificateDialog, record)
        action.trigger()
        modals.check(qtbot)
        with sqlite_db.reading() as session:
            (certificate,) = session.scalars(select(Certificate)).all()
            order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
        assert (certificate.building_id, certificate.ppm_job_id, certificate.work_order_id) == (
            job_building_of(sqlite_db, horizon).building_id,
            job.id,
            order_id,
        )
        assert (certificate.issued_on, certificate.passed, certificate.reference, certificate.file_name) == (
            today,
            True,
            "GS-2026-001",
            "Gas safety check.pdf",
        )
        assert certificate.file_sha256 == hashlib.sha256(PDF).hexdigest()
        qtbot.waitUntil(lambda: "Certificate recorded: passed" in order_view.timeline.toPlainText())
        # The next visit follows the certificate: due within a year of it.
        assert job_building_of(sqlite_db, horizon).last_certificate_date == today
        next_after = periods_of(sqlite_db, horizon)[1]
        assert next_after.financial_start == next_before.financial_start
        assert next_before.visit_end is not None and next_after.visit_end is not None
        assert next_before.visit_end > today + relativedelta(years=1)
        assert next_after.visit_end <= today + relativedelta(years=1)
        # Siège has no certificate: its periods did not move.
        assert job_building_of(sqlite_db, job_buildings["Siège"]).last_certificate_date is None
    finally:
        modals.stop()
        window.close()
