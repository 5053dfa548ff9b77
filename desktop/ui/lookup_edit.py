"""A type-ahead lookup: a line edit that searches the database as the agent types and offers what it finds.

Never a combo box loaded with every row: each pause in the typing (:data:`DEBOUNCE_MS`) runs one short, bounded
service query, whose hits fill a small model under a :class:`QCompleter` popup. Down (or Enter on a text not yet
chosen) searches at once and opens the list; Down/Up and Enter choose, Escape closes the list. A hit is
*chosen* only from the list (or by :meth:`LookupEdit.choose`), never by the text alone: editing the text after
a choice forgets it, and ``chosen`` says so with None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.domain.errors import BureauError
from desktop.ui.i18n import translate_message

DEBOUNCE_MS = 150
# The text put into the field when a hit is chosen (the popup shows the longer DisplayRole line).
FIELD_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
POPUP_MIN_WIDTH = 420

# (the text put into the field, the line shown in the list) of a hit.
Describe = Callable[[Any], tuple[str, str]]


class LookupEdit(QLineEdit):
    """Searches with ``search(text)`` (a service call returning at most a few dozen hits) and shows each hit as
    ``describe(hit)`` says. ``chosen`` carries the hit chosen, or None when the choice is forgotten; ``failed``
    the translated message of a search the service refused (the tooltip shows it too)."""

    chosen = Signal(object)
    failed = Signal(str)

    def __init__(self, search: Callable[[str], Sequence[Any]], describe: Describe, parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._describe = describe
        self._hits: list[Any] = []
        self._choice: Any = None
        self._searched: str | None = None  # the text of the hits shown
        self.error: str | None = None
        self.hits_model = QStandardItemModel(self)
        self.completer = QCompleter(self.hits_model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(FIELD_TEXT_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._search_when_typed)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)
        self._setting = False

    # -- what is chosen -----------------------------------------------------------------------------------------
    @property
    def choice(self) -> Any:
        """The hit chosen, None when nothing is."""
        return self._choice

    def hits(self) -> list[Any]:
        """The hits of the last search."""
        return list(self._hits)

    def pending(self) -> bool:
        """Text typed but nothing chosen from it."""
        return self._choice is None and bool(self.text().strip())

    def choose(self, hit: Any, *, notify: bool = True) -> None:
        """Choose ``hit`` (None: nothing, and an empty field); ``chosen`` is emitted when ``notify``."""
        self.timer.stop()
        self.completer.popup().hide()
        self._choice = hit
        self._setting = True
        try:
            self.setText(self._describe(hit)[0] if hit is not None else "")
        finally:
            self._setting = False
        self.setCursorPosition(0)
        self._searched = None
        if notify:
            self.chosen.emit(hit)

    def set_search(self, search: Callable[[str], Sequence[Any]]) -> None:
        """Search with ``search`` from now on (a client chosen narrows the buildings, for example)."""
        self._search = search
        self._searched = None

    # -- searching ----------------------------------------------------------------------------------------------
    def search_now(self, *, show: bool = True) -> list[Any]:
        """Search for the text as it is now, fill the list and open it (when ``show`` and something is found)."""
        self.timer.stop()
        text = self.text()
        try:
            hits = list(self._search(text))
            error = None
        except BureauError as refused:
            hits, error = [], translate_message(refused.message)
        self._show_error(error)
        self._fill(hits)
        self._searched = text
        if show and hits and self.hasFocus():
            self._open_popup()
        elif not hits:
            self.completer.popup().hide()
        return hits

    def _changed(self, _text: str) -> None:
        """Any change of the text but a choice (typing, clear(), setText()) forgets the choice."""
        if not self._setting and self._choice is not None:
            self._choice = None
            self.chosen.emit(None)

    def _edited(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.completer.popup().hide()

    def _search_when_typed(self) -> None:
        hits = self.search_now(show=False)
        typed = self.text().strip().casefold()
        exact = [hit for hit in hits if self._describe(hit)[0].strip().casefold() == typed]
        if len(exact) == 1 and len(hits) == 1:
            self.choose(exact[0])  # the one hit, typed in full: nothing left to choose
        elif hits and self.hasFocus():
            self._open_popup()

    def _fill(self, hits: list[Any]) -> None:
        self._hits = hits
        self.hits_model.clear()
        for position, hit in enumerate(hits):
            field_text, line = self._describe(hit)
            item = QStandardItem(line)
            item.setData(field_text, FIELD_TEXT_ROLE)
            item.setData(position, HIT_ROLE)
            item.setToolTip(line)
            item.setEditable(False)
            self.hits_model.appendRow(item)

    def _open_popup(self) -> None:
        popup = self.completer.popup()
        width = max(self.width(), POPUP_MIN_WIDTH, popup.sizeHintForColumn(0) + 24)
        rect = QRect(0, 0, width, self.height())
        self.completer.complete(rect)
        popup.setCurrentIndex(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        position = index.data(HIT_ROLE)
        if isinstance(position, int) and 0 <= position < len(self._hits):
            self.choose(self._hits[position])

    def _show_error(self, error: str | None) -> None:
        self.error = error
        self.setToolTip(error or "")
        self.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if error else "")
        if error:
            self.failed.emit(error)

    # -- keys ---------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        popup_shown = self.completer.popup().isVisible()
        if not popup_shown and key == Qt.Key.Key_Down:
            self.search_now()
            return
        if not popup_shown and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pending():
            # Enter on a text not chosen yet: its one hit, else the list to choose from (never the dialog's OK).
            hits = self.search_now(show=False)
            if len(hits) == 1:
                self.choose(hits[0])
            elif hits:
                self._open_popup()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.timer.stop()
        super().focusOutEvent(event)


__all__ = ["DEBOUNCE_MS", "LookupEdit"]
