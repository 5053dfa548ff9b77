"""Sending the email outbox with smtplib, and what the outbox window shows of it.

Emails are rows of ``email_outbox`` written in the transaction of the change that causes them. A sender
(:func:`send_due`) delivers the rows that are due, one at a time, each claimed first in a short transaction
of its own: the claim moves the row's next attempt a lease ahead, and only the sender whose UPDATE changed
the row sends it. Two senders at once (two threads, two processes, two agents' machines on one server)
never send the same row; a sender that dies mid-way leaves the row to be tried again when the lease ends.

After each attempt the row is marked sent, or its attempts, last error and next attempt are written: a
temporary failure (a 4xx answer, a server that cannot be reached, a login or sender address the server
refuses, which the settings can fix) is tried again after a delay that doubles from a minute up to an hour,
:data:`MAX_ATTEMPTS` times at most; a permanent one (a 5xx answer, such as a refused recipient)
:data:`PERMANENT_ATTEMPTS` times. A row given up on has no next attempt: it shows as failed until an agent
retries it (:func:`retry_now`).

Without an SMTP host nothing is sent: the mail waits in the outbox.
"""

from __future__ import annotations

import enum
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update

from desktop.db.engine import Database
from desktop.db.models import OutboxEmail, WorkOrder
from desktop.db.types import utcnow
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.values import check_whole_number, storable_text

DEFAULT_PORT = 587
DEFAULT_TIMEOUT = 20.0
FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=1)
# A claimed row is left alone by other senders this long. Ten minutes (far longer than one message takes)
# more than the longest wait for a retry: a next attempt further ahead than that marks a row being sent,
# which "retry now" leaves alone.
IN_FLIGHT = timedelta(minutes=10)
LEASE = MAX_RETRY + IN_FLIGHT
# Temporary failures are retried for about 15 hours; permanent ones (5xx) are given up after 3 attempts.
MAX_ATTEMPTS = 20
PERMANENT_ATTEMPTS = 3
BATCH = 100
ERROR_MAX = 1000
LIST_LIMIT = 1000

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class SmtpConfig:
    """The SMTP server mail goes through; an empty host means mail is not sent."""

    host: str
    port: int = DEFAULT_PORT
    starttls: bool = True
    user: str | None = None
    password: str | None = None
    sender: str = ""  # the From address
    timeout: float = DEFAULT_TIMEOUT

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())


Connect = Callable[[SmtpConfig], smtplib.SMTP]


def validate_smtp_config(config: SmtpConfig) -> None:
    """Raise a :class:`ValidationError` saying what is wrong with the settings; an empty config is valid."""
    host = config.host.strip()
    user = (config.user or "").strip()
    if not host:
        if user or config.password:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Enter the SMTP server that the user name and password are for.")
            )
        if config.sender.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the SMTP server that sends the emails."))
        return
    if any(character.isspace() for character in host) or "/" in host or "@" in host:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the SMTP server's host name only, like smtp.example.com."),
        )
    if not 1 <= config.port <= 65535:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The SMTP port must be a number from 1 to 65535."))
    if config.password and not user:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the user name that goes with the password."))
    sender = config.sender.strip()
    if not sender:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the sender address, like helpdesk@example.com: emails need one.")
        )
    if not looks_like_address(sender):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{address}” is not an email address, like helpdesk@example.com."),
            address=sender,
        )


def looks_like_address(text: str) -> bool:
    """One @ between a local part and a domain, no spaces and no angle brackets."""
    local, at, domain = text.partition("@")
    return bool(at and local and domain and "@" not in domain and not any(c.isspace() or c in "<>,;" for c in text))


# --- sending -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendReport:
    """What one run of the sender did."""

    sent: int = 0
    failed: int = 0  # attempts that failed (the rows will be tried again unless given up on)
    given_up: int = 0  # rows that failed for the last time


@dataclass(frozen=True)
class _Claimed:
    id: int
    to_address: str
    subject: str
    body: str
    created_at: datetime
    attempts: int


class _Failure(Exception):
    """A delivery that failed: the text kept as the row's last error, and whether retrying may help."""

    def __init__(self, text: str, *, permanent: bool, broken: bool = False) -> None:
        super().__init__(text)
        # Kept as the server said it, made storable (no control characters, at most ERROR_MAX characters).
        self.text = storable_text(text, ERROR_MAX, multiline=True)
        self.permanent = permanent
        self.broken = broken  # the connection cannot be used for the next message


def default_connect(config: SmtpConfig) -> smtplib.SMTP:
    return smtplib.SMTP(config.host.strip(), config.port, timeout=config.timeout)


