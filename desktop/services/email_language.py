"""The language of each email Bureau writes, and its text in that language.

An email is written in the recipient contact's language; a contact without one gets the sender's (the acting
agent's language, else the application's current language, else English). The services never import Qt:
the application installs a :class:`Translator` that reads Bureau's translation files when it starts
(:mod:`desktop.ui.email_translator`); without one, emails are English. Dates are formatted for the recipient's
locale with babel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo
from typing import Protocol, TypeVar

from desktop.domain.i18n import Message
from desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.formatting import Formatter

EMAILS = "Emails"
DATE_STYLE = "long"  # four-digit years, the month in words: no day/month confusion between countries

Item = TypeVar("Item")


class Translator(Protocol):
    """Translates a marked English text into one of Bureau's languages; an empty answer means "untranslated"."""

    def translate(self, language: str, context: str, text: str) -> str: ...


class SourceLanguage:
    """The English source text, as written in the code."""

    def translate(self, language: str, context: str, text: str) -> str:
        return text


_lock = threading.Lock()
_translator: Translator = SourceLanguage()
_current_language: Callable[[], str | None] = lambda: None  # noqa: E731


def install_translator(translator: Translator, current_language: Callable[[], str | None] | None = None) -> None:
    """Translate emails with ``translator`` from now on.

    ``current_language`` tells the application's language at the moment an email is written: the sender's
    language when the acting agent has none of their own.
    """
    global _translator, _current_language
    with _lock:
        _translator = translator
        _current_language = current_language or (lambda: None)


def uninstall_translator() -> None:
    """Back to English emails."""
    install_translator(SourceLanguage())


def installed_translator() -> Translator:
    return _translator


def known_language(language: str | None) -> str | None:
    """``language`` when Bureau speaks it, else None."""
    return language if language in LANGUAGES else None


def sender_language(agent_language: str | None) -> str:
    """The language of the agent who causes an email: theirs, else the application's, else English."""
    return known_language(agent_language) or known_language(_current_language()) or SOURCE_LANGUAGE


def recipient_language(contact_language: str | None, sender: str) -> str:
    """The language a contact reads: theirs, else the sender's."""
    return known_language(contact_language) or sender


def by_language(items: Iterable[Item], language_of: Callable[[Item], str]) -> dict[str, list[Item]]:
    """The items grouped by their language, each group in the items' order, the groups in order of appearance."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(language_of(item), []).append(item)
    return groups


class EmailWriter:
    """Writes the lines of an email in one language: texts translated, their values formatted for its locale."""

    def __init__(self, language: str, translator: Translator | None = None, timezone: tzinfo | None = None) -> None:
        self.language = known_language(language) or SOURCE_LANGUAGE
        self.translator = translator or installed_translator()
        self.formatter = Formatter(self.language, timezone)

    def text(self, source: str, /, context: str = EMAILS, **values: object) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP) in this language, with its ``{name}`` fields filled in."""
        shown = {name: self.value(value) for name, value in values.items()}
        translated = self.translator.translate(self.language, context, source) or source
        try:
            return translated.format(**shown)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return source.format(**shown)

    def value(self, value: object) -> str:
        """A value as this language shows it: a label translated, a date or a moment formatted, the rest as is."""
        if isinstance(value, Message):
            return self.text(value.text, context=value.context, **value.args)
        if isinstance(value, datetime):
            return self.day(value)
        if isinstance(value, date):
            return self.formatter.date(value, DATE_STYLE)
        return str(value)

    def day(self, moment: datetime) -> str:
        """The day of a UTC moment in the local time zone, written out (``5 mars 2026``)."""
        return self.formatter.date(moment.astimezone(self.formatter.timezone).date(), DATE_STYLE)
