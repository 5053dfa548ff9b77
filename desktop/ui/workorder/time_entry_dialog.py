"""*Add time entry…* / *Edit time entry…*: technician, rate, start and end in local time, billable, description.

The dialog warns when the technician has other time in the same interval (allowed, but rarely meant), and
OK calls the service once; a refusal keeps everything typed and shows why. Cancel writes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit, QWidget

from desktop.db.engine import Database
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError
from desktop.services import lookups
from desktop.services.actor import Actor
from desktop.services.rates import list_rates
from desktop.services.time_entries import (
    TimeEntryFields,
    TimeEntryRow,
    add_time_entry,
    hours_and_minutes,
    overlaps,
    save_time_entry,
)
from desktop.ui.admin.form_dialog import FormDialog
from desktop.ui.i18n import formatter, short_date_format
from desktop.ui.widgets import HINT_STYLE, buddy_label


def to_local(moment: datetime) -> QDateTime:
    """A UTC moment as the local date and time an editor shows."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_local(value: QDateTime) -> datetime:
    """The local date and time of an editor as a UTC moment."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def date_time_format() -> str:
    """The locale's short date with a four-digit year, and the time to the second."""
    return f"{short_date_format()} HH:mm:ss"


class TimeEntryDialog(FormDialog):
    """``entry`` None: a new entry on the order (``started``/``ended`` pre-fill it, as a stopped timer does).
    After OK, ``entry_id`` is the entry's id."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        work_order_id: int,
        number: int,
        entry: TimeEntryRow | None = None,
        started: datetime | None = None,
        ended: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("timeEntryDialog")
        self.work_order_id = work_order_id
        self.number = number
        self.entry = entry
        self.entry_id: int | None = None if entry is None else entry.id
        self.from_timer = entry is None and started is not None

        self.technician = QComboBox(self)
        self.technician.setObjectName("technician")
        self.technician.addItem("", None)
        agents = lookups.agents(db)
        for user_id, name in agents:
            self.technician.addItem(name, user_id)
        if entry is not None and entry.technician_id is not None and self.technician.findData(entry.technician_id) < 0:
            self.technician.addItem(entry.technician or "", entry.technician_id)  # deactivated since
        chosen = actor.user_id if entry is None else entry.technician_id
        self.technician.setCurrentIndex(max(0, self.technician.findData(chosen)))

        self.rate = QComboBox(self)
        self.rate.setObjectName("rate")
        self.rate.addItem("", None)
        fmt = formatter()
        for rate in list_rates(db, include_archived=entry is not None):
            hourly, currency = rate.hourly_amount, rate.currency
            if entry is not None and rate.id == entry.rate_id:
                # The entry keeps the amount it was recorded at while it keeps its rate: show that one.
                hourly, currency = entry.hourly_amount, entry.currency or rate.currency
            elif not rate.active:
                continue
            self.rate.addItem(f"{rate.name} ({fmt.money(hourly, currency)})", rate.id)
        if entry is not None:
            self.rate.setCurrentIndex(max(0, self.rate.findData(entry.rate_id)))
        else:
            self.rate.setCurrentIndex(1 if self.rate.count() > 1 else 0)

        if entry is not None:
            started, ended = entry.started_at, entry.ended_at
        if ended is None:
            ended = utcnow().replace(second=0, microsecond=0)
        if started is None:
            started = ended - timedelta(hours=1)
        self.start = self._moment_edit("start", started)
        self.end = self._moment_edit("end", ended)
        self.duration = QLabel(self)
        self.duration.setObjectName("duration")
        self.billable = QCheckBox(self)
        self.billable.setObjectName("billable")
        self.billable.setChecked(True if entry is None else entry.billable)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlainText("" if entry is None else entry.description)
        self.description.setMinimumHeight(self.fontMetrics().height() * 5)
        self.overlap = QLabel(self)
        self.overlap.setObjectName("overlap")
        self.overlap.setWordWrap(True)
        self.overlap.setStyleSheet(HINT_STYLE)
        self.overlap.hide()

        self.labels = {
            name: buddy_label(widget)
            for name, widget in (
                ("technician", self.technician),
                ("rate", self.rate),
                ("start", self.start),
                ("end", self.end),
                ("description", self.description),
            )
        }
        self.duration_label = QLabel(self)
        self.form.addRow(self.labels["technician"], self.technician)
        self.form.addRow(self.labels["rate"], self.rate)
        self.form.addRow(self.labels["start"], self.start)
        self.form.addRow(self.labels["end"], self.end)
        self.form.addRow(self.duration_label, self.duration)
        self.form.addRow("", self.billable)
        self.form.addRow(self.labels["description"], self.description)
        self.form.addRow(self.overlap)
        self.technician.currentIndexChanged.connect(self._changed)
        self.setMinimumWidth(480)
        self.retranslate()
        self._check_overlaps()

    def _moment_edit(self, name: str, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_local(moment), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_time_format())
        edit.dateTimeChanged.connect(self._changed)
        return edit

    def retranslate(self) -> None:
        if self.entry is None:
            self.setWindowTitle(self.tr("Add time entry: work order {number}").format(number=self.number))
            self.ok_button.setText(self.tr("Add"))
        else:
            self.setWindowTitle(self.tr("Edit time entry: work order {number}").format(number=self.number))
            self.ok_button.setText(self.tr("Save"))
        if self.from_timer:
            self.intro.setText(self.tr("The timer is stopped. Check the time it measured and add it to the order."))
        else:
            self.intro.setText(self.tr("Times are your computer's local time."))
        self.technician.setItemText(0, self.tr("Unassigned"))
        self.rate.setItemText(0, self.tr("No rate"))
        self.labels["technician"].setText(self.tr("&Technician:"))
        self.labels["rate"].setText(self.tr("&Rate:"))
        self.labels["start"].setText(self.tr("&Start:"))
        self.labels["end"].setText(self.tr("&End:"))
        self.labels["description"].setText(self.tr("&Description:"))
        self.duration_label.setText(self.tr("Duration:"))
        self.billable.setText(self.tr("&Billable"))
        self.billable.setToolTip(self.tr("Charge the client for this time"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat(date_time_format())
        self._check_overlaps()
        super().retranslate()

    def _changed(self) -> None:
        self.validate()
        self._check_overlaps()

    def fields(self) -> TimeEntryFields:
        technician = self.technician.currentData()
        rate = self.rate.currentData()
        return TimeEntryFields(
            technician_id=int(technician) if technician is not None else None,
            rate_id=int(rate) if rate is not None else None,
            started_at=from_local(self.start.dateTime()),
            ended_at=from_local(self.end.dateTime()),
            billable=self.billable.isChecked(),
            description=self.description.toPlainText(),
        )

    def problem(self) -> str | None:
        if not hasattr(self, "description"):
            return None  # still being built
        fields = self.fields()
        duration = fields.ended_at - fields.started_at
        self.duration.setText(hours_and_minutes(duration) if duration > timedelta() else "—")
        if fields.ended_at <= fields.started_at:
            return self.tr("The end must be after the start.")
        return None

    def _check_overlaps(self) -> None:
        if not hasattr(self, "overlap"):
            return
        fields = self.fields()
        found = []
        if fields.technician_id is not None and fields.ended_at > fields.started_at:
            try:
                found = overlaps(self.db, fields.technician_id, fields.started_at, fields.ended_at, self.entry_id)
            except BureauError:
                found = []
        if not found:
            self.overlap.hide()
            return
        fmt = formatter()
        lines = [
            self.tr("Work order {number}: {start} – {end}").format(
                number=other.number, start=fmt.datetime(other.started_at), end=fmt.datetime(other.ended_at)
            )
            for other in found[:5]
        ]
        self.overlap.setText(
            self.tr("%n other time entry(ies) of this technician overlap this time:", "", len(found))
            + "\n"
            + "\n".join(lines)
        )
        self.overlap.show()

    def save(self) -> None:
        if self.entry is None:
            self.entry_id = add_time_entry(self.db, self.actor, self.work_order_id, self.fields())
        else:
            save_time_entry(self.db, self.actor, self.entry.id, self.entry.version, self.fields())


__all__ = ["TimeEntryDialog", "date_time_format", "from_local", "to_local"]
