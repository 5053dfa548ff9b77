"""Edit job building PPM details: whether a building of a PPM job follows dynamic dates, shows partial periods,
and the instructions of its visits (shown on the portal). Saving re-plans its periods."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QPlainTextEdit, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.contracts import JobBuildingRow, JobRow
from desktop.services.ppm.job_buildings import JobBuildingFields, job_building_fields, save_job_building
from desktop.ui.contracts.inputs import fit
from desktop.ui.contracts.replanned import tell_replanned
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label


class JobBuildingDialog(RecordDialog):
    """The details of ``building`` in ``job``, from its stored ``fields`` and ``version``."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        job: JobRow,
        building: JobBuildingRow,
        stored: tuple[JobBuildingFields, int],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("jobBuildingDialog")
        self.job = job
        self.building = building
        fields, self.version = stored
        self.clock = clock
        self.exclude = QCheckBox(self)
        self.exclude.setObjectName("excludeDynamicDates")
        self.exclude.setChecked(fields.exclude_dynamic_dates)
        self.exclude.setEnabled(job.dynamic_dates_supported)
        self.partial = QCheckBox(self)
        self.partial.setObjectName("partial")
        self.partial.setChecked(fields.partial_periods)
        self.partial.setEnabled(building.work_orders == 0)
        self.instructions = QPlainTextEdit(fields.instructions, self)
        self.instructions.setObjectName("instructions")
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.labels: dict[str, QLabel] = {}
        for name, field in (("exclude", self.exclude), ("partial", self.partial), ("instructions", self.instructions)):
            self.labels[name] = buddy_label(field)
            self.form.addRow(self.labels[name], field)
        QWidget.setTabOrder(self.exclude, self.partial)
        QWidget.setTabOrder(self.partial, self.instructions)
        self.retranslate()
        fit(self, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit job building PPM details"))
        self.intro.setText(
            self.tr("{building} in the PPM job “{job}”. Saving re-plans its periods.").format(
                building=self.building.building_name, job=self.job.description
            )
        )
        self.labels["exclude"].setText(self.tr("E&xclude from dynamic dates:"))
        self.labels["partial"].setText(self.tr("&Partial periods:"))
        self.labels["instructions"].setText(self.tr("Ins&tructions:"))
        self.exclude.setText(self.tr("Plan the visits on fixed dates, not from the last completed visit"))
        if self.job.dynamic_dates_supported:
            self.exclude.setToolTip("")
        else:
            self.exclude.setToolTip(
                self.tr("The job's frequency does not support dynamic dates: its visits are on fixed dates anyway.")
            )
        self.partial.setText(self.tr("Generate and show periods shorter than a full one"))
        self.partial.setToolTip(
            ""
            if self.partial.isEnabled()
            else self.tr("PPM work orders were generated for this building: this can no longer change.")
        )
        self.instructions.setPlaceholderText(self.tr("Notes or instructions for the visits (shown on the portal)"))
        self.ok_button.setText(self.tr("&Save"))
        super().retranslate()

    def fields(self) -> JobBuildingFields:
        return JobBuildingFields(
            exclude_dynamic_dates=self.exclude.isChecked(),
            partial_periods=self.partial.isChecked(),
            instructions=self.instructions.toPlainText(),
        )

    def save(self) -> int:
        result = save_job_building(
            self.db, self.actor, self.building.id, self.version, self.fields(), today=self.clock()
        )
        if result is not None:
            tell_replanned(self, (result,))
        return self.building.id


def open_job_building_dialog(
    parent: QWidget,
    db: Database,
    actor: Actor,
    job: JobRow,
    building: JobBuildingRow,
    clock: Callable[[], date] = date.today,
) -> bool:
    """Edit job building PPM details of ``building``; True once saved."""
    try:
        stored = job_building_fields(db, building.id)
    except BureauError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("JobBuildingDialog", "Edit job building PPM details"),
            translate_message(error.message),
        )
        return False
    dialog = JobBuildingDialog(db, actor, job, building, stored, parent, clock=clock)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return saved


__all__ = ["JobBuildingDialog", "open_job_building_dialog"]
