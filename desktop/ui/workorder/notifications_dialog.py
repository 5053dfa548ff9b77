"""Edit notifications: check the contacts of the order's client who are emailed about its status changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, ConcurrentChange
from desktop.services.actor import Actor
from desktop.services.notifications import NotificationChoice, edit_notifications, notification_choices
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE, HINT_STYLE
from desktop.ui.workorder.action_dialogs import offer_reload

CONTACT_ROLE = Qt.ItemDataRole.UserRole


class NotificationsDialog(QDialog):
    """One checkable line per contact; those without an email address cannot be checked (the tooltip says why).

    OK saves the checked contacts once; a refusal keeps the dialog open with its reason, and a change by
    someone else since the order was opened offers to reload it (``reload_requested``).
    """

    def __init__(self, db: Database, actor: Actor, number: int, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.db = db
        self.actor = actor
        self.number = number
        self.version = version
        self.new_version: int | None = None
        self.reload_requested = False
        self.choices: list[NotificationChoice] = []
        self.load_error: str | None = None
        try:
            self.choices = notification_choices(db, number)
        except BureauError as error:
            self.load_error = translate_message(error.message)

        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("contacts")
        self.contacts.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.contacts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts.setUniformItemSizes(True)
        self.contacts_label = QLabel(self)
        self.contacts_label.setBuddy(self.contacts)
        for choice in self.choices:
            item = QListWidgetItem(self.contacts)
            item.setData(CONTACT_ROLE, choice.contact_id)
            item.setCheckState(Qt.CheckState.Checked if choice.chosen else Qt.CheckState.Unchecked)
            if choice.email is None and not choice.chosen:
                # Nothing to send to; a contact notified before they lost their address may still be unchecked.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.contacts.itemChanged.connect(self.validate)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.contacts_label)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.contacts.setFocus()
        if self.load_error is not None:
            self.error.setText(self.load_error)
        else:
            self.error.hide()
        self.retranslate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit notifications: work order {number}").format(number=self.number))
        self.intro.setText(
            self.tr(
                "Check the contacts of the client who are emailed each time the status of work order {number} "
                "changes. When you save, each contact you add receives an email telling them so."
            ).format(number=self.number)
        )
        self.contacts_label.setText(self.tr("&Contacts:"))
        for row, choice in enumerate(self.choices):
            item = self.contacts.item(row)
            if choice.archived:
                item.setText(self.tr("{name} (archived)").format(name=choice.name))
                item.setToolTip(self.tr("This contact is archived and receives nothing: uncheck them."))
            elif choice.email is not None:
                item.setText(self.tr("{name} <{email}>").format(name=choice.name, email=choice.email))
                item.setToolTip(item.text())
            else:
                item.setText(self.tr("{name} (no email address)").format(name=choice.name))
                item.setToolTip(
                    self.tr("This contact has no email address, so they cannot be notified.")
                    if not choice.chosen
                    else self.tr("This contact has no email address and receives nothing: uncheck them.")
                )
        self.ok_button.setText(self.tr("&Save"))
        self.validate()

    # -- input --------------------------------------------------------------------------------------------
    def checked_ids(self) -> set[int]:
        return {
            int(item.data(CONTACT_ROLE))
            for row in range(self.contacts.count())
            if (item := self.contacts.item(row)).checkState() == Qt.CheckState.Checked
        }

    def problem(self) -> str | None:
        """What stops OK, in a sentence; None when there is a change to save."""
        if self.load_error is not None:
            return None  # the error label says it
        if not self.choices:
            return self.tr("The client of this work order has no contacts to notify.")
        if self.checked_ids() == {choice.contact_id for choice in self.choices if choice.chosen}:
            return self.tr("Check or uncheck contacts to change who is notified.")
        return None

    def validate(self, *_: object) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(self.load_error is None and problem is None)
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)

    # -- saving -------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.load_error is not None or self.problem() is not None:
            return
        try:
            self.new_version = edit_notifications(self.db, self.actor, self.number, self.version, self.checked_ids())
        except ConcurrentChange as error:
            offer_reload(self, error)
            return
        except BureauError as error:
            self.error.setText(translate_message(error.message))
            self.error.show()
            return
        super().accept()
