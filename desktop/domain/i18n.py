"""Marking translatable text outside Qt.

The domain and service layers never import Qt. They mark user-visible English text with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` collects it; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
        return self.text.format(**{k: v.english() if isinstance(v, Message) else v for k, v in self.args.items()})
