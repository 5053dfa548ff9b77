"""Time spent on a work order (SPEC sections 1 and 2): added, changed and deleted entries, and the order's totals.

An entry has a technician (an active agent, or nobody), a rate (an active rate, or none: no amount), a start and
an end (timezone-aware, stored in UTC to the second; the end after the start, at most :data:`MAX_DURATION`
later), whether it is billable, and a description. The rate's hourly amount and currency are copied onto the
entry when it is added or given another rate, so that a later change of the rate leaves recorded time as it
was billed. Anyone may add time to an order that is not closed; only the entry's author or an administrator
may change or delete it. Each change writes a ``time_entry`` activity entry on the order (``field``
``time_added``, ``time_changed`` or ``time_deleted``; ``text`` a summary in the author's language;
``old_value``/``new_value`` the interval as ``start/end`` in ISO 8601) in the same transaction, and a refusal
writes nothing. Entries of one technician may overlap: :func:`overlaps` lists them so that the agent is warned.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.db.engine import Database
from desktop.db.models import Rate, TimeEntry, User, WorkOrder
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import CENT
from desktop.domain.permissions import Permission
from desktop.domain.values import LONG_TEXT_LENGTH, check_text, check_whole_number
from desktop.domain.workorders import ActivityKind, Status
from desktop.services import activity
from desktop.services.actor import Actor, acting_user
from desktop.services.email_language import EmailWriter, sender_language

# One entry is one stretch of work: a longer one is a timer left running or a typing mistake.
MAX_DURATION = timedelta(hours=24)
# Time is recorded between these moments; anything outside is a typing mistake.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)

CONTEXT = "TimeEntries"
ADDED, CHANGED, DELETED = "time_added", "time_changed", "time_deleted"
DESCRIPTION = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Description"))

SUMMARY = QT_TRANSLATE_NOOP("TimeEntries", "{technician}: {start} – {end} ({duration}), {rate}, {billable}")
NO_TECHNICIAN = QT_TRANSLATE_NOOP("TimeEntries", "no technician")
NO_RATE = QT_TRANSLATE_NOOP("TimeEntries", "no rate")
RATE_AMOUNT = QT_TRANSLATE_NOOP("TimeEntries", "{rate} at {amount} an hour")
BILLABLE = QT_TRANSLATE_NOOP("TimeEntries", "billable")
NOT_BILLABLE = QT_TRANSLATE_NOOP("TimeEntries", "not billable")
WAS = QT_TRANSLATE_NOOP("TimeEntries", "Was: {summary}")


@dataclass(frozen=True)
class TimeEntryFields:
    """What the agent enters for a time entry; the moments timezone-aware."""

    technician_id: int | None
    rate_id: int | None
    started_at: datetime
    ended_at: datetime
    billable: bool = True
    description: str = ""


@dataclass(frozen=True)
class TimeEntryRow:
    """A stored entry with the names it refers to."""

    id: int
    work_order_id: int
    technician_id: int | None
    technician: str | None
    rate_id: int | None
    rate: str | None
    hourly_amount: Decimal
    currency: str | None
    started_at: datetime
    ended_at: datetime
    billable: bool
    description: str
    user_id: int | None
    author: str | None
    version: int

    @property
    def duration(self) -> timedelta:
        return self.ended_at - self.started_at

    @property
    def amount(self) -> Decimal:
        """The time at the entry's hourly amount, to the cent (billable or not)."""
        return amount_for(self.duration, self.hourly_amount)

    @property
    def fields(self) -> TimeEntryFields:
        return TimeEntryFields(
            self.technician_id, self.rate_id, self.started_at, self.ended_at, self.billable, self.description
        )


@dataclass(frozen=True)
class TimeSummary:
    """An order's time: its entries by start, the total time, and the billable time and amount per currency."""

    work_order_id: int
    number: int
    status: Status
    entries: tuple[TimeEntryRow, ...]
    total: timedelta
    billable_time: timedelta
    billable_amounts: dict[str, Decimal]  # currency -> amount; entries without a rate add no amount


@dataclass(frozen=True)
class Overlap:
    """Another entry of the same technician that shares some of the time."""

    id: int
    number: int  # of its work order
    started_at: datetime
    ended_at: datetime


