"""The job sheet from the work order view: exported as a PDF (its text read back with pypdf) and printed."""

from __future__ import annotations

import io
import signal
import unicodedata
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextFragment
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, JobBuilding, Rate, TimeEntry, WorkOrder
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.attachments import save_signature
from desktop.services.job_sheet import job_sheet
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.i18n import translations
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.job_sheet import (
    SIGNATURE_HEIGHT,
    SIGNATURE_WIDTH,
    JobSheetActions,
    OptionsDialog,
    sheet_document,
)
from tests.factories import client_with_building, ppm_order
from tests.ui.modal import when_dialog_opens

T0 = datetime(2026, 5, 12, 7, 30, tzinfo=UTC)


def pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Words apart from how lines and cells wrap, ligatures (ﬁ) as their letters.
    return " ".join(unicodedata.normalize("NFKC", text).split())


def signature_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def number(sqlite_db: Database, admin: Actor) -> int:
    """A PPM order with access notes, instructions, a description to escape and a time entry."""
    number = ppm_order(sqlite_db, client_with_building(sqlite_db))
    with sqlite_db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        order.description = "Boiler <b>not</b> firing & pressure low."
        building = session.get(Building, order.building_id)
        assert building is not None
        building.access_notes = "Keys at the front desk, badge 42."
        job_building = session.get(JobBuilding, order.job_building_id)
        assert job_building is not None
        job_building.instructions = "Write the readings in the boiler log book."
        rate = Rate(name="Standard", hourly_amount=Decimal("85.00"), currency="EUR")
        session.add(rate)
        session.flush()
        session.add(
            TimeEntry(
                work_order_id=order.id,
                technician_id=admin.user_id,
                rate_id=rate.id,
                hourly_amount=rate.hourly_amount,
                currency="EUR",
                started_at=T0,
                ended_at=T0 + timedelta(minutes=90),
                billable=True,
                description="Replaced the burner nozzle",
            )
        )
    return number


def view_of(qtbot: QtBot, db: Database, admin: Actor, number: int) -> WorkOrderDetailView:
    view = WorkOrderDetailView(db, admin, get_detail(db, admin, number))
    qtbot.addWidget(view)
    return view


def exporting(actions: JobSheetActions, path: Path, *, activity: bool = False) -> list[str]:
    """Answer the options and the file dialog as the user would; the suggested names are collected."""
    suggested: list[str] = []

    def choose(_parent: QWidget, name: str) -> str:
        suggested.append(name)
        return str(path)

    actions.ask_options = lambda _parent, _title: activity
    actions.choose_path = choose
    return suggested


def test_export_the_job_sheet_as_pdf(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path):
    save_signature(sqlite_db, admin, number, "Marie Curie", signature_png())
    workorder_actions.add_comment(sqlite_db, admin, number, get_detail(sqlite_db, admin, number).version, "On site")
    view = view_of(qtbot, sqlite_db, admin, number)
    actions = view.job_sheet  # type: ignore[attr-defined]
    menu = view.menu.actions()
    assert actions.print_action in menu and actions.export_action in menu
    assert (actions.print_action.text(), actions.export_action.text()) == ("Print…", "Export PDF…")

    suggested = exporting(actions, tmp_path / "sheet")
    written = actions.export_pdf()
    assert written == tmp_path / "sheet.pdf"
    assert suggested[0].endswith(f"Job sheet {number}.pdf")
    text = pdf_text(written.read_bytes())
    for part in (
        f"Job sheet: work order {number}",
        "Quarterly boiler service",
        "Acme Facilities",
        "Tour Horizon",
        "12 rue de la Paix",
        "75002 Paris",
        "Keys at the front desk, badge 42.",
        "Boiler <b>not</b> firing & pressure low.",  # escaped: shown as typed
        "Boiler maintenance",
        "Write the readings in the boiler log book.",
        "Replaced the burner nozzle",
        "1 h 30 min",
        "€127.50",
        "Signed by Marie Curie",
    ):
        assert part in text, part
    assert "On site" not in text  # the activity log only when asked for

    exporting(actions, tmp_path / "with-activity.pdf", activity=True)
    assert "On site" in pdf_text(actions.export_pdf().read_bytes())


def test_the_sheet_is_in_the_users_language(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path
) -> None:
    translations().switch("nl")
    view = view_of(qtbot, sqlite_db, admin, number)
    exporting(view.job_sheet, tmp_path / "nl.pdf")  # type: ignore[attr-defined]
    text = pdf_text(view.job_sheet.export_pdf().read_bytes())  # type: ignore[attr-defined]
    assert "127,50" in text  # money and dates formatted for Dutch
    assert "1 apr 2026" in text


