"""The main window: the helpdesk list of work orders ("page de travail du service d'assistance")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.db.engine import Database, sqlite_file
from desktop.domain.errors import BureauError
from desktop.domain.listing import ListFilter
from desktop.services import lookups, saved_filters
from desktop.services.actor import Actor
from desktop.services.workorder_detail import get_detail
from desktop.ui.admin.tools import AdministrationTools
from desktop.ui.contracts.contracts_view import ContractsView
from desktop.ui.directory.list_view import DirectoryListView
from desktop.ui.directory.tools import DirectoryTools
from desktop.ui.helpdesk.bulk import BulkActions
from desktop.ui.helpdesk.export import ExportRunner
from desktop.ui.helpdesk.filter_bar import FilterBar
from desktop.ui.helpdesk.model import HIDDEN_BY_DEFAULT, SORT_COLUMN, Column, HelpdeskModel
from desktop.ui.helpdesk.saved_views import SavedViewsButton
from desktop.ui.i18n import translate_message
from desktop.ui.neworder.launcher import NewOrderLauncher
from desktop.ui.outbox.tools import OutboxTools
from desktop.ui.plurals import MORE_THAN_WORK_ORDERS, WORK_ORDERS, plural
from desktop.ui.ppm.generation_dialog import GenerationDialog
from desktop.ui.ppm.generation_report import total_lines
from desktop.ui.ppm.periods_dialog import edit_periods
from desktop.ui.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.timer_status import install_timer_status
from desktop.ui.workorder.detail_view import WorkOrderDetailView
from desktop.ui.workorder.detail_window import WorkOrderWindow

ROW_HEIGHT_PADDING = 6
# The filters are saved as the agent's last used this long after the last change (and on closing).
SAVE_FILTERS_AFTER_MS = 1500

DEFAULT_WIDTHS = {
    Column.NUMBER: 72,
    Column.TYPE: 86,
    Column.STATUS: 160,
    Column.PRIORITY: 76,
    Column.TITLE: 260,
    Column.CLIENT: 160,
    Column.BUILDING: 190,
    Column.ASSIGNEE: 120,
    Column.CREATED: 130,
    Column.DUE: 100,
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings

        self.model = HelpdeskModel(db, actor.user_id, self)
        self.table = QTableView(self)
        self.table.setObjectName("helpdeskList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(self.open_order)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_PADDING)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        # The model's own default order, so that enabling sorting does not re-query.
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        self.filter_bar = FilterBar(self)
        self.filter_bar.setObjectName("filterBar")
        self.views_button = SavedViewsButton(db, actor, self.filter_bar)
        self.filter_bar.add_trailing_widget(self.views_button)
        self.filter_bar.filterChanged.connect(self.show_filter)
        self.exporter = ExportRunner(db, self)
        self.exporter.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self._save_filters_timer = QTimer(self)
        self._save_filters_timer.setSingleShot(True)
        self._save_filters_timer.setInterval(SAVE_FILTERS_AFTER_MS)
        self._save_filters_timer.timeout.connect(self.save_filters)

        self.list_page = QWidget(self)
        self.list_page.setObjectName("listPage")
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        # The list is the first tab; each opened work order gets a tab of its own (or a window).
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.list_page, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.detail_windows: list[WorkOrderWindow] = []
        self.contracts_view: ContractsView | None = None
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self.model.countChanged.connect(self._show_count)
        self.model.queryChanged.connect(self._show_sort)
        self.model.loadFailed.connect(self._show_load_error)

        self._build_actions()
        self._build_menus()
        self.bulk = BulkActions(self, db, actor, self.table, self.model)
        self.orders_menu.addSeparator()
        self.orders_menu.addMenu(self.bulk.menu)
        self.outbox = OutboxTools(db, settings, self)
        self.administration = AdministrationTools(self, db, actor)
        self.directory = DirectoryTools(self, db, actor)
        self.timer_status = install_timer_status(self, db, actor)  # the running timer, in the status bar
        # New work order… (Ctrl+N): the Work orders menu, the toolbar and the list's context menu.
        self.order_intake = NewOrderLauncher(self, db, actor)
        self.new_order_action = self.order_intake.action
        self.orders_menu.insertAction(self.open_action, self.new_order_action)
        self.orders_menu.insertSeparator(self.open_action)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_order_action)
        self.retranslate()
        self._restore_layout()

    # -- building -------------------------------------------------------------------------------------
    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: object) -> QAction:
        action = QAction(self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every key of the platform's convention (Ctrl+F4 and Ctrl+W)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(None, self.open_current)
        self.open_window_action = self._action("Ctrl+Shift+Return", self.open_current_in_window)
        # F2 in the list edits the selected order; in an open order its own Edit… action has F2.
        self.edit_current_action = QAction(self.table)
        self.edit_current_action.setObjectName("edit_selected_work_order")
        self.edit_current_action.setShortcut(QKeySequence("F2"))
        self.edit_current_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_current_action.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_current_action)
        self.contracts_action = self._action("Ctrl+Shift+K", self.open_contracts)
        self.generate_ppm_action = self._action(None, self.generate_ppms)
        self.close_tab_action = self._action(QKeySequence.StandardKey.Close, self.close_current_tab)
        self.next_tab_action = self._action("Ctrl+Tab", lambda: self._step_tab(1))
        self.previous_tab_action = self._action("Ctrl+Shift+Tab", lambda: self._step_tab(-1))
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.filter_bar.focus_search)
        self.reset_action = self._action("Ctrl+Shift+R", self.filter_bar.reset)
        self.export_action = self._action("Ctrl+E", self.export)
        self.list_action = self._action("Ctrl+L", self.focus_list)
        self.refresh_action = self._action(QKeySequence.StandardKey.Refresh, self.refresh)
        self.settings_action = self._action(QKeySequence.StandardKey.Preferences, self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action(None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.column_actions: dict[Column, QAction] = {}
        for column in Column:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
            self.column_actions[column] = action
        self.column_actions[Column.NUMBER].setEnabled(False)  # the number always stays

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.file_menu.insertAction(self.settings_action, self.export_action)
        self.file_menu.insertSeparator(self.settings_action)
        self.orders_menu = bar.addMenu("")
        self.orders_menu.addAction(self.open_action)
        self.orders_menu.addAction(self.open_window_action)
        self.orders_menu.addAction(self.close_tab_action)
        self.orders_menu.addSeparator()
        self.orders_menu.addAction(self.generate_ppm_action)
        self.orders_menu.addAction(self.contracts_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.reset_action)
        self.view_menu.addAction(self.list_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.columns_menu = self.view_menu.addMenu("")
        for action in self.column_actions.values():
            self.columns_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_actor(self, actor: Actor) -> None:
        """Act as ``actor`` (the same agent, renamed or speaking another language) from now on, everywhere: every
        part of this window holding the agent (``actor`` or ``_actor``), its open tabs and windows included."""
        for holder in (self, *self.findChildren(QObject)):
            for name in ("actor", "_actor"):
                held = getattr(holder, name, None)
                if isinstance(held, Actor) and held.user_id == actor.user_id:
                    setattr(holder, name, actor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bureau: helpdesk"))
        if hasattr(self, "toolbar"):
            self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.file_menu.setTitle(self.tr("&File"))
        self.orders_menu.setTitle(self.tr("&Work orders"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.open_action.setText(self.tr("&Open"))
        self.open_action.setToolTip(self.tr("Open the selected work order in a tab (Enter or double-click)"))
        self.open_window_action.setText(self.tr("Open in a new &window"))
        self.close_tab_action.setText(self.tr("&Close work order tab"))
        self.next_tab_action.setText(self.tr("Next tab"))
        self.previous_tab_action.setText(self.tr("Previous tab"))
        self.tabs.setTabText(0, self.tr("Helpdesk"))
        self.contracts_action.setText(self.tr("&Contracts and PPM…"))
        self.contracts_action.setToolTip(self.tr("The contracts, their PPM jobs and the periods of their buildings"))
        self.generate_ppm_action.setText(self.tr("&Generate due PPMs…"))
        self.generate_ppm_action.setToolTip(
            self.tr("Create the work orders of the PPM periods whose auto-generation date has come")
        )
        if self.contracts_view is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.contracts_view), self.tr("Contracts"))
        self.find_action.setText(self.tr("&Search"))
        self.reset_action.setText(self.tr("Reset &filters"))
        self.export_action.setText(self.tr("&Export list…"))
        self.list_action.setText(self.tr("Go to the &list"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Bureau"))
        for column, action in self.column_actions.items():
            action.setText(self.model.column_title(column))
        self.model.retranslate()
        self._show_count(self.model.rowCount(), self.model.capped)
        path = sqlite_file(self.db.url)
        where = str(path) if path is not None else self.db.url.render_as_string(hide_password=True)
        self.database_label.setText(
            self.tr("{user} on {database}").format(user=self.actor.display_name, database=where)
        )

    def _show_count(self, count: int, capped: bool) -> None:
        if not self.model.count_known:
            text = QCoreApplication.translate("MainWindow", "Counting work orders…")
        elif capped:
            text = plural(MORE_THAN_WORK_ORDERS, count)
        else:
            text = plural(WORK_ORDERS, count)
        self.count_label.setText(text)

    def _show_sort(self, list_filter: object) -> None:
        sort = self.model.list_filter.sort
        self.filter_bar.set_sort(sort)
        self._save_filters_timer.start()
        order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(SORT_COLUMN[sort.field], order)
        header.blockSignals(False)

    def _show_load_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The list could not be read: {error}").format(error=message), 10_000)

    # -- columns --------------------------------------------------------------------------------------
    def set_column_visible(self, column: Column, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        action = self.column_actions[column]
        if action.isChecked() != shown:
            action.setChecked(shown)

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.column_actions.values():
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _layout_key(self) -> str:
        return f"helpdesk/header/{self.actor.login}"

    def _restore_layout(self) -> None:
        state = self.settings.value_bytes(self._layout_key())
        header = self.table.horizontalHeader()
        for column in HIDDEN_BY_DEFAULT:  # until the agent shows them (a layout saved before they existed does)
            self.set_column_visible(column, False)
        if state is not None and header.restoreState(state):
            for column, action in self.column_actions.items():
                action.setChecked(not header.isSectionHidden(column))
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 780)

    def save_layout(self) -> None:
        self.settings.set_value_bytes(self._layout_key(), self.table.horizontalHeader().saveState())
        self.settings.set_window_geometry(self.saveGeometry())

    # -- filters --------------------------------------------------------------------------------------
    def restore_filters(self) -> None:
        """At start: the choices of the filter bar, and the agent's last filters (or the defaults)."""
        self.filter_bar.set_options(lookups.agents(self.db), lookups.clients(self.db), lookups.buildings(self.db))
        last = saved_filters.load_last_filter(self.db, self.actor) or ListFilter()
        try:
            last = last.validated()
        except BureauError:
            last = ListFilter()
        self.filter_bar.set_filter(last)
        self.model.set_filter(last)

    def show_filter(self, list_filter: object) -> None:
        assert isinstance(list_filter, ListFilter)
        try:
            self.model.set_filter(list_filter)
        except BureauError as error:
            self._show_load_error(translate_message(error.message))

    def save_filters(self) -> None:
        self._save_filters_timer.stop()
        try:
            saved_filters.save_last_filter(self.db, self.actor, self.model.list_filter)
        except BureauError as error:
            self.statusBar().showMessage(translate_message(error.message), 10_000)

    # -- actions --------------------------------------------------------------------------------------
    def focus_list(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.NUMBER))

    def export(self) -> None:
        total = self.model.rowCount() if self.model.count_known and not self.model.capped else None
        self.exporter.start(self.model.query, total)

    def refresh(self) -> None:
        """F5: the open work order when a tab of one is shown, the directory list of a directory tab, else the
        helpdesk list."""
        view = self.tabs.currentWidget()
        if isinstance(view, WorkOrderDetailView | DirectoryListView):
            view.reload()
            return
        self.model.reload()

    def open_current(self) -> None:
        self.open_order(self.table.currentIndex())

    def open_order(self, index: QModelIndex) -> None:
        number = self.model.number_at(index.row()) if index.isValid() else None
        if number is not None:
            self.open_number(number)

    def edit_current(self) -> None:
        """Open the selected order in its tab and start correcting it (F2 in the list)."""
        index = self.table.currentIndex()
        number = self.model.number_at(index.row()) if index.isValid() else None
        view = self.open_number(number) if number is not None else None
        if view is not None:
            view.corrections.edit()

    def open_current_in_window(self) -> None:
        index = self.table.currentIndex()
        number = self.model.number_at(index.row()) if index.isValid() else None
        if number is not None:
            self.open_number(number, window=True)

    def detail_views(self) -> list[WorkOrderDetailView]:
        """The work orders open in tabs and windows."""
        views = [self.tabs.widget(i) for i in range(self.tabs.count())]
        views += [window.view for window in self.detail_windows]
        return [view for view in views if isinstance(view, WorkOrderDetailView)]

    def open_number(self, number: int, *, window: bool = False) -> WorkOrderDetailView | None:
        """Show the order: its tab or window when it is open already, else a new tab (or window)."""
        for view in self.detail_views():
            if view.number == number:
                if view.window() is self:
                    self.tabs.setCurrentWidget(view)
                else:
                    view.window().raise_()
                    view.window().activateWindow()
                view.reload()
                view.setFocus()
                return view
        try:
            detail = get_detail(self.db, self.actor, number)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Work order"), translate_message(error.message))
            self.model.refresh_numbers([number])
            return None
        if window:
            detached = WorkOrderWindow(self.db, self.actor, detail, self)
            detached.closed.connect(self._forget_window)
            self.detail_windows.append(detached)
            view = detached.view
            detached.show()
        else:
            view = WorkOrderDetailView(self.db, self.actor, detail, self.tabs)
            index = self.tabs.addTab(view, view.tab_title())
            self.tabs.setTabToolTip(index, detail.title)
            self.tabs.setCurrentIndex(index)
            view.titleChanged.connect(lambda title, v=view: self._retitle(v, title))
        view.changed.connect(self._order_changed)
        view.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        view.closeRequested.connect(lambda v=view: self.close_view(v))
        view.logSimilarRequested.connect(self.order_intake.log_similar)
        view.setFocus()
        return view

    def _retitle(self, view: WorkOrderDetailView, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, view.detail.title)

    def _order_changed(self, number: int) -> None:
        self.model.refresh_numbers([number])
        self.outbox.send_soon()

    def close_view(self, view: WorkOrderDetailView) -> None:
        """Close an order's tab or window and go back to the list."""
        index = self.tabs.indexOf(view)
        if index > 0:
            self.close_tab(index)
        else:
            view.window().close()
            self.activateWindow()
        self.focus_list()

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return  # the list stays
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        view.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
        current = self.tabs.currentWidget()
        if current is self.list_page:
            self.table.setFocus()
        else:
            current.setFocus()

    def _forget_window(self, window: object) -> None:
        if window in self.detail_windows:
            self.detail_windows.remove(window)  # type: ignore[arg-type]

    def open_contracts(self) -> None:
        """The contracts screen, in a tab of its own."""
        if self.contracts_view is None or self.tabs.indexOf(self.contracts_view) < 0:
            self.contracts_view = ContractsView(self.db, self.actor, edit_periods, self.tabs)
            self.contracts_view.setObjectName("contractsView")
            self.tabs.addTab(self.contracts_view, self.tr("Contracts"))
        else:
            self.contracts_view.reload()
        self.tabs.setCurrentWidget(self.contracts_view)

    def generate_ppms(self) -> None:
        """Preview the due PPM work orders and create the ticked ones (each once, whoever else runs it at the same
        time)."""
        dialog = GenerationDialog(self.db, self.actor, date.today(), self)
        accepted = dialog.load() and dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.generated
        dialog.deleteLater()
        if not accepted or result is None:
            return
        self.model.reload()
        if self.contracts_view is not None:
            self.contracts_view.reload()  # its counts of generated orders decide what the job dialogs offer
        text = " ".join(total_lines(result))
        QMessageBox.information(self, self.tr("Generate due PPMs"), text)

    def open_settings(self) -> None:
        SettingsDialog(self.settings, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Bureau"),
            self.tr("Bureau {version}\nThe desktop for facilities-management helpdesk agents.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for window in list(self.detail_windows):
            window.close()
        self.save_layout()
        self.save_filters()
        self.exporter.shutdown()
        self.outbox.shutdown()
        self.model.wait_for_workers()
        super().closeEvent(event)