def send_due(
    db: Database,
    config: SmtpConfig | None,
    *,
    now: Clock = utcnow,
    connect: Connect = default_connect,
    limit: int = BATCH,
    stop: Callable[[], bool] | None = None,
) -> SendReport:
    """Deliver up to ``limit`` due outbox rows through one SMTP connection; nothing without a host.

    ``stop`` is asked between messages (a closing window). A connection that cannot be opened (server down,
    STARTTLS or login refused) fails every due row of the run with its error, without trying them one by one.
    """
    if config is None or not config.configured:
        return SendReport()
    with db.reading() as session:
        ids = list(session.scalars(select(OutboxEmail.id).where(_due(now())).order_by(OutboxEmail.id).limit(limit)))
    sent = failed = given_up = 0
    smtp: smtplib.SMTP | None = None
    connection_error: str | None = None
    try:
        for row_id in ids:
            if stop is not None and stop():
                break
            message = _claim(db, row_id, now())
            if message is None:
                continue  # sent, put off or being sent by another sender since the list was read
            try:
                if connection_error is not None:
                    raise _Failure(connection_error, permanent=False, broken=True)
                if smtp is None:
                    try:
                        smtp = _open(config, connect)
                    except _Failure as error:
                        connection_error = error.text
                        raise
                _deliver(smtp, config, message, now())
            except _Failure as error:
                if error.broken and smtp is not None:
                    _close(smtp)
                    smtp = None
                failed += 1
                given_up += _mark_failed(db, message, error, now())
                continue
            _mark_sent(db, message.id, now())
            sent += 1
    finally:
        if smtp is not None:
            _close(smtp)
    return SendReport(sent=sent, failed=failed, given_up=given_up)


def _due(now: datetime) -> ColumnElement[bool]:
    """Unsent rows never tried, or whose next attempt has come; a row given up on has no next attempt."""
    return and_(
        OutboxEmail.sent_at.is_(None),
        or_(
            and_(OutboxEmail.next_attempt_at.is_(None), OutboxEmail.attempts == 0),
            OutboxEmail.next_attempt_at <= now,
        ),
    )


def _claim(db: Database, row_id: int, now: datetime) -> _Claimed | None:
    """Take the row for this sender for :data:`LEASE`; None when another sender has it or it is not due."""
    with db.transaction() as session:
        result = session.execute(
            update(OutboxEmail)
            .where(OutboxEmail.id == row_id, _due(now))
            .values(next_attempt_at=now + LEASE)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        row = session.execute(
            select(
                OutboxEmail.to_address,
                OutboxEmail.subject,
                OutboxEmail.body,
                OutboxEmail.created_at,
                OutboxEmail.attempts,
            ).where(OutboxEmail.id == row_id)
        ).one()
        return _Claimed(row_id, row.to_address, row.subject, row.body, row.created_at, row.attempts)


def _open(config: SmtpConfig, connect: Connect) -> smtplib.SMTP:
    """Connect, say hello, STARTTLS and log in as configured; every failure is temporary."""
    try:
        smtp = connect(config)
    except (OSError, smtplib.SMTPException) as error:
        raise _Failure(_describe(error), permanent=False, broken=True) from error
    try:
        smtp.ehlo()
        if config.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if config.user:
            smtp.login(config.user, config.password or "")
    except (OSError, smtplib.SMTPException) as error:
        _close(smtp)
        raise _Failure(_describe(error), permanent=False, broken=True) from error
    return smtp


def _deliver(smtp: smtplib.SMTP, config: SmtpConfig, message: _Claimed, now: datetime) -> None:
    try:
        email = build_message(config.sender.strip(), message.to_address, message.subject, message.body, now)
        email["Message-ID"] = _message_id(message, config.sender)
    except (ValueError, TypeError) as error:
        raise _Failure(_describe(error), permanent=True) from error
    try:
        smtp.send_message(email)
    except smtplib.SMTPRecipientsRefused as error:
        code, answer = next(iter(error.recipients.values()), (550, b""))
        raise _Failure(f"{code} {_text(answer)}".strip(), permanent=code >= 500) from error
    except smtplib.SMTPSenderRefused as error:
        # The sender address of the settings, not this email, is refused: it is tried again once fixed.
        raise _Failure(_describe(error), permanent=False) from error
    except smtplib.SMTPResponseException as error:
        code = error.smtp_code
        raise _Failure(_describe(error), permanent=500 <= code < 600, broken=code == 421) from error
    except (smtplib.SMTPNotSupportedError, ValueError) as error:
        # An address the server cannot take (non-ASCII without SMTPUTF8): sending again will not help.
        raise _Failure(_describe(error), permanent=True) from error
    except (OSError, smtplib.SMTPException) as error:
        raise _Failure(_describe(error), permanent=False, broken=True) from error


def build_message(sender: str, to_address: str, subject: str, body: str, now: datetime) -> EmailMessage:
    """A plain-text email; raises ValueError for an address or subject that cannot be a header."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = to_address.strip()
    email["Subject"] = " ".join(subject.split())
    email["Date"] = format_datetime(now)
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(body)
    return email


def _message_id(message: _Claimed, sender: str) -> str:
    """The same for every attempt at one row, so that a receiver can tell a repeat."""
    domain = sender.rpartition("@")[2].strip() or "localhost"
    stamp = int(message.created_at.timestamp() * 1_000_000)
    return f"<bureau.outbox.{message.id}.{stamp}@{domain}>"


def _mark_sent(db: Database, row_id: int, now: datetime) -> None:
    with db.transaction() as session:
        session.execute(
            update(OutboxEmail)
            .where(OutboxEmail.id == row_id, OutboxEmail.sent_at.is_(None))
            .values(sent_at=now, attempts=OutboxEmail.attempts + 1, last_error=None, next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )


def _mark_failed(db: Database, message: _Claimed, failure: _Failure, now: datetime) -> int:
    """Write the failed attempt; 1 when the row is given up on (no next attempt), else 0."""
    attempts = message.attempts + 1
    limit = PERMANENT_ATTEMPTS if failure.permanent else MAX_ATTEMPTS
    give_up = attempts >= limit
    with db.transaction() as session:
        session.execute(
            update(OutboxEmail)
            .where(OutboxEmail.id == message.id, OutboxEmail.sent_at.is_(None))
            .values(
                attempts=OutboxEmail.attempts + 1,
                last_error=failure.text,
                next_attempt_at=None if give_up else now + retry_delay(attempts),
            )
            .execution_options(synchronize_session=False)
        )
    return 1 if give_up else 0


def retry_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt: 1, 2, 4, 8... minutes, an hour at most."""
    exponent = max(0, min(attempts - 1, 16))
    return min(FIRST_RETRY * (2**exponent), MAX_RETRY)


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _text(answer: bytes | str) -> str:
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}".strip()
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# --- the outbox window -----------------------------------------------------------------------------------------


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    FAILED = "failed"
    SENT = "sent"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    to_address: str
    subject: str
    body: str
    work_order_number: int | None
    created_at: datetime
    status: OutboxStatus
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None


