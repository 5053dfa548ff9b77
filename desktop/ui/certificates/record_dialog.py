"""Record certificate: a building's certificate under a certificate-based PPM job, with its document.

One unit of work: Cancel writes nothing; OK records the certificate once (the service checks the document's
content and re-plans the building's visits when it passed). A failed certificate then offers to log a reactive
order for the remedial work, started from the certificate's building and contract.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, ConcurrentChange
from desktop.domain.workorders import WorkOrderType
from desktop.services.actor import Actor
from desktop.services.certificates import (
    EARLIEST_ISSUE,
    CertificateJob,
    CertificateRecorded,
    record_certificate,
    remedial_work,
)
from desktop.services.order_intake import OrderTemplate
from desktop.services.stored_files import MAX_FILE_SIZE, check_file_size, check_size, document_type
from desktop.ui.directory.fields import date_edit, date_of, localise_date_edit
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.neworder.dialog import OrderPrefill
from desktop.ui.neworder.launcher import new_order_from
from desktop.ui.widgets import buddy_label
from desktop.ui.workorder.action_dialogs import offer_reload

REFERENCE_MAX = 80

# Asks the agent for the document's file; its path, or None when they cancel. Tests give one that asks nobody.
FileChooser = Callable[[QWidget], str | None]


def ask_for_file(parent: QWidget) -> str | None:
    """The system's file dialog, showing PDF documents and images."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RecordCertificateDialog", "Choose the certificate's document"),
        "",
        QCoreApplication.translate(
            "RecordCertificateDialog",
            "PDF documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)",
        ),
    )
    return path or None


def data_size(size: int, decimals: int = 1) -> str:
    """A file's size as the agent's system writes it (``175.9 KB``)."""
    return QLocale().formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@dataclass(frozen=True)
class ChosenFile:
    name: str
    content: bytes


