"""The placeholders of quick-reply templates, and a template body filled in for one work order.

A body is text with placeholders in braces, filled in with the order's values when an agent replies:

============== ===================================================================
``{number}``   the work order's number
``{title}``    its title
``{client}``   the client's name
``{building}`` the building's name
``{contact}``  the name of the order's contact (empty when it has none)
``{assignee}`` the name of the agent it is assigned to (empty when unassigned)
``{due_date}`` its due date, written out in the reply's language (empty when none)
============== ===================================================================

``{{`` and ``}}`` write a brace itself. A body is read with :class:`string.Formatter`'s parser, as Python reads
a format string, and anything else in braces is refused when the template is saved: an unknown name, an empty
or numbered field (``{}``, ``{0}``), a format or a conversion (``{due_date:%d}``, ``{title!r}``), a brace not
closed or not opened. The refusals are translated :class:`ValidationError` naming what is wrong.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.languages import SOURCE_LANGUAGE

# Each placeholder and what it stands for (the help list of the templates' editor).
PLACEHOLDERS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("Placeholders", "The work order's number"),
    "title": QT_TRANSLATE_NOOP("Placeholders", "The work order's title"),
    "client": QT_TRANSLATE_NOOP("Placeholders", "The client's name"),
    "building": QT_TRANSLATE_NOOP("Placeholders", "The building's name"),
    "contact": QT_TRANSLATE_NOOP("Placeholders", "The contact's name"),
    "assignee": QT_TRANSLATE_NOOP("Placeholders", "The name of the agent the work order is assigned to"),
    "due_date": QT_TRANSLATE_NOOP("Placeholders", "The due date, written out in the reply's language"),
}
DATE_STYLE = "long"  # the month in words: no day/month confusion between countries
NEAR = 24  # characters of the body quoted around a brace that does not match

_parser = string.Formatter()


@dataclass(frozen=True)
class ReplyValues:
    """The values of one work order that a reply's placeholders stand for."""

    number: int
    title: str
    client: str
    building: str
    contact: str | None
    assignee: str | None
    due_date: date | None


def known_placeholders() -> str:
    """The placeholders as a refusal lists them: ``{number}, {title}, …``."""
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)


def placeholders_in(body: str) -> tuple[str, ...]:
    """The placeholders ``body`` uses, in order (repeats included); :class:`ValidationError` when it holds
    anything else in braces."""
    if not isinstance(body, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A template's body must be text."))
    return tuple(name for _literal, name in _pieces(body) if name is not None)


def check_body(body: str) -> str:
    """``body`` when every placeholder in it is known (see :func:`placeholders_in`)."""
    placeholders_in(body)
    return body


def render(body: str, values: ReplyValues, language: str = SOURCE_LANGUAGE) -> str:
    """``body`` with its placeholders filled in: the due date written out for ``language`` (babel), the values
    a work order lacks (contact, assignee, due date) left empty. The body is checked first."""
    filled = _values(values, language)
    return "".join(literal + (filled[name] if name is not None else "") for literal, name in _pieces(body))


def _values(values: ReplyValues, language: str) -> dict[str, str]:
    try:
        locale = Locale.parse(language)
    except (ValueError, TypeError, UnknownLocaleError):
        locale = Locale.parse(SOURCE_LANGUAGE)
    return {
        "number": str(values.number),
        "title": values.title,
        "client": values.client,
        "building": values.building,
        "contact": values.contact or "",
        "assignee": values.assignee or "",
        "due_date": format_date(values.due_date, DATE_STYLE, locale=locale) if values.due_date is not None else "",
    }


def _pieces(body: str) -> list[tuple[str, str | None]]:
    """The body as (text, placeholder) pairs; refused at the first field that is not a known placeholder."""
    try:
        parsed = list(_parser.parse(body))
    except ValueError:
        raise _unbalanced(body) from None
    pieces: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parsed:
        if name is None:
            pieces.append((literal, None))
            continue
        written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name == "" or name.isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{placeholder}” has no placeholder name: write one of {known}, or {braces} for braces.",
                ),
                placeholder=_short(written),
                known=known_placeholders(),
                braces="{{ }}",
            )
        if name not in PLACEHOLDERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The placeholder “{placeholder}” is unknown: use one of {known}."),
                placeholder=_short(written),
                known=known_placeholders(),
            )
        if spec or conversion:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The placeholder “{placeholder}” cannot have a format or a conversion: write {plain}."
                ),
                placeholder=_short(written),
                plain=f"{{{name}}}",
            )
        pieces.append((literal, name))
    return pieces


def _unbalanced(body: str) -> ValidationError:
    """The refusal of a brace without its pair, quoting the body around it."""
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "A brace is not closed or not opened near “{near}”: write {braces} for a brace of the text."
        ),
        near=_near(body),
        braces="{{ }}",
    )


def _near(body: str) -> str:
    """The body around the first brace that has no pair."""
    index = 0
    while index < len(body):
        char = body[index]
        if char in "{}" and body[index : index + 2] in ("{{", "}}"):
            index += 2
            continue
        if char == "}":
            return _short(body[max(0, index - NEAR + 1) : index + 1])
        if char == "{":
            end = body.find("}", index)
            opened = body.find("{", index + 1)
            if end < 0 or (0 <= opened < end and body[opened : opened + 2] != "{{"):
                return _short(body[index : index + NEAR])
            index = end + 1
            continue
        index += 1
    return _short(body[-NEAR:])


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 2 * NEAR else text[: 2 * NEAR - 1] + "…"


__all__ = [
    "PLACEHOLDERS",
    "ReplyValues",
    "check_body",
    "known_placeholders",
    "placeholders_in",
    "render",
]
