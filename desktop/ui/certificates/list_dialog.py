"""A building's certificates: each with its job, dates, result, reference and document, newest first; View opens
the document and Record certificate… adds one under a certificate-based job of the building."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.certificates import CertificateJob, CertificateRow, certificate_jobs, certificates_of_building
from desktop.ui.certificates.record_dialog import FileChooser, ask_for_file, data_size, record_certificate_for
from desktop.ui.certificates.viewer import Opener, system_opener, view_certificate
from desktop.ui.i18n import formatter, translate_message

JOB, ISSUED, RESULT, VALID_UNTIL, REFERENCE, FILE = range(6)
FAILED_COLOUR = "#b00020"


class BuildingCertificatesDialog(QDialog):
    """Lists the building's certificates as stored; recording one reloads the list."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        building_id: int,
        building_name: str,
        parent: QWidget | None = None,
        *,
        opener: Opener = system_opener,
        chooser: FileChooser = ask_for_file,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("buildingCertificatesDialog")
        self.db = db
        self.actor = actor
        self.building_id = building_id
        self.building_name = building_name
        self.opener = opener
        self.chooser = chooser
        self.today = today
        self.rows: list[CertificateRow] = []
        self.jobs: list[CertificateJob] = []

        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("certificates")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.view())
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.view_button = QPushButton(self)
        self.view_button.setObjectName("view")
        self.view_button.setAutoDefault(False)
        self.view_button.clicked.connect(self.view)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record")
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.view_button)
        actions.addWidget(self.record_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self.resize(860, 420)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificates of {building}").format(building=self.building_name))
        self.intro.setText(
            self.tr(
                "The certificates issued for {building} under its certificate-based PPM jobs, newest first. The "
                "last passed one of a job sets when its next visit is due."
            ).format(building=self.building_name)
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("PPM job"),
                self.tr("Issued"),
                self.tr("Result"),
                self.tr("Valid until"),
                self.tr("Reference"),
                self.tr("Document"),
            ]
        )
        self.view_button.setText(self.tr("&View"))
        self.view_button.setToolTip(self.tr("Open the selected certificate's document with the system's viewer"))
        self.record_button.setText(self.tr("&Record certificate…"))
        self.record_button.setToolTip(self.tr("Record a certificate of this building with its document"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        """Read the building's certificates and certificate-based jobs again."""
        try:
            self.rows = certificates_of_building(self.db, self.building_id)
            self.jobs = certificate_jobs(self.db, self.building_id)
        except BureauError as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
        self._fill()

    def _fill(self) -> None:
        fmt = formatter()
        none = self.tr("—")
        self.table.setRowCount(len(self.rows))
        for row, certificate in enumerate(self.rows):
            cells = {
                JOB: f"{certificate.job_description} ({certificate.contract_reference})",
                ISSUED: fmt.date(certificate.issued_on, "medium"),
                RESULT: self.tr("Passed") if certificate.passed else self.tr("Failed"),
                VALID_UNTIL: fmt.date(certificate.valid_until, "medium") if certificate.valid_until else none,
                REFERENCE: certificate.reference or none,
                FILE: self.tr("{name} ({size})").format(name=certificate.file_name, size=data_size(certificate.size)),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, certificate.id)
                if column == RESULT and not certificate.passed:
                    item.setForeground(QColor(FAILED_COLOUR))
                self.table.setItem(row, column, item)
            recorded = self.tr("Recorded by {agent} on {when}").format(
                agent=certificate.recorded_by or self.tr("an agent no longer known"),
                when=fmt.datetime(certificate.recorded_at, "medium"),
            )
            if certificate.work_order_number is not None:
                recorded += "\n" + self.tr("From work order {number}").format(number=certificate.work_order_number)
            for column in range(self.table.columnCount()):
                self.table.item(row, column).setToolTip(recorded)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        if self.rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self.empty.setText(
            self.tr("No certificate has been recorded for this building yet.")
            if self.jobs
            else self.tr("This building is in no certificate-based PPM job: it has no certificates to record.")
        )
        self.empty.setVisible(not self.rows)
        self.record_button.setEnabled(bool(self.jobs))
        self._selection_changed()

    def selected(self) -> CertificateRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        self.view_button.setEnabled(self.selected() is not None)

    def view(self) -> None:
        certificate = self.selected()
        if certificate is not None:
            view_certificate(self, self.db, certificate.id, self.opener)

    def record(self) -> None:
        if not self.jobs:
            return
        recorded = record_certificate_for(self, self.db, self.actor, self.jobs, chooser=self.chooser, today=self.today)
        if recorded is not None:
            self.reload()
            for row, certificate in enumerate(self.rows):
                if certificate.id == recorded.certificate_id:
                    self.table.selectRow(row)


__all__ = ["BuildingCertificatesDialog"]
