"""Small widget helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

HINT_STYLE = "color: #8a5a00;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def buddy_label(field: QWidget) -> QLabel:
    """A form label whose mnemonic (&Name) focuses ``field``; its text is set by the dialog's retranslate()."""
    label = QLabel(field.parentWidget())
    label.setBuddy(field)
    return label


class ValidatedDialog(QDialog):
    """An intro, a form and a hint saying what is missing; OK is enabled only when :meth:`problem` finds nothing.

    Subclasses fill ``form``, set their texts in :meth:`retranslate` (ending with ``super().retranslate()``) and
    call :meth:`validate` when an input changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.intro)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.hint)
        self.main_layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.validate()

    def problem(self) -> str | None:
        """What stops OK, in a sentence; None when the input is complete."""
        return None

    def validate(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(problem is None)
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
