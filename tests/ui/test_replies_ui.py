"""Quick replies from the work order view, and the templates page of the administration window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Contact, WorkOrder, WorkOrderNotification
from desktop.domain.workorders import ActivityKind
from desktop.services.actor import Actor
from desktop.services.reply_templates import TemplateFields, create_template, list_templates
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.admin.templates_page import TemplateDialog
from desktop.ui.admin.window import AdministrationWindow
from desktop.ui.outbox.sender import OutboxSender
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.reply_dialog import ReplyDialog
from tests.factories import client_with_building, reactive_orders
from tests.smtp import loopback_smtp
from tests.ui.modal import when_dialog_opens as _when_dialog_opens


def when_dialog_opens(act: Callable[[QWidget], None]) -> list[QWidget]:
    """As tests.ui.modal's, the dialog closed when ``act`` fails so that the test fails instead of hanging."""

    def guarded(dialog: QWidget) -> None:
        try:
            act(dialog)
        except BaseException:
            dialog.close()
            raise

    return _when_dialog_opens(guarded)


FRENCH = "Bonjour {contact},\nnous passerons pour l’ordre {number} le {due_date}."


def order_with_a_french_contact(db: Database, admin: Actor) -> int:
    [number] = reactive_orders(db, admin, client_with_building(db), 1)
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        building = session.get(Building, order.building_id)
        assert building is not None
        contact = Contact(client_id=building.client_id, name="Claire Petit", email="claire@example.com", language="fr")
        session.add(contact)
        session.flush()
        order.contact_id = contact.id
        order.due_date = date(2026, 3, 5)
        session.add(WorkOrderNotification(work_order_id=order.id, contact_id=contact.id))
    return number


def test_reply_from_a_template_posts_a_comment_and_the_email_reaches_the_server(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = local_administrator(sqlite_db)
    number = order_with_a_french_contact(sqlite_db, admin)
    create_template(sqlite_db, admin, TemplateFields("Acknowledged", "We received work order {number}."))
    create_template(
        sqlite_db, admin, TemplateFields("Visit planned", "Hello {contact}, see you on {due_date}.", {"fr": FRENCH})
    )
    view = WorkOrderDetailView(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(view)
    action = view.reply_action  # type: ignore[attr-defined]
    assert action.text() == "Reply from template…" and action.isEnabled()
    assert action in view.menu.actions()

    def reply(dialog: QWidget) -> None:
        assert isinstance(dialog, ReplyDialog)
        # The first template is filled in at once, in the contact's language (French: the default body here).
        assert dialog.preview.toPlainText() == f"We received work order {number}."
        assert dialog.language.currentData() == "fr"
        qtbot.keyClicks(dialog.filter, "visit")
        assert dialog.template_id() is not None
        assert dialog.preview.toPlainText() == (
            f"Bonjour Claire Petit,\nnous passerons pour l’ordre {number} le 5 mars 2026."
        )
        # Another language: the template's default body, its date in that language.
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        assert dialog.preview.toPlainText() == "Hello Claire Petit, see you on 5. März 2026."
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.preview.moveCursor(dialog.preview.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.preview, " Merci.")
        assert dialog.email.isEnabled() and "Claire Petit" in dialog.email.text()
        dialog.email.setChecked(True)
        assert dialog.ok_button.text() == "&Send" and dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(reply)
    with qtbot.waitSignal(view.changed):
        action.trigger()
    assert len(seen) == 1
    sent = f"Bonjour Claire Petit,\nnous passerons pour l’ordre {number} le 5 mars 2026. Merci."
    with sqlite_db.reading() as session:
        entries = session.execute(
            select(ActivityEntry.kind, ActivityEntry.text)
            .order_by(ActivityEntry.id)
            .where(ActivityEntry.kind.in_([ActivityKind.COMMENT, ActivityKind.EMAIL]))
        ).all()
    assert [tuple(entry) for entry in entries] == [
        (ActivityKind.COMMENT, sent),
        (ActivityKind.EMAIL, f"About work order {number}: Leak number 0"),
    ]
    assert view.detail.version == get_detail(sqlite_db, admin, number).version  # the view read it back

    with loopback_smtp() as server:
        sender = OutboxSender(sqlite_db, server.config, view)
        with qtbot.waitSignal(sender.finished, timeout=10_000):
            assert sender.run_now()
        sender.shutdown()
        received = server.received
    assert [r.rcpt_tos for r in received] == [["claire@example.com"]]
    assert received[0].message["Subject"] == f"About work order {number}: Leak number 0"
    assert received[0].message.get_content().replace("\r\n", "\n").startswith(sent + "\n\n-- \n")


def test_a_reply_refused_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    [number] = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)  # nobody is notified
    create_template(sqlite_db, admin, TemplateFields("Acknowledged", "We received work order {number}."))
    dialog = ReplyDialog(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(dialog)
    assert not dialog.email.isEnabled()
    dialog.preview.clear()
    assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Write the reply first."
    dialog.preview.setPlainText("Hello")
    dialog.email.setEnabled(True)
    dialog.email.setChecked(True)  # as if a contact had been notified when the dialog opened
    dialog.accept()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith(f"No notified contact of work order {number} has an email address")


def test_the_keyboard_picks_a_template_and_enter_never_sends(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    [number] = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)
    for title in ("Acknowledged", "Access needed", "Visit planned"):
        create_template(sqlite_db, admin, TemplateFields(title, f"{title}: {{number}}"))
    dialog = ReplyDialog(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    version = get_detail(sqlite_db, admin, number).version
    qtbot.keyClicks(dialog.filter, "ac")  # Access needed, Acknowledged
    assert dialog.preview.toPlainText() == f"Access needed: {number}"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.preview.toPlainText() == f"Acknowledged: {number}"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)  # the last one shown: stays
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Up)
    assert dialog.preview.toPlainText() == f"Access needed: {number}"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.preview
    assert get_detail(sqlite_db, admin, number).version == version  # nothing sent


def test_no_template_yet(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    [number] = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)
    dialog = ReplyDialog(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text().startswith("There is no reply template yet")


def test_administrators_keep_the_templates_in_the_administration_window(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: object
) -> None:
    admin = local_administrator(sqlite_db)
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    page = window.templates  # type: ignore[attr-defined]
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Reply &templates"
    assert page.table.rowCount() == 0

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateDialog)
        assert not dialog.ok_button.isEnabled() and dialog.hint.text() == "Give the template a title."
        qtbot.keyClicks(dialog.title, "Visit planned")
        dialog.default_body.setPlainText("Dear {customer}, we come on ")
        dialog.tabs.setCurrentIndex(0)
        dialog.default_body.moveCursor(dialog.default_body.textCursor().MoveOperation.End)
        dialog.placeholders.setCurrentRow(6)
        dialog.placeholders.itemActivated.emit(dialog.placeholders.item(6))  # a double-click inserts {due_date}
        assert dialog.default_body.toPlainText() == "Dear {customer}, we come on {due_date}"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error.text().startswith("The placeholder “{customer}” is unknown: use one of {number}")
        dialog.default_body.setPlainText("Dear {contact}, we come on {due_date}.")
        dialog.bodies["nl"].setPlainText("Beste {contact}, we komen op {due_date}.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(write)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    [row] = list_templates(sqlite_db)
    assert (row.title, row.body, row.bodies) == (
        "Visit planned",
        "Dear {contact}, we come on {due_date}.",
        {"nl": "Beste {contact}, we komen op {due_date}."},
    )
    assert page.table.item(0, 0).text() == "Visit planned"
    assert page.table.item(0, 1).text() == "Default, Nederlands"
    assert page.current() is not None and page.current().id == row.id

    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert list_templates(sqlite_db) == []
    assert page.table.item(0, 2).text() == "Archived"
    assert page.restore_button.isEnabled() and not page.archive_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in list_templates(sqlite_db)] == ["Visit planned"]


def test_a_refusal_of_the_page_is_shown(qtbot: QtBot, sqlite_db: Database, monkeypatch: object) -> None:
    admin = local_administrator(sqlite_db)
    create_template(sqlite_db, admin, TemplateFields("Acknowledged", "We received work order {number}."))
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    page = window.templates  # type: ignore[attr-defined]
    page.table.selectRow(0)
    [row] = list_templates(sqlite_db)
    from desktop.services.reply_templates import save_template

    save_template(sqlite_db, admin, row.id, row.version, TemplateFields("Received", row.body))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text))  # type: ignore[attr-defined]
    assert not page.set_active(False)
    assert shown and "was changed by" in shown[0]
    assert page.table.item(0, 0).text() == "Received"  # read again


