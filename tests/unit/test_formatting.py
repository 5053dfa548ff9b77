from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_datetime, get_datetime_format, get_timezone

from desktop.formatting import Formatter


@pytest.mark.parametrize("language", ["en", "en_GB", "fr", "de", "nl"])
@pytest.mark.parametrize("style", ["short", "medium"])
def test_remembered_parts_give_exactly_what_babel_gives(language: str, style: str) -> None:
    """Babel's own date-time, with the year in full."""
    zone = get_timezone("Europe/Paris")
    formatter = Formatter(language, zone)
    locale = formatter.locale
    pattern = (
        get_datetime_format(style, locale=locale)
        .replace("{0}", locale.time_formats[style].pattern)
        .replace("{1}", formatter.date_pattern(style))
    )
    moment = datetime(2026, 3, 28, 22, 59, 31, tzinfo=UTC)  # crosses a DST change in Paris
    for step in range(300):
        value = moment + timedelta(minutes=37 * step)
        assert formatter.datetime(value, style) == format_datetime(value, pattern, tzinfo=zone, locale=locale)


def test_money_and_numbers_follow_the_locale() -> None:
    assert Formatter("fr").money(Decimal("1234.50")) == "1\u202f234,50\xa0€"
    assert Formatter("de").money(Decimal("1234.50")) == "1.234,50\xa0€"
    assert Formatter("en").number(1234567) == "1,234,567"
