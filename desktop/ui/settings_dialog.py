"""Settings: language (applied at once), the database (used from the next start) and the SMTP server."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import DatabaseUrlError, parse_url
from desktop.domain.errors import ValidationError
from desktop.services.outbox import SmtpConfig, validate_smtp_config
from desktop.ui.i18n import LANGUAGE_NAMES, normalize, system_language, translate_message, translations
from desktop.ui.settings import Settings
from desktop.ui.widgets import buddy_label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.database = QLineEdit(self)
        self.database.setObjectName("databaseUrl")
        self.database.setText(settings.database_url or "")
        self.database.textChanged.connect(self._validate)
        self.database_hint = QLabel(self)
        self.database_hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: palette(highlighted-text); background: #b00020; padding: 4px;")
        self.error.hide()

        self.form = QFormLayout()
        self.form.addRow(buddy_label(self.language), self.language)
        self.form.addRow(buddy_label(self.database), self.database)
        self.form.addRow(buddy_label(self.database_hint), self.database_hint)
        self._build_smtp(settings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.smtp_group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _build_smtp(self, settings: Settings) -> None:
        self.smtp_group = QGroupBox(self)
        self.smtp_group.setObjectName("smtpGroup")
        self.smtp_host = QLineEdit(settings.smtp_host or "", self.smtp_group)
        self.smtp_host.setObjectName("smtpHost")
        self.smtp_port = QSpinBox(self.smtp_group)
        self.smtp_port.setObjectName("smtpPort")
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_starttls = QCheckBox(self.smtp_group)
        self.smtp_starttls.setObjectName("smtpStarttls")
        self.smtp_starttls.setChecked(settings.smtp_starttls)
        self.smtp_user = QLineEdit(settings.smtp_user or "", self.smtp_group)
        self.smtp_user.setObjectName("smtpUser")
        self.smtp_password = QLineEdit(settings.smtp_password or "", self.smtp_group)
        self.smtp_password.setObjectName("smtpPassword")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_sender = QLineEdit(settings.smtp_sender or "", self.smtp_group)
        self.smtp_sender.setObjectName("smtpSender")
        self.smtp_hint = QLabel(self.smtp_group)
        self.smtp_hint.setWordWrap(True)
        self.smtp_form = QFormLayout()
        self.smtp_form.addRow(buddy_label(self.smtp_host), self.smtp_host)
        self.smtp_form.addRow(buddy_label(self.smtp_port), self.smtp_port)
        self.smtp_form.addRow("", self.smtp_starttls)
        self.smtp_form.addRow(buddy_label(self.smtp_user), self.smtp_user)
        self.smtp_form.addRow(buddy_label(self.smtp_password), self.smtp_password)
        self.smtp_form.addRow(buddy_label(self.smtp_sender), self.smtp_sender)
        group_layout = QVBoxLayout(self.smtp_group)
        group_layout.addWidget(self.smtp_hint)
        group_layout.addLayout(self.smtp_form)
        for field in (self.smtp_host, self.smtp_user, self.smtp_password, self.smtp_sender):
            field.textChanged.connect(self._validate)
        self.smtp_port.valueChanged.connect(self._validate)

    def smtp_config(self) -> SmtpConfig:
        """The SMTP settings as entered."""
        return SmtpConfig(
            host=self.smtp_host.text().strip(),
            port=self.smtp_port.value(),
            starttls=self.smtp_starttls.isChecked(),
            user=self.smtp_user.text().strip() or None,
            password=self.smtp_password.text() or None,
            sender=self.smtp_sender.text().strip(),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language.setItemText(0, self.tr("System language"))
        self.form.labelForField(self.language).setText(self.tr("&Language:"))
        self.form.labelForField(self.database).setText(self.tr("&Database:"))
        self.database.setPlaceholderText(self.tr("Local database in the data folder"))
        self.database_hint.setText(
            self.tr("An SQLite file path or a PostgreSQL URL (postgresql://user@server/database). "
                    "A new database is used from the next start.")
        )
        self.smtp_group.setTitle(self.tr("Email (SMTP)"))
        self.smtp_form.labelForField(self.smtp_host).setText(self.tr("&Server:"))
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.com"))
        self.smtp_form.labelForField(self.smtp_port).setText(self.tr("&Port:"))
        self.smtp_starttls.setText(self.tr("Encrypt the connection with &STARTTLS"))
        self.smtp_form.labelForField(self.smtp_user).setText(self.tr("&User name:"))
        self.smtp_user.setPlaceholderText(self.tr("None: the server needs no sign-in"))
        self.smtp_form.labelForField(self.smtp_password).setText(self.tr("Pass&word:"))
        self.smtp_form.labelForField(self.smtp_sender).setText(self.tr("Sender &address:"))
        self.smtp_sender.setPlaceholderText(self.tr("helpdesk@example.com"))
        self.smtp_hint.setText(
            self.tr("Notifications are sent through this server in the background. Without a server they wait "
                    "in the outbox (Tools > Outbox). The password is kept in the settings file of your account.")
        )
        self._validate()

    def _validate(self) -> bool:
        text = self.database.text().strip()
        message = ""
        if text:
            try:
                parse_url(text)
            except DatabaseUrlError as error:
                message = translate_message(error.message)
        if not message:
            try:
                validate_smtp_config(self.smtp_config())
            except ValidationError as error:
                message = translate_message(error.message)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def accept(self) -> None:
        if not self._validate():
            return
        self.settings.language = self.language.currentData()
        self.settings.database_url = self.database.text().strip() or None
        smtp = self.smtp_config()
        self.settings.smtp_host = smtp.host or None
        self.settings.smtp_port = smtp.port
        self.settings.smtp_starttls = smtp.starttls
        self.settings.smtp_user = smtp.user
        self.settings.smtp_password = smtp.password
        self.settings.smtp_sender = smtp.sender or None
        language = normalize(self.settings.language) or system_language()
        if language != translations().language:
            translations().switch(language)
        super().accept()
