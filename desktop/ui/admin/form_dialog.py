"""The frame of the administration dialogs: one service call on OK, a refusal shown in the dialog.

OK is enabled only when :meth:`problem` finds nothing (the hint says what is missing). A refusal keeps the
dialog open with everything typed and shows the translated message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.ui.i18n import LANGUAGE_NAMES, translate_message
from desktop.ui.widgets import ERROR_STYLE, ValidatedDialog

PASSWORD_MAX = 200


class FormDialog(ValidatedDialog):
    """Subclasses fill ``form`` and implement :meth:`save`, the one service call."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.error)

    def line(self, name: str, limit: int, text: str = "", *, password: bool = False) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        line.setMaxLength(limit)
        if password:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        line.textChanged.connect(self.validate)
        return line

    def save(self) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            self.save()
        except BureauError as error:
            self.show_error(translate_message(error.message))
            return
        super().accept()


def language_combo(parent: QWidget, language: str | None) -> QComboBox:
    """The languages by their own names, after "not set" (item 0, whose text the dialog translates)."""
    combo = QComboBox(parent)
    combo.setObjectName("language")
    combo.addItem("", None)
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(language)))
    return combo


__all__ = ["PASSWORD_MAX", "FormDialog", "language_combo"]
