"""The contracts screen: the list of contracts, and a contract's PPM tab with its jobs and their buildings.

Agents with the permission to edit contracts create, edit, archive and restore contracts here, create and edit
PPM jobs, and add buildings to a job, edit their details or remove them (*Edit actions*)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
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
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.services.actor import Actor
from desktop.services.contract_editing import archive_contract, restore_contract
from desktop.services.contracts import ContractPpm, ContractRow, JobBuildingRow, JobRow, contract_ppm, list_contracts
from desktop.ui.contracts.add_buildings_dialog import open_add_buildings_dialog
from desktop.ui.contracts.contract_dialog import open_contract_dialog
from desktop.ui.contracts.inputs import frequency_label
from desktop.ui.contracts.job_building_dialog import open_job_building_dialog
from desktop.ui.contracts.job_dialog import open_job_dialog
from desktop.ui.contracts.remove_building_dialog import remove_from_job
from desktop.ui.i18n import formatter, translate_message

ID_ROLE = Qt.ItemDataRole.UserRole

# Opens the building-period editor for a job building; True when something was saved.
PeriodsEditor = Callable[[QWidget, Database, Actor, int], bool]


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


def _action(parent: QWidget, name: str, slot: Callable[[], object]) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _button(parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _allow(widget: QWidget | QAction, tip: str, *reasons: str | None) -> None:
    """Enable ``widget`` unless one of ``reasons`` (the first one given) says why not; its tooltip says which."""
    reason = next((reason for reason in reasons if reason), None)
    widget.setEnabled(reason is None)
    widget.setToolTip(reason or tip)


class ContractsView(QWidget):
    """Browse contracts and their PPM jobs; create and edit them, and "Edit actions" on a job and its buildings."""

    scheduleSaved = Signal(int)  # job building id

    def __init__(
        self,
        db: Database,
        actor: Actor,
        periods_editor: PeriodsEditor,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.periods_editor = periods_editor
        self.clock = clock  # the day edits re-plan periods for
        self.contracts: list[ContractRow] = []
        self.ppm: ContractPpm | None = None

        self.contracts_label = QLabel(self)
        self.new_contract_button = _button(self, "newContract", self.new_contract)
        self.edit_contract_button = _button(self, "editContract", self.edit_contract)
        self.archive_button = _button(self, "archiveContract", self.toggle_archived)
        self.show_archived = QCheckBox(self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.contracts_table = _table(self, "contracts")
        self.contracts_table.itemSelectionChanged.connect(self._contract_chosen)
        self.contracts_table.doubleClicked.connect(lambda _index: self.edit_contract())
        self.jobs_label = QLabel(self)
        self.new_job_button = _button(self, "newJob", self.new_job)
        self.jobs_table = _table(self, "jobs")
        self.jobs_table.itemSelectionChanged.connect(self._job_chosen)
        self.jobs_table.doubleClicked.connect(lambda _index: self.edit_job())
        self.buildings_label = QLabel(self)
        self.buildings_table = _table(self, "jobBuildings")
        self.buildings_table.itemSelectionChanged.connect(self._update_actions)
        self.buildings_table.doubleClicked.connect(lambda _index: self.edit_periods())

        self.edit_menu = QMenu(self)
        self.edit_menu.setToolTipsVisible(True)
        self.edit_job_action = _action(self, "editJob", self.edit_job)
        self.add_buildings_action = _action(self, "addBuildings", self.add_buildings)
        self.edit_job_building_action = _action(self, "editJobBuilding", self.edit_job_building)
        self.edit_periods_action = _action(self, "editPeriods", self.edit_periods)
        self.remove_building_action = _action(self, "removeFromJob", self.remove_building)
        self.edit_menu.addAction(self.edit_job_action)
        self.edit_menu.addAction(self.add_buildings_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_job_building_action)
        self.edit_menu.addAction(self.edit_periods_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.remove_building_action)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editActions")
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setMenu(self.edit_menu)

        ppm_page = QWidget(self)
        jobs_box, buildings_box = QWidget(ppm_page), QWidget(ppm_page)
        jobs_layout, buildings_layout = QVBoxLayout(jobs_box), QVBoxLayout(buildings_box)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        buildings_layout.setContentsMargins(0, 0, 0, 0)
        jobs_top = QHBoxLayout()
        jobs_top.addWidget(self.jobs_label, 1)
        jobs_top.addWidget(self.new_job_button)
        jobs_layout.addLayout(jobs_top)
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
        contracts_top = QHBoxLayout()
        contracts_top.addWidget(self.contracts_label, 1)
        contracts_top.addWidget(self.show_archived)
        contracts_top.addWidget(self.new_contract_button)
        contracts_top.addWidget(self.edit_contract_button)
        contracts_top.addWidget(self.archive_button)
        contracts_layout.addLayout(contracts_top)
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
        self.new_contract_button.setText(self.tr("&New contract…"))
        self.edit_contract_button.setText(self.tr("&Edit contract…"))
        self.show_archived.setText(self.tr("Show ar&chived"))
        self.show_archived.setToolTip(self.tr("List the archived contracts too (in grey)"))
        self.new_job_button.setText(self.tr("New PPM &job…"))
        self.edit_button.setText(self.tr("Edit actions"))
        self.edit_job_action.setText(self.tr("Edit job PPM details…"))
        self.add_buildings_action.setText(self.tr("Add buildings…"))
        self.edit_job_building_action.setText(self.tr("Edit job building PPM details…"))
        self.edit_periods_action.setText(self.tr("Edit job PPM building periods…"))
        self.remove_building_action.setText(self.tr("Remove from job…"))
        self.contracts_table.setColumnCount(7)
        self.contracts_table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Client"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Currency"),
                self.tr("PPM jobs"),
                self.tr("Manual generation"),
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
    def reload(self, contract_id: int | None = None, job_id: int | None = None, building_id: int | None = None) -> None:
        """Read the contracts and the chosen contract's PPM tab again, keeping the chosen contract, job and
        building (or choosing those given)."""
        chosen = (
            contract_id or self._selected(self.contracts_table),
            job_id or self._selected(self.jobs_table),
            building_id or self._selected(self.buildings_table),
        )
        try:
            self.contracts = list_contracts(self.db, include_archived=self.show_archived.isChecked())
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Contracts"), translate_message(error.message))
            return
        table = self.contracts_table
        table.blockSignals(True)
        self._show_contracts()
        if not self._select(table, chosen[0]) and self.contracts:
            table.selectRow(0)
        table.blockSignals(False)
        self._contract_chosen()
        self._select(self.jobs_table, chosen[1])
        self._select(self.buildings_table, chosen[2])
        self._update_actions()

    def _show_contracts(self) -> None:
        fmt = formatter()
        table = self.contracts_table
        grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        rows = []
        for contract in self.contracts:
            cells = [
                _item(contract.reference, contract.id),
                _item(contract.client_name),
                _item(fmt.date(contract.start_date)),
                _item(fmt.date(contract.end_date)),
                _item(contract.currency),
                _item(fmt.number(contract.job_count), right=True),
                _item(self._yes_no(contract.manual_generation)),
            ]
            if not contract.active:
                for cell in cells:
                    cell.setForeground(grey)
                    cell.setToolTip(
                        self.tr("Archived: its PPM work orders are not generated; restore it to change it.")
                    )
            rows.append(cells)
        chosen = _fill(table, rows)
        if chosen is not None:
            self._select(table, chosen)
        elif self.contracts:
            table.selectRow(0)

    def contract(self) -> ContractRow | None:
        """The contract chosen in the list."""
        chosen = self._selected(self.contracts_table)
        return next((contract for contract in self.contracts if contract.id == chosen), None)

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
        grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        lines = []
        for building in rows:
            cells = [
                _item(building.building_name, building.id),
                _item(frequency_label(building.visit_frequency)),
                _item(frequency_label(building.invoice_frequency)),
                _item(fmt.money(building.invoice_amount, currency), right=True),
                _item(fmt.money(building.site_value, currency), right=True),
                _item(self._yes_no(building.partial_periods)),
                _item(fmt.number(building.periods), right=True),
                _item(fmt.number(building.work_orders), right=True),
            ]
            if building.end_date is not None:
                for cell in cells:
                    cell.setForeground(grey)
                    cell.setToolTip(self._left_text(building))
            lines.append(cells)
        chosen = _fill(table, lines)
        if chosen is not None:
            self._select(table, chosen)
        self._update_actions()

    # -- what may be done -----------------------------------------------------------------------------
    def _update_actions(self) -> None:
        contract, job, building = self.contract(), self.job(), self.job_building()
        may_edit = self.actor.can(Permission.EDIT_CONTRACT)
        no_permission = (
            None
            if may_edit
            else self.tr("Needs the permission “{permission}”.").format(
                permission=QCoreApplication.translate("Permission", PERMISSION_LABELS[Permission.EDIT_CONTRACT])
            )
        )
        no_contract = self.tr("Choose a contract first.") if contract is None else None
        archived = (
            self.tr("The contract is archived: restore it first.")
            if contract is not None and not contract.active
            else None
        )
        no_job = self.tr("Choose a PPM job first.") if job is None else None
        no_building = self.tr("Choose a building of the job first.") if building is None else None
        left = self._left_text(building) if building is not None and building.end_date is not None else None

        _allow(self.new_contract_button, self.tr("A new contract with a client"), no_permission)
        _allow(
            self.edit_contract_button,
            self.tr("The client, reference, dates, financial year and currency of the contract"),
            no_permission,
            no_contract,
            archived,
        )
        if contract is not None and not contract.active:
            self.archive_button.setText(self.tr("&Restore"))
            tip = self.tr("Make the contract active again: it can be changed and its PPM work orders are generated")
        else:
            self.archive_button.setText(self.tr("A&rchive"))
            tip = self.tr("Keep the contract with its jobs and work orders, but generate and change nothing more")
        _allow(self.archive_button, tip, no_permission, no_contract)
        _allow(self.new_job_button, self.tr("A new PPM job of the contract"), no_permission, no_contract, archived)
        _allow(
            self.edit_job_action,
            self.tr("The description, frequency and defaults of the chosen job"),
            no_permission,
            no_contract,
            archived,
            no_job,
        )
        _allow(
            self.add_buildings_action,
            self.tr("Add buildings of the client to the chosen job"),
            no_permission,
            no_contract,
            archived,
            no_job,
        )
        _allow(
            self.edit_job_building_action,
            self.tr("Dynamic dates, partial periods and instructions of the chosen building"),
            no_permission,
            archived,
            no_building,
        )
        _allow(
            self.edit_periods_action,
            self.tr("The visits, invoices and periods of the chosen building"),
            archived,
            no_building,
        )
        _allow(
            self.remove_building_action,
            self.tr("Take the chosen building out of the job"),
            no_permission,
            archived,
            no_building,
            left,
        )

    def _left_text(self, building: JobBuildingRow) -> str:
        return self.tr("{building} left the job after {date}.").format(
            building=building.building_name, date=formatter().date(building.end_date)
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
    def new_contract(self) -> None:
        if not self.new_contract_button.isEnabled():
            return
        saved = open_contract_dialog(self, self.db, self.actor, None, self.clock)
        if saved is not None:
            self.reload(saved)

    def edit_contract(self) -> None:
        contract = self.contract()
        if contract is None or not self.edit_contract_button.isEnabled():
            return
        if open_contract_dialog(self, self.db, self.actor, contract, self.clock) is not None:
            self.reload()

    def toggle_archived(self) -> None:
        contract = self.contract()
        if contract is None or not self.archive_button.isEnabled():
            return
        if contract.active:
            answer = QMessageBox.question(
                self,
                self.tr("Archive"),
                self.tr(
                    "Archive the contract {reference}? Its jobs, periods and work orders stay, but its PPM work "
                    "orders are no longer generated and it cannot be changed until it is restored."
                ).format(reference=contract.reference),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if contract.active:
                archive_contract(self.db, self.actor, contract.id, contract.version)
            else:
                restore_contract(self.db, self.actor, contract.id, contract.version)
        except BureauError as error:
            QMessageBox.warning(self, self.tr("Contracts"), translate_message(error.message))
            return
        self.reload(contract.id)

    def new_job(self) -> None:
        contract = self.contract()
        if contract is None or not self.new_job_button.isEnabled():
            return
        saved = open_job_dialog(self, self.db, self.actor, contract, None, self.clock)
        if saved is not None:
            self.reload(contract.id, saved)

    def edit_job(self) -> None:
        contract, job = self.contract(), self.job()
        if contract is None or job is None or not self.edit_job_action.isEnabled():
            return
        if open_job_dialog(self, self.db, self.actor, contract, job, self.clock) is not None:
            self.reload()

    def add_buildings(self) -> None:
        job = self.job()
        if job is None or not self.add_buildings_action.isEnabled():
            return
        added = open_add_buildings_dialog(self, self.db, self.actor, job, self.clock)
        if added:
            self.reload(building_id=added[0])

    def edit_job_building(self) -> None:
        job, building = self.job(), self.job_building()
        if job is None or building is None or not self.edit_job_building_action.isEnabled():
            return
        if open_job_building_dialog(self, self.db, self.actor, job, building, self.clock):
            self.scheduleSaved.emit(building.id)
            self.reload()

    def edit_periods(self) -> None:
        chosen = self.job_building()
        if chosen is None or not self.edit_periods_action.isEnabled():
            return
        if self.periods_editor(self, self.db, self.actor, chosen.id):
            self.scheduleSaved.emit(chosen.id)
            self._contract_chosen()

    def remove_building(self) -> None:
        job, building = self.job(), self.job_building()
        if job is None or building is None or not self.remove_building_action.isEnabled():
            return
        if remove_from_job(self, self.db, self.actor, job, building, self.clock):
            self.scheduleSaved.emit(building.id)
            self.reload()


__all__ = ["ContractsView", "PeriodsEditor", "frequency_label"]
