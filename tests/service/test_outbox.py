"""The outbox sender against a real SMTP server on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import smtplib
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from desktop.db.engine import Database
from desktop.db.models import OutboxEmail
from desktop.domain.errors import ValidationError
from desktop.services import outbox
from desktop.services.outbox import (
    MAX_ATTEMPTS,
    PERMANENT_ATTEMPTS,
    OutboxStatus,
    OutboxSummary,
    SendReport,
    SmtpConfig,
    list_outbox,
    outbox_summary,
    retry_delay,
    retry_now,
    send_due,
    validate_smtp_config,
)
from tests.smtp import NO_SUCH_USER, SENDER_REFUSED, TRY_LATER, LoopbackSmtp, free_port, loopback_smtp

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class Clock:
    """The time the sender sees; tests move it forward."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta) -> None:
        self.at += delta


@pytest.fixture
def smtp() -> Iterator[LoopbackSmtp]:
    with loopback_smtp() as server:
        yield server


@pytest.fixture
def clock() -> Clock:
    return Clock()


def queue(db: Database, to: str, subject: str = "Hello", body: str = "Body\n", at: datetime = START) -> int:
    with db.transaction() as session:
        email = OutboxEmail(to_address=to, subject=subject, body=body, created_at=at)
        session.add(email)
        session.flush()
        return email.id


def row(db: Database, email_id: int) -> OutboxEmail:
    with db.reading() as session:
        email = session.get(OutboxEmail, email_id)
        assert email is not None
        return email


def status(db: Database, email_id: int) -> OutboxStatus:
    [found] = [r.status for r in list_outbox(db) if r.id == email_id]
    return found


def body(message: EmailMessage) -> str:
    content = message.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def never_connect(config: SmtpConfig) -> smtplib.SMTP:
    raise AssertionError("nothing should be sent")


# --- delivery --------------------------------------------------------------------------------------------------


def test_due_emails_are_delivered_and_marked_sent_once(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    first = queue(db, "claire.petit@example.com", "Work order 12 is now In progress: Leak", "Hello Claire,\n\nDone.\n")
    second = queue(db, "bruno.leroy@example.com", "Ünïcode subject", "Grüße aus Köln\n")
    assert send_due(db, smtp.config(), now=clock) == SendReport(sent=2)
    received = smtp.received
    assert [r.rcpt_tos for r in received] == [["claire.petit@example.com"], ["bruno.leroy@example.com"]]
    message = received[0].message
    assert received[0].mail_from == "helpdesk@bureau.example"
    assert (message["From"], message["To"]) == ("helpdesk@bureau.example", "claire.petit@example.com")
    assert message["Subject"] == "Work order 12 is now In progress: Leak"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].startswith(f"<bureau.outbox.{first}.")
    assert body(message) == "Hello Claire,\n\nDone.\n"
    assert received[1].message["Subject"] == "Ünïcode subject"
    assert body(received[1].message) == "Grüße aus Köln\n"
    for email_id in (first, second):
        sent = row(db, email_id)
        assert (sent.sent_at, sent.attempts, sent.last_error, sent.next_attempt_at) == (START, 1, None, None)
        assert status(db, email_id) is OutboxStatus.SENT
    clock.advance(timedelta(days=1))
    assert send_due(db, smtp.config(), now=clock) == SendReport()
    assert len(smtp.received) == 2


def test_without_a_server_nothing_is_sent(db: Database, clock: Clock) -> None:
    email_id = queue(db, "claire.petit@example.com")
    for config in (None, SmtpConfig(host=""), SmtpConfig(host="   ", sender="helpdesk@bureau.example")):
        assert send_due(db, config, now=clock, connect=never_connect) == SendReport()
    waiting = row(db, email_id)
    assert (waiting.sent_at, waiting.attempts, waiting.next_attempt_at) == (None, 0, None)
    assert outbox_summary(db) == OutboxSummary(pending=1)


