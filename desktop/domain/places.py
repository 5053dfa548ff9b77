"""Countries of buildings: ISO 3166-1 alpha-2 codes, and their names in the user's language (from babel's CLDR)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from desktop.domain.code_lists import cldr_locale, known_code, shown_code
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Two-letter CLDR territories that are not countries one can put a building in.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every code a building's country may have."""
    territories = Locale("en").territories
    return frozenset(code for code in territories if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES)


def check_country(code: object) -> str:
    """``code`` as stored (stripped, upper case) when it is an ISO 3166-1 alpha-2 country code; else a
    translated ValidationError."""
    text = known_code(code, country_codes())
    if text is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{code}” is not a country code (two letters, such as FR, DE, NL or GB)."),
            code=shown_code(code),
        )
    return text


def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` (a locale name such as ``fr`` or ``de_DE``); the code when unknown."""
    return cldr_locale(language).territories.get(code, code)


@lru_cache(maxsize=8)
def countries(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, by name in ``language``."""
    names = cldr_locale(language).territories
    return tuple(
        sorted(((code, names.get(code, code)) for code in country_codes()), key=lambda pair: pair[1].casefold())
    )


__all__ = ["check_country", "countries", "country_codes", "country_name"]
