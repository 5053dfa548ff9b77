"""Bureau's translation files for the emails: one QTranslator per language, none of them installed in the app.

The emails of one change go out in several languages at once, whatever language the screens speak, so these
translators are asked directly instead of through QCoreApplication.translate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from desktop.paths import locale_dir
from desktop.services.email_language import install_translator
from desktop.ui.i18n import translations


class QtEmailTranslator:
    """Translates email texts with the compiled translations (``bureau_xx.qm``) of every language."""

    def __init__(self, folder: Path | None = None) -> None:
        self._translators: dict[str, QTranslator] = {}
        directory = str(folder if folder is not None else locale_dir())
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE:
                continue
            translator = QTranslator()
            if translator.load(f"bureau_{language}", directory):
                self._translators[language] = translator

    @property
    def languages(self) -> frozenset[str]:
        """The languages whose translations were found, English aside."""
        return frozenset(self._translators)

    def translate(self, language: str, context: str, text: str) -> str:
        """``text`` in ``language``; the English text when it has no translation there."""
        translator = self._translators.get(language)
        if translator is None:
            return text
        return translator.translate(context, text) or text


def install_email_translator() -> QtEmailTranslator:
    """Translate the emails the services write from now on; the sender's language falls back to the screens'."""
    translator = QtEmailTranslator()
    install_translator(translator, lambda: translations().language)
    return translator