def test_a_server_that_fails_then_recovers(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    email_id = queue(db, "claire.petit@example.com")
    smtp.handler.fail_next = 3
    expected_waits = [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    for attempt, wait in enumerate(expected_waits, start=1):
        assert send_due(db, smtp.config(), now=clock) == SendReport(failed=1)
        failed = row(db, email_id)
        assert (failed.attempts, failed.last_error, failed.sent_at) == (attempt, TRY_LATER, None)
        assert failed.next_attempt_at == clock.at + wait
        assert status(db, email_id) is OutboxStatus.PENDING
        # Not due before the wait is over: the server is not asked again.
        clock.advance(wait - timedelta(seconds=1))
        assert send_due(db, smtp.config(), now=clock) == SendReport()
        assert smtp.handler.failures == attempt
        clock.advance(timedelta(seconds=1))
    assert send_due(db, smtp.config(), now=clock) == SendReport(sent=1)
    assert [r.rcpt_tos for r in smtp.received] == [["claire.petit@example.com"]]
    sent = row(db, email_id)
    assert (sent.attempts, sent.last_error, sent.sent_at) == (4, None, clock.at)
    clock.advance(timedelta(hours=2))
    assert send_due(db, smtp.config(), now=clock) == SendReport()
    assert len(smtp.received) == 1


def test_the_wait_doubles_up_to_an_hour() -> None:
    assert [retry_delay(n) for n in range(1, 9)] == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60, 60)]
    assert retry_delay(500) == timedelta(hours=1)


