"""The building replication screen: copy a building's PPM settings to other buildings of the same job."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.replication import ReplicationPreview
from desktop.domain.ppm.schedule import REPLICATED_FIELD_LABELS, ReplicatedField, Schedule
from desktop.services.actor import Actor
from desktop.services.contracts import JobBuildingRow
from desktop.services.ppm.replication import preview_replication, replicate
from desktop.ui.contracts.contracts_view import frequency_label
from desktop.ui.i18n import formatter, translate_message

ID_ROLE = Qt.ItemDataRole.UserRole


def field_label(field: ReplicatedField) -> str:
    return QCoreApplication.translate("PpmSchedule", REPLICATED_FIELD_LABELS[field])


class ReplicationDialog(QDialog):
    """Choose buildings and fields, see what would change, then copy in one transaction (or skip)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        source: Schedule,
        candidates: Sequence[JobBuildingRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replicationDialog")
        self.db = db
        self.actor = actor
        self.source = source
        self.previews: list[ReplicationPreview] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buildings = QListWidget(self)
        self.buildings.setObjectName("buildings")
        for row in candidates:
            item = QListWidgetItem(row.building_name)
            item.setData(ID_ROLE, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.buildings.addItem(item)
        self.buildings.itemChanged.connect(lambda _item: self.refresh())
        self.fields: dict[ReplicatedField, QCheckBox] = {}
        fields_row = QHBoxLayout()
        for field in ReplicatedField:
            box = QCheckBox(self)
            box.setObjectName(f"copy_{field.value}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.refresh())
            self.fields[field] = box
            fields_row.addWidget(box)
        fields_row.addStretch(1)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("preview")
        self.preview.setColumnCount(4)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buildings_label = QLabel(self)
        self.fields_label = QLabel(self)
        self.preview_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.buildings_label)
        layout.addWidget(self.buildings)
        layout.addWidget(self.fields_label)
        layout.addLayout(fields_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Replicate to other buildings"))
        self.intro.setText(
            self.tr(
                "The periods of {building} are saved. Copy its settings to other buildings of the job “{job}”?"
            ).format(building=self.source.building_name, job=self.source.job_description)
        )
        self.buildings_label.setText(self.tr("Buildings:"))
        self.fields_label.setText(self.tr("Copy:"))
        self.preview_label.setText(self.tr("What changes:"))
        for field, box in self.fields.items():
            box.setText(field_label(field))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Building"), self.tr("Changes"), self.tr("Site value"), self.tr("Notes")]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip"))

    def chosen_buildings(self) -> list[int]:
        return [
            int(self.buildings.item(row).data(ID_ROLE))
            for row in range(self.buildings.count())
            if self.buildings.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen_fields(self) -> list[ReplicatedField]:
        return [field for field, box in self.fields.items() if box.isChecked()]

    def _value(self, value: object) -> str:
        if isinstance(value, Frequency):
            return frequency_label(value)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, Decimal):
            return formatter().money(value, self.source.currency)
        return str(value)

    def refresh(self) -> None:
        """Preview the copy for the chosen buildings and fields."""
        targets, fields = self.chosen_buildings(), self.chosen_fields()
        self.previews = []
        problem = None
        if not targets:
            problem = self.tr("Check the buildings to copy to, or Skip.")
        elif not fields:
            problem = self.tr("Check at least one setting to copy.")
        else:
            try:
                self.previews = preview_replication(
                    self.db, self.source.job_building_id, targets, fields, today=self.source.today
                )
            except BureauError as error:
                problem = translate_message(error.message)
        fmt = formatter()
        self.preview.setRowCount(len(self.previews))
        for row, preview in enumerate(self.previews):
            changes = [
                self.tr("{field}: {old} → {new}").format(
                    field=field_label(change.field), old=self._value(change.old), new=self._value(change.new)
                )
                for change in preview.changes
            ] or [self.tr("Nothing changes")]
            notes = [
                self.tr("{field} not copied: {reason}").format(
                    field=field_label(refusal.field), reason=translate_message(refusal.reason)
                )
                for refusal in preview.refused
            ]
            if preview.manual_visits_reset:
                notes.append(self.tr("Its hand-set visit dates are replaced by the planned ones."))
            if preview.cancelled_orders:
                notes.append(
                    self.tr("Cancels work orders {numbers}: their periods are no longer valid.").format(
                        numbers=", ".join(str(n) for n in preview.cancelled_orders)
                    )
                )
            cells = [
                preview.building_name,
                "\n".join(changes),
                self.tr("{before} → {after}").format(
                    before=fmt.money(preview.site_value_before, self.source.currency),
                    after=fmt.money(preview.site_value_after, self.source.currency),
                ),
                "\n".join(notes),
            ]
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.resizeRowsToContents()
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        if not self.previews:
            return
        versions = {preview.job_building_id: preview.version for preview in self.previews}
        try:
            replicate(
                self.db,
                self.actor,
                self.source.job_building_id,
                list(versions),
                self.chosen_fields(),
                expected_versions=versions,
                expected_fingerprints={preview.job_building_id: preview.fingerprint for preview in self.previews},
                today=self.source.today,
            )
        except BureauError as error:
            QMessageBox.warning(self, self.windowTitle(), translate_message(error.message))
            self.refresh()
            return
        super().accept()
