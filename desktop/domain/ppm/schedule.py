"""A job building's PPM schedule as the period editor and the services see it: the settings, the stored period
rows with their work orders, and what the planner makes of them (:mod:`desktop.domain.ppm.merge`).

Pure: no database, no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import to_money
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.planner import PeriodPlanInput, PlannedPeriod, plan_periods
from desktop.domain.ppm.summary import OVERALL_STATUS_LABELS, OverallStatus  # noqa: F401 - part of this module's names
from desktop.domain.workorders import Status

CONTEXT = "PpmSchedule"

# (financial start of the period, visit start, visit end): a visit window the agent set by hand.
ManualVisit = tuple[date, date, date]

# Statuses of a never-started order that a re-plan may cancel.
CANCELLABLE = frozenset({Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD})
DONE = frozenset({Status.COMPLETED, Status.CLOSED})


class OrderChange(enum.StrEnum):
    """What saving does to the work order of a period."""

    CANCEL = "cancel"  # never started, and the period is no longer valid: cancelled for good, as Cancel job does


class ReplicatedField(enum.StrEnum):
    VISIT_FREQUENCY = "visit_frequency"
    INVOICE_FREQUENCY = "invoice_frequency"
    INVOICE_AMOUNT = "invoice_amount"
    PARTIAL_PERIODS = "partial_periods"


REPLICATED_FIELD_LABELS: dict[ReplicatedField, str] = {
    ReplicatedField.VISIT_FREQUENCY: QT_TRANSLATE_NOOP("PpmSchedule", "Number of visits"),
    ReplicatedField.INVOICE_FREQUENCY: QT_TRANSLATE_NOOP("PpmSchedule", "Number of invoices"),
    ReplicatedField.INVOICE_AMOUNT: QT_TRANSLATE_NOOP("PpmSchedule", "Invoice amount"),
    ReplicatedField.PARTIAL_PERIODS: QT_TRANSLATE_NOOP("PpmSchedule", "Partial periods"),
}
# The fields that may still change once a building has work orders.
ALWAYS_EDITABLE = frozenset({ReplicatedField.INVOICE_AMOUNT})

GENERATED_LOCK = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "PPM work orders have been generated for this building: only the invoice amount and the instructions can "
    "still change.",
)


# --- read model ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleSettings:
    """What the agent edits in the header of the dialog."""

    visit_frequency: Frequency
    invoice_frequency: Frequency
    invoice_amount: Decimal
    partial_periods: bool
    next_visit_required_by: date | None = None
    instructions: str = ""


@dataclass(frozen=True)
class PeriodOrder:
    """The work order generated for a period."""

    id: int
    number: int
    status: Status
    invoice_only: bool
    started: bool
    ppm_cancel_final: bool


@dataclass(frozen=True)
class StoredPeriod:
    """A financial_period row as it is stored."""

    id: int
    version: int
    financial_start: date
    financial_end: date
    visit_start: date | None
    visit_end: date | None
    visit_set_manually: bool
    invoiced: bool
    closed: bool
    certificate_required: bool
    partial: bool
    valid: bool
    auto_generation_date: date | None
    order: PeriodOrder | None


@dataclass(frozen=True)
class SchedulePeriod:
    """One line of the period table: what saving stores, with its order and why it is so."""

    financial_start: date
    financial_end: date
    visit_start: date | None
    visit_end: date | None
    invoiced: bool
    closed: bool
    certificate_required: bool
    partial: bool
    valid: bool
    auto_generation_date: date | None
    visit_set_manually: bool
    summary: str  # the explanation in English, one line
    explanation: tuple[Message, ...]  # the Summary link: translate each message and join them
    overall_status: OverallStatus
    overall_label: Message  # "Generates on {date}", ...
    row_id: int | None  # the stored row (None: not stored yet)
    row_version: int | None
    order: PeriodOrder | None
    order_change: OrderChange | None  # what saving does to the order
    in_plan: bool  # False: the planner no longer lists it; the row stays for its work order
    visit_editable: bool  # the visit start and end may be edited by hand
    unsaved: bool  # differs from the stored row, or is not stored yet

    @property
    def order_number(self) -> int | None:
        return self.order.number if self.order is not None else None

    @property
    def order_status(self) -> Status | None:
        return self.order.status if self.order is not None else None


@dataclass(frozen=True)
class Editability:
    """What may be edited with the settings shown, and why not."""

    frequencies: bool  # number of visits, number of invoices
    partial_periods: bool
    visit_windows: bool
    next_visit_required_by: bool
    invoice_amount: bool
    instructions: bool
    locked_reason: Message | None  # why frequencies, partial periods and visit windows are locked
    visit_windows_reason: Message | None  # why the visit dates cannot be entered, when they cannot
    next_visit_reason: Message  # the "?" tooltip of Next visit required by


@dataclass(frozen=True)
class SchedulePreview:
    """The schedule re-planned with some settings: what OK saves."""

    settings: ScheduleSettings
    manual_visits: tuple[ManualVisit, ...]
    dynamic_dates_supported: bool
    dynamic_dates: bool  # effective: supported and the building is not excluded
    next_visit_required_by: date | None  # entered, or worked out from the last visit or certificate
    periods: tuple[SchedulePeriod, ...]
    removed: tuple[StoredPeriod, ...]  # stored rows that saving deletes
    site_value: Decimal
    editable: Editability
    plan_input: PeriodPlanInput


@dataclass(frozen=True)
class Schedule:
    """A job building's schedule as stored, with everything the planner needs; :attr:`current` re-plans it."""

    job_building_id: int
    version: int
    job_id: int
    job_description: str
    job_frequency: Frequency
    certificate_based: bool
    lead_days: int
    seasonal_months: tuple[int, ...]
    contract_id: int
    contract_reference: str
    contract_start: date
    contract_end: date
    financial_year_start: tuple[int, int]  # (month, day)
    currency: str
    client_name: str
    building_id: int
    building_name: str
    building_start: date
    building_end: date | None
    closed_ranges: tuple[tuple[date, date], ...]
    exclude_dynamic_dates: bool
    last_work_order_number: int | None  # the last completed visit of this building under the job
    last_visit_date: date | None  # its completion date
    last_certificate_date: date | None
    settings: ScheduleSettings  # as stored
    manual_visits: tuple[ManualVisit, ...]  # as stored
    stored_periods: tuple[StoredPeriod, ...]
    today: date
    orders: tuple[PeriodOrder, ...] = field(default=(), repr=False)
    planned_anchor: date | None = None  # the last visit or certificate the stored periods were planned from
    left_job_on: date | None = None  # the building's last day in the job, once it left it

    @property
    def generated(self) -> bool:
        """Work orders exist for this building under the job: only the amount and instructions may change."""
        return bool(self.orders)

    @cached_property
    def current(self) -> SchedulePreview:
        """The stored settings re-planned today: what the dialog shows when it opens."""
        from desktop.domain.ppm.merge import preview  # noqa: PLC0415 - merge builds on these types

        return preview(self, self.settings, self.manual_visits)


