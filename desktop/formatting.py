"""Dates, numbers and money for the user's locale, with babel."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, get_timezone
from babel.numbers import format_currency, format_decimal


class Formatter:
    """Formats values for one locale; built once per language change, shared by the UI."""

    def __init__(self, language: str = "en", timezone: tzinfo | None = None) -> None:
        try:
            self.locale = Locale.parse(language.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            self.locale = Locale.parse("en")
        self.timezone = timezone or get_timezone()

    def date(self, value: date | None, style: str = "short") -> str:
        if value is None:
            return ""
        return format_date(value, format=style, locale=self.locale)

    def datetime(self, value: datetime | None, style: str = "short") -> str:
        """A UTC timestamp shown in the user's time zone."""
        if value is None:
            return ""
        return format_datetime(value, format=style, tzinfo=self.timezone, locale=self.locale)

    def number(self, value: int | Decimal) -> str:
        return format_decimal(value, locale=self.locale)

    def money(self, value: Decimal | None, currency: str = "EUR") -> str:
        if value is None:
            return ""
        return format_currency(value, currency, locale=self.locale)
