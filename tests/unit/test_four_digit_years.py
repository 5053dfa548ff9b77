"""Every date Bureau shows has its year in four digits, in the order and with the separators of the locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.formatting import Formatter, four_digit_years

LANGUAGES = ["en", "en_GB", "fr", "de", "nl"]
DAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("language", "short"),
    [("en", "12/3/2026"), ("en_GB", "03/12/2026"), ("fr", "03/12/2026"), ("de", "03.12.2026"), ("nl", "03-12-2026")],
)
def test_a_short_date_keeps_the_locale_order_and_shows_the_whole_year(language: str, short: str) -> None:
    assert Formatter(language).date(DAY) == short


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("style", ["short", "medium", "long", "full"])
def test_every_style_shows_the_year_in_full(language: str, style: str) -> None:
    formatter = Formatter(language)
    assert "2026" in formatter.date(DAY, style)
    assert "2026" in formatter.datetime(datetime(2026, 12, 3, 9, 30, tzinfo=UTC), style)
    assert "26" not in formatter.date(date(2031, 1, 5), style).replace("2031", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_and_time_shows_the_year_in_full(language: str) -> None:
    shown = Formatter(language).datetime(datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    assert Formatter(language).date(DAY) in shown


def test_early_years_are_padded_to_four_digits() -> None:
    assert Formatter("de").date(date(987, 6, 5)) == "05.06.0987"


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        ("dd.MM.yy", "dd.MM.yyyy"),  # German, in babel and in Qt
        ("M/d/yy", "M/d/yyyy"),
        ("dd/MM/y", "dd/MM/yyyy"),  # CLDR's unpadded year
        ("dd-MM-yyyy", "dd-MM-yyyy"),  # already in full
        ("d 'de' MMMM 'de' y", "d 'de' MMMM 'de' yyyy"),
        ("'day' d 'of year' yy", "'day' d 'of year' yyyy"),  # quoted text is not a year
    ],
)
def test_widening_a_pattern_changes_only_the_year(pattern: str, widened: str) -> None:
    assert four_digit_years(pattern) == widened
