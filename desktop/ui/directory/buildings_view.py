"""The Buildings tab: the list of buildings, and the selected building's page at the side (address, dates, access
notes, closures, its open work orders, double-click opens one, and the PPM jobs it is in)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.places import countries
from desktop.services import directory_lists
from desktop.services.actor import Actor
from desktop.services.buildings import (
    BuildingPage,
    building_page,
    delete_building,
    get_building,
    set_building_active,
)
from desktop.services.directory_lists import BuildingRow, BuildingSort
from desktop.services.lookup_search import ClientHit
from desktop.ui.directory.building_dialog import BuildingDialog
from desktop.ui.directory.clients_view import PANEL_DELAY_MS, archived_text
from desktop.ui.directory.list_model import ListColumn
from desktop.ui.directory.list_view import ROW_PADDING, DirectoryListView
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.neworder.open_orders import OpenColumn, OpenOrdersModel


@lru_cache(maxsize=8)
def _country_names(language: str) -> dict[str, str]:
    return dict(countries(language))


def country_text(code: str) -> str:
    """The country's name in the UI language (the code of one no longer known)."""
    return _country_names(str(formatter().locale)).get(code, code)


def _columns() -> list[ListColumn]:
    return [
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Name"), lambda row: row.name, BuildingSort.NAME.value
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Client"),
            lambda row: row.client_name,
            BuildingSort.CLIENT.value,
        ),
        ListColumn(lambda: QCoreApplication.translate("DirectoryList", "Address"), lambda row: row.address_line),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Postcode"),
            lambda row: row.postcode,
            BuildingSort.POSTCODE.value,
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "City"), lambda row: row.city, BuildingSort.CITY.value
        ),
        ListColumn(
            lambda: QCoreApplication.translate("DirectoryList", "Country"),
            lambda row: country_text(row.country),
            BuildingSort.COUNTRY.value,
        ),
        ListColumn(lambda: QCoreApplication.translate("DirectoryList", "State"), archived_text),
    ]


