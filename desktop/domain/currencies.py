"""Currencies of contracts: ISO 4217 codes, and their names in the user's language (from babel's CLDR)."""

from __future__ import annotations

from functools import lru_cache

from babel.core import get_global
from babel.numbers import get_currency_name, list_currencies

from desktop.domain.code_lists import cldr_locale, known_code, shown_code
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP


@lru_cache(maxsize=1)
def current_codes() -> frozenset[str]:
    """The codes of the currencies that are legal tender somewhere today (in babel's CLDR), as the list offers."""
    return frozenset(
        code
        for held in get_global("territory_currencies").values()
        for code, _start, end, tender in held
        if end is None and tender
    )


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Every code a contract's currency may have: a current currency, or one that was replaced (a contract may
    have been made in it). Not the ISO 4217 codes that are not money a contract is paid in (X..: gold, silver,
    special drawing rights, "no currency", the code kept for tests), unless a currency has it (XAF, XOF...)."""
    return frozenset(
        code
        for code in list_currencies()
        if len(code) == 3
        and code.isascii()
        and code.isalpha()
        and code.isupper()
        and (not code.startswith("X") or code in current_codes())
    )


def check_currency(code: object) -> str:
    """``code`` as stored (stripped, upper case) when it is an ISO 4217 currency code; else a translated
    ValidationError."""
    text = known_code(code, currency_codes())
    if text is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a currency code (three letters, such as EUR, GBP or USD)."),
            code=shown_code(code),
        )
    return text


def currency_name(code: str, language: str = "en") -> str:
    """The currency's name in ``language`` (a locale name such as ``fr`` or ``de_DE``); the code when unknown."""
    if code not in currency_codes():
        return code
    return str(get_currency_name(code, locale=cldr_locale(language)))


@lru_cache(maxsize=8)
def currencies(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) of every current currency, by code: the list a new contract's currency is chosen from (a
    replaced one can still be typed as its code)."""
    return tuple((code, currency_name(code, language)) for code in sorted(current_codes() & currency_codes()))


__all__ = ["check_currency", "currencies", "currency_codes", "currency_name", "current_codes"]
