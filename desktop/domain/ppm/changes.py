"""What saving a schedule changes in the periods as they are stored, and the fingerprint of a shown schedule.

The period editor opens on the schedule as stored (:func:`stored_view`). Re-planned with the same settings on a
later day, after a visit was completed or a closure added, it may differ: :func:`what_changes` lists the
differences period by period, for the banner, the marked cells and the *What changes* view. Saving applies what
the agent saw, or nothing: the save re-plans, and refuses when its :func:`fingerprint` is not the shown one.

Pure: no database, no Qt.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from desktop.domain.errors import ConcurrentChange
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import to_money
from desktop.domain.ppm.merge import period_of_row, preview, stored_summary
from desktop.domain.ppm.schedule import (
    Editability,
    Schedule,
    ScheduleChange,
    SchedulePeriod,
    SchedulePreview,
    StoredPeriod,
    period_values,
    row_values,
)

CONTEXT = "PpmChanges"


class Field(enum.StrEnum):
    """A value of a period that the agent sees change."""

    FINANCIAL_END = "financial_end"
    VISIT = "visit"
    INVOICED = "invoiced"
    CLOSED = "closed"
    CERTIFICATE = "certificate_required"
    PARTIAL = "partial"
    VALID = "valid"
    OVERALL = "overall_status"
    GENERATION_DATE = "auto_generation_date"
    ORDER = "order_change"  # what saving does to the period's work order


FIELD_LABELS: dict[Field, str] = {
    Field.FINANCIAL_END: QT_TRANSLATE_NOOP("PpmChanges", "Financial end"),
    Field.VISIT: QT_TRANSLATE_NOOP("PpmChanges", "Visit"),
    Field.INVOICED: QT_TRANSLATE_NOOP("PpmChanges", "Invoiced"),
    Field.CLOSED: QT_TRANSLATE_NOOP("PpmChanges", "Closed"),
    Field.CERTIFICATE: QT_TRANSLATE_NOOP("PpmChanges", "Certificate required"),
    Field.PARTIAL: QT_TRANSLATE_NOOP("PpmChanges", "Partial period"),
    Field.VALID: QT_TRANSLATE_NOOP("PpmChanges", "Status"),
    Field.OVERALL: QT_TRANSLATE_NOOP("PpmChanges", "Overall status"),
    Field.GENERATION_DATE: QT_TRANSLATE_NOOP("PpmChanges", "Auto-generation date"),
    Field.ORDER: QT_TRANSLATE_NOOP("PpmChanges", "Work order"),
}

_VALUES: dict[Field, Callable[[SchedulePeriod], object]] = {
    Field.FINANCIAL_END: lambda period: period.financial_end,
    Field.VISIT: lambda period: (period.visit_start, period.visit_end),
    Field.INVOICED: lambda period: period.invoiced,
    Field.CLOSED: lambda period: period.closed,
    Field.CERTIFICATE: lambda period: period.certificate_required,
    Field.PARTIAL: lambda period: period.partial,
    Field.VALID: lambda period: period.valid,
    Field.OVERALL: lambda period: period.overall_label,
    Field.GENERATION_DATE: lambda period: period.auto_generation_date,
    Field.ORDER: lambda period: period.order_change,
}

_SHOWN_AS_STORED = QT_TRANSLATE_NOOP(
    "PpmChanges", "This row shows the period as stored: re-planned today, it changes (see What changes)."
)
_REMOVED_BY_REPLAN = QT_TRANSLATE_NOOP(
    "PpmChanges",
    "This row shows the period as stored. Re-planned today, the period is no longer listed: saving removes it.",
)


@dataclass(frozen=True)
class PeriodChange:
    """A period that saving changes: ``old`` as stored (None: added), ``new`` as saved (None: removed)."""

    financial_start: date
    old: SchedulePeriod | None
    new: SchedulePeriod | None
    fields: tuple[Field, ...]  # the values that differ, when the period is both stored and saved

    @property
    def added(self) -> bool:
        return self.old is None

    @property
    def removed(self) -> bool:
        return self.new is None


@dataclass(frozen=True)
class ScheduleChanges:
    """Everything saving a preview changes in the stored schedule, period by period, in order."""

    periods: tuple[PeriodChange, ...]
    site_value_before: Decimal
    site_value_after: Decimal

    @property
    def empty(self) -> bool:
        """Nothing changes in the periods (the site value may, with the invoice amount)."""
        return not self.periods

    def of(self, financial_start: date) -> PeriodChange | None:
        return next((change for change in self.periods if change.financial_start == financial_start), None)


class ScheduleChangedSinceShown(ConcurrentChange):
    """Re-planned at the time of saving, the schedule is not the one the agent confirmed: nothing is saved."""


def stored_view(schedule: Schedule) -> SchedulePreview:
    """The schedule as stored, as the period editor opens on it: the stored rows' own values, nothing to save.

    A row that re-planning today leaves as it is reads exactly as in :attr:`Schedule.current`; a row that it
    changes shows its stored values, with its overall status and Summary made from them, and a note that a re-plan
    changes it.
    """
    current = schedule.current
    replanned = {period.financial_start: period for period in current.periods}
    periods = tuple(
        _stored_period(row, replanned.get(row.financial_start), current.editable, schedule)
        for row in schedule.stored_periods
    )
    amount = to_money(schedule.settings.invoice_amount)
    return replace(
        current,
        manual_visits=schedule.manual_visits,
        periods=periods,
        removed=(),
        site_value=to_money(amount * sum(1 for period in periods if period.invoiced and period.valid)),
    )


def _stored_period(
    row: StoredPeriod, replanned: SchedulePeriod | None, editable: Editability, schedule: Schedule
) -> SchedulePeriod:
    if replanned is not None and replanned.row_id == row.id and period_values(replanned) == row_values(row):
        return replace(replanned, order_change=None, unsaved=False)
    # The Summary describes the stored values shown, then says that a re-plan would change them.
    in_plan = replanned is not None and replanned.in_plan
    summary, status, label = stored_summary(row, schedule, in_plan=in_plan)
    note = Message(CONTEXT, _REMOVED_BY_REPLAN if replanned is None else _SHOWN_AS_STORED)
    notes: tuple[Message, ...] = (*summary, note)
    return period_of_row(
        row,
        row_values(row),
        notes,
        status,
        label,
        order_change=None,
        in_plan=in_plan,
        visit_editable=(
            editable.visit_windows and replanned is not None and row.order is None and row.visit_start is not None
        ),
        unsaved=False,
    )


def changed_fields(old: SchedulePeriod, new: SchedulePeriod) -> tuple[Field, ...]:
    return tuple(field for field, value in _VALUES.items() if value(old) != value(new))


def what_changes(schedule: Schedule, shown: SchedulePreview) -> ScheduleChanges:
    """What saving ``shown`` (a preview of ``schedule``) changes in the stored periods and the site value."""
    stored = stored_view(schedule)
    before = {period.financial_start: period for period in stored.periods}
    after = {period.financial_start: period for period in shown.periods}
    found = []
    for financial_start in sorted(before.keys() | after.keys()):
        old, new = before.get(financial_start), after.get(financial_start)
        if old is None or new is None:
            found.append(PeriodChange(financial_start, old, new, ()))
            continue
        fields = changed_fields(old, new)
        if fields:
            found.append(PeriodChange(financial_start, old, new, fields))
    return ScheduleChanges(tuple(found), stored.site_value, shown.site_value)


def fingerprint(shown: SchedulePreview) -> str:
    """A short digest of the periods a preview saves, their work-order changes and the rows it deletes."""
    digest = hashlib.sha256()
    for period in shown.periods:
        values = (period.financial_start, *period_values(period), period.order_change, period.row_id)
        digest.update(repr(values).encode())
    for row in shown.removed:
        digest.update(repr(("removed", row.id)).encode())
    return digest.hexdigest()[:32]


def refuse_unless_shown(schedule: Schedule, change: ScheduleChange) -> None:
    """Refuse a save whose re-plan is not the preview the agent saw (``change.expected``); nothing is written."""
    if change.expected is None:
        return
    if fingerprint(preview(schedule, change.settings, change.manual_visits)) != change.expected:
        error = ScheduleChangedSinceShown(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The schedule of {building} changed since it was shown (a visit was completed, a closure or a work "
                "order changed, or the day changed): nothing was saved. Look at the periods again, then save.",
            ),
            building=schedule.building_name,
        )
        error.current_version = schedule.version
        raise error
