"""Add buildings…: tick buildings of the contract's client to add to a PPM job; each is planned with the job's
defaults. The search filters the list as the agent types; ticks are kept while it changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.services.actor import Actor
from desktop.services.contracts import JobRow
from desktop.services.ppm.job_buildings import AddableBuilding, add_job_buildings, addable_buildings
from desktop.ui.i18n import formatter, translate_message
from desktop.ui.widgets import ERROR_STYLE

ID_ROLE = Qt.ItemDataRole.UserRole


class AddBuildingsDialog(QDialog):
    """OK adds the ticked buildings to ``job`` with one service call; Cancel adds nothing."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        job: JobRow,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addBuildingsDialog")
        self.db = db
        self.actor = actor
        self.job = job
        self.clock = clock
        self.ticked: set[int] = set()
        self.shown: list[AddableBuilding] = []
        self.added: list[int] = []  # the job buildings created, once OK succeeded
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("buildings")
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.itemChanged.connect(self._item_changed)
        self.resize(520, 520)
        self.retranslate()
        self.refresh()
        self.search.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add buildings"))
        self.intro.setText(
            self.tr(
                "Tick the buildings of the client to add to the PPM job “{job}”. Each is planned with the job's "
                "defaults, which you can then change per building."
            ).format(job=self.job.description)
        )
        self.search.setPlaceholderText(self.tr("Search: part of the building's name, city or postcode"))
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.ticked)
        self.count.setText(self.tr("%n building(s) ticked", "", count))
        self.ok_button.setText(self.tr("&Add %n building(s)", "", count) if count else self.tr("&Add"))
        self.ok_button.setEnabled(count > 0)

    # -- the list ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Search again with the text typed, keeping what was ticked."""
        try:
            self.shown = addable_buildings(self.db, self.job.id, self.search.text().strip())
        except BureauError as error:
            self.shown = []
            self._show_error(translate_message(error.message))
        else:
            self.error.hide()
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for building in self.shown:
            text = (
                self.tr("{name} — {city}").format(name=building.name, city=building.city)
                if building.city
                else building.name
            )
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, building.id)
            if building.left_job_on is not None:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # greyed: it cannot be added again
                item.setCheckState(Qt.CheckState.Unchecked)
                left = formatter().date(building.left_job_on)
                item.setText(self.tr("{building} (left the job after {date})").format(building=text, date=left))
                item.setToolTip(
                    self.tr("This building left the job after {date}: it cannot be added to it again.").format(
                        date=left
                    )
                )
            elif building.in_job:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # greyed, ticked: it cannot be added again
                item.setCheckState(Qt.CheckState.Checked)
                item.setText(self.tr("{building} (already in the job)").format(building=text))
                item.setToolTip(self.tr("This building is already in the job."))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = building.id in self.ticked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._show_count()

    def _item_changed(self, item: QListWidgetItem) -> None:
        building_id = int(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(building_id)
        else:
            self.ticked.discard(building_id)
        self._show_count()

    def tick(self, building_id: int, on: bool = True) -> None:
        """Tick (or untick) the building shown with ``building_id``, as a click on its box does."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == building_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- saving -----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.ticked:
            return
        try:
            self.added = add_job_buildings(self.db, self.actor, self.job.id, sorted(self.ticked), today=self.clock())
        except BureauError as error:
            self._show_error(translate_message(error.message))
            return
        super().accept()


def open_add_buildings_dialog(
    parent: QWidget, db: Database, actor: Actor, job: JobRow, clock: Callable[[], date] = date.today
) -> list[int]:
    """Add buildings… to ``job``; the new job buildings' ids (empty when nothing was added)."""
    dialog = AddBuildingsDialog(db, actor, job, parent, clock=clock)
    added = dialog.added if dialog.exec() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return added


__all__ = ["AddBuildingsDialog", "open_add_buildings_dialog"]