def shown_as(text: str) -> str:
    """The text a tooltip or label shows for ``text`` (Qt takes it as rich text when it looks like HTML)."""
    from PySide6 import QtGui

    document = QtGui.QTextDocument()
    if QtGui.Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_a_templates_tooltip_shows_its_body_as_written(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    body = '<b>Note</b> for {contact}:\n  <img src="file:///etc/passwd"> stays text & so does <i>this</i>.'
    create_template(sqlite_db, admin, TemplateFields("Markup", body))
    window = AdministrationWindow(sqlite_db, admin)
    qtbot.addWidget(window)
    page = window.templates  # type: ignore[attr-defined]
    assert shown_as(page.table.item(0, 0).toolTip()) == body


def test_a_notified_name_with_an_ampersand_is_shown_whole(qtbot: QtBot, sqlite_db: Database) -> None:
    import re

    admin = local_administrator(sqlite_db)
    number = order_with_a_french_contact(sqlite_db, admin)
    with sqlite_db.transaction() as session:
        contact = session.scalar(select(Contact).where(Contact.name == "Claire Petit"))
        assert contact is not None
        contact.name = "Smith&Sons"
    dialog = ReplyDialog(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(dialog)
    text = dialog.email.text()
    assert re.sub("&(.)", r"\1", text) == "Also email it to the notified contacts (Smith&Sons)"
    assert re.findall("&([^&])", text.replace("&&", "")) == ["e"]  # Alt+E, its only shortcut


def test_an_edited_reply_kept_keeps_its_language(qtbot: QtBot, sqlite_db: Database, monkeypatch: object) -> None:
    admin = local_administrator(sqlite_db)
    number = order_with_a_french_contact(sqlite_db, admin)
    create_template(sqlite_db, admin, TemplateFields("Visit planned", "See you on {due_date}.", {"fr": FRENCH}))
    dialog = ReplyDialog(sqlite_db, admin, get_detail(sqlite_db, admin, number))
    qtbot.addWidget(dialog)
    dialog.preview.setPlainText("Bonjour, à jeudi.")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)  # type: ignore[attr-defined]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.preview.toPlainText() == "Bonjour, à jeudi."
    assert dialog.language.currentData() == "fr"
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)  # type: ignore[attr-defined]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert (dialog.preview.toPlainText(), dialog.language.currentData()) == ("See you on 5. März 2026.", "de")
