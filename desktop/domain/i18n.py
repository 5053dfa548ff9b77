"""Marking translatable text outside Qt.

The domain and service layers never import Qt. They mark user-visible English text with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` collects it; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: context, English source text with ``{name}`` fields, and their values."""

    context: str
    text: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**{k: _english(v) for k, v in self.args.items()})


def _english(value: Any) -> Any:
    """A value as the English text shows it; the UI formats timestamps in the user's locale and time zone."""
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return value
