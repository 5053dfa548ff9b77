"""The frame of the client, building and contact dialogs: one unit of work each.

Cancel writes nothing; OK (enabled only when :meth:`problem` finds nothing, the hint saying what is missing)
calls the service once. A refusal (a duplicate, a change made by someone else meanwhile...) keeps the dialog open
with everything typed and shows the message.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE, ValidatedDialog


class RecordDialog(ValidatedDialog):
    """Subclasses fill the form and implement :meth:`save` (the one service call; returns the record's id)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.saved_id: int | None = None
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.error)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_by_keyboard)

    def line(self, name: str, limit: int, text: str = "") -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        line.setMaxLength(limit)
        line.textChanged.connect(self.validate)
        return line

    def save(self) -> int:
        """Write the record (one service call); its id."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():  # room for the message, wrapped
            self.resize(self.width(), needed)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            self.saved_id = self.save()
        except BureauError as error:
            self.show_error(translate_message(error.message))
            return
        super().accept()

    def _accept_by_keyboard(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()


__all__ = ["RecordDialog"]