class BuildingPanel(QWidget):
    """The building's page. ``orderRequested`` carries the number of an open work order double-clicked (or
    Enter)."""

    orderRequested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buildingPage")
        self.db = db
        self.page: BuildingPage | None = None
        self._wanted: int | None = None
        self._error: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("title")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.orders_label = QLabel(self)
        self.orders_model = OpenOrdersModel(self)
        self.orders = QTableView(self)
        self.orders.setObjectName("openOrders")
        self.orders.setModel(self.orders_model)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders.setTabKeyNavigation(False)
        self.orders.setWordWrap(False)
        rows = self.orders.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.orders.horizontalHeader()
        header.setSectionResizeMode(OpenColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OpenColumn.NUMBER, OpenColumn.STATUS, OpenColumn.AGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.orders_label.setBuddy(self.orders)
        self.jobs_label = QLabel(self)
        self.jobs = QListWidget(self)
        self.jobs.setObjectName("ppmJobs")
        self.jobs_label.setBuddy(self.jobs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders, 3)
        layout.addWidget(self.jobs_label)
        layout.addWidget(self.jobs, 2)
        layout.addStretch(0)
        self.orders.activated.connect(self._open_order)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PANEL_DELAY_MS)
        self.timer.timeout.connect(self.load)
        self.show_page(None)

    def show_building(self, building_id: int | None, *, now: bool = False) -> None:
        """Show the page of ``building_id`` (None: nothing) after a short pause, or at once when ``now``."""
        self._wanted = building_id
        if now or building_id is None:
            self.load()
        else:
            self.timer.start()

    def load(self) -> None:
        self.timer.stop()
        page = None
        error = None
        if self._wanted is not None:
            try:
                page = building_page(self.db, self._wanted)
            except BureauError as refused:
                error = translate_message(refused.message)
        self.show_page(page, error)

    def show_page(self, page: BuildingPage | None, error: str | None = None) -> None:
        self.page = page
        self._error = error
        self.orders_model.set_orders(page.open_orders if page is not None else [])
        self.orders_label.setVisible(page is not None)
        self.orders.setVisible(page is not None and bool(page.open_orders))
        self.jobs_label.setVisible(page is not None)
        self.jobs.setVisible(page is not None and bool(page.jobs))
        self.retranslate()

    def _open_order(self, index: QModelIndex) -> None:
        number = self.orders_model.number_at(index.row())
        if number is not None:
            self.orderRequested.emit(number)

    def retranslate(self) -> None:
        self.orders_model.retranslate()
        self.orders_label.setText(self.tr("&Open work orders (double-click one to open it):"))
        self.jobs_label.setText(self.tr("&PPM jobs it is in:"))
        page = self.page
        self.jobs.clear()
        if page is None:
            self.title.setText("")
            self.details.setText(self._error or self.tr("Select a building to see its page."))
            return
        building = page.building
        fmt = formatter()
        self.title.setText(building.name)
        lines = [
            self.tr("Client: {client}").format(client=building.client_name),
            building.address_line,
            f"{building.postcode} {building.city}",
            country_text(building.country),
        ]
        if building.end_date is not None:
            lines.append(
                self.tr("From {start} to {end}").format(
                    start=fmt.date(building.start_date, "medium"), end=fmt.date(building.end_date, "medium")
                )
            )
        else:
            lines.append(self.tr("Since {start}").format(start=fmt.date(building.start_date, "medium")))
        if building.access_notes:
            lines.append(self.tr("Access: {notes}").format(notes=building.access_notes))
        for closure in building.closures:
            dates = self.tr("Closed from {start} to {end}").format(
                start=fmt.date(closure.start_date, "medium"), end=fmt.date(closure.end_date, "medium")
            )
            lines.append(f"{dates}: {closure.reason}" if closure.reason else dates)
        if not building.active:
            lines.append(self.tr("Archived: offered for no new work."))
        self.details.setText("\n".join(lines))
        if not page.open_orders:
            self.orders_label.setText(self.tr("No open work order."))
        for job in page.jobs:
            self.jobs.addItem(self.tr("{contract}: {job}").format(contract=job.contract_reference, job=job.description))
        if not page.jobs:
            self.jobs_label.setText(self.tr("In no PPM job."))


class BuildingsView(DirectoryListView):
    """The Buildings tab."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            db, actor, _columns(), directory_lists.building_page_rows, directory_lists.building_count, parent
        )
        self.setObjectName("buildingsView")
        self.page = BuildingPanel(db, self)
        self.add_side(self.page)
        self.splitter.setSizes([900, 440])
        header = self.table.horizontalHeader()
        for column, width in enumerate((190, 150, 170, 75, 105, 100)):
            header.resizeSection(column, width)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Buildings")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Name, address, postcode, city or client reference"))
        self.new_button.setToolTip(self.tr("Add a building"))
        if hasattr(self, "page"):
            self.page.retranslate()

    def show_current(self, row: BuildingRow | None) -> None:
        if hasattr(self, "page"):
            self.page.show_building(row.id if row is not None else None)

    def new_client(self) -> ClientHit | None:
        """The client the list is narrowed to: a new building is of that client."""
        if self._client is None:
            return None
        return ClientHit(self._client[0], self._client[1], "")

    def create(self) -> int | None:
        dialog = BuildingDialog(self.db, self.actor, None, self, client=self.new_client())
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved_id if accepted else None
        finally:
            dialog.deleteLater()

    def edit(self, row: BuildingRow) -> bool:
        try:
            record = get_building(self.db, row.id)
        except BureauError as error:
            QMessageBox.warning(self, self.title(), translate_message(error.message))
            return False
        dialog = BuildingDialog(self.db, self.actor, record, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def set_active(self, row: BuildingRow, active: bool) -> None:
        set_building_active(self.db, self.actor, row.id, row.version, active)

    def delete(self, row: BuildingRow) -> None:
        delete_building(self.db, self.actor, row.id, row.version)

    def reload(self, select_id: int | None = None) -> None:
        super().reload(select_id)
        row = self.current_row()
        self.page.show_building(row.id if row is not None else None, now=True)


__all__ = ["BuildingPanel", "BuildingsView", "country_text"]