def amount_for(duration: timedelta, hourly_amount: Decimal) -> Decimal:
    """``duration`` at ``hourly_amount``, rounded to the cent."""
    seconds = Decimal(int(duration.total_seconds()))
    return (seconds * hourly_amount / Decimal(3600)).quantize(CENT, rounding=ROUND_HALF_UP)


# --- checks --------------------------------------------------------------------------------------------------


def a_moment(value: object) -> datetime:
    """``value`` as a UTC moment to the second, when it is a timezone-aware date and time in the range time is
    recorded in."""
    if not isinstance(value, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is not a date and time."))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A date and time without its time zone cannot be stored."))
    try:
        moment = value.astimezone(UTC).replace(microsecond=0)
    except (OverflowError, ValueError):
        raise ValueRefused(
            QT_TRANSLATE_NOOP("Errors", "The date {value} is out of range: it cannot be stored."), value=value.date()
        ) from None
    if not EARLIEST <= moment < LATEST:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Time can only be recorded between the years {first} and {last}."),
            first=EARLIEST.year,
            last=LATEST.year - 1,
        )
    return moment


def check_interval(started: object, ended: object) -> tuple[datetime, datetime]:
    """The start and the end in UTC, when the end is after the start and no more than a day later."""
    start, end = a_moment(started), a_moment(ended)
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end must be after the start."))
    if end - start > MAX_DURATION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A time entry lasts at most {hours} hours: split longer work into several entries."
            ),
            hours=int(MAX_DURATION.total_seconds() // 3600),
        )
    return start, end


def _technician(session: Session, technician_id: object, kept: int | None) -> User | None:
    if technician_id is None:
        return None
    user = session.get(User, check_whole_number(technician_id))  # type: ignore[arg-type]
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The agent no longer exists."))
    if not user.active and user.id != kept:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is no longer an active agent: choose another one."),
            name=user.display_name,
        )
    return user


def _rate(session: Session, rate_id: object, kept: int | None) -> Rate | None:
    if rate_id is None:
        return None
    rate = session.get(Rate, check_whole_number(rate_id))  # type: ignore[arg-type]
    if rate is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This rate no longer exists."))
    if not rate.active and rate.id != kept:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The rate “{name}” is archived: choose another one."), name=rate.name
        )
    return rate


def _description(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=DESCRIPTION)
    return check_text(value.strip(), LONG_TEXT_LENGTH, multiline=True, field=DESCRIPTION)


def _billable(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))
    return value


def order_for_time(session: Session, work_order_id: object) -> WorkOrder:
    """The work order time is recorded on, locked; refused when it does not exist or is closed."""
    order = session.get(WorkOrder, check_whole_number(work_order_id), with_for_update=True)  # type: ignore[arg-type]
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."))
    if order.status is Status.CLOSED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Work order {number} is closed: its time can no longer change."),
            number=order.number,
        )
    return order


# --- changes -------------------------------------------------------------------------------------------------


def _summary(writer: EmailWriter, entry: TimeEntry, technician: User | None, rate: Rate | None) -> str:
    fmt = writer.formatter
    if rate is None:
        rate_text = writer.text(NO_RATE, context=CONTEXT)
    else:
        amount = fmt.money(entry.hourly_amount, entry.currency or rate.currency)
        rate_text = writer.text(RATE_AMOUNT, context=CONTEXT, rate=rate.name, amount=amount)
    line = writer.text(
        SUMMARY,
        context=CONTEXT,
        technician=technician.display_name if technician is not None else writer.text(NO_TECHNICIAN, context=CONTEXT),
        start=fmt.datetime(entry.started_at, "medium"),
        end=fmt.datetime(entry.ended_at, "medium"),
        duration=hours_and_minutes(entry.ended_at - entry.started_at),
        rate=rate_text,
        billable=writer.text(BILLABLE if entry.billable else NOT_BILLABLE, context=CONTEXT),
    )
    return f"{line}\n{entry.description}" if entry.description else line


def hours_and_minutes(duration: timedelta) -> str:
    """``2:05`` for two hours and five minutes (seconds dropped)."""
    minutes = int(duration.total_seconds()) // 60
    return f"{minutes // 60}:{minutes % 60:02d}"


def _interval(entry: TimeEntry) -> str:
    return f"{entry.started_at.isoformat()}/{entry.ended_at.isoformat()}"


