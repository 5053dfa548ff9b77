"""What a stored value may be: text lengths and characters, whole-number ranges
(money: ``desktop.domain.money``).

The database layer applies these checks to every value bound to a statement (see ``desktop.db.types``), so a
value that cannot be stored is refused with a :class:`ValueRefused` before anything is written, the same on
SQLite and PostgreSQL. The domain uses them directly where it validates input of its own (search text).
"""

from __future__ import annotations

import re

from desktop.domain.errors import ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

# PostgreSQL's integer and smallint; SQLite stores anything up to 2**63, the server does not.
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT16_MIN, INT16_MAX = -(2**15), 2**15 - 1
# Free text of several lines (descriptions, comments, instructions): about forty printed pages.
LONG_TEXT_LENGTH = 100_000

# Characters no text field takes: NUL and the other control characters, and lone surrogates (half of a
# UTF-16 pair, which no database encoding can store). Text of several lines also takes tab and line breaks.
_REFUSED_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_REFUSED_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

A_VALUE = Message("Fields", QT_TRANSLATE_NOOP("Fields", "A value"))


def check_text(value: str, max_length: int | None, *, multiline: bool, field: Message = A_VALUE) -> str:
    """``value`` if a text field can store it; else :class:`ValueRefused` naming ``field``."""
    if max_length is not None and len(value) > max_length:
        raise ValueRefused(
            QT_TRANSLATE_NOOP("Errors", "{field} is too long: {length} characters, at most {limit}."),
            field=field,
            length=len(value),
            limit=max_length,
        )
    if not value.isprintable():
        found = (_REFUSED_IN_TEXT if multiline else _REFUSED_IN_LINE).search(value)
        if found is not None:
            raise ValueRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "{field} holds a character that cannot be stored (code {code}): remove it."
                ),
                field=field,
                code=f"U+{ord(found.group()):04X}",
            )
    return value


def storable_text(value: str, max_length: int, *, multiline: bool) -> str:
    """``value`` made storable: the characters no field takes removed, cut to ``max_length`` (for text that
    comes from elsewhere, such as a mail server's answer, and is kept for information only)."""
    cleaned = (_REFUSED_IN_TEXT if multiline else _REFUSED_IN_LINE).sub("", value)
    return cleaned if len(cleaned) <= max_length else cleaned[: max_length - 1] + "…"


def check_whole_number(value: int, minimum: int = INT32_MIN, maximum: int = INT32_MAX) -> int:
    """``value`` if it is a whole number within [minimum, maximum]; else :class:`ValueRefused`."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ValueRefused(
            QT_TRANSLATE_NOOP("Errors", "The number {value} is out of range: it cannot be stored."),
            value=_short(value),
        )
    return value


def in_whole_number_range(value: object, minimum: int = INT32_MIN, maximum: int = INT32_MAX) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= maximum


def _short(value: object, limit: int = 40) -> str:
    """A value as an error message quotes it: never a wall of digits."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "A_VALUE",
    "INT16_MAX",
    "INT16_MIN",
    "INT32_MAX",
    "INT32_MIN",
    "LONG_TEXT_LENGTH",
    "check_text",
    "check_whole_number",
    "in_whole_number_range",
    "storable_text",
]