@dataclass(frozen=True)
class ScheduleChange:
    """One job building's edit, for :func:`save_schedules`."""

    job_building_id: int
    expected_version: int
    settings: ScheduleSettings
    manual_visits: tuple[ManualVisit, ...] = ()
    expected: str | None = None  # the fingerprint of the periods the agent saw; None: save whatever the plan is


# --- pure rules -----------------------------------------------------------------------------------------------


def dynamic_dates_supported(schedule: Schedule, settings: ScheduleSettings) -> bool:
    """Dynamic date updates need a frequency that supports them, for the job and for the building's visits."""
    return schedule.job_frequency.dynamic_dates_supported and settings.visit_frequency.dynamic_dates_supported


def dynamic_dates(schedule: Schedule, settings: ScheduleSettings) -> bool:
    return dynamic_dates_supported(schedule, settings) and not schedule.exclude_dynamic_dates


def last_visit_completed(schedule: Schedule) -> date | None:
    """The anchor of dynamic dates: the last certificate for a certificate-based job, else the last visit."""
    return schedule.last_certificate_date if schedule.certificate_based else schedule.last_visit_date


def visit_interval(frequency: Frequency) -> relativedelta:
    months = Fraction(12) / frequency.per_year
    if months.denominator == 1:
        return relativedelta(months=int(months))
    return relativedelta(days=round(Fraction(365) / frequency.per_year))


