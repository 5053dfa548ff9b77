"""What the tabs of the administration window share: a page that follows the language and names its own tab,
and the list page (agents, roles, rates, reply templates) — a table of rows with a row of buttons above it, the
selection kept across reloads, a dialog's change shown at once, and archive/restore of the archivable rows.

The pages' own texts stay in the pages (their translation context is the page's class): a page gives its rows'
texts, the title of its warnings, how it fetches its rows and how it stores an archive or a restore.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.ui.i18n import translate_message

INACTIVE_COLOUR = "#5f6368"


class ListedRow(Protocol):
    """A row a list page shows: it is selected again by its id."""

    @property
    def id(self) -> int: ...


class ArchivableRow(ListedRow, Protocol):
    """A row that can be archived and restored, naming the version it was read at."""

    @property
    def active(self) -> bool: ...

    @property
    def version(self) -> int: ...


RowT = TypeVar("RowT", bound=ListedRow)
ArchivableT = TypeVar("ArchivableT", bound=ArchivableRow)
PageT = TypeVar("PageT", bound="AdminPage")


def list_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """A read-only table of ``columns`` columns, one row selected at a time."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def page_button(parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button named ``name`` (its text set on retranslate) that calls ``slot`` when clicked."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def enclosing_tabs(widget: QWidget) -> QTabWidget | None:
    """The nearest tab widget ``widget`` stands in, None outside one."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def add_page(tabs: QTabWidget, page: PageT) -> PageT:
    """``page`` as the last tab of ``tabs``, named and loaded."""
    tabs.addTab(page, "")
    page.retranslate()
    page.load()
    return page


class AdminPage(QWidget):
    """A tab of the administration window, working on ``db`` as ``actor``; it retranslates itself when the
    language changes."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the page's texts in the UI language."""
        raise NotImplementedError

    def load(self) -> None:
        """Show what is stored."""
        raise NotImplementedError

    def name_tab(self, text: str) -> None:
        """Give the tab the page stands on ``text`` (nothing outside a tab widget)."""
        tabs = enclosing_tabs(self)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), text)


class ListPage(AdminPage, Generic[RowT]):
    """``rows`` in ``table``, one a line; ``changed`` is emitted after each change stored from the page."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.rows: list[RowT] = []
        self.table: QTableWidget

    def set_table(self, name: str, columns: int, activated: Callable[[], object]) -> None:
        """The page's table; ``activated`` runs on a double-click or Enter on a row."""
        self.table = list_table(self, name, columns)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: activated())

    def lay_out(self, buttons: Sequence[QPushButton]) -> None:
        """``buttons`` in a row above the table."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)

    # -- what a page tells --------------------------------------------------------------------------------------
    def fetch(self) -> list[RowT]:
        """The rows as stored."""
        raise NotImplementedError

    def warning_title(self) -> str:
        """The title of the page's warnings, translated."""
        raise NotImplementedError

    def texts(self, row: RowT) -> list[str]:
        """The cells of ``row``, translated and formatted."""
        raise NotImplementedError

    def decorate(self, item: QTableWidgetItem, row: RowT, column: int) -> None:
        """Alignment, tooltip... of the cell in ``column`` of ``row``."""

    def greyed(self, row: RowT) -> bool:
        """Whether ``row`` is shown greyed (archived, deactivated)."""
        return False

    def created_id(self, dialog: QDialog) -> int | None:
        """The id of the row ``dialog`` created or edited, selected after it is accepted."""
        return None

    def _update_buttons(self) -> None:
        raise NotImplementedError

    # -- what the pages share -----------------------------------------------------------------------------------
    def warn(self, error: BureauError) -> None:
        QMessageBox.warning(self, self.warning_title(), translate_message(error.message))

    def load(self) -> None:
        try:
            self.rows = self.fetch()
        except BureauError as error:
            self.warn(error)
            self.rows = []
        self._fill()

    def _fill(self) -> None:
        selected = self.current()
        self.table.setRowCount(len(self.rows))
        grey = QBrush(QColor(INACTIVE_COLOUR))
        for index, row in enumerate(self.rows):
            greyed = self.greyed(row)
            for column, text in enumerate(self.texts(row)):
                item = QTableWidgetItem(text)
                self.decorate(item, row, column)
                if greyed:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, row_id: int) -> None:
        """Select the row of id ``row_id`` (nothing when it is not listed)."""
        for index, row in enumerate(self.rows):
            if row.id == row_id:
                self.table.selectRow(index)
                return

    def current(self) -> RowT | None:
        """The row selected, None when none is."""
        index = self.table.currentRow()
        model = self.table.selectionModel()
        selected = model.hasSelection() if model is not None else False
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _run(self, dialog: QDialog) -> bool:
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        self.load()
        if accepted:
            row_id = self.created_id(dialog)
            if row_id is not None:
                self.select(row_id)
            self.changed.emit()
        return accepted


class ArchivableListPage(ListPage[ArchivableT]):
    """A list page whose rows are archived and restored (``set_active``), the archived ones greyed; by default
    with an ``edit_button``, an ``archive_button`` and a ``restore_button``."""

    edit_button: QPushButton
    archive_button: QPushButton
    restore_button: QPushButton

    def store_active(self, row: ArchivableT, active: bool) -> None:
        """Store ``row`` archived (``active`` False) or restored."""
        raise NotImplementedError

    def greyed(self, row: ArchivableT) -> bool:
        return not row.active

    def _update_buttons(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and row.active)
        self.restore_button.setEnabled(row is not None and not row.active)

    def set_active(self, active: bool) -> bool:
        """Archive (``active`` False) or restore the row selected; False when none is or it is refused."""
        row = self.current()
        if row is None:
            return False
        try:
            self.store_active(row, active)
        except BureauError as error:
            self.warn(error)
            self.load()
            return False
        self.load()
        self.changed.emit()
        return True


__all__ = [
    "INACTIVE_COLOUR",
    "AdminPage",
    "ArchivableListPage",
    "ListPage",
    "add_page",
    "enclosing_tabs",
    "list_table",
    "page_button",
]
