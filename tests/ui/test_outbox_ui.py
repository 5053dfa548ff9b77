"""The outbox in the UI: background sending, the outbox window, Tools > Outbox… and the SMTP settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Contact, OutboxEmail, WorkOrder
from desktop.domain.listing import ListFilter
from desktop.services import workorder_actions
from desktop.services.notifications import edit_notifications
from desktop.services.outbox import SendReport, SmtpConfig, outbox_summary, send_due
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox.sender import OutboxSender
from desktop.ui.outbox.window import Column, OutboxWindow
from desktop.ui.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.factories import client_with_building, reactive_orders
from tests.smtp import TRY_LATER, LoopbackSmtp, loopback_smtp

CREATED = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def smtp() -> Iterator[LoopbackSmtp]:
    with loopback_smtp() as server:
        yield server


def queue(db: Database, to: str, subject: str, **fields: Any) -> int:
    with db.transaction() as session:
        email = OutboxEmail(to_address=to, subject=subject, body=f"Hello,\n\n{subject}.\n", created_at=CREATED)
        for name, value in fields.items():
            setattr(email, name, value)
        session.add(email)
        session.flush()
        return email.id


def sent_at(db: Database, email_id: int) -> datetime | None:
    with db.reading() as session:
        return session.scalar(select(OutboxEmail.sent_at).where(OutboxEmail.id == email_id))


def cells(window: OutboxWindow, column: Column) -> list[str]:
    model = window.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def select_row(window: OutboxWindow, email_id: int) -> None:
    row = window.model.row_of(email_id)
    assert row is not None
    window.table.selectRow(row)


@pytest.fixture
def senders() -> Iterator[list[OutboxSender]]:
    made: list[OutboxSender] = []
    yield made
    for outbox_sender in made:
        outbox_sender.shutdown()


def make_sender(senders: list[OutboxSender], db: Database, config: SmtpConfig | None, **kwargs: Any) -> OutboxSender:
    outbox_sender = OutboxSender(db, lambda: config, **kwargs)
    senders.append(outbox_sender)
    return outbox_sender


# --- the window ----------------------------------------------------------------------------------------------------


def test_the_window_lists_the_outbox_and_sends_the_chosen_emails(
    qtbot: QtBot, sqlite_db: Database, smtp: LoopbackSmtp, senders: list[OutboxSender]
) -> None:
    db = sqlite_db
    done = queue(db, "anna.schmidt@example.com", "Already sent", sent_at=CREATED, attempts=1)
    given_up = queue(
        db, "bruno.leroy@example.com", "Given up on", attempts=20, last_error=TRY_LATER, next_attempt_at=None
    )
    waiting = queue(db, "claire.petit@example.com", "Never tried")
    later = datetime.now(UTC) + timedelta(minutes=30)
    backing_off = queue(db, "dora@example.com", "Backing off", attempts=2, last_error=TRY_LATER, next_attempt_at=later)

    outbox_sender = make_sender(senders, db, smtp.config())
    window = OutboxWindow(db, outbox_sender)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Outbox"
    assert not window.banner.isVisible()
    assert cells(window, Column.SUBJECT) == ["Backing off", "Never tried", "Given up on", "Already sent"]
    assert cells(window, Column.STATUS) == ["Pending", "Pending", "Failed", "Sent"]
    assert cells(window, Column.ATTEMPTS) == ["2", "0", "20", "1"]
    assert cells(window, Column.LAST_ERROR) == [TRY_LATER, "", TRY_LATER, ""]
    next_attempts = cells(window, Column.NEXT_ATTEMPT)
    assert next_attempts[1:] == ["As soon as possible", "", ""] and next_attempts[0] not in ("", "As soon as possible")
    assert cells(window, Column.SENT)[:3] == ["", "", ""] and cells(window, Column.SENT)[3]
    assert window.summary.text() == "Pending: 2   Failed: 1   Sent: 1"
    model = window.model
    failed_row = model.row_of(given_up)
    assert failed_row is not None
    assert model.data(model.index(failed_row, Column.STATUS), Qt.ItemDataRole.ToolTipRole) == TRY_LATER

    # Nothing selected: Retry is off; a sent email selected: still off; the preview shows it.
    assert not window.retry_button.isEnabled() and window.send_button.isEnabled()
    select_row(window, done)
    assert not window.retry_button.isEnabled()
    assert "Subject: Already sent" in window.preview.toPlainText()
    assert "Hello,\n\nAlready sent." in window.preview.toPlainText()

    # Send now: the due one goes, in the background; the window follows.
    window.send_button.click()
    qtbot.waitUntil(lambda: sent_at(db, waiting) is not None)
    qtbot.waitUntil(lambda: window.summary.text() == "Pending: 1   Failed: 1   Sent: 2")
    assert [r.rcpt_tos for r in smtp.received] == [["claire.petit@example.com"]]

    # Retry the failed and the waiting one.
    window.table.clearSelection()
    select_row(window, given_up)
    window.table.selectionModel().select(
        model.index(model.row_of(backing_off) or 0, 0),
        window.table.selectionModel().SelectionFlag.Select | window.table.selectionModel().SelectionFlag.Rows,
    )
    assert window.retry_button.isEnabled()
    window.retry_button.click()
    qtbot.waitUntil(lambda: window.summary.text() == "Pending: 0   Failed: 0   Sent: 4")
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == [
        "bruno.leroy@example.com",
        "claire.petit@example.com",
        "dora@example.com",
    ]
    assert set(window.selected_ids()) == {given_up, backing_off}  # the selection survives the refresh
    assert cells(window, Column.STATUS) == ["Sent"] * 4
    window.close()


def test_without_a_server_the_window_says_mail_waits(
    qtbot: QtBot, sqlite_db: Database, senders: list[OutboxSender]
) -> None:
    email_id = queue(sqlite_db, "claire.petit@example.com", "Waiting")
    window = OutboxWindow(sqlite_db, make_sender(senders, sqlite_db, None))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "No SMTP server is set" in window.banner.text()
    assert not window.send_button.isEnabled()
    select_row(window, email_id)
    window.retry_button.click()  # due at once, but nothing sends it
    assert sent_at(sqlite_db, email_id) is None
    assert outbox_summary(sqlite_db).pending == 1
    window.close()


def test_the_status_filter(qtbot: QtBot, sqlite_db: Database, senders: list[OutboxSender]) -> None:
    queue(sqlite_db, "a@example.com", "Sent one", sent_at=CREATED, attempts=1)
    queue(sqlite_db, "b@example.com", "Failed one", attempts=3, last_error="550 no", next_attempt_at=None)
    window = OutboxWindow(sqlite_db, make_sender(senders, sqlite_db, None))
    qtbot.addWidget(window)
    window.show()
    window.show_filter.setCurrentIndex(window.show_filter.findText("Failed"))
    assert cells(window, Column.SUBJECT) == ["Failed one"]
    window.show_filter.setCurrentIndex(window.show_filter.findText("Sent"))
    assert cells(window, Column.SUBJECT) == ["Sent one"]
    window.show_filter.setCurrentIndex(0)
    assert len(cells(window, Column.SUBJECT)) == 2
    window.close()


# --- the background sender -------------------------------------------------------------------------------------


def test_one_run_at_a_time_and_a_run_asked_for_meanwhile_follows(
    qtbot: QtBot, sqlite_db: Database, senders: list[OutboxSender]
) -> None:
    release = threading.Event()
    calls: list[str] = []

    def slow_send(db: Database, config: SmtpConfig, **kwargs: Any) -> SendReport:
        calls.append(threading.current_thread().name)
        release.wait(10)
        return SendReport(sent=1)

    config = SmtpConfig(host="smtp.example.com", sender="helpdesk@example.com")
    outbox_sender = make_sender(senders, sqlite_db, config, send=slow_send)
    other = make_sender(senders, sqlite_db, config, send=slow_send)
    reports: list[object] = []
    outbox_sender.finished.connect(reports.append)
    assert outbox_sender.run_now()
    assert outbox_sender.busy
    assert not outbox_sender.run_now()  # asked for meanwhile: runs when the first ends
    assert other.run_now()  # another window's sender waits for the first run
    qtbot.wait(100)
    assert len(calls) == 1 and calls[0] != threading.main_thread().name
    release.set()
    qtbot.waitUntil(lambda: len(reports) == 2 and not outbox_sender.busy)
    qtbot.waitUntil(lambda: not other.busy)
    assert len(calls) == 3


def test_no_run_without_a_server(qtbot: QtBot, sqlite_db: Database, senders: list[OutboxSender]) -> None:
    def never(*args: Any, **kwargs: Any) -> SendReport:
        raise AssertionError("nothing should be sent")

    for config in (None, SmtpConfig(host="")):
        outbox_sender = make_sender(senders, sqlite_db, config, send=never)
        outbox_sender.start()
        assert outbox_sender.started
        assert not outbox_sender.run_now()
        assert not outbox_sender.busy


def test_an_unexpected_error_is_reported_and_the_sender_goes_on(
    qtbot: QtBot, sqlite_db: Database, senders: list[OutboxSender]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> SendReport:
        raise RuntimeError("database went away")

    config = SmtpConfig(host="smtp.example.com", sender="helpdesk@example.com")
    outbox_sender = make_sender(senders, sqlite_db, config, send=broken)
    with qtbot.waitSignal(outbox_sender.failed) as failed:
        outbox_sender.run_now()
    assert failed.args == ["database went away"]
    assert not outbox_sender.busy


# --- the main window -----------------------------------------------------------------------------------------------


def configure(settings: Settings, smtp: LoopbackSmtp) -> None:
    settings.smtp_host = "127.0.0.1"
    settings.smtp_port = smtp.port
    settings.smtp_starttls = False
    settings.smtp_sender = "helpdesk@bureau.example"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_the_main_window_sends_in_the_background_and_opens_the_outbox(
    qtbot: QtBot, sqlite_db: Database, smtp: LoopbackSmtp
) -> None:
    db = sqlite_db
    admin = local_administrator(db)
    building = client_with_building(db)
    [number] = reactive_orders(db, admin, building, 1)
    settings = Settings()
    configure(settings, smtp)
    window = MainWindow(db, admin, settings)
    qtbot.addWidget(window)
    window.show_filter(ListFilter())
    qtbot.waitUntil(lambda: window.model.count_known)
    assert window.outbox.outbox_sender.started
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-1] == "&Help" and "&Tools" in menus
    assert window.outbox.action.text() == "&Outbox…"

    # A change that queues mail is sent soon after, without waiting for the next round.
    with db.transaction() as session:
        client_id = session.scalar(select(WorkOrder.client_id).where(WorkOrder.number == number))
        contact = Contact(client_id=client_id, name="Claire Petit", email="claire.petit@example.com")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    version = edit_notifications(db, admin, number, get_detail(db, admin, number).version, [contact_id])
    workorder_actions.start(db, admin, number, version)
    window._order_changed(number)
    # The server has a message a moment before the sender marks it sent.
    qtbot.waitUntil(lambda: outbox_summary(db).sent == 2, timeout=10_000)
    assert len(smtp.received) == 2

    window.outbox.action.trigger()
    outbox_window = window.outbox.outbox_window
    assert outbox_window is not None and outbox_window.isVisible()
    assert cells(outbox_window, Column.STATUS) == ["Sent", "Sent"]
    window.outbox.action.trigger()
    assert window.outbox.outbox_window is outbox_window  # one per main window, raised again
    window.close()
    assert not window.outbox.outbox_sender.started


def test_mail_waits_in_the_outbox_without_a_server(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = local_administrator(sqlite_db)
    queue(sqlite_db, "claire.petit@example.com", "Waiting")
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    assert window.outbox.outbox_sender.config() is None
    window.outbox.outbox_sender.run_now()
    assert not window.outbox.outbox_sender.busy
    assert send_due(sqlite_db, Settings().smtp_config()) == SendReport()
    assert outbox_summary(sqlite_db).pending == 1
    window.close()


# --- settings --------------------------------------------------------------------------------------------------------


def test_the_smtp_settings_are_checked_and_saved(qtbot: QtBot) -> None:
    settings = Settings()
    assert settings.smtp_config() is None
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.error.isVisible()
    assert dialog.smtp_port.value() == 587 and dialog.smtp_starttls.isChecked()

    dialog.smtp_user.setText("bureau")
    assert not ok.isEnabled()
    assert dialog.error.text() == "Enter the SMTP server that the user name and password are for."
    dialog.smtp_host.setText("smtp.example.com")
    assert dialog.error.text() == "Enter the sender address, like helpdesk@example.com: emails need one."
    dialog.smtp_sender.setText("helpdesk")
    assert dialog.error.text() == "“helpdesk” is not an email address, like helpdesk@example.com."
    dialog.smtp_sender.setText("helpdesk@example.com")
    assert ok.isEnabled() and not dialog.error.isVisible()
    dialog.smtp_port.setValue(25)
    dialog.smtp_starttls.setChecked(False)
    dialog.smtp_password.setText("s3cret")
    ok.click()

    saved = Settings()
    assert saved.smtp_config() == SmtpConfig(
        host="smtp.example.com",
        port=25,
        starttls=False,
        user="bureau",
        password="s3cret",
        sender="helpdesk@example.com",
    )

    # Emptying the server turns sending off.
    dialog = SettingsDialog(saved)
    qtbot.addWidget(dialog)
    for field in (dialog.smtp_host, dialog.smtp_user, dialog.smtp_password, dialog.smtp_sender):
        field.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings().smtp_config() is None
    assert Settings().smtp_password is None
