"""Settings: language (applied at once) and the database (used from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import DatabaseUrlError, parse_url
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

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
        self._validate()

    def _validate(self) -> bool:
        text = self.database.text().strip()
        message = ""
        if text:
            try:
                parse_url(text)
            except DatabaseUrlError as error:
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
        language = normalize(self.settings.language) or system_language()
        if language != translations().language:
            translations().switch(language)
        super().accept()