def test_cancelled_steps_write_nothing(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path):
    view = view_of(qtbot, sqlite_db, admin, number)
    actions = view.job_sheet  # type: ignore[attr-defined]
    actions.ask_options = lambda _parent, _title: None
    assert actions.export_pdf() is None and not actions.print_sheet()
    actions.ask_options = lambda _parent, _title: False
    actions.choose_path = lambda _parent, _name: None
    assert actions.export_pdf() is None
    actions.confirm_print = lambda _parent, _printer: False
    assert not actions.print_sheet()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(qtbot, sqlite_db, admin, number)
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.workorder.job_sheet.QMessageBox.warning", lambda *args: shown.append(args[2]))
    exporting(view.job_sheet, tmp_path / "missing" / "folder" / "sheet.pdf")  # type: ignore[attr-defined]
    assert view.job_sheet.export_pdf() is None  # type: ignore[attr-defined]
    assert shown and shown[0].startswith("The PDF could not be written to")


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path
) -> None:
    view = view_of(qtbot, sqlite_db, admin, number)
    actions = view.job_sheet  # type: ignore[attr-defined]
    output = tmp_path / "printed.pdf"
    seen: list[str] = []

    def print_to_file(_parent: QWidget, printer: QPrinter) -> bool:
        seen.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    actions.ask_options = lambda _parent, _title: False
    actions.confirm_print = print_to_file
    assert actions.print_sheet()
    assert seen == [f"Job sheet: work order {number}"]
    assert "Replaced the burner nozzle" in pdf_text(output.read_bytes())


def test_the_options_step(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path) -> None:
    view = view_of(qtbot, sqlite_db, admin, number)
    actions = view.job_sheet  # type: ignore[attr-defined]
    actions.choose_path = lambda _parent, _name: str(tmp_path / "sheet.pdf")

    def include_the_log(dialog: QWidget) -> None:
        assert isinstance(dialog, OptionsDialog)
        assert not dialog.include_activity.isChecked()
        dialog.include_activity.setChecked(True)
        dialog.accept()

    seen = when_dialog_opens(include_the_log)
    actions.export_action.trigger()
    assert len(seen) == 1
    assert "Activity log" in pdf_text((tmp_path / "sheet.pdf").read_bytes())


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_a_pdf_that_cannot_be_written_whole_leaves_the_earlier_file_as_it_was(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (here a limit on the size of files) while the PDF is written: the PDF exported before to the
    same name is kept whole, and no part of the new one is left."""
    resource = pytest.importorskip("resource")
    view = view_of(qtbot, sqlite_db, admin, number)
    actions = view.job_sheet  # type: ignore[attr-defined]
    folder = tmp_path / "sheets"
    folder.mkdir()
    earlier = folder / "sheet.pdf"
    exporting(actions, earlier)
    assert actions.export_pdf() == earlier
    kept = earlier.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.workorder.job_sheet.QMessageBox.warning", lambda *args: shown.append(args[2]))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def full_disk(_parent: QWidget, _name: str) -> str:
        resource.setrlimit(resource.RLIMIT_FSIZE, (len(kept) // 2, limits[1]))
        return str(earlier)

    actions.ask_options = lambda _parent, _title: True  # a different sheet: with the activity log
    actions.choose_path = full_disk
    try:
        assert actions.export_pdf() is None
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert shown and shown[0].startswith("The PDF could not be written to")
    assert earlier.read_bytes() == kept
    assert [path.name for path in folder.iterdir()] == ["sheet.pdf"]


@pytest.mark.parametrize(("width", "height"), [(480, 200), (1900, 300), (90, 900)])
def test_the_signature_keeps_its_shape_within_its_box(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, width: int, height: int
) -> None:
    """However the pad was sized when the customer signed, the image is shown in its own proportions, at most
    about 7 × 3.5 cm, so that a tall one never runs over a page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    save_signature(sqlite_db, admin, number, "Marie Curie", bytes(data.data()))
    document = sheet_document(job_sheet(sqlite_db, number))
    [shown] = [
        fragment.charFormat().toImageFormat()
        for fragment in fragments(document)
        if fragment.charFormat().isImageFormat()
    ]
    assert 0 < shown.width() <= SIGNATURE_WIDTH and 0 < shown.height() <= SIGNATURE_HEIGHT
    assert max(shown.width() / SIGNATURE_WIDTH, shown.height() / SIGNATURE_HEIGHT) == pytest.approx(1, abs=0.01)
    assert shown.width() / shown.height() == pytest.approx(width / height, rel=0.03)


def fragments(document: QTextDocument) -> list[QTextFragment]:
    found = []
    block = document.begin()
    while block.isValid():
        parts = block.begin()
        while not parts.atEnd():
            found.append(parts.fragment())
            parts += 1
        block = block.next()
    return found
