"""The contracts screen: the list of contracts, and a contract's PPM tab with its jobs and their buildings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.ppm.frequency import FREQUENCY_LABELS, Frequency
from desktop.services.actor import Actor
from desktop.services.contracts import ContractPpm, ContractRow, JobBuildingRow, JobRow, contract_ppm, list_contracts
from desktop.ui.i18n import formatter, translate_message

ID_ROLE = Qt.ItemDataRole.UserRole

# Opens the building-period editor for a job building; True when something was saved.
PeriodsEditor = Callable[[QWidget, Database, Actor, int], bool]


def frequency_label(frequency: Frequency) -> str:
    return QCoreApplication.translate("Frequency", FREQUENCY_LABELS[frequency])


def _item(text: str, row_id: int | None = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if row_id is not None:
        item.setData(ID_ROLE, row_id)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> int | None:
    """Show ``rows`` in ``table`` without selection signals; the id of the row that was selected before."""
    chosen = ContractsView._selected(table)
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)
    table.blockSignals(False)
    table.resizeColumnsToContents()
    return chosen


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class ContractsView(QWidget):
    """Browse contracts and their PPM jobs; "Edit actions" opens the building-period editor."""

    scheduleSaved = Signal(int)  # job building id

    def __init__(
        self, db: Database, actor: Actor, periods_editor: PeriodsEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.periods_editor = periods_editor
        self.contracts: list[ContractRow] = []
        self.ppm: ContractPpm | None = None

        self.contracts_label = QLabel(self)
        self.contracts_table = _table(self, "contracts")
        self.contracts_table.itemSelectionChanged.connect(self._contract_chosen)
        self.jobs_label = QLabel(self)
        self.jobs_table = _table(self, "jobs")
        self.jobs_table.itemSelectionChanged.connect(self._job_chosen)
        self.buildings_label = QLabel(self)
        self.buildings_table = _table(self, "jobBuildings")
        self.buildings_table.itemSelectionChanged.connect(self._update_actions)
        self.buildings_table.doubleClicked.connect(lambda _index: self.edit_periods())

        self.edit_menu = QMenu(self)
        self.edit_menu.setToolTipsVisible(True)
        self.edit_periods_action = QAction(self)
        self.edit_periods_action.setObjectName("editPeriods")
        self.edit_periods_action.triggered.connect(self.edit_periods)
        self.edit_menu.addAction(self.edit_periods_action)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editActions")
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setMenu(self.edit_menu)

        ppm_page = QWidget(self)
        jobs_box, buildings_box = QWidget(ppm_page), QWidget(ppm_page)
        jobs_layout, buildings_layout = QVBoxLayout(jobs_box), QVBoxLayout(buildings_box)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        buildings_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addWidget(self.jobs_label)
        jobs_layout.addWidget(self.jobs_table)
        buildings_top = QHBoxLayout()
        buildings_top.addWidget(self.buildings_label, 1)
        buildings_top.addWidget(self.edit_button)
        buildings_layout.addLayout(buildings_top)
        buildings_layout.addWidget(self.buildings_table)
        ppm_split = QSplitter(Qt.Orientation.Vertical, ppm_page)
        ppm_split.addWidget(jobs_box)
        ppm_split.addWidget(buildings_box)
        QVBoxLayout(ppm_page).addWidget(ppm_split)
        self.contract_tabs = QTabWidget(self)
        self.contract_tabs.setObjectName("contractTabs")
        self.contract_tabs.addTab(ppm_page, "")

        contracts_box = QWidget(self)
        contracts_layout = QVBoxLayout(contracts_box)
        contracts_layout.setContentsMargins(0, 0, 0, 0)
        contracts_layout.addWidget(self.contracts_label)
        contracts_layout.addWidget(self.contracts_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(contracts_box)
        split.addWidget(self.contract_tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.retranslate()
        self.reload()

    # -- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_contracts()
            self._show_ppm()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.contracts_label.setText(self.tr("Contracts"))
        self.jobs_label.setText(self.tr("PPM jobs"))
        self.buildings_label.setText(self.tr("Buildings of the job"))
        self.contract_tabs.setTabText(0, self.tr("PPM"))
        self.edit_button.setText(self.tr("Edit actions"))
        self.edit_periods_action.setText(self.tr("Edit job PPM building periods…"))
        self.contracts_table.setColumnCount(6)
        self.contracts_table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Client"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Currency"),
                self.tr("PPM jobs"),
            ]
        )
        self.jobs_table.setColumnCount(6)
        self.jobs_table.setHorizontalHeaderLabels(
            [
                self.tr("Job"),
                self.tr("Frequency"),
                self.tr("Certificate based"),
                self.tr("Lead days"),
                self.tr("Dynamic dates supported"),
                self.tr("Excluded from dynamic dates"),
            ]
        )
        self.buildings_table.setColumnCount(8)
        self.buildings_table.setHorizontalHeaderLabels(
            [
                self.tr("Building"),
                self.tr("Visits"),
                self.tr("Invoices"),
                self.tr("Invoice amount"),
                self.tr("Site value"),
                self.tr("Partial periods"),
                self.tr("Periods"),
                self.tr("Work orders"),
            ]
        )
        self._update_actions()

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    # -- data -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the contracts again, keeping the chosen contract, job and building."""
        chosen = (
            self._selected(self.contracts_table),
            self._selected(self.jobs_table),
            self._selected(self.buildings_table),
        )
        try:
            self.contracts = list_contracts(self.db)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Contracts"), translate_message(error.message))
            return
        self._show_contracts()
        self._select(self.contracts_table, chosen[0])
        self._select(self.jobs_table, chosen[1])
        self._select(self.buildings_table, chosen[2])

    def _show_contracts(self) -> None:
        fmt = formatter()
        table = self.contracts_table
        chosen = _fill(
            table,
            [
                [
                    _item(contract.reference, contract.id),
                    _item(contract.client_name),
                    _item(fmt.date(contract.start_date)),
                    _item(fmt.date(contract.end_date)),
                    _item(contract.currency),
                    _item(fmt.number(contract.job_count), right=True),
                ]
                for contract in self.contracts
            ],
        )
        if chosen is not None:
            self._select(table, chosen)
        elif self.contracts:
            table.selectRow(0)

    def _contract_chosen(self) -> None:
        contract_id = self._selected(self.contracts_table)
        self.ppm = None
        if contract_id is not None:
            try:
                self.ppm = contract_ppm(self.db, contract_id)
            except BureauError as error:
                QMessageBox.warning(self, self.tr("Contracts"), translate_message(error.message))
        self._show_ppm()

    def _show_ppm(self) -> None:
        jobs = self.ppm.jobs if self.ppm is not None else ()
        table = self.jobs_table
        chosen = _fill(
            table,
            [
                [
                    _item(job.description, job.id),
                    _item(frequency_label(job.frequency)),
                    _item(self._yes_no(job.certificate_based)),
                    _item(formatter().number(job.lead_days), right=True),
                    _item(self._yes_no(job.dynamic_dates_supported)),
                    _item(self._yes_no(job.exclude_dynamic_dates)),
                ]
                for job in jobs
            ],
        )
        if not (chosen is not None and self._select(table, chosen)) and jobs:
            table.selectRow(0)
        self._job_chosen()

    def job(self) -> JobRow | None:
        job_id = self._selected(self.jobs_table)
        jobs = self.ppm.jobs if self.ppm is not None else ()
        return next((job for job in jobs if job.id == job_id), None)

    def job_building(self) -> JobBuildingRow | None:
        job = self.job()
        chosen = self._selected(self.buildings_table)
        if job is None or chosen is None:
            return None
        return next((row for row in job.buildings if row.id == chosen), None)

    def _job_chosen(self) -> None:
        job = self.job()
        rows = job.buildings if job is not None else ()
        fmt = formatter()
        currency = self.ppm.contract.currency if self.ppm is not None else "EUR"
        table = self.buildings_table
        chosen = _fill(
            table,
            [
                [
                    _item(building.building_name, building.id),
                    _item(frequency_label(building.visit_frequency)),
                    _item(frequency_label(building.invoice_frequency)),
                    _item(fmt.money(building.invoice_amount, currency), right=True),
                    _item(fmt.money(building.site_value, currency), right=True),
                    _item(self._yes_no(building.partial_periods)),
                    _item(fmt.number(building.periods), right=True),
                    _item(fmt.number(building.work_orders), right=True),
                ]
                for building in rows
            ],
        )
        if chosen is not None:
            self._select(table, chosen)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.job_building()
        self.edit_periods_action.setEnabled(chosen is not None)
        self.edit_periods_action.setToolTip(
            self.tr("The visits, invoices and periods of the chosen building")
            if chosen is not None
            else self.tr("Choose a building of the job first.")
        )

    # -- selection helpers ----------------------------------------------------------------------------
    @staticmethod
    def _selected(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() is not None else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    @staticmethod
    def _select(table: QTableWidget, row_id: int | None) -> bool:
        if row_id is None:
            return False
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == row_id:
                table.selectRow(row)
                return True
        return False

    def select_job_building(self, contract_id: int, job_id: int, job_building_id: int) -> bool:
        return (
            self._select(self.contracts_table, contract_id)
            and self._select(self.jobs_table, job_id)
            and self._select(self.buildings_table, job_building_id)
        )

    # -- actions --------------------------------------------------------------------------------------
    def edit_periods(self) -> None:
        chosen = self.job_building()
        if chosen is None:
            return
        if self.periods_editor(self, self.db, self.actor, chosen.id):
            self.scheduleSaved.emit(chosen.id)
            self._contract_chosen()
