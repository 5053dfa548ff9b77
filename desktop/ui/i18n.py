"""The UI language: Qt translators (Bureau's and Qt's own), QLocale and babel, switched together."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.i18n import Message
from desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.formatting import Formatter, four_digit_years
from desktop.paths import locale_dir

# Each language named in itself, so that a user who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "nl": "Nederlands"}
LANG_ENV = "BUREAU_LANG"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def normalize(language: str | None) -> str | None:
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def choose_language(cli: str | None, setting: str | None) -> str:
    return normalize(cli) or normalize(os.environ.get(LANG_ENV)) or normalize(setting) or system_language()


def locale_name(language: str) -> str:
    """The full locale for formatting: the system's own when it speaks this language (en_GB, fr_BE...)."""
    system = QLocale.system().name()
    return system if system.split("_")[0] == language and system != "C" else language


class Translations:
    """Installs the translators of one language at a time; installing sends LanguageChange to every widget."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        self.formatter = Formatter(SOURCE_LANGUAGE)

    def switch(self, language: str) -> bool:
        """Use ``language``; returns False when its Bureau translation could not be loaded."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language != SOURCE_LANGUAGE:
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        # English has a file too: it holds the plural forms of the source strings.
        own = QTranslator(app)
        loaded = own.load(f"bureau_{language}", str(locale_dir()))
        if loaded:
            self._installed.append(own)
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        name = locale_name(language)
        QLocale.setDefault(QLocale(name))
        self.formatter = Formatter(name)
        return loaded


_translations: Translations | None = None


def translations() -> Translations:
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations


def formatter() -> Formatter:
    return translations().formatter


def short_date_format(locale: QLocale | None = None) -> str:
    """The display format of a date edit: the locale's short date (QLocale's default one unless given) with a
    four-digit year, in the locale's order and separators (de: dd.MM.yyyy, en_US: M/d/yyyy)."""
    return four_digit_years((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def _shown(value: Any) -> Any:
    """A message's value as the agent reads it: translated, or formatted for the locale."""
    if isinstance(value, Message):
        return translate_message(value)
    if isinstance(value, datetime):
        return formatter().datetime(value)
    if isinstance(value, date):
        return formatter().date(value)
    return value


def translate_message(message: Message) -> str:
    """A domain or service message in the UI language, with its values filled in."""
    text = QCoreApplication.translate(message.context, message.text)
    args: dict[str, Any] = {key: _shown(value) for key, value in message.args.items()}
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return message.english()


_every_language: dict[str, QTranslator] = {}


def in_every_language(context: str, source: str) -> list[str]:
    """``source`` in each of Bureau's languages, from the translation files (the English source where a language
    has no translation): for reading text a user may have written in any of them, such as spreadsheet headers."""
    if not _every_language:
        for language in LANGUAGES:
            translator = QTranslator()
            if translator.load(f"bureau_{language}", str(locale_dir())):
                _every_language[language] = translator
    texts = [source]
    for translator in _every_language.values():
        text = translator.translate(context, source)
        if text and text not in texts:
            texts.append(text)
    return texts