def next_visit_follows_last(schedule: Schedule, settings: ScheduleSettings) -> bool:
    return dynamic_dates(schedule, settings) and last_visit_completed(schedule) is not None


def shown_next_visit(schedule: Schedule, settings: ScheduleSettings) -> date | None:
    """Next visit required by as the dialog shows it: worked out when dynamic dates follow a last visit."""
    anchor = last_visit_completed(schedule)
    if dynamic_dates(schedule, settings) and anchor is not None:
        return anchor + visit_interval(settings.visit_frequency)
    return settings.next_visit_required_by


def plan_input(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit] = ()
) -> PeriodPlanInput:
    """The planner's input for these settings: what the dialog and the save both plan with."""
    dynamic = dynamic_dates(schedule, settings)
    return PeriodPlanInput(
        contract_start=schedule.contract_start,
        contract_end=schedule.contract_end,
        visit_frequency=settings.visit_frequency,
        invoice_frequency=settings.invoice_frequency,
        invoice_amount=to_money(settings.invoice_amount),
        financial_year_start=schedule.financial_year_start,
        building_start=schedule.building_start,
        building_end=schedule.building_end,
        left_job_on=schedule.left_job_on,
        partial_periods=settings.partial_periods,
        dynamic_dates=dynamic,
        next_visit_required_by=settings.next_visit_required_by,
        last_visit_completed=last_visit_completed(schedule) if dynamic else None,
        closed_ranges=schedule.closed_ranges,
        certificate_based=schedule.certificate_based,
        lead_days=schedule.lead_days,
        today=schedule.today,
        seasonal_months=schedule.seasonal_months,
        manual_visits=() if dynamic else tuple(sorted(manual_visits)),
    )


def plan_or_refuse(inp: PeriodPlanInput) -> list[PlannedPeriod]:
    try:
        return plan_periods(inp)
    except ValueError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The periods cannot be planned: {error}"), error=str(error)
        ) from error


class PeriodValues(NamedTuple):
    """The stored values of a period after its financial start: what a save writes, compares and records."""

    financial_end: date
    visit_start: date | None
    visit_end: date | None
    visit_set_manually: bool
    invoiced: bool
    closed: bool
    certificate_required: bool
    partial: bool
    valid: bool
    auto_generation_date: date | None

    @classmethod
    def of(cls, period: StoredPeriod | SchedulePeriod) -> PeriodValues:
        """The values of a stored row or of a period of the editor."""
        return cls(*(getattr(period, name) for name in cls._fields))


ROW_FIELDS: tuple[str, ...] = PeriodValues._fields


def row_values(row: StoredPeriod) -> PeriodValues:
    return PeriodValues.of(row)


def plan_values(plan: PlannedPeriod, manual: bool) -> PeriodValues:
    """The stored values of a planned period without an order (``manual``: its visit window was set by hand)."""
    return PeriodValues(
        plan.financial_end,
        plan.visit_start,
        plan.visit_end,
        manual and plan.visit_start is not None,
        plan.invoiced,
        plan.closed,
        plan.certificate_required,
        plan.partial,
        plan.valid,
        plan.auto_generation_date,
    )


def period_values(period: SchedulePeriod) -> PeriodValues:
    return PeriodValues.of(period)


def stored_settings(schedule: Schedule, settings: ScheduleSettings) -> ScheduleSettings:
    """The settings as they are stored: a worked-out next visit date is shown, not stored."""
    if next_visit_follows_last(schedule, settings):
        return replace(settings, next_visit_required_by=schedule.settings.next_visit_required_by)
    return settings


def planned_anchor(schedule: Schedule, settings: ScheduleSettings) -> date | None:
    """The last completed visit or certificate that periods planned with these settings follow, if any."""
    return last_visit_completed(schedule) if dynamic_dates(schedule, settings) else None
