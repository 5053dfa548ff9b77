"""New PPM job / Edit job PPM details: what the job does and how often, and the defaults its buildings start
with. Once PPM work orders were generated under the job, what they were generated from is shown read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.ppm.frequency import Frequency
from desktop.services.actor import Actor
from desktop.services.contracts import ContractRow, JobRow
from desktop.services.ppm.jobs import JobFields, create_job, job_fields, save_job
from desktop.ui.amounts import parse_amount
from desktop.ui.contracts.inputs import FrequencyCombo, SeasonMonths, fit
from desktop.ui.contracts.replanned import tell_replanned
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.widgets import buddy_label

DESCRIPTION_MAX = 200
LEAD_DAYS_MAX = 366
AUTO_CLOSE_MAX = 3650
NEW_JOB = JobFields(
    description="",
    frequency=Frequency.QUARTERLY,
    seasonal_months=(),
    certificate_based=False,
    lead_days=14,
    default_visit_frequency=Frequency.QUARTERLY,
    default_invoice_frequency=Frequency.QUARTERLY,
    default_invoice_amount=Decimal("0.00"),
    exclude_dynamic_dates=False,
    auto_close_days=None,
)


class JobDialog(RecordDialog):
    """A new PPM job of ``contract`` (``job`` None) or the edit of ``job``, from its stored ``fields`` and
    ``version``."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        contract: ContractRow,
        job: JobRow | None = None,
        stored: tuple[JobFields, int] | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("jobDialog")
        self.contract = contract
        self.job = job
        self.version = stored[1] if stored is not None else 0
        self.clock = clock
        fields = stored[0] if stored is not None else NEW_JOB
        # Generated orders fix what they were generated from.
        self.generated = job is not None and any(building.work_orders for building in job.buildings)
        self.amount_value: Decimal | None = fields.default_invoice_amount

        self.description = self.line("description", DESCRIPTION_MAX, fields.description)
        self.frequency = FrequencyCombo("frequency", fields.frequency, self)
        self.months = SeasonMonths(fields.seasonal_months, self)
        self.certificate = QCheckBox(self)
        self.certificate.setObjectName("certificateBased")
        self.certificate.setChecked(fields.certificate_based)
        self.lead_days = QSpinBox(self)
        self.lead_days.setObjectName("leadDays")
        self.lead_days.setRange(0, LEAD_DAYS_MAX)
        self.lead_days.setValue(fields.lead_days)
        self.lead_days.setMaximumWidth(self.lead_days.sizeHint().width() + 40)
        self.visits = FrequencyCombo("visits", fields.default_visit_frequency, self)
        self.invoices = FrequencyCombo("invoices", fields.default_invoice_frequency, self)
        self.amount = QLineEdit(formatter().amount(fields.default_invoice_amount), self)
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 18)
        self.exclude = QCheckBox(self)
        self.exclude.setObjectName("excludeDynamicDates")
        self.exclude.setChecked(fields.exclude_dynamic_dates)
        self.auto_close = QCheckBox(self)
        self.auto_close.setObjectName("autoClose")
        self.auto_close.setChecked(fields.auto_close_days is not None)
        self.auto_close_days = QSpinBox(self)
        self.auto_close_days.setObjectName("autoCloseDays")
        self.auto_close_days.setRange(0, AUTO_CLOSE_MAX)
        self.auto_close_days.setValue(fields.auto_close_days or 0)
        self.auto_close_note = QLabel(self)
        self.auto_close_note.setObjectName("autoCloseNote")
        self.auto_close_row = QWidget(self)
        row = QHBoxLayout(self.auto_close_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.auto_close)
        row.addWidget(self.auto_close_days)
        row.addWidget(self.auto_close_note, 1)

        self.labels: dict[str, QLabel] = {}
        for name, field, shown in (
            ("description", self.description, self.description),
            ("frequency", self.frequency, self.frequency),
            ("months", self.months, self.months),
            ("certificate", self.certificate, self.certificate),
            ("lead_days", self.lead_days, self.lead_days),
            ("visits", self.visits, self.visits),
            ("invoices", self.invoices, self.invoices),
            ("amount", self.amount, self.amount),
            ("exclude", self.exclude, self.exclude),
            ("auto_close", self.auto_close, self.auto_close_row),
        ):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], shown)

        for combo in (self.frequency, self.visits, self.invoices):
            combo.currentIndexChanged.connect(self._frequencies_changed)
        for box in self.months.boxes.values():
            box.toggled.connect(self.validate)
        self.amount.textChanged.connect(self._amount_edited)
        self.auto_close.toggled.connect(self._auto_close_toggled)
        chain: list[QWidget] = [
            self.description,
            self.frequency,
            *self.months.boxes.values(),
            self.certificate,
            self.lead_days,
            self.visits,
            self.invoices,
            self.amount,
            self.exclude,
            self.auto_close,
            self.auto_close_days,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for widget in (self.frequency, self.months, self.certificate):
            widget.setEnabled(not self.generated)
        self._frequencies_changed()
        self._auto_close_toggled(self.auto_close.isChecked())
        self.description.setFocus()
        self.retranslate()
        fit(self, 660)

    # -- live state -------------------------------------------------------------------------------------------
    @property
    def seasonal(self) -> bool:
        """The job is seasonal: its season's months are asked for (its buildings may then visit seasonally)."""
        return self.frequency.value() is Frequency.SEASONAL

    def _frequencies_changed(self) -> None:
        self.months.setEnabled(self.seasonal and not self.generated)
        self.validate()

    def _auto_close_toggled(self, on: bool) -> None:
        self.auto_close_days.setEnabled(on)
        self.auto_close_note.setEnabled(on)

    def _amount_edited(self, text: str) -> None:
        self.amount_value = parse_amount(text)
        self.validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.amount_value is not None:
            # The amount written again the way the new locale writes it.
            self.amount.blockSignals(True)
            self.amount.setText(formatter().amount(self.amount_value))
            self.amount.blockSignals(False)
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.job is None:
            self.setWindowTitle(self.tr("New PPM job"))
            self.intro.setText(
                self.tr(
                    "A PPM job of the contract {reference}: what is done at the client's buildings, how often."
                ).format(reference=self.contract.reference)
            )
        else:
            self.setWindowTitle(self.tr("Edit job PPM details"))
            self.intro.setText(
                self.tr("The PPM job “{job}” of the contract {reference}.").format(
                    job=self.job.description, reference=self.contract.reference
                )
            )
        captions = {
            "description": self.tr("&Description:"),
            "frequency": self.tr("&Frequency:"),
            "months": self.tr("Season (&months):"),
            "certificate": self.tr("Certificate &based:"),
            "lead_days": self.tr("&Lead days:"),
            "visits": self.tr("Default number of &visits:"),
            "invoices": self.tr("Default number of &invoices:"),
            "amount": self.tr("Default invoice &amount ({currency}):").format(currency=self.contract.currency),
            "exclude": self.tr("E&xclude from dynamic dates:"),
            "auto_close": self.tr("Au&to-close:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.description.setPlaceholderText(self.tr("Required: the work done, such as Boiler maintenance"))
        for combo in (self.frequency, self.visits, self.invoices):
            combo.retranslate()
        self.months.retranslate()
        self.months.setToolTip(
            self.tr("The consecutive months of the season of a seasonal job (one visit a year in them)")
        )
        self.certificate.setText(self.tr("A certificate proves each visit"))
        self.lead_days.setToolTip(self.tr("How many days before its visit starts a PPM work order is generated"))
        self.visits.setToolTip(self.tr("What the buildings added to the job start with; each can be changed"))
        self.invoices.setToolTip(self.visits.toolTip())
        self.amount.setToolTip(self.visits.toolTip())
        self.exclude.setText(self.tr("Buildings added to the job plan their visits on fixed dates"))
        self.exclude.setToolTip(
            self.tr(
                "The default of the buildings added to the job: their visits do not follow the last completed visit"
            )
        )
        self.auto_close.setText(self.tr("Close as Not done"))
        self.auto_close.setToolTip(self.tr("Close PPM work orders still open this many days after their period ends"))
        self.auto_close_days.setToolTip(self.auto_close.toolTip())
        self.auto_close_note.setText(self.tr("days after the period ends (0: as soon as it ends)"))
        if self.generated:
            locked = self.tr("PPM work orders were generated under this job: this can no longer change.")
            for widget in (self.frequency, self.months, self.certificate):
                widget.setToolTip(locked)
        self.ok_button.setText(self.tr("&Save"))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.description.text().strip():
            return self.tr("Give the job's description.")
        if self.seasonal and not self.months.months():
            return self.tr("Tick the months of the season.")
        if self.amount_value is None:
            return self.tr("“{text}” is not an amount: write it as {example}.").format(
                text=self.amount.text().strip(), example=formatter().amount(Decimal("1250.50"))
            )
        return None

    def fields(self) -> JobFields:
        assert self.amount_value is not None
        return JobFields(
            description=self.description.text().strip(),
            frequency=self.frequency.value(),
            seasonal_months=self.months.months() if self.seasonal else (),
            certificate_based=self.certificate.isChecked(),
            lead_days=self.lead_days.value(),
            default_visit_frequency=self.visits.value(),
            default_invoice_frequency=self.invoices.value(),
            default_invoice_amount=self.amount_value,
            exclude_dynamic_dates=self.exclude.isChecked(),
            auto_close_days=self.auto_close_days.value() if self.auto_close.isChecked() else None,
        )

    def save(self) -> int:
        if self.job is None:
            return create_job(self.db, self.actor, self.contract.id, self.fields())
        results = save_job(self.db, self.actor, self.job.id, self.version, self.fields(), today=self.clock())
        tell_replanned(self, results)
        return self.job.id


def open_job_dialog(
    parent: QWidget,
    db: Database,
    actor: Actor,
    contract: ContractRow,
    job: JobRow | None = None,
    clock: Callable[[], date] = date.today,
) -> int | None:
    """New PPM job of ``contract`` (``job`` None) or Edit job PPM details; the job's id once saved."""
    stored = None
    if job is not None:
        try:
            stored = job_fields(db, job.id)
        except BureauError as error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("JobDialog", "Edit job PPM details"),
                translate_message(error.message),
            )
            return None
    dialog = JobDialog(db, actor, contract, job, stored, parent, clock=clock)
    saved = dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return saved


__all__ = ["JobDialog", "open_job_dialog"]
