"""The Attachments tab of a work order and the customer's signature, driven as an agent drives them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.domain.transitions import Action
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.app_settings import set_signature_types
from desktop.services.attachments import SIGNATURE_FILE_NAME, attach_file, attachment_content, list_attachments
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import ActivityView, get_detail
from desktop.ui.certificates.viewer import DocumentCopies
from desktop.ui.i18n import formatter
from desktop.ui.workorder import attachments_panel, timeline
from desktop.ui.workorder.attachments_panel import AttachmentsPanel
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.signature_dialog import SignatureDialog, SignaturePad
from tests.factories import client_with_building, reactive_orders
from tests.ui.modal import when_dialog_opens
from tests.unit.test_file_types import EXE, PDF, png_bytes


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def number(sqlite_db: Database, admin: Actor) -> int:
    return reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)[0]


def open_view(qtbot: QtBot, db: Database, actor: Actor, number: int) -> WorkOrderDetailView:
    view = WorkOrderDetailView(db, actor, get_detail(db, actor, number))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def panel_of(view: WorkOrderDetailView) -> AttachmentsPanel:
    panel = view.findChild(AttachmentsPanel, "attachmentsPanel")
    assert panel is not None
    return panel


def drop_files(view: WorkOrderDetailView, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(40, 40), actions, mime, buttons, modifiers)
    QApplication.sendEvent(view, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(40, 40), actions, mime, buttons, modifiers)
    QApplication.sendEvent(view, drop)
    return drop.isAccepted()


def wait_done(qtbot: QtBot, panel: AttachmentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=10_000)


def names_listed(panel: AttachmentsPanel) -> list[str]:
    return [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]


def test_a_file_dropped_on_the_order_is_attached_and_listed(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(PDF)
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    assert drop_files(view, [report, photo])
    wait_done(qtbot, panel)
    assert names_listed(panel) == ["report.pdf", "photo.png"]
    assert view.work_tabs.tabText(view.work_tabs.indexOf(panel)) == "Attachments (2)"
    assert "Attached report.pdf" in view.timeline.toPlainText()
    view.work_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.table.item(1, 0).icon().isNull(), timeout=10_000)


def test_a_renamed_program_dropped_is_refused_saying_why(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "invoice.pdf"
    fake.write_bytes(EXE)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: warnings.append(text))
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    assert drop_files(view, [fake])
    wait_done(qtbot, panel)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "invoice.pdf" in warnings[0] and ".exe" in warnings[0]
    assert list_attachments(sqlite_db, number) == ()


def test_open_hands_a_copy_with_the_content_to_the_viewer(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path
) -> None:
    attach_file(sqlite_db, admin, number, "report.pdf", PDF)
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True
    panel.copies = DocumentCopies(tmp_path / "copies")
    (tmp_path / "copies").mkdir()
    panel.table.selectRow(0)
    assert panel.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    path = Path(opened[0].toLocalFile())
    assert path.name == "report.pdf" and path.read_bytes() == PDF


def test_save_as_and_remove(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path) -> None:
    attach_file(sqlite_db, admin, number, "report.pdf", PDF)
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    target = tmp_path / "saved.pdf"
    panel.choose_save_path = lambda _attachment: str(target)
    panel.table.selectRow(0)
    assert panel.save_selected()
    wait_done(qtbot, panel)
    assert target.read_bytes() == PDF
    assert panel.remove_selected(confirm=False)
    assert names_listed(panel) == [] and list_attachments(sqlite_db, number) == ()
    assert "Removed the attachment report.pdf" in view.timeline.toPlainText()


def test_a_pasted_image_is_attached_as_png(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int) -> None:
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QApplication.clipboard().setImage(image)
    view.work_tabs.setCurrentWidget(panel)
    assert panel.paste_image()
    wait_done(qtbot, panel)
    [attached] = list_attachments(sqlite_db, number)
    assert attached.file_name.startswith("Pasted image ") and attached.media_type == "image/png"


def sign(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 120))
    for x in range(30, 300, 15):
        qtbot.mouseMove(pad, QPoint(x, 120 - (x % 60)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))


def test_a_signature_drawn_is_kept_as_signature_png(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int
) -> None:
    view = open_view(qtbot, sqlite_db, admin, number)

    def sign_and_save(dialog: object) -> None:
        assert isinstance(dialog, SignatureDialog)
        assert not dialog.ok_button.isEnabled()
        sign(qtbot, dialog.pad)
        qtbot.keyClicks(dialog.signer, "Marie Curie")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(sign_and_save)
    view.findChild(type(view.menu.actions()[0]), "action_customer_signature").trigger()
    [signature] = list_attachments(sqlite_db, number)
    assert signature.file_name == SIGNATURE_FILE_NAME
    image = QImage.fromData(attachment_content(sqlite_db, signature.id), "PNG")
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 1 and QColor("white").rgb() in colours
    assert "Customer signature by Marie Curie" in view.timeline.toPlainText()


def test_clear_empties_the_pad(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int) -> None:
    dialog = SignatureDialog(sqlite_db, admin, number)
    qtbot.addWidget(dialog)
    dialog.show()
    sign(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_empty() and not dialog.ok_button.isEnabled()


def test_completing_an_order_of_a_signed_type_offers_the_signature(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_signature_types(sqlite_db, admin, [WorkOrderType.REACTIVE])
    detail = get_detail(sqlite_db, admin, number)
    workorder_actions.start(sqlite_db, admin, number, detail.version)
    view = open_view(qtbot, sqlite_db, admin, number)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, title, *_args: asked.append(title) or QMessageBox.StandardButton.No
    )

    def complete(dialog: object) -> None:
        dialog.accept()  # type: ignore[attr-defined]

    when_dialog_opens(complete)
    view.run_action(Action.COMPLETE)
    assert asked == ["Customer signature"]


def test_administrators_set_the_limit_and_the_signed_types(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    from desktop.services.app_settings import attachment_limit, signature_types
    from desktop.ui.admin.work_settings_page import WorkSettingsPage

    page = WorkSettingsPage(sqlite_db, admin)
    qtbot.addWidget(page)
    page.load()
    assert page.limit.value() == 25
    page.limit.setValue(40)
    page.signature_checks[WorkOrderType.PPM].setChecked(True)
    assert page.save()
    assert attachment_limit(sqlite_db) == 40 * 1024 * 1024
    assert signature_types(sqlite_db) == {WorkOrderType.PPM}


def test_log_similar_carries_the_attachments(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path
) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.neworder.dialog import NewWorkOrderDialog
    from desktop.ui.settings import Settings

    attach_file(sqlite_db, admin, number, "report.pdf", PDF)
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.show()
    view = window.open_number(number)
    assert view is not None

    def log(dialog: object) -> None:
        assert isinstance(dialog, NewWorkOrderDialog)
        dialog.title.setText("The same leak, next floor")
        dialog.accept()

    when_dialog_opens(log)
    view.log_similar_action.trigger()
    new = number + 1
    assert [a.file_name for a in list_attachments(sqlite_db, new)] == ["report.pdf"]
    window.close()


@pytest.mark.parametrize(
    ("kind", "field", "old", "new", "headline"),
    [
        (ActivityKind.ATTACHMENT, "attached", None, "report.pdf", "Attached report.pdf"),
        (ActivityKind.ATTACHMENT, "copied", "41", "report.pdf", "Attached report.pdf (from work order 41)"),
        (ActivityKind.ATTACHMENT, "removed", "report.pdf", None, "Removed the attachment report.pdf"),
        (ActivityKind.ATTACHMENT, "signed", "Signature.png", "Marie", "Customer signature by Marie (Signature.png)"),
        (ActivityKind.TIME_ENTRY, "time_added", None, None, "Time entry added"),
        (ActivityKind.TIME_ENTRY, "time_changed", None, None, "Time entry changed"),
        (ActivityKind.TIME_ENTRY, "time_deleted", None, None, "Time entry deleted"),
    ],
)
def test_timeline_headlines_of_attachments_and_time_entries(
    kind: ActivityKind, field: str, old: str | None, new: str | None, headline: str
) -> None:
    entry = ActivityView(datetime(2026, 5, 1, tzinfo=UTC), "Ann", kind, field, old, new, "1 h on 1 May")
    assert timeline.headline(entry, formatter(), "EUR") == headline
    assert "1 h on 1 May" in timeline.timeline_html((entry,), formatter(), "EUR")


def held_reading(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the worker's reading of an attachment wait until the event returned is set."""
    release = threading.Event()
    original = attachments_panel.read_file

    def read_file(db: Database, sha256: str) -> bytes:
        assert release.wait(30)
        return original(db, sha256)

    monkeypatch.setattr(attachments_panel, "read_file", read_file)
    return release


