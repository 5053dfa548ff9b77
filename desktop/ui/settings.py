"""User settings: one typed accessor per option, defaults in one place, an INI file in the data folder."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import data_dir
from desktop.services.outbox import DEFAULT_PORT, SmtpConfig

SETTINGS_FILE = "settings.ini"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)

    def _str(self, key: str) -> str | None:
        value: Any = self._s.value(key)
        return str(value) if value not in (None, "") else None

    def _set(self, key: str, value: Any) -> None:
        if value is None:
            self._s.remove(key)
        else:
            self._s.setValue(key, value)
        self._s.sync()

    @property
    def language(self) -> str | None:
        """The chosen language code; None follows the system."""
        # Qt's INI format files any group named "general", whatever its case, as "General": read it back so.
        return self._str("General/language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("General/language", value)

    @property
    def database_url(self) -> str | None:
        return self._str("database/url")

    @database_url.setter
    def database_url(self, value: str | None) -> None:
        self._set("database/url", value)

    @property
    def last_login(self) -> str | None:
        return self._str("database/last_login")

    @last_login.setter
    def last_login(self, value: str | None) -> None:
        self._set("database/last_login", value)

    # -- email (SMTP) ----------------------------------------------------------------------------------
    @property
    def smtp_host(self) -> str | None:
        """The SMTP server; None: mail is not sent and waits in the outbox."""
        return self._str("smtp/host")

    @smtp_host.setter
    def smtp_host(self, value: str | None) -> None:
        self._set("smtp/host", value or None)

    @property
    def smtp_port(self) -> int:
        try:
            port = int(self._str("smtp/port") or DEFAULT_PORT)
        except ValueError:
            return DEFAULT_PORT
        return port if 1 <= port <= 65535 else DEFAULT_PORT

    @smtp_port.setter
    def smtp_port(self, value: int | None) -> None:
        self._set("smtp/port", value)

    @property
    def smtp_starttls(self) -> bool:
        """Upgrade the connection with STARTTLS (on unless turned off)."""
        return (self._str("smtp/starttls") or "true").lower() not in ("false", "0", "no", "off")

    @smtp_starttls.setter
    def smtp_starttls(self, value: bool) -> None:
        self._set("smtp/starttls", "true" if value else "false")

    @property
    def smtp_user(self) -> str | None:
        return self._str("smtp/user")

    @smtp_user.setter
    def smtp_user(self, value: str | None) -> None:
        self._set("smtp/user", value or None)

    @property
    def smtp_password(self) -> str | None:
        return self._str("smtp/password")

    @smtp_password.setter
    def smtp_password(self, value: str | None) -> None:
        self._set("smtp/password", value or None)
        if value:
            self._owner_only()

    @property
    def smtp_sender(self) -> str | None:
        """The From address of the emails."""
        return self._str("smtp/sender")

    @smtp_sender.setter
    def smtp_sender(self, value: str | None) -> None:
        self._set("smtp/sender", value or None)

    def smtp_config(self) -> SmtpConfig | None:
        """The server mail is sent through; None when no host is set (mail waits in the outbox)."""
        host = (self.smtp_host or "").strip()
        if not host:
            return None
        return SmtpConfig(
            host=host,
            port=self.smtp_port,
            starttls=self.smtp_starttls,
            user=self.smtp_user,
            password=self.smtp_password,
            sender=self.smtp_sender or "",
        )

    def _owner_only(self) -> None:
        """The file holds a password: readable by its owner only, where the system has such permissions."""
        try:
            os.chmod(self._s.fileName(), 0o600)
        except OSError:
            pass

    def value_bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_value_bytes(self, key: str, value: QByteArray) -> None:
        self._set(key, value)

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)