class RecordCertificateDialog(RecordDialog):
    """Records a certificate of one of ``jobs`` (the job is chosen when there are several), from PPM order
    ``work_order_id`` (as loaded at ``work_order_version``) when given. ``recorded`` holds what the service did once
    OK succeeded; ``reload_requested`` says the agent chose to reload the order someone else changed meanwhile."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        jobs: Sequence[CertificateJob],
        parent: QWidget | None = None,
        *,
        work_order_id: int | None = None,
        work_order_version: int | None = None,
        chooser: FileChooser = ask_for_file,
        today: date | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("recordCertificateDialog")
        self.jobs = list(jobs)
        self.work_order_id = work_order_id
        self.work_order_version = work_order_version
        self.reload_requested = False
        self.chooser = chooser
        self.today = today or date.today()
        self.file: ChosenFile | None = None
        self.recorded: CertificateRecorded | None = None

        self.job = QComboBox(self)
        self.job.setObjectName("job")
        for job in self.jobs:
            self.job.addItem(
                f"{job.job_description} ({job.contract_reference})" if len(self.jobs) > 1 else job.job_description,
                job.job_building_id,
            )
        # One job: shown as text, nothing to choose.
        self.job_text = QLabel(self)
        self.job_text.setObjectName("jobText")
        self.job_text.setWordWrap(True)
        job_row = QHBoxLayout()
        job_row.addWidget(self.job, 1)
        job_row.addWidget(self.job_text, 1)
        self.job.setVisible(len(self.jobs) > 1)
        self.job_text.setVisible(len(self.jobs) <= 1)
        if self.jobs:
            self.job_text.setText(f"{self.jobs[0].job_description} ({self.jobs[0].contract_reference})")
        self.issued = date_edit(self, "issued", self.today)
        self.issued.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.issued.setMinimumDate(QDate(EARLIEST_ISSUE.year, EARLIEST_ISSUE.month, EARLIEST_ISSUE.day))
        self.passed = QRadioButton(self)
        self.passed.setObjectName("passed")
        self.failed = QRadioButton(self)
        self.failed.setObjectName("failed")
        self.result = QButtonGroup(self)
        self.result.addButton(self.passed)
        self.result.addButton(self.failed)
        result_row = QHBoxLayout()
        result_row.addWidget(self.passed)
        result_row.addWidget(self.failed)
        result_row.addStretch(1)
        self.has_valid_until = QCheckBox(self)
        self.has_valid_until.setObjectName("hasValidUntil")
        self.valid_until = date_edit(self, "validUntil", self.today + timedelta(days=365))
        self.valid_until.setEnabled(False)
        valid_row = QHBoxLayout()
        valid_row.addWidget(self.has_valid_until)
        valid_row.addWidget(self.valid_until, 1)
        self.reference = self.line("reference", REFERENCE_MAX)
        self.choose = QPushButton(self)
        self.choose.setObjectName("chooseFile")
        self.choose.setAutoDefault(False)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileName")
        self.file_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose)
        file_row.addWidget(self.file_label, 1)

        self.job_label = buddy_label(self.job)
        self.issued_label = buddy_label(self.issued)
        self.result_label = QLabel(self)
        self.valid_label = buddy_label(self.has_valid_until)
        self.reference_label = buddy_label(self.reference)
        self.file_caption = buddy_label(self.choose)
        self.form.addRow(self.job_label, job_row)
        self.form.addRow(self.issued_label, self.issued)
        self.form.addRow(self.result_label, result_row)
        self.form.addRow(self.valid_label, valid_row)
        self.form.addRow(self.reference_label, self.reference)
        self.form.addRow(self.file_caption, file_row)
        self.main_layout.insertStretch(self.main_layout.indexOf(self.hint), 1)

        self.issued.dateChanged.connect(self.validate)
        self.valid_until.dateChanged.connect(self.validate)
        self.has_valid_until.toggled.connect(self.valid_until.setEnabled)
        self.has_valid_until.toggled.connect(self.validate)
        self.result.buttonToggled.connect(lambda *_args: self.validate())
        self.choose.clicked.connect(self.choose_file)
        self.issued.setFocus()
        self.retranslate()
        self.resize(580, self.sizeHint().height())

    def current_job(self) -> CertificateJob | None:
        index = self.job.currentIndex()
        return self.jobs[index] if 0 <= index < len(self.jobs) else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record certificate"))
        job = self.current_job()
        building = job.building_name if job is not None else ""
        self.intro.setText(
            self.tr(
                "A certificate issued for {building}, with its document (a PDF or an image). A passed certificate "
                "sets when the next visit is due."
            ).format(building=building)
        )
        self.job_label.setText(self.tr("PPM &job:"))
        self.issued_label.setText(self.tr("&Issued on:"))
        self.result_label.setText(self.tr("Result:"))
        self.passed.setText(self.tr("&Pass"))
        self.failed.setText(self.tr("&Fail"))
        self.valid_label.setText(self.tr("&Valid until:"))
        self.has_valid_until.setText(self.tr("Until"))
        self.has_valid_until.setToolTip(self.tr("Optional: tick to give the last day the certificate is valid"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference.setPlaceholderText(self.tr("Optional: the certificate's number"))
        self.file_caption.setText(self.tr("&Document:"))
        self.choose.setText(self.tr("Choose file…"))
        self.choose.setToolTip(
            self.tr("A PDF document or an image (PNG, JPEG, TIFF, WebP) of at most {size}").format(
                size=data_size(MAX_FILE_SIZE, 0)
            )
        )
        self._show_file()
        for edit in (self.issued, self.valid_until):
            localise_date_edit(edit)
        self.ok_button.setText(self.tr("Re&cord"))
        super().retranslate()

    def _show_file(self) -> None:
        if self.file is None:
            self.file_label.setText(self.tr("No file chosen"))
            return
        self.file_label.setText(
            self.tr("{name} ({size})").format(name=self.file.name, size=data_size(len(self.file.content)))
        )

    def choose_file(self) -> None:
        path = self.chooser(self)
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Read the document at ``path``; False (and the reason shown) when it cannot be used."""
        name = Path(path).name
        self.error.hide()
        try:
            check_file_size(name, Path(path).stat().st_size)
            data = check_size(name, Path(path).read_bytes())
            document_type(name, data)
        except BureauError as error:
            self.show_error(translate_message(error.message))
            return False
        except OSError as error:
            self.show_error(
                self.tr("“{name}” could not be read: {error}").format(name=name, error=error.strerror or error)
            )
            return False
        self.file = ChosenFile(name, data)
        self._show_file()
        self.validate()
        return True

    def problem(self) -> str | None:
        if not hasattr(self, "file_label"):
            return None
        if self.current_job() is None:
            return self.tr("Choose the PPM job.")
        if date_of(self.issued) > self.today:
            return self.tr("A certificate cannot be issued in the future.")
        if self.result.checkedButton() is None:
            return self.tr("Choose whether the certificate passed or failed.")
        if self.has_valid_until.isChecked() and date_of(self.valid_until) < date_of(self.issued):
            return self.tr("The certificate cannot be valid until a day before it was issued.")
        if self.file is None:
            return self.tr("Choose the certificate's document.")
        return None

    def save(self) -> int:
        job = self.current_job()
        assert job is not None and self.file is not None
        self.recorded = record_certificate(
            self.db,
            self.actor,
            job.building_id,
            job.ppm_job_id,
            date_of(self.issued),
            self.passed.isChecked(),
            date_of(self.valid_until) if self.has_valid_until.isChecked() else None,
            self.reference.text(),
            self.file.name,
            self.file.content,
            work_order_id=self.work_order_id,
            work_order_version=self.work_order_version,
            today=self.today,
        )
        return self.recorded.certificate_id

    def accept(self) -> None:
        """Record once; a change of the order by someone else since it was loaded offers to reload it."""
        if self.problem() is not None:
            return
        try:
            self.saved_id = self.save()
        except ConcurrentChange as error:
            offer_reload(self, error)
            return
        except BureauError as error:
            self.show_error(translate_message(error.message))
            return
        QDialog.accept(self)


