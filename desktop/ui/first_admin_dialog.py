"""A new server database: create its first administrator account."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.users import MIN_PASSWORD_LENGTH, create_first_administrator
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label


class FirstAdministratorDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.login = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.form = QFormLayout()
        for field in (self.login, self.display_name, self.password, self.confirm):
            self.form.addRow(buddy_label(field), field)
            field.textChanged.connect(self._validate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create the administrator account"))
        self.intro.setText(self.tr("This server database is new. Create the account of its first administrator; "
                                   "agents are added from there."))
        self.form.labelForField(self.login).setText(self.tr("&Login:"))
        self.form.labelForField(self.display_name).setText(self.tr("&Name:"))
        self.form.labelForField(self.password).setText(self.tr("&Password:"))
        self.form.labelForField(self.confirm).setText(self.tr("&Confirm password:"))
        self._validate()

    def _problem(self) -> str:
        if not self.login.text().strip() or not self.display_name.text().strip():
            return self.tr("Enter a login and a name.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password must have at least {count} characters.").format(count=MIN_PASSWORD_LENGTH)
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords differ.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            return
        try:
            self.actor = create_first_administrator(
                self.db, self.login.text(), self.display_name.text(), self.password.text()
            )
        except BureauError as error:
            self.problem.setText(translate_message(error.message))
            return
        super().accept()
