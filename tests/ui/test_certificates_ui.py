"""Certificates in the window, on a real database, driven as an agent drives them: recorded from a PPM order's
Actions menu or when completing it, the document opened with the (injected) system viewer, and a failed one
leading to a pre-filled reactive order."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Certificate, JobBuilding, WorkOrder
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm import Frequency
from desktop.domain.transitions import Action
from desktop.domain.workorders import ActivityKind, Status
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.certificates import record_certificate
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.certificates import list_dialog, viewer
from desktop.ui.certificates.list_dialog import BuildingCertificatesDialog
from desktop.ui.certificates.record_dialog import RecordCertificateDialog
from desktop.ui.certificates.viewer import DocumentCopies, remove_stale_copies, safe_file_name, view_certificate
from desktop.ui.neworder.dialog import NewWorkOrderDialog
from desktop.ui.ppm.periods_dialog import PeriodsDialog
from desktop.ui.workorder.action_dialogs import ActionDialog
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored
from tests.ui.modal import answer_reload_offers, when_dialog_opens

PLANNED_ON = date(2026, 3, 1)
TODAY = date(2026, 5, 1)
CERTIFIED = PpmJobSpec(invoices=Frequency.QUARTERLY, certificate_based=True, description="Gas safety check")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentCopies:
    """The session's copies of documents viewed, in the test's own folder."""
    copies = DocumentCopies(tmp_path / "temp")
    (tmp_path / "temp").mkdir()
    monkeypatch.setattr(viewer, "_session_copies", copies)
    return copies


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def certified(sqlite_db: Database, admin: Actor) -> tuple[int, int, int]:
    """A certificate-based job building with stored periods; (job building, building, job)."""
    (job_building,) = ppm_job(sqlite_db, CERTIFIED)
    save_as_stored(sqlite_db, admin, job_building, PLANNED_ON)
    with sqlite_db.reading() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        return job_building, row.building_id, row.ppm_job_id


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "Gas safety 2026.pdf"
    path.write_bytes(PDF)
    return path


def choose_document(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The system's file dialog answers with ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))


def fill_and_record(qtbot: QtBot, passed: bool, reference: str = "GS-114") -> list[QWidget]:
    """When the record dialog opens: the result, a reference, the document (Choose file…), then Record."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordCertificateDialog)
        assert not dialog.ok_button.isEnabled()  # neither the result nor the document is chosen yet
        qtbot.mouseClick(dialog.passed if passed else dialog.failed, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.reference, reference)
        qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
        assert dialog.file_label.text().startswith("Gas safety 2026.pdf (")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return when_dialog_opens(act)


def certificates(db: Database) -> list[Certificate]:
    with db.reading() as session:
        return list(session.scalars(select(Certificate).order_by(Certificate.id)))


def ppm_order_view(qtbot: QtBot, db: Database, actor: Actor) -> WorkOrderDetailView:
    (number,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    view = WorkOrderDetailView(db, actor, get_detail(db, actor, number))
    qtbot.addWidget(view)
    return view


def test_record_a_certificate_from_a_ppm_order(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    document: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job_building, building, job = certified
    view = ppm_order_view(qtbot, sqlite_db, admin)
    action = view.record_certificate_action
    assert action.isVisible() and action.text() == "Record certificate…"
    before = load_schedule(sqlite_db, job_building).last_certificate_date
    choose_document(monkeypatch, document)

    seen = fill_and_record(qtbot, passed=True)
    action.trigger()

    assert len(seen) == 1
    (certificate,) = certificates(sqlite_db)
    assert (certificate.building_id, certificate.ppm_job_id, certificate.passed) == (building, job, True)
    assert (certificate.reference, certificate.file_name, certificate.media_type) == (
        "GS-114",
        "Gas safety 2026.pdf",
        "application/pdf",
    )
    with sqlite_db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == view.number))
        assert order is not None and certificate.work_order_id == order.id
    assert before is None and load_schedule(sqlite_db, job_building).last_certificate_date == date.today()
    # The order's timeline shows it at once.
    assert "Certificate recorded: passed" in view.timeline.toPlainText()