def record_certificate_for(
    parent: QWidget,
    db: Database,
    actor: Actor,
    jobs: Sequence[CertificateJob],
    *,
    work_order_id: int | None = None,
    work_order_version: int | None = None,
    chooser: FileChooser = ask_for_file,
    today: date | None = None,
    reload: Callable[[], object] | None = None,
) -> CertificateRecorded | None:
    """Run the dialog; what was recorded, or None when the agent cancelled (``reload`` called when they chose to
    reload the order someone else changed meanwhile). After a failed certificate, offer the order of the remedial
    work; after a re-plan that cancelled orders, say which."""
    dialog = RecordCertificateDialog(
        db,
        actor,
        jobs,
        parent,
        work_order_id=work_order_id,
        work_order_version=work_order_version,
        chooser=chooser,
        today=today,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.recorded is None:
            if dialog.reload_requested and reload is not None:
                reload()
            return None
        recorded, passed = dialog.recorded, dialog.passed.isChecked()
    finally:
        dialog.deleteLater()
    tell_replanned(parent, recorded)
    if not passed:
        offer_remedial_order(parent, db, actor, recorded.certificate_id)
    return recorded


def tell_replanned(parent: QWidget, recorded: CertificateRecorded) -> None:
    """Say which PPM orders the re-plan from the certificate cancelled, and which started ones it left open."""
    result = recorded.replanned
    if result is None or not (result.cancelled_orders or result.started_invalid):
        return
    title = QCoreApplication.translate("RecordCertificateDialog", "PPM periods re-planned")
    parts = []
    if result.cancelled_orders:
        parts.append(
            QCoreApplication.translate(
                "RecordCertificateDialog",
                "The visits now follow the certificate. Work orders cancelled automatically: {numbers}.",
            ).format(numbers=", ".join(str(number) for number in result.cancelled_orders))
        )
    if result.started_invalid:
        parts.append(
            QCoreApplication.translate(
                "RecordCertificateDialog",
                "These started work orders are no longer in a valid PPM period and were left open: {numbers}.",
            ).format(numbers=", ".join(str(number) for number in result.started_invalid))
        )
    QMessageBox.information(parent, title, "\n\n".join(parts))


def offer_remedial_order(parent: QWidget, db: Database, actor: Actor, certificate_id: int) -> list[int]:
    """Ask whether to log a reactive order for the remedial work; Yes opens the new-order dialog started from the
    certificate's building, client and contract. The numbers of the orders logged."""
    title = QCoreApplication.translate("RecordCertificateDialog", "Certificate failed")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "RecordCertificateDialog", "The certificate failed. Log a reactive order for the remedial work?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return []
    try:
        work = remedial_work(db, certificate_id)
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        return []
    template = OrderTemplate(
        client_id=work.client_id,
        client_name=work.client_name,
        building_id=work.building_id,
        building_name=work.building_name,
        contact_id=None,
        contact_name=None,
        type=WorkOrderType.REACTIVE,
        category=None,
    )
    issued = formatter().date(work.issued_on, "medium")
    if work.reference:
        description = QCoreApplication.translate(
            "RecordCertificateDialog",
            "Remedial work after the failed certificate {reference} issued on {date} ({job}).",
        ).format(reference=work.reference, date=issued, job=work.job_description)
    else:
        description = QCoreApplication.translate(
            "RecordCertificateDialog", "Remedial work after the failed certificate issued on {date} ({job})."
        ).format(date=issued, job=work.job_description)
    prefill = OrderPrefill(
        contract_id=work.contract_id,
        title=QCoreApplication.translate("RecordCertificateDialog", "Remedial work: {job}").format(
            job=work.job_description
        ),
        description=description,
    )
    return new_order_from(parent, db, actor, template, prefill)


__all__ = [
    "FileChooser",
    "RecordCertificateDialog",
    "ask_for_file",
    "data_size",
    "offer_remedial_order",
    "record_certificate_for",
    "tell_replanned",
]
