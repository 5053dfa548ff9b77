"""Dates, numbers and money for the user's locale, with babel.

Lists format thousands of timestamps: the date part and the time part are each formatted once by babel and
remembered, then put together with the locale's own date-time pattern, exactly as babel would. Years are
always shown in full: a locale's pattern with a two-digit year (German dd.MM.yy) is widened to four digits.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_datetime_format, get_timezone
from babel.numbers import format_currency, format_decimal

CACHE_SIZE = 4096
DATE_STYLES = ("short", "medium", "long", "full")
_YEAR_OR_QUOTED = re.compile(r"'[^']*'|y+")


def four_digit_years(pattern: str) -> str:
    """A date pattern with its year in four digits (dd.MM.yy -> dd.MM.yyyy, dd/MM/y -> dd/MM/yyyy), in the
    locale's order and separators; quoted text is kept. Babel's (CLDR) and Qt's patterns both write years as y."""
    return _YEAR_OR_QUOTED.sub(lambda match: match.group() if match.group().startswith("'") else "yyyy", pattern)


class Formatter:
    """Formats values for one locale; built once per language change, shared by the UI."""

    def __init__(self, language: str = "en", timezone: tzinfo | None = None) -> None:
        try:
            self.locale = Locale.parse(language.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            self.locale = Locale.parse("en")
        self.timezone = timezone or get_timezone()
        locale = self.locale
        self._date = lru_cache(maxsize=CACHE_SIZE)(
            lambda value, style: format_date(value, self.date_pattern(style), locale=locale)
        )
        self._time = lru_cache(maxsize=CACHE_SIZE)(lambda value, style: format_time(value, style, locale=locale))
        self._pattern = lru_cache(maxsize=8)(
            lambda style: get_datetime_format(style, locale=locale).replace("'", "")
        )

    def date_pattern(self, style: str = "short") -> str:
        """The locale's date pattern of ``style`` with a four-digit year; any other ``style`` is a pattern."""
        if style not in DATE_STYLES:
            return style
        return four_digit_years(self.locale.date_formats[style].pattern)

    def date(self, value: date | None, style: str = "short") -> str:
        if value is None:
            return ""
        return self._date(value, style)  # type: ignore[no-any-return]

    def datetime(self, value: datetime | None, style: str = "short") -> str:
        """A UTC timestamp shown in the user's time zone."""
        if value is None:
            return ""
        local = value.astimezone(self.timezone)
        # Short and medium styles show minutes or seconds at most.
        moment = time(local.hour, local.minute, local.second)
        pattern: str = self._pattern(style)
        return pattern.replace("{0}", self._time(moment, style)).replace("{1}", self._date(local.date(), style))

    def number(self, value: int | Decimal) -> str:
        return format_decimal(value, locale=self.locale)

    def amount(self, value: Decimal | None) -> str:
        """A money amount without its currency, with its two decimals, as the agent types it back."""
        if value is None:
            return ""
        return format_decimal(value, format="#,##0.00", locale=self.locale)

    def money(self, value: Decimal | None, currency: str = "EUR") -> str:
        if value is None:
            return ""
        return format_currency(value, currency, locale=self.locale)