@dataclass(frozen=True)
class OutboxSummary:
    pending: int = 0
    failed: int = 0
    sent: int = 0


def _status_of(sent_at: datetime | None, attempts: int, next_attempt_at: datetime | None) -> OutboxStatus:
    if sent_at is not None:
        return OutboxStatus.SENT
    if attempts > 0 and next_attempt_at is None:
        return OutboxStatus.FAILED
    return OutboxStatus.PENDING


def _status_condition(status: OutboxStatus) -> ColumnElement[bool]:
    failed = and_(OutboxEmail.sent_at.is_(None), OutboxEmail.attempts > 0, OutboxEmail.next_attempt_at.is_(None))
    if status is OutboxStatus.SENT:
        return OutboxEmail.sent_at.is_not(None)
    if status is OutboxStatus.FAILED:
        return failed
    return and_(OutboxEmail.sent_at.is_(None), ~failed)


def outbox_summary(db: Database) -> OutboxSummary:
    """How many emails wait, were given up on, and were sent."""
    with db.reading() as session:
        row = session.execute(
            select(*(func.count(case((_status_condition(status), 1))) for status in OutboxStatus))
        ).one()
    counts = dict(zip(OutboxStatus, row, strict=True))
    return OutboxSummary(
        pending=counts[OutboxStatus.PENDING], failed=counts[OutboxStatus.FAILED], sent=counts[OutboxStatus.SENT]
    )


def list_outbox(db: Database, status: OutboxStatus | None = None, limit: int = LIST_LIMIT) -> list[OutboxRow]:
    """The emails not sent yet first, newest first; then the sent ones, newest first."""
    check_whole_number(limit, 0)
    query = (
        select(
            OutboxEmail.id,
            OutboxEmail.to_address,
            OutboxEmail.subject,
            OutboxEmail.body,
            WorkOrder.number,
            OutboxEmail.created_at,
            OutboxEmail.attempts,
            OutboxEmail.last_error,
            OutboxEmail.next_attempt_at,
            OutboxEmail.sent_at,
        )
        .outerjoin(WorkOrder, WorkOrder.id == OutboxEmail.work_order_id)
        .order_by(case((OutboxEmail.sent_at.is_(None), 0), else_=1), OutboxEmail.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(_status_condition(status))
    with db.reading() as session:
        return [
            OutboxRow(
                id=row.id,
                to_address=row.to_address,
                subject=row.subject,
                body=row.body,
                work_order_number=row.number,
                created_at=row.created_at,
                status=_status_of(row.sent_at, row.attempts, row.next_attempt_at),
                attempts=row.attempts,
                last_error=row.last_error,
                next_attempt_at=row.next_attempt_at,
                sent_at=row.sent_at,
            )
            for row in session.execute(query)
        ]


def retry_now(db: Database, ids: Iterable[int], *, now: Clock = utcnow) -> int:
    """Make the chosen unsent emails due at once (failed ones included); how many were.

    A row a sender is sending now is left alone, so that it is not sent twice.
    """
    chosen = sorted(set(ids))
    if not chosen:
        return 0
    moment = now()
    with db.transaction() as session:
        result = session.execute(
            update(OutboxEmail)
            .where(
                OutboxEmail.id.in_(chosen),
                OutboxEmail.sent_at.is_(None),
                or_(OutboxEmail.next_attempt_at.is_(None), OutboxEmail.next_attempt_at <= moment + MAX_RETRY),
            )
            .values(next_attempt_at=moment)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]