def _entry_row(session: Session, entry_id: object) -> TimeEntry:
    entry = session.get(TimeEntry, check_whole_number(entry_id), with_for_update=True)  # type: ignore[arg-type]
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This time entry no longer exists."))
    return entry


def _check_author(user: User, entry: TimeEntry) -> None:
    """``user`` (the actor's account as stored now, not the copy taken at sign-in) recorded the entry or is an
    administrator."""
    if entry.user_id != user.id and not Actor.of(user).can(Permission.ADMIN):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only the agent who recorded this time, or an administrator, can change it.")
        )


def _check_version(entry: TimeEntry, version: object) -> None:
    check_whole_number(version)  # type: ignore[arg-type]
    if entry.version != version:
        error = ConcurrentChange(
            QT_TRANSLATE_NOOP(
                "Errors", "This time entry was changed by someone else since you opened it. Reload it and try again."
            )
        )
        error.current_version = entry.version
        raise error


def add_time_entry(db: Database, actor: Actor, work_order_id: int, fields: TimeEntryFields) -> int:
    """Record time on the order; returns the entry's id."""
    start, end = check_interval(fields.started_at, fields.ended_at)
    billable = _billable(fields.billable)
    description = _description(fields.description)
    with db.transaction() as session:
        acting_user(session, actor)
        order = order_for_time(session, work_order_id)
        technician = _technician(session, fields.technician_id, None)
        rate = _rate(session, fields.rate_id, None)
        entry = TimeEntry(
            work_order_id=order.id,
            technician_id=technician.id if technician is not None else None,
            rate_id=rate.id if rate is not None else None,
            hourly_amount=rate.hourly_amount if rate is not None else Decimal("0.00"),
            currency=rate.currency if rate is not None else None,
            started_at=start,
            ended_at=end,
            billable=billable,
            description=description,
            user_id=actor.user_id,
        )
        session.add(entry)
        session.flush()
        writer = EmailWriter(sender_language(actor.language))
        activity.record(
            session,
            order,
            actor,
            ActivityKind.TIME_ENTRY,
            field=ADDED,
            new=_interval(entry),
            text=_summary(writer, entry, technician, rate),
        )
        return entry.id


def save_time_entry(db: Database, actor: Actor, entry_id: int, version: int, fields: TimeEntryFields) -> int:
    """Change an entry read at ``version`` (its author or an administrator); returns its new version.

    The entry keeps the hourly amount it was recorded at unless it is given another rate.
    """
    start, end = check_interval(fields.started_at, fields.ended_at)
    billable = _billable(fields.billable)
    description = _description(fields.description)
    with db.transaction() as session:
        user = acting_user(session, actor)
        entry = _entry_row(session, entry_id)
        _check_author(user, entry)
        _check_version(entry, version)
        order = order_for_time(session, entry.work_order_id)
        technician = _technician(session, fields.technician_id, entry.technician_id)
        rate = _rate(session, fields.rate_id, entry.rate_id)
        writer = EmailWriter(sender_language(actor.language))
        before = _summary(writer, entry, _user(session, entry.technician_id), _rate_of(session, entry.rate_id))
        old_interval = _interval(entry)
        new_rate_id = rate.id if rate is not None else None
        if new_rate_id != entry.rate_id:
            entry.hourly_amount = rate.hourly_amount if rate is not None else Decimal("0.00")
            entry.currency = rate.currency if rate is not None else None
        entry.rate_id = new_rate_id
        entry.technician_id = technician.id if technician is not None else None
        entry.started_at, entry.ended_at = start, end
        entry.billable = billable
        entry.description = description
        after = _summary(writer, entry, technician, rate)
        if not session.is_modified(entry):
            return entry.version
        session.flush()
        activity.record(
            session,
            order,
            actor,
            ActivityKind.TIME_ENTRY,
            field=CHANGED,
            old=old_interval,
            new=_interval(entry),
            text=f"{after}\n{writer.text(WAS, context=CONTEXT, summary=before)}",
        )
        return entry.version


def delete_time_entry(db: Database, actor: Actor, entry_id: int, version: int) -> None:
    """Delete an entry read at ``version`` (its author or an administrator)."""
    with db.transaction() as session:
        user = acting_user(session, actor)
        entry = _entry_row(session, entry_id)
        _check_author(user, entry)
        _check_version(entry, version)
        order = order_for_time(session, entry.work_order_id)
        writer = EmailWriter(sender_language(actor.language))
        summary = _summary(writer, entry, _user(session, entry.technician_id), _rate_of(session, entry.rate_id))
        activity.record(
            session, order, actor, ActivityKind.TIME_ENTRY, field=DELETED, old=_interval(entry), text=summary
        )
        session.delete(entry)
        session.flush()


