"""Hypothesis strategies for values no service may store or use: numbers beyond the database's integer,
text with characters no field takes or longer than its column, amounts that are not amounts, extreme dates,
unknown roles and languages."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from desktop.domain.errors import ValidationError, ValueRefused
from desktop.domain.languages import LANGUAGES
from desktop.domain.permissions import DEFAULT_ROLES
from desktop.domain.values import INT32_MAX, INT32_MIN, LONG_TEXT_LENGTH

# Characters refused in every text field, and those refused in a single line only.
REFUSED_EVERYWHERE = ("\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f")
REFUSED_IN_LINE_ONLY = ("\t", "\n", "\r", "\x1c", "\x1f")
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)

# Text any field takes: letters, digits, punctuation and spaces, nothing a strip() would remove at the ends.
_PLAIN = st.characters(categories=["L", "N", "P", "S"], max_codepoint=0x2FFF)
GOOD_WORD = st.text(_PLAIN, min_size=1, max_size=12)


def good_line(max_size: int = 40) -> st.SearchStrategy[str]:
    """One line any single-line field of at least ``max_size`` characters stores."""
    return st.builds(
        lambda first, rest: (first + rest)[:max_size].strip() or first,
        GOOD_WORD,
        st.text(st.one_of(_PLAIN, st.just(" ")), max_size=max_size),
    )


def good_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Text of several lines any long text field stores."""
    return st.text(st.one_of(_PLAIN, st.sampled_from(" \t\n\r")), max_size=max_size)


OUT_OF_RANGE_INTS: st.SearchStrategy[int] = st.one_of(
    st.sampled_from([INT32_MAX + 1, INT32_MIN - 1, 2**32, 2**63 - 1, 2**63, 2**64, -(2**63), -(2**64), 2**70]),
    st.integers(min_value=INT32_MAX + 1, max_value=2**70),
    st.integers(min_value=-(2**70), max_value=INT32_MIN - 1),
)
# Ids no row has, within the database's range: a lookup finds nothing.
UNKNOWN_IDS: st.SearchStrategy[int] = st.integers(min_value=1_000_000, max_value=INT32_MAX)
BAD_IDS: st.SearchStrategy[int] = st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS)


def _embedded(bad: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A refused character between good words: stripping the text keeps it."""
    return st.builds(lambda before, char, after: before + char + after, GOOD_WORD, bad, GOOD_WORD)


def _too_long(max_length: int) -> st.SearchStrategy[str]:
    return st.builds(
        lambda extra, char: char * (max_length + extra),
        st.sampled_from([1, 2, 57, max_length]),
        st.sampled_from("xé字"),
    )


def bad_line(max_length: int) -> st.SearchStrategy[str]:
    """A single line its field refuses: a refused character, or more than ``max_length`` characters."""
    return st.one_of(
        _embedded(st.sampled_from(REFUSED_EVERYWHERE + REFUSED_IN_LINE_ONLY)),
        _embedded(SURROGATES),
        _too_long(max_length),
    )


def bad_text(max_length: int = LONG_TEXT_LENGTH) -> st.SearchStrategy[str]:
    """Text of several lines its field refuses (tabs and line breaks are allowed there)."""
    return st.one_of(
        _embedded(st.sampled_from(REFUSED_EVERYWHERE)),
        _embedded(SURROGATES),
        _too_long(max_length),
    )


BAD_AMOUNTS: st.SearchStrategy[Decimal] = st.one_of(
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("-NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
            Decimal("-Infinity"),
            Decimal("1E+30"),
            Decimal("1E12"),
            Decimal("-1E12"),
            Decimal("999999999999.995"),
            Decimal("1E+999999"),
        ]
    ),
    st.decimals(min_value=Decimal("1E12"), max_value=Decimal("1E40"), places=2),
    st.decimals(min_value=Decimal("-1E40"), max_value=Decimal("-1E12"), places=2),
)


def amount_refusal(amount: Decimal) -> type[ValidationError]:
    """The refusal an amount gets: a negative one breaks a rule of its own, the others cannot be stored."""
    return ValidationError if amount.is_finite() and amount < 0 else ValueRefused


EXTREME_DATES: st.SearchStrategy[date] = st.sampled_from(
    [date.min, date.max, date(9999, 12, 31), date(9999, 12, 30), date(1, 1, 2), date.min + timedelta(days=366)]
)

KNOWN_ROLES = tuple(DEFAULT_ROLES)
UNKNOWN_ROLES: st.SearchStrategy[str] = st.one_of(
    good_line(60).filter(lambda name: name not in DEFAULT_ROLES),
    st.sampled_from(["Agent", "ADMINISTRATOR", " agent", "agent ", ""]),
    bad_line(60),
)


def roles_with_an_unknown_one() -> st.SearchStrategy[list[str]]:
    """Role names, some of them repeated, and at least one no role has."""
    return st.builds(
        lambda known, unknown, at: [*known[:at], unknown, *known[at:]],
        st.lists(st.sampled_from(KNOWN_ROLES), max_size=4),
        UNKNOWN_ROLES,
        st.integers(min_value=0, max_value=4),
    )


UNKNOWN_LANGUAGES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(["", "EN", "fr_FR", "fr-FR", "es", "xx", "en ", "english", "nl\x00"]),
    good_line(12).filter(lambda code: code not in LANGUAGES),
    bad_line(10),
)


__all__ = [
    "BAD_AMOUNTS",
    "BAD_IDS",
    "EXTREME_DATES",
    "GOOD_WORD",
    "KNOWN_ROLES",
    "OUT_OF_RANGE_INTS",
    "REFUSED_EVERYWHERE",
    "REFUSED_IN_LINE_ONLY",
    "UNKNOWN_IDS",
    "UNKNOWN_LANGUAGES",
    "UNKNOWN_ROLES",
    "amount_refusal",
    "bad_line",
    "bad_text",
    "good_line",
    "good_text",
    "roles_with_an_unknown_one",
]
