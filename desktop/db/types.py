"""Column types shared by the models: checked text and whole numbers, UTC timestamps and money.

Every value bound to a statement, written or looked up, passes the checks of :mod:`desktop.domain.values`
on its way in: a value the database cannot store is refused with a ``ValueRefused`` before the statement
runs (the engine hands that error on as it is, see ``desktop.db.failures``), identically on SQLite and
PostgreSQL. A model declares a column's limit once, with its type: ``Line(200)``, ``LongText()``, ``int``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Integer, Numeric, SmallInteger, String, Text
from sqlalchemy.types import TypeDecorator, TypeEngine

from desktop.domain.errors import ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import to_money
from desktop.domain.values import (
    A_VALUE,
    INT16_MAX,
    INT16_MIN,
    INT32_MAX,
    INT32_MIN,
    LONG_TEXT_LENGTH,
    check_text,
    check_whole_number,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Labelled:
    """A type that names its column in its refusals (set once the tables are built, see ``label_columns``)."""

    field: Message = A_VALUE


class Int32(TypeDecorator[int]):
    """A whole number within PostgreSQL's ``integer`` range, on every database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: Dialect) -> int | None:
        if value is None or (value.__class__ is int and INT32_MIN <= value <= INT32_MAX):
            return value
        return check_whole_number(value, INT32_MIN, INT32_MAX)


class Int16(TypeDecorator[int]):
    """A small whole number within PostgreSQL's ``smallint`` range."""

    impl = SmallInteger
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return check_whole_number(value, INT16_MIN, INT16_MAX)


class Line(Labelled, TypeDecorator[str]):
    """One line of text of at most ``length`` characters: no control characters."""

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.max_length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return check_text(value, self.max_length, multiline=False, field=self.field)


class LongText(Labelled, TypeDecorator[str]):
    """Text of several lines (tabs and line breaks allowed), at most ``length`` characters."""

    impl = Text
    cache_ok = True

    def __init__(self, length: int = LONG_TEXT_LENGTH) -> None:
        super().__init__()
        self.max_length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return check_text(value, self.max_length, multiline=True, field=self.field)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database (SQLite stores it naive, in UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is expected")
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            raise ValueRefused(
                QT_TRANSLATE_NOOP("Errors", "The date {value} is out of range: it cannot be stored."),
                value=value.date(),
            ) from None
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """An amount in a currency: Decimal to the cent, never float."""

    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            # SQLite has no decimal type: amounts go in as text and come back as int or float, which
            # the result processor turns into an exact Decimal to the cent.
            return dialect.type_descriptor(Numeric(14, 2, asdecimal=False))
        return dialect.type_descriptor(Numeric(14, 2))

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        amount = to_money(value)
        return str(amount) if dialect.name == "sqlite" else amount

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return to_money(repr(value) if isinstance(value, float) else value)