def test_completing_a_certificate_ppm_offers_to_record_it(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    document: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = ppm_order_view(qtbot, sqlite_db, admin)
    workorder_actions.start(sqlite_db, admin, view.number, view.detail.version)
    view.reload()
    questions: list[str] = []

    def yes(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    choose_document(monkeypatch, document)
    recorded: list[list[QWidget]] = []

    def complete(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        recorded.append(fill_and_record(qtbot, passed=True))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(complete)
    view.menu_actions[Action.COMPLETE].trigger()

    assert len(seen) == 1 and len(recorded[0]) == 1
    assert questions == ["This PPM visit needs a certificate. Record the certificate now?"]
    assert view.detail.status is Status.COMPLETED
    assert len(certificates(sqlite_db)) == 1


def test_a_cancelled_record_dialog_writes_nothing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int], document: Path
) -> None:
    view = ppm_order_view(qtbot, sqlite_db, admin)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordCertificateDialog)
        dialog.passed.setChecked(True)
        assert dialog.set_file(str(document))
        dialog.reject()

    seen = when_dialog_opens(cancel)
    view.record_certificate_action.trigger()
    assert len(seen) == 1 and certificates(sqlite_db) == []


def test_a_document_that_is_not_a_pdf_or_an_image_is_refused_when_chosen(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int], tmp_path: Path
) -> None:
    _job_building, building, _job = certified
    dialog = BuildingCertificatesDialog(sqlite_db, admin, building, "Site 0001")
    qtbot.addWidget(dialog)
    fake = tmp_path / "certificate.pdf"
    fake.write_bytes(b"Just some text, whatever the name says.")
    record = RecordCertificateDialog(sqlite_db, admin, dialog.jobs, chooser=lambda _parent: str(fake))
    qtbot.addWidget(record)
    record.passed.setChecked(True)
    qtbot.mouseClick(record.choose, Qt.MouseButton.LeftButton)
    assert record.error.isVisibleTo(record)
    assert record.error.text() == ("“certificate.pdf” is not a PDF document or an image (PNG, JPEG, TIFF, WebP).")
    assert record.file is None and not record.ok_button.isEnabled()


def test_view_opens_the_document_with_the_system_viewer(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int]
) -> None:
    job_building, building, job = certified
    record_certificate(
        sqlite_db,
        admin,
        building,
        job,
        date(2026, 4, 10),
        True,
        None,
        "GS-100",
        "C:\\scans\\gas check.pdf",
        PDF,
        today=TODAY,
    )
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    periods = PeriodsDialog(
        sqlite_db, admin, load_schedule(sqlite_db, job_building, TODAY), clock=lambda: TODAY, opener=opener
    )
    qtbot.addWidget(periods)
    assert periods.last_certificate.text() == "Apr 10, 2026, passed\nReference: GS-100"
    assert periods.view_certificate.isEnabled()
    qtbot.mouseClick(periods.view_certificate, Qt.MouseButton.LeftButton)

    listing = BuildingCertificatesDialog(sqlite_db, admin, building, "Site 0001", opener=opener)
    qtbot.addWidget(listing)
    assert listing.table.rowCount() == 1
    assert listing.table.item(0, 2).text() == "Passed"
    qtbot.mouseClick(listing.view_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 2
    for url in opened:
        path = Path(url.toLocalFile())
        assert path.name == "gas check.pdf" and path.read_bytes() == PDF


def test_the_period_editor_without_a_certificate_has_nothing_to_view(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int]
) -> None:
    job_building, _building, _job = certified
    periods = PeriodsDialog(sqlite_db, admin, load_schedule(sqlite_db, job_building, TODAY), clock=lambda: TODAY)
    qtbot.addWidget(periods)
    assert periods.last_certificate.text() == "None"
    assert not periods.view_certificate.isEnabled()


