"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(field: QWidget) -> QLabel:
    """A form label whose mnemonic (&Name) focuses ``field``; its text is set by the dialog's retranslate()."""
    label = QLabel(field.parentWidget())
    label.setBuddy(field)
    return label
