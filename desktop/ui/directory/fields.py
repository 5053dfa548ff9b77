"""Fields the directory's dialogs share: the client chooser, dates in the user's locale, the country list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.places import countries
from desktop.services import lookup_search
from desktop.services.lookup_search import ClientHit
from desktop.ui.directory.code_combo import CodeCombo
from desktop.ui.i18n import formatter, short_date_format
from desktop.ui.lookup_edit import LookupEdit


def date_format() -> str:
    """The short date pattern of the UI locale, years in full."""
    return short_date_format()


def localise_date_edit(edit: QDateEdit) -> None:
    """Show ``edit``'s date in the UI locale (again after a change of language)."""
    edit.setLocale(QLocale())
    edit.setDisplayFormat(date_format())


def date_edit(parent: QWidget | None, name: str, value: date | None = None) -> QDateEdit:
    """A required date, typed or chosen from a calendar (F4); today when ``value`` is None."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    localise_date_edit(edit)
    shown = value or date.today()
    edit.setDate(QDate(shown.year, shown.month, shown.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()
    return value


class ClientLookup(LookupEdit):
    """The client chooser: type part of a client's name or reference, choose from the list (active clients)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.db = db
        super().__init__(self._find, self._describe, parent)
        self.setObjectName("client")

    def _find(self, text: str) -> Sequence[ClientHit]:
        return lookup_search.find_clients(self.db, text)

    def _describe(self, hit: ClientHit) -> tuple[str, str]:
        if hit.reference:
            return hit.name, self.tr("{name} ({reference})").format(name=hit.name, reference=hit.reference)
        return hit.name, hit.name


class CountryCombo(CodeCombo):
    """Every country as "Name (CODE)" by name in the UI language; typing part of a name or the code finds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("country", parent)

    def entries(self) -> list[tuple[str, str]]:
        return [(code, f"{name} ({code})") for code, name in countries(str(formatter().locale))]


__all__ = ["ClientLookup", "CountryCombo", "date_edit", "date_format", "date_of", "localise_date_edit"]
