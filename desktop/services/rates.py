"""The hourly rates time is recorded at (SPEC section 1), kept by administrators.

A rate has a name (unique whatever its case, at most 80 characters), an hourly amount (Decimal, at least zero, to
the cent) and an ISO 4217 currency. Rates are archived, never deleted: the time entries recorded at one keep it,
and keep the amount they copied when they were saved. Every change needs :attr:`Permission.ADMIN`, runs in one
transaction with its change-log entries (``Record.RATE``) and writes nothing when it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Rate
from desktop.domain.currencies import check_currency
from desktop.domain.errors import NotFound, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import MONEY_MAX
from desktop.domain.permissions import Permission
from desktop.domain.records import ChangeAction, Record
from desktop.domain.values import check_text, check_whole_number
from desktop.services.actor import Actor, acting_user
from desktop.services.change_log import check_version, log_change, log_field_changes

RATE_NAME_MAX_LENGTH = 80  # rate.name
RATE_NAME = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Rate name"))


@dataclass(frozen=True)
class RateRow:
    """A rate as lists and combo boxes show it."""

    id: int
    name: str
    hourly_amount: Decimal
    currency: str
    active: bool
    version: int


@dataclass(frozen=True)
class RateFields:
    """What an administrator types for a rate."""

    name: str
    hourly_amount: Decimal
    currency: str


def list_rates(db: Database, include_archived: bool = False) -> list[RateRow]:
    """The rates by name (archived ones too when ``include_archived``); any agent may read them."""
    query = select(Rate)
    if not include_archived:
        query = query.where(Rate.active.is_(True))
    with db.reading() as session:
        rows = [
            RateRow(rate.id, rate.name, rate.hourly_amount, rate.currency, rate.active, rate.version)
            for rate in session.scalars(query)
        ]
    return sorted(rows, key=lambda row: (not row.active, row.name.casefold(), row.id))


def check_hourly_amount(value: object) -> Decimal:
    """``value`` when it is an hourly amount a rate can have: a Decimal of at least zero, to the cent."""
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The hourly amount must be an amount, such as 85.00."))
    amount = Decimal(value)
    if not amount.is_finite() or abs(amount) > MONEY_MAX:
        raise ValueRefused(
            QT_TRANSLATE_NOOP("Errors", "{value} is not an amount that can be stored."), value=str(value)[:40]
        )
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An hourly amount cannot be negative."))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An hourly amount has at most two decimals: {value} has more."),
            value=str(value)[:40],
        )
    return amount.quantize(Decimal("0.01"))


def _checked(session: Session, fields: RateFields, rate_id: int | None) -> RateFields:
    if not isinstance(fields.name, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=RATE_NAME)
    name = check_text(fields.name.strip(), RATE_NAME_MAX_LENGTH, multiline=False, field=RATE_NAME)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The rate needs a name."))
    amount = check_hourly_amount(fields.hourly_amount)
    currency = check_currency(fields.currency)
    taken = session.scalar(
        select(Rate.id).where(func.lower(Rate.name, type_=Rate.name.type) == name.lower(), Rate.id != (rate_id or 0))
    )
    if taken is not None:
        raise _name_taken(name)
    return RateFields(name, amount, currency)


def _name_taken(name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "A rate named “{name}” already exists."), name=name)


def _flush(session: Session, name: str) -> None:
    """Write now; a name another transaction took meanwhile is refused as existing already."""
    try:
        session.flush()
    except IntegrityError:
        raise _name_taken(name) from None


def create_rate(db: Database, actor: Actor, fields: RateFields) -> int:
    """A new active rate; returns its id."""
    actor.require(Permission.ADMIN)
    with db.transaction() as session:
        acting_user(session, actor, Permission.ADMIN)
        checked = _checked(session, fields, None)
        rate = Rate(name=checked.name, hourly_amount=checked.hourly_amount, currency=checked.currency)
        session.add(rate)
        _flush(session, checked.name)
        log_change(session, actor, Record.RATE, rate.id, ChangeAction.CREATED, new=checked.name)
        log_field_changes(
            session,
            actor,
            Record.RATE,
            rate.id,
            {"hourly_amount": (None, checked.hourly_amount), "currency": (None, checked.currency)},
        )
        return rate.id


def _locked(session: Session, rate_id: int) -> Rate:
    rate = session.get(Rate, check_whole_number(rate_id), with_for_update=True)
    if rate is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This rate no longer exists."))
    return rate


def save_rate(db: Database, actor: Actor, rate_id: int, version: int, fields: RateFields) -> int:
    """Change a rate read at ``version``; returns its new version. Time already recorded keeps its amount."""
    actor.require(Permission.ADMIN)
    with db.transaction() as session:
        acting_user(session, actor, Permission.ADMIN)
        rate = _locked(session, rate_id)
        check_version(session, Record.RATE, rate, version, rate.name)
        checked = _checked(session, fields, rate.id)
        changes = {
            "name": (rate.name, checked.name),
            "hourly_amount": (rate.hourly_amount, checked.hourly_amount),
            "currency": (rate.currency, checked.currency),
        }
        if all(old == new for old, new in changes.values()):
            return rate.version
        rate.name, rate.hourly_amount, rate.currency = checked.name, checked.hourly_amount, checked.currency
        _flush(session, checked.name)
        log_field_changes(session, actor, Record.RATE, rate.id, changes)
        return rate.version


def set_rate_active(db: Database, actor: Actor, rate_id: int, version: int, active: bool) -> int:
    """Archive (no longer offered for new time) or restore a rate; returns its version."""
    actor.require(Permission.ADMIN)
    if not isinstance(active, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This value must be yes or no."))
    with db.transaction() as session:
        acting_user(session, actor, Permission.ADMIN)
        rate = _locked(session, rate_id)
        check_version(session, Record.RATE, rate, version, rate.name)
        if rate.active == active:
            return rate.version
        rate.active = active
        session.flush()
        log_change(session, actor, Record.RATE, rate.id, ChangeAction.RESTORED if active else ChangeAction.ARCHIVED)
        return rate.version


def archive_rate(db: Database, actor: Actor, rate_id: int, version: int) -> int:
    return set_rate_active(db, actor, rate_id, version, False)


def restore_rate(db: Database, actor: Actor, rate_id: int, version: int) -> int:
    return set_rate_active(db, actor, rate_id, version, True)


__all__ = [
    "RATE_NAME_MAX_LENGTH",
    "RateFields",
    "RateRow",
    "archive_rate",
    "check_hourly_amount",
    "create_rate",
    "list_rates",
    "restore_rate",
    "save_rate",
    "set_rate_active",
]
