"""Currencies of contracts: ISO 4217 codes, and their names in the user's language (from babel's CLDR)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, list_currencies

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# ISO 4217 codes that are not money a contract is paid in: "no currency" and the code kept for tests.
_NOT_MONEY = frozenset({"XXX", "XTS"})


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Every code a contract's currency may have."""
    return (
        frozenset(
            code
            for code in list_currencies()
            if len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()
        )
        - _NOT_MONEY
    )


def check_currency(code: object) -> str:
    """``code`` as stored (stripped, upper case) when it is an ISO 4217 currency code; else a translated
    ValidationError."""
    text = code.strip().upper() if isinstance(code, str) else ""
    if text not in currency_codes():
        shown = code if isinstance(code, str) else ""
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a currency code (three letters, such as EUR, GBP or USD)."),
            code=shown[:20],
        )
    return text


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale("en")


def currency_name(code: str, language: str = "en") -> str:
    """The currency's name in ``language`` (a locale name such as ``fr`` or ``de_DE``); the code when unknown."""
    if code not in currency_codes():
        return code
    return str(get_currency_name(code, locale=_locale(language)))


@lru_cache(maxsize=8)
def currencies(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) of every currency, by code."""
    return tuple((code, currency_name(code, language)) for code in sorted(currency_codes()))


__all__ = ["check_currency", "currencies", "currency_codes", "currency_name"]
