"""Add the caller as a contact of the client, without leaving the New work order dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.lookup_search import ContactHit
from desktop.services.order_intake import add_contact, checked_email
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE, ValidatedDialog, buddy_label

NAME_MAX, PHONE_MAX, EMAIL_MAX = 200, 40, 254


class NewContactDialog(ValidatedDialog):
    """Name (required), phone and email of a caller; OK saves the contact at once (``contact`` is then set)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        client_name: str,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newContactDialog")
        self.db = db
        self.actor = actor
        self.client_id = client_id
        self.client_name = client_name
        self.contact: ContactHit | None = None
        self.name = self._line("name", NAME_MAX, name)
        self.phone = self._line("phone", PHONE_MAX)
        self.email = self._line("email", EMAIL_MAX)
        self.name_label = buddy_label(self.name)
        self.phone_label = buddy_label(self.phone)
        self.email_label = buddy_label(self.email)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.phone_label, self.phone)
        self.form.addRow(self.email_label, self.email)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), self.error)
        self.setMinimumWidth(420)
        self.name.setFocus()
        self.retranslate()

    def _line(self, name: str, limit: int, text: str = "") -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        line.setMaxLength(limit)
        line.textChanged.connect(self.validate)
        return line

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New contact"))
        self.intro.setText(
            self.tr(
                "Add the caller to the contacts of {client}. The contact is saved at once and becomes the caller."
            ).format(client=self.client_name)
        )
        self.name_label.setText(self.tr("&Name:"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.email_label.setText(self.tr("&Email:"))
        self.name.setPlaceholderText(self.tr("Required"))
        self.phone.setPlaceholderText(self.tr("Optional"))
        self.email.setPlaceholderText(self.tr("Optional: needed to notify them"))
        self.ok_button.setText(self.tr("Add contact"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Give the contact's name.")
        try:
            checked_email(self.email.text())
        except BureauError as error:
            return translate_message(error.message)
        return None

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            contact_id = add_contact(
                self.db, self.actor, self.client_id, self.name.text(), self.phone.text(), self.email.text()
            )
        except BureauError as error:
            self.error.setText(translate_message(error.message))
            self.error.show()
            return
        self.contact = ContactHit(
            contact_id,
            self.name.text().strip(),
            self.client_id,
            self.client_name,
            self.email.text().strip() or None,
            self.phone.text().strip() or None,
        )
        super().accept()


__all__ = ["NewContactDialog"]
