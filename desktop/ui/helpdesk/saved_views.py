"""Named views of the helpdesk list: a drop-down to show one, save the current filters as one, or delete one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services import saved_filters
from desktop.services.actor import Actor
from desktop.ui.helpdesk.filter_bar import FilterBar
from desktop.ui.i18n import translate_message


class SavedViewsButton(QPushButton):
    """The "Views" drop-down beside the filter bar; the list of views is read each time the menu opens.

    Choosing a view shows it in the bar, which emits ``filterChanged``; ``viewChosen`` carries the filters too.
    """

    viewChosen = Signal(object)  # the ListFilter of the view chosen

    def __init__(self, db: Database, actor: Actor, bar: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else bar)
        self.setObjectName("savedViews")
        self.db, self.actor, self.bar = db, actor, bar
        self.setAutoDefault(False)
        self.view_menu = QMenu(self)
        self.view_menu.setObjectName("savedViewsMenu")
        self.view_menu.aboutToShow.connect(self.rebuild_menu)
        self.setMenu(self.view_menu)
        self.save_action = QAction(self)
        self.save_action.setObjectName("saveView")
        self.save_action.triggered.connect(self.save_current)
        self.delete_menu = QMenu(self)
        self.delete_menu.setObjectName("deleteViewMenu")
        self.no_views_action = QAction(self)
        self.no_views_action.setEnabled(False)
        self.view_actions: dict[str, QAction] = {}
        self.retranslate()
        self.rebuild_menu()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Vi&ews"))
        self.setToolTip(self.tr("Your saved filters: show one, save the current filters, delete one"))
        self.save_action.setText(self.tr("&Save the current filters as a view…"))
        self.delete_menu.setTitle(self.tr("&Delete a view"))
        self.no_views_action.setText(self.tr("No saved views"))

    # --- the menu

    def rebuild_menu(self) -> None:
        names = self._names()
        self.view_menu.clear()
        self.delete_menu.clear()
        self.view_actions = {}
        if names:
            for name in names:
                action = self.view_menu.addAction(_menu_text(name))
                action.triggered.connect(lambda _checked=False, name=name: self.show_view(name))
                self.view_actions[name] = action
                remove = self.delete_menu.addAction(_menu_text(name))
                remove.triggered.connect(lambda _checked=False, name=name: self.delete(name))
        else:
            self.view_menu.addAction(self.no_views_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.save_action)
        self.delete_menu.setEnabled(bool(names))
        self.view_menu.addMenu(self.delete_menu)

    def names(self) -> list[str]:
        """The agent's views, as the menu lists them."""
        return list(self.view_actions)

    # --- the use cases

    def show_view(self, name: str) -> None:
        try:
            list_filter = saved_filters.load_view(self.db, self.actor, name)
        except (BureauError, SQLAlchemyError) as error:
            self.show_error(error)
            return
        self.bar.apply_filter(list_filter)
        self.viewChosen.emit(list_filter)

    def save_current(self) -> None:
        name = self.ask_name()
        if name is None or not name.strip():
            return
        current = self.bar.current_filter()
        existing = {known.casefold(): known for known in self._names()}
        known = existing.get(name.strip().casefold())
        if known is not None and not self.confirm(
            self.tr("A view named “{name}” exists already. Replace it with the current filters?").format(name=known)
        ):
            return
        try:
            saved_filters.save_view(self.db, self.actor, name, current)
        except (BureauError, SQLAlchemyError) as error:
            self.show_error(error)
        self.rebuild_menu()

    def delete(self, name: str) -> None:
        if not self.confirm(self.tr("Delete the view “{name}”?").format(name=name)):
            return
        try:
            saved_filters.delete_view(self.db, self.actor, name)
        except (BureauError, SQLAlchemyError) as error:
            self.show_error(error)
        self.rebuild_menu()

    # --- talking to the agent (replaced in tests)

    def ask_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save view"), self.tr("Name of the view:"), QLineEdit.EchoMode.Normal, ""
        )
        return name if ok else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Views"), question)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Views"), self.error_text(error))

    def error_text(self, error: Exception) -> str:
        if isinstance(error, BureauError):
            return translate_message(error.message)
        return self.tr("The saved views could not be read or written. Check the connection to the database.")

    def _names(self) -> list[str]:
        try:
            return saved_filters.list_views(self.db, self.actor)
        except SQLAlchemyError as error:
            self.show_error(error)
            return []


def _menu_text(name: str) -> str:
    """A view's name as a menu entry: its ampersands are text, not mnemonics."""
    return name.replace("&", "&&")