def test_open_cancelled_opens_nothing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_file(sqlite_db, admin, number, "report.pdf", PDF)
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True
    panel.copies = DocumentCopies(tmp_path / "copies")
    (tmp_path / "copies").mkdir()
    release = held_reading(monkeypatch)
    panel.table.selectRow(0)
    assert panel.open_selected()
    panel.runner.cancel()
    release.set()
    wait_done(qtbot, panel)
    assert opened == []
    assert list((tmp_path / "copies").iterdir()) == []


def test_save_as_cancelled_leaves_the_file_chosen_as_it_was(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_file(sqlite_db, admin, number, "report.pdf", PDF)
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    folder = tmp_path / "chosen"
    folder.mkdir()
    target = folder / "saved.pdf"
    target.write_bytes(b"the agent's own file")
    panel.choose_save_path = lambda _attachment: str(target)
    release = held_reading(monkeypatch)
    panel.table.selectRow(0)
    assert panel.save_selected()
    panel.runner.cancel()
    release.set()
    wait_done(qtbot, panel)
    assert target.read_bytes() == b"the agent's own file"
    assert [path.name for path in folder.iterdir()] == ["saved.pdf"]


def test_write_file_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    target = folder / "saved.pdf"
    target.write_bytes(b"old")

    def full(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments_panel.os, "replace", full)
    with pytest.raises(OSError):
        attachments_panel.write_file(target, PDF, lambda: False)
    assert target.read_bytes() == b"old" and [path.name for path in folder.iterdir()] == ["saved.pdf"]


def test_a_refused_name_is_shown_without_its_direction_controls(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "invoice\u202efdp.exe"
    fake.write_bytes(EXE)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: warnings.append(text))
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    assert panel.attach_paths([fake])
    wait_done(qtbot, panel)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "\u202e" not in warnings[0] and "invoicefdp.exe" in warnings[0]


def test_attaching_cancelled_once_the_file_is_read_attaches_nothing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    read, release = threading.Event(), threading.Event()
    original = attachments_panel.read_upload

    def read_upload(*args: object, **kwargs: object) -> object:
        upload = original(*args, **kwargs)  # type: ignore[arg-type]
        read.set()
        assert release.wait(30)
        return upload

    monkeypatch.setattr(attachments_panel, "read_upload", read_upload)
    view = open_view(qtbot, sqlite_db, admin, number)
    panel = panel_of(view)
    assert panel.attach_paths([path])
    assert read.wait(30)
    panel.runner.cancel()
    release.set()
    wait_done(qtbot, panel)
    assert list_attachments(sqlite_db, number) == ()