def test_a_failed_certificate_opens_a_pre_filled_reactive_order(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    document: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job_building, building, _job = certified
    before = load_schedule(sqlite_db, job_building).stored_periods
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    listing = BuildingCertificatesDialog(sqlite_db, admin, building, "Site 0001", chooser=lambda _parent: str(document))
    qtbot.addWidget(listing)
    assert listing.record_button.isEnabled() and listing.table.rowCount() == 0
    shown: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        shown["title"] = dialog.title.text()
        shown["description"] = dialog.findChild(QPlainTextEdit, "description").toPlainText()
        shown["building"] = dialog.building.choice.id if dialog.building.choice is not None else None
        shown["contract"] = dialog.contract.currentText()
        shown["type"] = dialog.type.currentData()
        dialog.reject()

    def record(dialog: QWidget) -> None:
        when_dialog_opens(look)
        assert isinstance(dialog, RecordCertificateDialog)
        qtbot.mouseClick(dialog.failed, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.reference, "GS-115")
        qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(record)
    qtbot.mouseClick(listing.record_button, Qt.MouseButton.LeftButton)

    assert shown["title"] == "Remedial work: Gas safety check"
    assert "failed certificate GS-115" in str(shown["description"])
    assert shown["building"] == building and shown["type"] == "reactive"
    assert shown["contract"] == "CT-0001"
    assert listing.table.rowCount() == 1 and listing.table.item(0, 2).text() == "Failed"
    # A failed certificate does not move the visits; the order was not saved.
    assert load_schedule(sqlite_db, job_building).stored_periods == before
    with sqlite_db.reading() as session:
        assert session.scalars(select(WorkOrder)).all() == []
        assert session.scalars(select(ActivityEntry).where(ActivityEntry.kind == ActivityKind.COMMENT)).all() == []


def test_the_building_dialog_opens_its_certificates(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int]
) -> None:
    from desktop.services.buildings import get_building
    from desktop.ui.directory.building_dialog import BuildingDialog

    _job_building, building, _job = certified
    dialog = BuildingDialog(sqlite_db, admin, get_building(sqlite_db, building))
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "certificates")
    assert button is not None and button.text() == "C&ertificates…"
    seen = when_dialog_opens(lambda shown: shown.reject())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and isinstance(seen[0], BuildingCertificatesDialog)
    assert isinstance(seen[0], QDialog)


@pytest.mark.parametrize("action", [Action.COMPLETE_ZERO_BALANCE, Action.SUBMIT_FOR_VERIFICATION])
def test_an_action_offers_to_record_the_certificate_only_when_it_completes_the_visit(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
    action: Action,
) -> None:
    view = ppm_order_view(qtbot, sqlite_db, admin)
    workorder_actions.start(sqlite_db, admin, view.number, view.detail.version)
    view.reload()
    questions: list[str] = []

    def no(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    seen = when_dialog_opens(lambda dialog: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton))
    view.menu_actions[action].trigger()

    assert len(seen) == 1
    completed = action is Action.COMPLETE_ZERO_BALANCE
    assert (view.detail.status is Status.COMPLETED) == completed
    assert questions == (["This PPM visit needs a certificate. Record the certificate now?"] if completed else [])


def test_a_complete_refused_does_not_offer_the_certificate(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = ppm_order_view(qtbot, sqlite_db, admin)
    workorder_actions.start(sqlite_db, admin, view.number, view.detail.version)
    view.reload()
    # Someone else changes the order meanwhile: Complete is refused, the agent keeps the dialog, then cancels it.
    workorder_actions.add_comment(sqlite_db, admin, view.number, view.detail.version, "On my way.")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args[2]))
    offered = answer_reload_offers(monkeypatch, False)

    def complete_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    seen = when_dialog_opens(complete_then_cancel)
    view.menu_actions[Action.COMPLETE].trigger()

    assert len(seen) == 1 and questions == [] and len(offered) == 1
    assert get_detail(sqlite_db, admin, view.number).status is Status.IN_PROGRESS


