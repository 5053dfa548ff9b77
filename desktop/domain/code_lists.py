"""What the code lists named from babel's CLDR (countries, currencies) share: the locale their names are given
in, and how a code typed is read."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError


def cldr_locale(language: str) -> Locale:
    """The babel locale of ``language`` (a locale name such as ``fr`` or ``de-DE``); English when unknown."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale("en")


def known_code(code: object, codes: frozenset[str]) -> str | None:
    """``code`` as stored (stripped, upper case) when it is one of ``codes``; None otherwise."""
    text = code.strip().upper() if isinstance(code, str) else ""
    return text if text in codes else None


def shown_code(code: object) -> str:
    """The beginning of ``code`` as a refusal names it (nothing when it is not text)."""
    return code[:20] if isinstance(code, str) else ""


__all__ = ["cldr_locale", "known_code", "shown_code"]
