"""User settings: one typed accessor per option, defaults in one place, an INI file in the data folder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import data_dir

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
        return self._str("general/language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._set("general/language", value)

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
