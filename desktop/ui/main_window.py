"""The main window: the helpdesk list of work orders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMainWindow, QMessageBox, QTableView, QWidget

from desktop import __version__
from desktop.db.engine import Database, sqlite_file
from desktop.services.actor import Actor
from desktop.ui.helpdesk.model import Column, HelpdeskModel
from desktop.ui.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog

ROW_HEIGHT_PADDING = 6


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings

        self.model = HelpdeskModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("helpdeskList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_HEIGHT_PADDING)
        vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.setCentralWidget(self.table)

        self.count_label = QLabel(self)
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_actions()
        self._build_menus()
        self.retranslate()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)

    def _build_actions(self) -> None:
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bureau: helpdesk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Bureau"))
        self.model.retranslate()
        self._update_status()

    def _update_status(self) -> None:
        self.count_label.setText(QCoreApplication.translate("MainWindow", "%Ln work order(s)", "", self.model.total))
        path = sqlite_file(self.db.url)
        where = str(path) if path is not None else self.db.url.render_as_string(hide_password=True)
        self.database_label.setText(
            self.tr("{user} on {database}").format(user=self.actor.display_name, database=where)
        )

    # -- actions -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        self._update_status()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Bureau"),
            self.tr("Bureau {version}\nThe desktop for facilities-management helpdesk agents.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)


_COLUMN_WIDTHS = {
    Column.NUMBER: 80,
    Column.TYPE: 90,
    Column.STATUS: 150,
    Column.PRIORITY: 80,
    Column.TITLE: 300,
    Column.CLIENT: 170,
    Column.BUILDING: 190,
    Column.ASSIGNEE: 140,
    Column.CREATED: 130,
    Column.DUE: 90,
}
