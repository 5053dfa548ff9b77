"""Remove from job…: a building with nothing generated leaves the PPM job with its periods (after a Yes); one
with generated work orders leaves it at a date, its last day in the job: its later periods turn invalid and their
work orders that were not started are cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.contracts import JobBuildingRow, JobRow
from desktop.services.ppm.job_buildings import Removal, removal_needs_date, remove_job_building
from desktop.ui.contracts.inputs import fit
from desktop.ui.contracts.replanned import tell_replanned
from desktop.ui.directory.fields import date_edit, date_of, localise_date_edit
from desktop.ui.directory.record_dialog import RecordDialog
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import buddy_label


class RemoveBuildingDialog(RecordDialog):
    """Asks for the building's last day in the job (today at first); OK removes it from that day on."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        job: JobRow,
        building: JobBuildingRow,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("removeBuildingDialog")
        self.job = job
        self.building = building
        self.clock = clock
        self.removal: Removal | None = None
        self.last_day = date_edit(self, "lastDay", clock())
        self.last_day_label = buddy_label(self.last_day)
        self.form.addRow(self.last_day_label, self.last_day)
        self.last_day.dateChanged.connect(self.validate)
        self.retranslate()
        fit(self, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove from job"))
        self.intro.setText(
            self.tr(
                "PPM work orders were generated for {building} in the job “{job}”, so it leaves the job at a date. "
                "Its later periods turn invalid and their orders that were not started are cancelled."
            ).format(building=self.building.building_name, job=self.job.description)
        )
        self.last_day_label.setText(self.tr("&Last day in the job:"))
        localise_date_edit(self.last_day)
        self.ok_button.setText(self.tr("&Remove"))
        super().retranslate()

    def save(self) -> int:
        self.removal = remove_job_building(
            self.db,
            self.actor,
            self.building.id,
            self.building.version,
            end_date=date_of(self.last_day),
            today=self.clock(),
        )
        return self.building.id


def remove_from_job(
    parent: QWidget,
    db: Database,
    actor: Actor,
    job: JobRow,
    building: JobBuildingRow,
    clock: Callable[[], date] = date.today,
) -> bool:
    """Remove ``building`` from ``job``: after a Yes when nothing was generated for it, else from the last day
    the agent gives. True once removed (or given its last day)."""
    title = QCoreApplication.translate("RemoveBuildingDialog", "Remove from job")
    try:
        needs_date = removal_needs_date(db, building.id)
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        return False
    if needs_date:
        dialog = RemoveBuildingDialog(db, actor, job, building, parent, clock=clock)
        done = dialog.exec() == RemoveBuildingDialog.DialogCode.Accepted
        removal = dialog.removal
        dialog.deleteLater()
        if done and removal is not None:
            tell_replanned(parent, removal.results)
        return done
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "RemoveBuildingDialog",
            "Remove {building} from the PPM job “{job}”? Nothing was generated for it: its planned periods are "
            "deleted with it.",
        ).format(building=building.building_name, job=job.description),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        removal = remove_job_building(db, actor, building.id, building.version, today=clock())
    except BureauError as error:
        QMessageBox.warning(parent, title, translate_message(error.message))
        return False
    tell_replanned(parent, removal.results)
    return True


__all__ = ["RemoveBuildingDialog", "remove_from_job"]
