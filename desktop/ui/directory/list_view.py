"""The common frame of the Clients, Buildings and Contacts tabs: type-ahead search, "Show archived", a sortable
list paged from the database, its count, and New / Edit / Archive or Restore / Delete.

Enter, a double-click or F2 edits the selected record; Delete deletes it and Archive archives it, each after a
question. Each list (:mod:`clients_view`, :mod:`buildings_view`, :mod:`contacts_view`) says how to read, edit and
archive its records, and may show the selected one in a panel at the side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.directory_lists import DirectoryQuery
from desktop.ui.directory.list_model import Count, DirectoryModel, ListColumn, ReadPage
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.widgets import buddy_label

SEARCH_DEBOUNCE_MS = 200
SEARCH_MAX = 200
ROW_PADDING = 6  # as the helpdesk list's rows
SPLIT_LIST, SPLIT_SIDE = 820, 520  # the list and the selected record's page, at first


class DirectoryListView(QWidget):
    """A list of directory records. Subclasses set the columns and the service calls, and implement
    :meth:`create`, :meth:`edit`, :meth:`set_active`, :meth:`delete` and the texts (:meth:`retranslate`).

    ``changed`` is emitted after a record was created, edited, archived, restored or deleted here.
    """

    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        columns: Sequence[ListColumn],
        read_page: ReadPage,
        count: Count,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.model = DirectoryModel(db, columns, read_page, count, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)
        self.search.installEventFilter(self)
        self.search_label = buddy_label(self.search)
        self.archived = QCheckBox(self)
        self.archived.setObjectName("showArchived")
        self.client_note = QLabel(self)
        self.client_note.setObjectName("clientNote")
        self.all_clients = QToolButton(self)
        self.all_clients.setObjectName("allClients")
        self._client: tuple[int, str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.table = QTableView(self)
        self.table.setObjectName("list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the query's own default: no re-read
        self.table.setSortingEnabled(True)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loadError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.new_button = self._button("new", self.create_new)
        self.edit_button = self._button("edit", self.edit_current)
        self.archive_button = self._button("archive", self.toggle_active)
        self.delete_button = self._button("delete", self.delete_current)

        self.edit_action = QAction(self.table)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_action)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)

        self.side: QWidget | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.client_note)
        top.addWidget(self.all_clients)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.error_label, 2)
        for button in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.table)

        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.textChanged.connect(self._search_cleared)
        self.search.returnPressed.connect(self.apply_search)
        self.timer.timeout.connect(self.apply_search)
        self.archived.toggled.connect(lambda _on: self.apply_search())
        self.all_clients.clicked.connect(lambda: self.set_client(None))
        self.table.activated.connect(lambda _index: self.edit_current())
        self.model.countChanged.connect(self._show_count)
        self.model.queryChanged.connect(self._show_sort)
        self.model.loadFailed.connect(self._show_load_error)
        self.model.modelReset.connect(self._current_changed)
        self.model.modelReset.connect(self.error_label.hide)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._current_changed())

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def add_side(self, side: QWidget) -> None:
        """Show ``side`` (the selected record's page) at the right of the list."""
        self.side = side
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([SPLIT_LIST, SPLIT_SIDE])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search goes to the list (searching at once for what is typed)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and not event.modifiers():
                self.apply_search()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # -- the query ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the first page (when the tab opens)."""
        self.model.set_query(self.current_query())

    def current_query(self) -> DirectoryQuery:
        return replace(
            self.model.query,
            text=self.search.text().strip(),
            include_archived=self.archived.isChecked(),
            client_id=self._client[0] if self._client is not None else None,
        )

    def apply_search(self) -> None:
        self.timer.stop()
        wanted = self.current_query()
        if wanted != self.model.query:
            current = self.current_row()
            self.model.set_query(wanted)
            self.select(current.id if current is not None else None)

    def _search_cleared(self, text: str) -> None:
        if not text:  # the clear button, or the field emptied: show everything at once
            self.apply_search()

    def set_client(self, client: tuple[int, str] | None) -> None:
        """Only the records of ``client`` (id, name); None: every client's."""
        self._client = client
        self._show_client()
        self.apply_search()

    def _show_client(self) -> None:
        shown = self._client is not None
        self.client_note.setVisible(shown)
        self.all_clients.setVisible(shown)
        if self._client is not None:
            self.client_note.setText(
                QCoreApplication.translate("DirectoryList", "Client: {name}").format(name=self._client[1])
            )

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping (or moving to) the selected record when it is still listed."""
        current = self.current_row()
        wanted = select_id if select_id is not None else (current.id if current is not None else None)
        self.model.reload()
        self.select(wanted)

    def select(self, row_id: int | None) -> None:
        position = self.model.row_of(row_id) if row_id is not None else None
        if position is None and self.model.rowCount():
            position = 0
        if position is not None:
            self.table.setCurrentIndex(self.model.index(position, 0))
        self._current_changed()

    # -- the selection ------------------------------------------------------------------------------------------
    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self._show_archive_text(row)
        self.show_current(row)

    def _show_archive_text(self, row: Any) -> None:
        if row is not None and not row.active:
            self.archive_button.setText(QCoreApplication.translate("DirectoryList", "&Restore"))
            self.archive_button.setToolTip(QCoreApplication.translate("DirectoryList", "Offer it again for new work"))
        else:
            self.archive_button.setText(QCoreApplication.translate("DirectoryList", "A&rchive"))
            self.archive_button.setToolTip(
                QCoreApplication.translate(
                    "DirectoryList", "Keep it for the work orders that name it, but offer it for no new work"
                )
            )

    def show_current(self, row: Any) -> None:
        """Show ``row`` (None: nothing selected) in the side panel."""

    # -- actions ------------------------------------------------------------------------------------------------
    def create_new(self) -> int | None:
        """Run the dialog of a new record; its id when saved."""
        new_id = self.create()
        if new_id is not None:
            self.reload(new_id)
            self.changed.emit()
        return new_id

    def edit_current(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if self.edit(row):
            self.reload(row.id)
            self.changed.emit()
            return True
        return False

    def toggle_active(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self,
                self.title(),
                self.archive_question(row),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.set_active(row, not row.active)
        except BureauError as error:
            QMessageBox.warning(self, self.title(), translate_message(error.message))
            return
        self.reload(row.id)
        self.changed.emit()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.title(),
            QCoreApplication.translate("DirectoryList", "Delete “{name}” for good? This cannot be undone.").format(
                name=row.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete(row)
        except BureauError as error:
            QMessageBox.warning(self, self.title(), translate_message(error.message))
            return
        self.reload()
        self.changed.emit()

    # -- what each list does ------------------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def archive_question(self, row: Any) -> str:
        """What Archive asks before archiving ``row``."""
        return QCoreApplication.translate(
            "DirectoryList",
            "Archive “{name}”? It stays on the work orders that name it, but is offered for no new work."
            " You can restore it later from the archived records.",
        ).format(name=row.name)

    def create(self) -> int | None:
        raise NotImplementedError

    def edit(self, row: Any) -> bool:
        raise NotImplementedError

    def set_active(self, row: Any, active: bool) -> None:
        raise NotImplementedError

    def delete(self, row: Any) -> None:
        raise NotImplementedError

    # -- texts ----------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(QCoreApplication.translate("DirectoryList", "&Search:"))
        self.archived.setText(QCoreApplication.translate("DirectoryList", "Show ar&chived"))
        self.archived.setToolTip(QCoreApplication.translate("DirectoryList", "List the archived records too (in grey)"))
        self.all_clients.setText(QCoreApplication.translate("DirectoryList", "Every client"))
        self.all_clients.setToolTip(QCoreApplication.translate("DirectoryList", "List the records of every client"))
        self.new_button.setText(QCoreApplication.translate("DirectoryList", "&New…"))
        self.edit_button.setText(QCoreApplication.translate("DirectoryList", "&Edit…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate("DirectoryList", "Edit the selected record (Enter, double-click or F2)")
        )
        self.delete_button.setText(QCoreApplication.translate("DirectoryList", "De&lete…"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryList", "Delete the selected record: only one nothing refers to (Delete)"
            )
        )
        self.edit_action.setText(QCoreApplication.translate("DirectoryList", "Edit"))
        self.delete_action.setText(QCoreApplication.translate("DirectoryList", "Delete"))
        self._show_archive_text(self.current_row())
        self._show_client()
        self.model.retranslate()
        self._show_count(self.model.count, self.model.capped)

    def _show_count(self, count: int, capped: bool) -> None:
        if not self.model.count_known:
            self.count_label.setText(QCoreApplication.translate("DirectoryList", "Counting…"))
            return
        number = formatter().number(count)
        text = (
            QCoreApplication.translate("DirectoryList", "Found: more than {count}")
            if capped
            else QCoreApplication.translate("DirectoryList", "Found: {count}")
        )
        self.count_label.setText(text.format(count=number))

    def _show_sort(self, query: DirectoryQuery) -> None:
        column = self.model.sort_column()
        if column is None:
            return
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _show_load_error(self, message: str) -> None:
        self.error_label.setText(
            QCoreApplication.translate("DirectoryList", "The list could not be read: {error}").format(error=message)
        )
        self.error_label.show()


__all__ = ["DirectoryListView", "SEARCH_DEBOUNCE_MS"]
