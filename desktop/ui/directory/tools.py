"""The main window's *Directory* menu: the Clients, Buildings and Contacts tabs beside the helpdesk list, New
client… / New building… / New contact…, and Import buildings….

A client's page leads on: its buildings and contacts (the tabs narrowed to the client), its contracts, and its
open work orders (the helpdesk list filtered on the client). A building's page opens its open work orders.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.listing import ListFilter
from desktop.domain.workorders import OPEN_STATUSES
from desktop.services import lookups
from desktop.services.actor import Actor
from desktop.ui.directory.buildings_view import BuildingsView
from desktop.ui.directory.clients_view import ClientsView
from desktop.ui.directory.contacts_view import ContactsView
from desktop.ui.directory.list_view import DirectoryListView
from desktop.ui.i18n import translate_message

MENU_NAME = "directoryMenu"
CLIENTS, BUILDINGS, CONTACTS = "clients", "buildings", "contacts"
SHORTCUTS = {CLIENTS: "Ctrl+Shift+C", BUILDINGS: "Ctrl+Shift+B", CONTACTS: "Ctrl+Shift+T"}


class DirectoryTools(QObject):
    """Adds the Directory menu to ``window`` (a :class:`~desktop.ui.main_window.MainWindow`: ``tabs``,
    ``orders_menu``, ``list_page``, ``table``, ``model``, ``filter_bar``, ``show_filter``, ``open_number`` and
    ``open_contracts``) and owns the directory's tabs."""

    def __init__(self, window: QMainWindow, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.views: dict[str, DirectoryListView] = {}
        self.menu = QMenu(window.menuBar())
        self.menu.setObjectName(MENU_NAME)
        self.actions: dict[str, QAction] = {}
        for kind in (CLIENTS, BUILDINGS, CONTACTS):
            self.actions[kind] = self._action(f"{kind}Action", lambda k=kind: self.open_tab(k), SHORTCUTS[kind])
        self.menu.addSeparator()
        for kind in (CLIENTS, BUILDINGS, CONTACTS):
            self.actions[f"new_{kind}"] = self._action(f"new_{kind}Action", lambda k=kind: self.new_record(k))
        self.menu.addSeparator()
        self.import_action = self._action("importBuildingsAction", self.import_buildings)
        self._insert_menu()
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.menu.addAction(action)
        return action

    def _insert_menu(self) -> None:
        """Right after the Work orders menu."""
        bar = self.window.menuBar()
        orders_menu = getattr(self.window, "orders_menu", None)
        entries = bar.actions()
        following = None
        if isinstance(orders_menu, QMenu) and orders_menu.menuAction() in entries:
            position = entries.index(orders_menu.menuAction())
            following = entries[position + 1] if position + 1 < len(entries) else None
        if following is not None:
            bar.insertMenu(following, self.menu)
        else:
            bar.addMenu(self.menu)

    # -- language -----------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Directory"))
        texts = {
            CLIENTS: (self.tr("&Clients"), self.tr("The clients, each with their buildings, contacts and orders")),
            BUILDINGS: (self.tr("&Buildings"), self.tr("The clients' buildings, their closures and open orders")),
            CONTACTS: (self.tr("C&ontacts"), self.tr("The clients' contacts, whom Bureau emails")),
            f"new_{CLIENTS}": (self.tr("&New client…"), self.tr("Add a client")),
            f"new_{BUILDINGS}": (self.tr("New b&uilding…"), self.tr("Add a building to a client")),
            f"new_{CONTACTS}": (self.tr("New con&tact…"), self.tr("Add a contact at a client")),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
        self.import_action.setText(self.tr("&Import buildings…"))
        self.import_action.setToolTip(self.tr("Add many buildings at once from a spreadsheet"))
        for kind, view in self.live_views().items():
            index = self.window.tabs.indexOf(view)
            self.window.tabs.setTabText(index, self.tab_title(kind))

    def tab_title(self, kind: str) -> str:
        return {CLIENTS: self.tr("Clients"), BUILDINGS: self.tr("Buildings"), CONTACTS: self.tr("Contacts")}[kind]

    # -- the tabs -----------------------------------------------------------------------------------------------
    def live_views(self) -> dict[str, DirectoryListView]:
        """The directory's tabs open now (a closed tab's view is gone)."""
        tabs = self.window.tabs
        return {kind: view for kind, view in self.views.items() if shiboken6.isValid(view) and tabs.indexOf(view) >= 0}

    def open_tab(self, kind: str) -> DirectoryListView:
        """Show the tab of ``kind`` (clients, buildings or contacts), opened if need be, with its list read."""
        tabs = self.window.tabs
        view = self.live_views().get(kind)
        if view is None:
            view = self._new_view(kind)
            self.views[kind] = view
            tabs.addTab(view, self.tab_title(kind))
            view.start()
        else:
            view.reload()
        tabs.setCurrentWidget(view)
        view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return view

    def _new_view(self, kind: str) -> DirectoryListView:
        tabs = self.window.tabs
        if kind == CLIENTS:
            clients = ClientsView(self.db, self.actor, tabs)
            clients.page.buildingsRequested.connect(lambda key, name: self.client_tab(BUILDINGS, key, name))
            clients.page.contactsRequested.connect(lambda key, name: self.client_tab(CONTACTS, key, name))
            clients.page.contractsRequested.connect(lambda _key, _name: self.window.open_contracts())
            clients.page.ordersRequested.connect(lambda key, _name: self.show_client_orders(key))
            clients.page.newBuildingRequested.connect(lambda key, name: self.new_for_client(BUILDINGS, key, name))
            clients.page.newContactRequested.connect(lambda key, name: self.new_for_client(CONTACTS, key, name))
            view: DirectoryListView = clients
        elif kind == BUILDINGS:
            buildings = BuildingsView(self.db, self.actor, tabs)
            buildings.page.orderRequested.connect(lambda number: self.window.open_number(number))
            view = buildings
        else:
            view = ContactsView(self.db, self.actor, tabs)
        view.changed.connect(lambda k=kind: self._changed(k))
        return view

    def client_tab(self, kind: str, client_id: int, name: str) -> DirectoryListView:
        """The tab of ``kind`` narrowed to the records of one client."""
        view = self.open_tab(kind)
        view.set_client((client_id, name))
        return view

    def new_for_client(self, kind: str, client_id: int, name: str) -> int | None:
        """A new building or contact of the client: its tab, narrowed to the client, then the dialog."""
        return self.client_tab(kind, client_id, name).create_new()

    def new_record(self, kind: str) -> int | None:
        """New client… / New building… / New contact…: the tab, then the dialog."""
        return self.open_tab(kind).create_new()

    def _changed(self, kind: str) -> None:
        """A record was saved: the other lists and the helpdesk list show names of clients and buildings."""
        for other, view in self.live_views().items():
            if other != kind:
                view.reload()
        self.window.model.reload()

    # -- the helpdesk list --------------------------------------------------------------------------------------
    def show_client_orders(self, client_id: int) -> None:
        """The helpdesk list, filtered on the client's open work orders."""
        window = self.window
        try:
            window.filter_bar.set_options(lookups.agents(self.db), lookups.clients(self.db), lookups.buildings(self.db))
        except BureauError as error:
            QMessageBox.warning(window, self.tr("Open work orders"), translate_message(error.message))
            return
        wanted = ListFilter(statuses=frozenset(OPEN_STATUSES), client_id=client_id, sort=window.model.list_filter.sort)
        window.filter_bar.set_filter(wanted)
        window.show_filter(wanted)
        window.tabs.setCurrentWidget(window.list_page)
        window.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- import -------------------------------------------------------------------------------------------------
    def import_buildings(self) -> None:
        from desktop.ui.directory.import_dialog import show_import_buildings

        show_import_buildings(self.window, self._imported)

    def _imported(self, _count: int) -> None:
        """Buildings were imported: the open lists show them."""
        for view in self.live_views().values():
            view.reload()


__all__ = ["DirectoryTools"]
