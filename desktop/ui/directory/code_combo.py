"""A list of coded entries (countries, currencies) to choose from by name or by code, named in the UI language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class CodeCombo(QComboBox):
    """An editable list of entries, each shown by its label and holding its code; typing part of a label or the
    code finds it. A subclass gives the entries in the UI language and what a code typed outside the list is."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.fill()

    def entries(self) -> Iterable[tuple[str, str]]:
        """(code, label) of each entry, in the order listed, in the UI language."""
        raise NotImplementedError

    def typed_code(self, upper: str) -> str | None:
        """The code ``upper`` (a text typed, upper case) stands for when it is no entry's label."""
        return upper if self.findData(upper) >= 0 else None

    def unlisted_text(self, code: str | None) -> str:
        """The text shown for ``code`` when it is none of the list's."""
        return ""

    def fill(self) -> None:
        """(Re)fill the labels in the UI language, keeping the entry chosen."""
        kept = self.code()
        self.blockSignals(True)
        try:
            self.clear()
            for code, label in self.entries():
                self.addItem(label, code)
            self.set_code(kept)
        finally:
            self.blockSignals(False)

    def code(self) -> str | None:
        """The code of the entry shown (its label, or its code typed); None when it is none of the list's."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.typed_code(text.upper())

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(self.unlisted_text(code))


__all__ = ["CodeCombo"]