def _user(session: Session, user_id: int | None) -> User | None:
    return session.get(User, user_id) if user_id is not None else None


def _rate_of(session: Session, rate_id: int | None) -> Rate | None:
    return session.get(Rate, rate_id) if rate_id is not None else None


# --- reading -------------------------------------------------------------------------------------------------


def work_order_id(db: Database, number: int) -> int:
    """The id of the order numbered ``number``."""
    with db.reading() as session:
        found = session.scalar(select(WorkOrder.id).where(WorkOrder.number == check_whole_number(number)))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
    return found


def _rows(session: Session, *conditions: object) -> list[TimeEntryRow]:
    technician, author = aliased(User), aliased(User)
    query = (
        select(
            TimeEntry.id,
            TimeEntry.work_order_id,
            TimeEntry.technician_id,
            technician.display_name,
            TimeEntry.rate_id,
            Rate.name,
            TimeEntry.hourly_amount,
            TimeEntry.currency,
            TimeEntry.started_at,
            TimeEntry.ended_at,
            TimeEntry.billable,
            TimeEntry.description,
            TimeEntry.user_id,
            author.display_name,
            TimeEntry.version,
        )
        .outerjoin(technician, technician.id == TimeEntry.technician_id)
        .outerjoin(Rate, Rate.id == TimeEntry.rate_id)
        .outerjoin(author, author.id == TimeEntry.user_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(TimeEntry.started_at, TimeEntry.id)
    )
    return [TimeEntryRow(*row) for row in session.execute(query)]


def get_time_entry(db: Database, entry_id: int) -> TimeEntryRow:
    with db.reading() as session:
        rows = _rows(session, TimeEntry.id == check_whole_number(entry_id))
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This time entry no longer exists."))
    return rows[0]


def time_summary(db: Database, work_order_id: int) -> TimeSummary:
    """The order's entries and totals."""
    with db.reading() as session:
        order = session.execute(
            select(WorkOrder.number, WorkOrder.status).where(WorkOrder.id == check_whole_number(work_order_id))
        ).first()
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."))
        rows = _rows(session, TimeEntry.work_order_id == work_order_id)
    total = timedelta()
    billable_time = timedelta()
    amounts: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for row in rows:
        total += row.duration
        if row.billable:
            billable_time += row.duration
            if row.currency is not None:
                amounts[row.currency] += row.amount
    return TimeSummary(
        work_order_id, order.number, order.status, tuple(rows), total, billable_time, dict(sorted(amounts.items()))
    )


def overlaps(
    db: Database, technician_id: int | None, started_at: datetime, ended_at: datetime, except_id: int | None = None
) -> list[Overlap]:
    """The technician's other entries sharing some of the time from ``started_at`` to ``ended_at``."""
    if technician_id is None:
        return []
    start, end = a_moment(started_at), a_moment(ended_at)
    query = (
        select(TimeEntry.id, WorkOrder.number, TimeEntry.started_at, TimeEntry.ended_at)
        .join(WorkOrder, WorkOrder.id == TimeEntry.work_order_id)
        .where(
            TimeEntry.technician_id == check_whole_number(technician_id),
            TimeEntry.started_at < end,
            TimeEntry.ended_at > start,
        )
        .order_by(TimeEntry.started_at, TimeEntry.id)
    )
    if except_id is not None:
        query = query.where(TimeEntry.id != check_whole_number(except_id))
    with db.reading() as session:
        return [Overlap(*row) for row in session.execute(query)]


__all__ = [
    "ADDED",
    "CHANGED",
    "DELETED",
    "MAX_DURATION",
    "Overlap",
    "TimeEntryFields",
    "TimeEntryRow",
    "TimeSummary",
    "a_moment",
    "add_time_entry",
    "amount_for",
    "check_interval",
    "delete_time_entry",
    "get_time_entry",
    "hours_and_minutes",
    "order_for_time",
    "overlaps",
    "save_time_entry",
    "time_summary",
    "work_order_id",
]