def test_a_certificate_from_a_stale_order_view_is_refused_and_the_order_reloaded(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    document: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = ppm_order_view(qtbot, sqlite_db, admin)
    loaded = view.detail.version
    workorder_actions.add_comment(sqlite_db, admin, view.number, loaded, "Cancelled by phone, see the client.")
    choose_document(monkeypatch, document)
    warnings = answer_reload_offers(monkeypatch, True)
    seen = fill_and_record(qtbot, passed=True)
    view.record_certificate_action.trigger()

    assert len(seen) == 1 and len(warnings) == 1
    assert f"Work order {view.number} was changed by" in warnings[0]
    assert certificates(sqlite_db) == []
    # The agent chose to reload: the view shows the order as it now is.
    assert view.detail.version == loaded + 1 and "Cancelled by phone" in view.timeline.toPlainText()


def test_a_document_viewed_again_is_opened_from_its_copy_and_the_copies_are_removed_at_the_end(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    certified: tuple[int, int, int],
    copies: DocumentCopies,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _job_building, building, job = certified
    recorded = record_certificate(
        sqlite_db, admin, building, job, date(2026, 4, 10), True, None, "", "gas check.pdf", PDF, today=TODAY
    )
    reads: list[str] = []
    read_file = viewer.read_file
    monkeypatch.setattr(viewer, "read_file", lambda db, sha256: reads.append(sha256) or read_file(db, sha256))
    opened: list[Path] = []

    def opener(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    for _time in range(3):
        assert view_certificate(parent, sqlite_db, recorded.certificate_id, opener)

    # Read from the database once, written once, opened three times.
    assert len(reads) == 1 and len(set(opened)) == 1 and opened[0].read_bytes() == PDF
    assert copies.folder is not None and len(list(copies.folder.rglob("*.pdf"))) == 1
    # A copy changed in the viewer is not shown again: the stored document is read and written anew.
    opened[0].write_bytes(PDF + b"% annotated\n")
    assert view_certificate(parent, sqlite_db, recorded.certificate_id, opener)
    assert len(reads) == 2 and opened[-1] != opened[0] and opened[-1].read_bytes() == PDF
    folder = copies.folder
    copies.remove()
    assert not folder.exists()


def test_folders_of_copies_left_by_an_earlier_session_are_removed_after_a_day(tmp_path: Path) -> None:
    old = tmp_path / "bureau-documents-old"
    recent = tmp_path / "bureau-documents-recent"
    other = tmp_path / "someone-else"
    for folder in (old, recent, other):
        (folder / "x").mkdir(parents=True)
        (folder / "x" / "doc.pdf").write_bytes(PDF)
    now = old.stat().st_mtime + viewer.STALE_AFTER + 60
    os.utime(recent, (now - 60, now - 60))
    os.utime(other, (0, 0))

    remove_stale_copies(tmp_path, now)

    assert not old.exists() and recent.exists() and other.exists()


def test_a_copy_is_never_named_as_a_windows_device() -> None:
    assert safe_file_name("CON.pdf", "application/pdf") == "_CON.pdf"
    assert safe_file_name("com1.jpg", "image/jpeg") == "_com1.jpg"
    assert safe_file_name("nul", "image/png") == "_nul.png"
    assert safe_file_name("Console.pdf", "application/pdf") == "Console.pdf"
    assert safe_file_name("../../etc/passwd .pdf", "application/pdf") == "passwd.pdf"
    assert safe_file_name("...", "application/pdf") == "certificate.pdf"


def test_the_issue_date_cannot_be_set_before_1900(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, certified: tuple[int, int, int]
) -> None:
    _job_building, building, _job = certified
    listing = BuildingCertificatesDialog(sqlite_db, admin, building, "Site 0001")
    qtbot.addWidget(listing)
    dialog = RecordCertificateDialog(sqlite_db, admin, listing.jobs, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.issued.setDate(QDate(1899, 12, 31))
    assert dialog.issued.date() == QDate(1900, 1, 1)


def test_the_certificates_of_a_building_that_cannot_be_read_are_explained_under_the_dialog_s_title(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gone(_db: Database, _building_id: int) -> list[object]:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))

    monkeypatch.setattr(list_dialog, "certificates_of_building", gone)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_args: warnings.append((title, text)))

    listing = BuildingCertificatesDialog(sqlite_db, admin, 1, "Site 0001")
    qtbot.addWidget(listing)

    assert warnings == [("Certificates of Site 0001", "The building no longer exists.")]
    assert listing.table.rowCount() == 0 and not listing.record_button.isEnabled()
    assert listing.empty.text().startswith("This building is in no certificate-based PPM job")