def test_temporary_failures_are_given_up_after_the_last_attempt(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    email_id = queue(db, "claire.petit@example.com")
    with db.transaction() as session:
        email = session.get(OutboxEmail, email_id)
        assert email is not None
        email.attempts = MAX_ATTEMPTS - 1
        email.next_attempt_at = START
    smtp.handler.fail_next = 1
    assert send_due(db, smtp.config(), now=clock) == SendReport(failed=1, given_up=1)
    given_up = row(db, email_id)
    assert (given_up.attempts, given_up.next_attempt_at, given_up.last_error) == (MAX_ATTEMPTS, None, TRY_LATER)
    assert status(db, email_id) is OutboxStatus.FAILED
    clock.advance(timedelta(days=30))
    assert send_due(db, smtp.config(), now=clock) == SendReport()
    # The agent retries it: it is tried again at once.
    assert retry_now(db, [email_id], now=clock) == 1
    assert send_due(db, smtp.config(), now=clock) == SendReport(sent=1)
    assert status(db, email_id) is OutboxStatus.SENT


def test_a_refused_recipient_is_given_up_after_three_attempts(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    smtp.handler.refused = {"nobody@example.com"}
    refused = queue(db, "nobody@example.com")
    fine = queue(db, "claire.petit@example.com")
    assert send_due(db, smtp.config(), now=clock) == SendReport(sent=1, failed=1)
    assert row(db, refused).last_error == NO_SUCH_USER
    assert row(db, fine).sent_at == START
    for _ in range(2):
        clock.advance(timedelta(hours=1))
        send_due(db, smtp.config(), now=clock)
    given_up = row(db, refused)
    assert (given_up.attempts, given_up.next_attempt_at, given_up.last_error) == (3, None, NO_SUCH_USER)
    assert status(db, refused) is OutboxStatus.FAILED
    assert [r.rcpt_tos for r in smtp.received] == [["claire.petit@example.com"]]
    assert outbox_summary(db) == OutboxSummary(failed=1, sent=1)


def test_a_refused_sender_address_is_retried_as_the_settings_can_be_fixed(
    db: Database, smtp: LoopbackSmtp, clock: Clock
) -> None:
    smtp.handler.refused_senders = {"helpdesk@bureau.example"}
    email_id = queue(db, "claire.petit@example.com")
    for _ in range(PERMANENT_ATTEMPTS):
        assert send_due(db, smtp.config(), now=clock) == SendReport(failed=1)
        clock.advance(timedelta(hours=1))
    waiting = row(db, email_id)
    assert (waiting.attempts, waiting.last_error) == (PERMANENT_ATTEMPTS, SENDER_REFUSED)
    assert status(db, email_id) is OutboxStatus.PENDING
    assert send_due(db, smtp.config(sender="bureau@bureau.example"), now=clock) == SendReport(sent=1)
    assert [r.mail_from for r in smtp.received] == ["bureau@bureau.example"]


def test_an_unreachable_server_fails_the_run_with_one_connection_attempt(db: Database, clock: Clock) -> None:
    ids = [queue(db, f"person{n}@example.com") for n in range(3)]
    connections = 0

    def connect(config: SmtpConfig) -> smtplib.SMTP:
        nonlocal connections
        connections += 1
        return outbox.default_connect(config)

    config = SmtpConfig(host="127.0.0.1", port=free_port(), starttls=False, sender="helpdesk@bureau.example")
    assert send_due(db, config, now=clock, connect=connect) == SendReport(failed=3)
    assert connections == 1
    for email_id in ids:
        failed = row(db, email_id)
        assert failed.attempts == 1 and failed.next_attempt_at == START + timedelta(minutes=1)
        assert failed.last_error is not None and "ConnectionRefusedError" in failed.last_error
        assert status(db, email_id) is OutboxStatus.PENDING


def test_starttls_is_never_skipped(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    email_id = queue(db, "claire.petit@example.com")
    assert send_due(db, smtp.config(starttls=True), now=clock) == SendReport(failed=1)
    error = row(db, email_id).last_error
    assert error is not None and "STARTTLS" in error
    assert smtp.received == []


def test_the_user_name_and_password_are_sent(db: Database, clock: Clock) -> None:
    with loopback_smtp(users={"bureau": "s3cret"}) as server:
        wrong = queue(db, "claire.petit@example.com")
        assert send_due(db, server.config(user="bureau", password="wrong"), now=clock) == SendReport(failed=1)
        error = row(db, wrong).last_error
        assert error is not None and error.startswith("535")
        assert row(db, wrong).next_attempt_at == START + timedelta(minutes=1)  # settings can be fixed: retried
        clock.advance(timedelta(minutes=1))
        assert send_due(db, server.config(user="bureau", password="s3cret"), now=clock) == SendReport(sent=1)
        assert len(server.received) == 1


def test_a_run_stops_between_messages_when_asked(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    for n in range(3):
        queue(db, f"person{n}@example.com")
    asked = 0

    def stop() -> bool:
        nonlocal asked
        asked += 1
        return asked > 1

    assert send_due(db, smtp.config(), now=clock, stop=stop) == SendReport(sent=1)
    assert outbox_summary(db) == OutboxSummary(pending=2, sent=1)


def test_two_senders_at_once_deliver_each_email_once(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    count = 30
    ids = [queue(db, f"person{n}@example.com", subject=f"Message {n}") for n in range(count)]
    start = threading.Barrier(2)

    def run() -> SendReport:
        start.wait()
        return send_due(db, smtp.config(), now=clock)

    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = list(pool.map(lambda _: run(), range(2)))
    assert sum(report.sent for report in reports) == count
    assert sum(report.failed for report in reports) == 0
    subjects = Counter(str(r.message["Subject"]) for r in smtp.received)
    assert subjects == Counter(f"Message {n}" for n in range(count))
    for email_id in ids:
        assert row(db, email_id).attempts == 1
    assert outbox_summary(db) == OutboxSummary(sent=count)


# --- the outbox window's data -------------------------------------------------------------------------------------


def test_listing_summary_and_retry_now(db: Database, smtp: LoopbackSmtp, clock: Clock) -> None:
    smtp.handler.refused = {"nobody@example.com"}
    sent = queue(db, "claire.petit@example.com", "Sent one")
    send_due(db, smtp.config(), now=clock)
    failed = queue(db, "nobody@example.com", "Refused one")
    for _ in range(3):
        send_due(db, smtp.config(), now=clock)
        clock.advance(timedelta(hours=1))
    backing_off = queue(db, "bruno.leroy@example.com", "Later one")
    smtp.handler.fail_next = 1
    send_due(db, smtp.config(), now=clock)
    waiting = queue(db, "anna.schmidt@example.com", "Waiting one")

    rows = list_outbox(db)
    assert [(r.id, r.status) for r in rows] == [
        (waiting, OutboxStatus.PENDING),
        (backing_off, OutboxStatus.PENDING),
        (failed, OutboxStatus.FAILED),
        (sent, OutboxStatus.SENT),
    ]
    by_id = {r.id: r for r in rows}
    assert (by_id[failed].attempts, by_id[failed].last_error, by_id[failed].next_attempt_at) == (3, NO_SUCH_USER, None)
    assert by_id[backing_off].next_attempt_at == clock.at + timedelta(minutes=1)
    assert by_id[sent].sent_at == START and by_id[sent].body == "Body\n"
    assert [r.id for r in list_outbox(db, OutboxStatus.FAILED)] == [failed]
    assert [r.id for r in list_outbox(db, OutboxStatus.PENDING)] == [waiting, backing_off]
    assert outbox_summary(db) == OutboxSummary(pending=2, failed=1, sent=1)

    # Retry now: the failed one and the one waiting for its next attempt; a sent one is left alone.
    assert retry_now(db, [sent, failed, backing_off], now=clock) == 2
    assert row(db, backing_off).next_attempt_at == clock.at
    assert row(db, failed).next_attempt_at == clock.at
    assert row(db, sent).sent_at == START
    assert status(db, failed) is OutboxStatus.PENDING
    assert retry_now(db, [], now=clock) == 0


def test_retry_now_leaves_an_email_being_sent_alone(db: Database, clock: Clock) -> None:
    email_id = queue(db, "claire.petit@example.com")
    claimed = outbox._claim(db, email_id, clock())
    assert claimed is not None
    assert outbox._claim(db, email_id, clock()) is None  # another sender cannot take it
    assert retry_now(db, [email_id], now=clock) == 0
    assert row(db, email_id).next_attempt_at == START + outbox.LEASE
    # A sender that died mid-way: after the lease the email is due again.
    clock.advance(outbox.LEASE)
    assert outbox._claim(db, email_id, clock()) is not None


# --- settings ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (SmtpConfig(host=""), None),
        (SmtpConfig(host="smtp.example.com", sender="helpdesk@example.com"), None),
        (SmtpConfig(host="smtp.example.com", port=25, starttls=False, user="u", password="p", sender="a@b.c"), None),
        (SmtpConfig(host="", user="bureau"), "Enter the SMTP server that the user name and password are for."),
        (SmtpConfig(host="", sender="helpdesk@example.com"), "Enter the SMTP server that sends the emails."),
        (
            SmtpConfig(host="smtp://example.com", sender="a@b.c"),
            "Enter the SMTP server's host name only, like smtp.example.com.",
        ),
        (
            SmtpConfig(host="smtp.example.com", port=0, sender="a@b.c"),
            "The SMTP port must be a number from 1 to 65535.",
        ),
        (
            SmtpConfig(host="smtp.example.com", port=65536, sender="a@b.c"),
            "The SMTP port must be a number from 1 to 65535.",
        ),
        (
            SmtpConfig(host="smtp.example.com", password="p", sender="a@b.c"),
            "Enter the user name that goes with the password.",
        ),
        (
            SmtpConfig(host="smtp.example.com"),
            "Enter the sender address, like helpdesk@example.com: emails need one.",
        ),
        (
            SmtpConfig(host="smtp.example.com", sender="help desk"),
            "“help desk” is not an email address, like helpdesk@example.com.",
        ),
    ],
)
def test_smtp_settings_are_checked(config: SmtpConfig, message: str | None) -> None:
    if message is None:
        validate_smtp_config(config)
        return
    with pytest.raises(ValidationError) as refused:
        validate_smtp_config(config)
    assert str(refused.value) == message
