"""*What changes* for a contract's new dates: each building whose PPM periods the edit re-plans (job — building),
and for the one chosen, its periods before and after. Saving applies exactly these changes, or nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contract_editing import BuildingChanges, ContractPreview
from desktop.ui.ppm.changes_dialog import ChangesView


class ContractChangesDialog(QDialog):
    """The confirmation OK asks for: *Save these changes* (accept) or *Back* (reject, nothing written)."""

    def __init__(self, preview: ContractPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractChangesDialog")
        self.preview = preview
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.buildings = QListWidget(self)
        self.buildings.setObjectName("buildings")
        self.view = ChangesView(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.buildings)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveChanges")
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("back")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.buildings.currentRowChanged.connect(self._chosen)
        self.retranslate()
        if preview.buildings:
            self.buildings.setCurrentRow(0)
        listed = min(380, max(200, self.buildings.sizeHintForColumn(0) + 24))
        table = self.view.fitting_width()
        split.setSizes([listed, table])
        self.resize(min(1440, listed + table + 40), 540)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What changes"))
        count = len(self.preview.buildings)
        self.intro.setText(
            self.tr(
                "Saving re-plans the PPM periods of %n building(s). Choose one to see its periods before and "
                "after. Work orders of periods that turn invalid are cancelled unless they have started.",
                "",
                count,
            )
        )
        current = self.buildings.currentRow()
        self.buildings.blockSignals(True)
        self.buildings.clear()
        for building in self.preview.buildings:
            item = QListWidgetItem(self._line(building), self.buildings)
            item.setToolTip(item.text())
        self.buildings.setCurrentRow(current)
        self.buildings.blockSignals(False)
        self.save_button.setText(self.tr("&Save these changes"))
        self.back_button.setText(self.tr("&Back"))

    def _line(self, building: BuildingChanges) -> str:
        periods = len(building.changes.periods)
        return self.tr("{job} — {building}: %n period(s)", "", periods).format(
            job=building.job_description, building=building.building_name
        )

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.preview.buildings):
            chosen = self.preview.buildings[row]
            self.view.show_changes(chosen.schedule, chosen.changes)
        else:
            self.view.show_changes(None, None)


__all__ = ["ContractChangesDialog"]
