"""The PPM schedule of a job building (SPEC section 4): read for the period editor, previewed, saved, replicated.

The stored period rows are the planner's output (:func:`desktop.domain.ppm.plan_periods`) merged with what was
generated. Rows are matched by their financial start:

- a period without a work order takes the planner's values; a stored row the planner no longer lists is deleted;
- a period with a work order keeps the visit window, invoice flag, certificate flag and generation date its order
  was made from; only its bounds and its closed and valid flags follow the plan. A planned period that overlaps a
  kept row the planner no longer lists is left out, so that no period is generated twice;
- when a period with a generated, never-started order turns invalid (or leaves the plan), saving cancels the order
  automatically; when a period whose order was cancelled that way is valid again, saving reinstates it. Orders
  cancelled with the PPM-cancel action (``ppm_cancel_final``) are never touched.

Once a job building has work orders, only its invoice amount and instructions may change. Every save runs in
one transaction, checks the job building's version (optimistic lock) and bumps it.

:func:`preview` is pure: the editor dialog calls it on every edit with the :class:`Schedule` it loaded, and
:func:`save_schedule` writes exactly what it shows.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Building,
    BuildingClosure,
    Client,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    WorkOrder,
)
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError, ConcurrentChange, NotFound, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import MONEY_MAX, to_money
from desktop.domain.permissions import Permission
from desktop.domain.ppm import Frequency, PeriodPlanInput, PlannedPeriod, plan_periods
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Status
from desktop.services.actor import Actor

CONTEXT = "PpmSchedule"
CHUNK = 900  # ids per IN (...) list

# (financial start of the period, visit start, visit end): a visit window the agent set by hand.
ManualVisit = tuple[date, date, date]

# Statuses of a never-started order that a re-plan may cancel.
CANCELLABLE = frozenset({Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD})
DONE = frozenset({Status.COMPLETED, Status.CLOSED})


class OverallStatus(enum.StrEnum):
    NOT_GENERATED = "not_generated"
    GENERATES_ON = "generates_on"
    GENERATED = "generated"
    INVOICE_ONLY = "invoice_only"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


OVERALL_STATUS_LABELS: dict[OverallStatus, str] = {
    OverallStatus.NOT_GENERATED: QT_TRANSLATE_NOOP("PpmSchedule", "Not generated"),
    OverallStatus.GENERATES_ON: QT_TRANSLATE_NOOP("PpmSchedule", "Generates on {date}"),
    OverallStatus.GENERATED: QT_TRANSLATE_NOOP("PpmSchedule", "Generated"),
    OverallStatus.INVOICE_ONLY: QT_TRANSLATE_NOOP("PpmSchedule", "Invoice only"),
    OverallStatus.CANCELLED: QT_TRANSLATE_NOOP("PpmSchedule", "Cancelled"),
    OverallStatus.COMPLETED: QT_TRANSLATE_NOOP("PpmSchedule", "Completed"),
}


class OrderChange(enum.StrEnum):
    """What saving does to the work order of a period."""

    CANCEL = "cancel"  # never started, and the period is no longer valid
    REINSTATE = "reinstate"  # cancelled automatically before, and the period is valid again


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

    @property
    def generated(self) -> bool:
        """Work orders exist for this building under the job: only the amount and instructions may change."""
        return bool(self.orders)

    @cached_property
    def current(self) -> SchedulePreview:
        """The stored settings re-planned today: what the dialog shows when it opens."""
        return preview(self, self.settings, self.manual_visits)


@dataclass(frozen=True)
class SaveResult:
    job_building_id: int
    version: int  # the job building's new version
    inserted: int
    updated: int
    deleted: int
    cancelled_orders: tuple[int, ...]  # numbers of the orders cancelled automatically
    reinstated_orders: tuple[int, ...]


@dataclass(frozen=True)
class ScheduleChange:
    """One job building's edit, for :func:`save_schedules`."""

    job_building_id: int
    expected_version: int
    settings: ScheduleSettings
    manual_visits: tuple[ManualVisit, ...] = ()


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


def _next_visit_follows_last(schedule: Schedule, settings: ScheduleSettings) -> bool:
    return dynamic_dates(schedule, settings) and last_visit_completed(schedule) is not None


def editability(schedule: Schedule, settings: ScheduleSettings) -> Editability:
    generated = schedule.generated
    dynamic = dynamic_dates(schedule, settings)
    anchor = last_visit_completed(schedule)
    if dynamic and anchor is not None:
        if schedule.certificate_based:
            reason = Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule",
                    "Worked out from the last certificate ({date}) plus one visit interval: dynamic date updates "
                    "set it.",
                ),
                {"date": anchor},
            )
        else:
            reason = Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule",
                    "Worked out from the last completed visit ({date}) plus one visit interval: dynamic date "
                    "updates set it.",
                ),
                {"date": anchor},
            )
    elif not dynamic_dates_supported(schedule, settings):
        reason = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "Dynamic date updates are not supported for this frequency: enter the date the next visit is "
                "required by, if there is one.",
            ),
        )
    elif schedule.exclude_dynamic_dates:
        reason = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "This building is excluded from dynamic date updates: enter the date the next visit is required "
                "by, if there is one.",
            ),
        )
    else:
        reason = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmSchedule",
                "No visit or certificate yet: enter the date the next visit is required by, if there is one. Once "
                "a visit is completed, dynamic date updates work it out.",
            ),
        )
    locked = Message(CONTEXT, GENERATED_LOCK) if generated else None
    windows_reason = locked
    if windows_reason is None and dynamic:
        windows_reason = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmSchedule", "Dynamic date updates set the visit dates: they cannot be entered by hand."
            ),
        )
    return Editability(
        frequencies=not generated,
        partial_periods=not generated,
        visit_windows=not generated and not dynamic,
        next_visit_required_by=not generated and not (dynamic and anchor is not None),
        invoice_amount=True,
        instructions=True,
        locked_reason=locked,
        visit_windows_reason=windows_reason,
        next_visit_reason=reason,
    )


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


def _plan(inp: PeriodPlanInput) -> list[PlannedPeriod]:
    try:
        return plan_periods(inp)
    except ValueError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The periods cannot be planned: {error}"), error=str(error)
        ) from error


def preview(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit] = ()
) -> SchedulePreview:
    """Re-plan ``schedule`` with ``settings`` and merge the plan with the stored rows and their orders.

    Pure: no database. Does not validate the edits (see :func:`check_changes`).
    """
    manual, inp, plans = _replan(schedule, settings, manual_visits)
    editable = editability(schedule, settings)
    entries, removed = _merge(schedule, plans, {visit[0] for visit in manual})
    periods = [
        _kept(entry.row, entry.plan) if entry.kept else _planned(entry.plan, entry.row, entry.manual, editable)
        for entry in entries
    ]
    amount = to_money(settings.invoice_amount)
    site_value = to_money(amount * sum(1 for period in periods if period.invoiced and period.valid))
    return SchedulePreview(
        settings=settings,
        manual_visits=manual,
        dynamic_dates_supported=dynamic_dates_supported(schedule, settings),
        dynamic_dates=inp.dynamic_dates,
        next_visit_required_by=shown_next_visit(schedule, settings),
        periods=tuple(periods),
        removed=tuple(removed),
        site_value=site_value,
        editable=editable,
        plan_input=inp,
    )


def _replan(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit]
) -> tuple[tuple[ManualVisit, ...], PeriodPlanInput, list[PlannedPeriod]]:
    """The visit windows that apply, the planner's input and its plan."""
    manual = () if dynamic_dates(schedule, settings) else _fitting(schedule, settings, manual_visits)
    inp = plan_input(schedule, settings, manual)
    return manual, inp, _plan(inp)


def _fitting(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit]
) -> tuple[ManualVisit, ...]:
    """The visit windows that fit a listed period with a visit: one set by hand before a change of frequency or
    of partial periods may no longer fit, and is dropped (:func:`check_changes` refuses a new one that does not)."""
    if not manual_visits:
        return ()
    visits = _visit_periods(schedule, settings)
    return tuple(
        visit
        for visit in sorted(set(manual_visits))
        if visit[0] in visits and visits[visit[0]][0] <= visit[1] <= visit[2] <= visits[visit[0]][1]
    )


def _visit_periods(schedule: Schedule, settings: ScheduleSettings) -> dict[date, tuple[date, date]]:
    """The listed periods that carry a visit, without windows set by hand: financial start -> (start, end)."""
    return {
        plan.financial_start: (plan.financial_start, plan.financial_end)
        for plan in _plan(plan_input(schedule, settings, ()))
        if plan.visit_start is not None
    }


class _Entry(NamedTuple):
    """A line of the merge: a planned period with the stored row of its start (if any), or a stored row kept
    for its work order with the plan of its start (if any)."""

    plan: PlannedPeriod | None
    row: StoredPeriod | None
    manual: bool  # a planned period whose visit window was set by hand
    kept: bool

    @property
    def financial_start(self) -> date:
        source = self.row if self.kept else self.plan
        assert source is not None
        return source.financial_start


def _merge(
    schedule: Schedule, plans: Sequence[PlannedPeriod], manual_starts: set[date]
) -> tuple[list[_Entry], list[StoredPeriod]]:
    """Match the plan with the stored rows by financial start; the stored rows that go away."""
    stored = {row.financial_start: row for row in schedule.stored_periods}
    planned = {plan.financial_start for plan in plans}
    kept_outside = [
        row for row in schedule.stored_periods if row.order is not None and row.financial_start not in planned
    ]
    entries: list[_Entry] = []
    used: set[int] = set()
    for plan in plans:
        row = stored.get(plan.financial_start)
        if row is not None and row.order is not None:
            entries.append(_Entry(plan, row, False, True))
            used.add(row.id)
        elif kept_outside and any(_overlaps(plan, other) for other in kept_outside):
            # A period with an order, no longer in the plan, already covers these dates.
            continue
        else:
            entries.append(_Entry(plan, row, plan.financial_start in manual_starts, False))
            if row is not None:
                used.add(row.id)
    if kept_outside:
        entries += [_Entry(None, row, False, True) for row in kept_outside]
        used.update(row.id for row in kept_outside)
        entries.sort(key=lambda entry: entry.financial_start)
    removed = [row for row in schedule.stored_periods if row.id not in used]
    return entries, removed


def _overlaps(plan: PlannedPeriod, row: StoredPeriod) -> bool:
    return plan.financial_start <= row.financial_end and row.financial_start <= plan.financial_end


def _english(messages: Sequence[Message]) -> str:
    return " ".join(message.english() for message in messages)


def _overall(order: PeriodOrder | None, valid: bool, generation: date | None) -> tuple[OverallStatus, Message]:
    if order is None:
        status = OverallStatus.GENERATES_ON if valid and generation is not None else OverallStatus.NOT_GENERATED
    elif order.status in (Status.CANCELLED, Status.REJECTED):
        status = OverallStatus.CANCELLED
    elif order.invoice_only:
        status = OverallStatus.INVOICE_ONLY
    elif order.status in DONE:
        status = OverallStatus.COMPLETED
    else:
        status = OverallStatus.GENERATED
    args = {"date": generation} if status is OverallStatus.GENERATES_ON else {}
    return status, Message(CONTEXT, OVERALL_STATUS_LABELS[status], args)


ROW_FIELDS = (
    "financial_end",
    "visit_start",
    "visit_end",
    "visit_set_manually",
    "invoiced",
    "closed",
    "certificate_required",
    "partial",
    "valid",
    "auto_generation_date",
)


def _row_values(row: StoredPeriod) -> tuple[object, ...]:
    return (
        row.financial_end,
        row.visit_start,
        row.visit_end,
        row.visit_set_manually,
        row.invoiced,
        row.closed,
        row.certificate_required,
        row.partial,
        row.valid,
        row.auto_generation_date,
    )


def _plan_values(plan: PlannedPeriod, manual: bool) -> tuple[object, ...]:
    """The stored columns of a planned period without an order, in the order of ``ROW_FIELDS``."""
    return (
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


def _period_values(period: SchedulePeriod) -> tuple[object, ...]:
    return tuple(getattr(period, name) for name in ROW_FIELDS)


def _planned(
    plan: PlannedPeriod | None, row: StoredPeriod | None, manual: bool, editable: Editability
) -> SchedulePeriod:
    assert plan is not None
    values = _plan_values(plan, manual)
    status, label = _overall(None, plan.valid, plan.auto_generation_date)
    return SchedulePeriod(
        financial_start=plan.financial_start,
        financial_end=plan.financial_end,
        visit_start=plan.visit_start,
        visit_end=plan.visit_end,
        invoiced=plan.invoiced,
        closed=plan.closed,
        certificate_required=plan.certificate_required,
        partial=plan.partial,
        valid=plan.valid,
        auto_generation_date=plan.auto_generation_date,
        visit_set_manually=bool(values[3]),
        summary=plan.summary,
        explanation=tuple(plan.explanation),
        overall_status=status,
        overall_label=label,
        row_id=row.id if row is not None else None,
        row_version=row.version if row is not None else None,
        order=None,
        order_change=None,
        in_plan=True,
        visit_editable=editable.visit_windows and plan.visit_start is not None,
        unsaved=row is None or values != _row_values(row),
    )


def _kept(row: StoredPeriod | None, plan: PlannedPeriod | None) -> SchedulePeriod:
    """A period with a work order: its visit, invoice and generation date stay as the order was made from."""
    assert row is not None
    order = row.order
    assert order is not None
    notes: list[Message] = list(plan.explanation) if plan is not None else []
    if plan is None:
        financial_end, partial, closed, valid = row.financial_end, row.partial, row.closed, False
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule", "The plan no longer has this period; it is kept for work order {number}."
                ),
                {"number": order.number},
            )
        )
    else:
        financial_end, partial, closed = plan.financial_end, plan.partial, plan.closed
        inside = row.visit_start is None or (
            row.visit_end is not None and plan.financial_start <= row.visit_start <= row.visit_end <= plan.financial_end
        )
        valid = not closed and inside
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule", "Work order {number} was generated for this period: its dates no longer change."
                ),
                {"number": order.number},
            )
        )
    change: OrderChange | None = None
    if not valid and order.status in CANCELLABLE and not order.started:
        change = OrderChange.CANCEL
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("PpmSchedule", "Saving cancels work order {number}: the period is no longer valid."),
                {"number": order.number},
            )
        )
    elif not valid and order.status in OPEN_STATUSES:
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule",
                    "The period is no longer valid, but work order {number} has started: it is not cancelled "
                    "automatically.",
                ),
                {"number": order.number},
            )
        )
    elif order.status is Status.CANCELLED and order.ppm_cancel_final:
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule",
                    "Work order {number} was cancelled with the PPM cancel action: it is never generated again.",
                ),
                {"number": order.number},
            )
        )
    elif order.status is Status.CANCELLED and valid:
        change = OrderChange.REINSTATE
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("PpmSchedule", "Saving reinstates work order {number}: the period is valid again."),
                {"number": order.number},
            )
        )
    elif order.status is Status.CANCELLED:
        notes.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmSchedule", "Work order {number} was cancelled automatically: the period is not valid."
                ),
                {"number": order.number},
            )
        )
    status, label = _overall(order, valid, row.auto_generation_date)
    values = (
        financial_end,
        row.visit_start,
        row.visit_end,
        row.visit_set_manually,
        row.invoiced,
        closed,
        row.certificate_required,
        partial,
        valid,
        row.auto_generation_date,
    )
    return SchedulePeriod(
        financial_start=row.financial_start,
        financial_end=financial_end,
        visit_start=row.visit_start,
        visit_end=row.visit_end,
        invoiced=row.invoiced,
        closed=closed,
        certificate_required=row.certificate_required,
        partial=partial,
        valid=valid,
        auto_generation_date=row.auto_generation_date,
        visit_set_manually=row.visit_set_manually,
        summary=_english(notes),
        explanation=tuple(notes),
        overall_status=status,
        overall_label=label,
        row_id=row.id,
        row_version=row.version,
        order=order,
        order_change=change,
        in_plan=plan is not None,
        visit_editable=False,
        unsaved=values != _row_values(row),
    )


def check_changes(schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit] = ()) -> None:
    """Refuse edits the rules do not allow, with a translated message; nothing is written."""
    amount = settings.invoice_amount
    if isinstance(amount, Decimal) and amount.is_finite():
        if amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The invoice amount cannot be negative."))
        if amount > MONEY_MAX:
            raise ValueRefused(QT_TRANSLATE_NOOP("Errors", "This invoice amount is too large."))
    to_money(amount)  # not a number, or not storable: refused
    for frequency in (settings.visit_frequency, settings.invoice_frequency):
        if not isinstance(frequency, Frequency):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown frequency: {value}"), value=str(frequency))
    stored = schedule.settings
    if _next_visit_follows_last(schedule, settings):
        if settings.next_visit_required_by not in (stored.next_visit_required_by, shown_next_visit(schedule, settings)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The next visit date follows the last visit (dynamic date updates): it cannot be entered.",
                )
            )
    manual = tuple(sorted(manual_visits))
    if schedule.generated:
        changed = (
            settings.visit_frequency != stored.visit_frequency
            or settings.invoice_frequency != stored.invoice_frequency
            or settings.partial_periods != stored.partial_periods
            or (
                settings.next_visit_required_by != stored.next_visit_required_by
                and settings.next_visit_required_by != shown_next_visit(schedule, stored)
            )
            or manual != schedule.manual_visits
        )
        if changed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "PPM work orders have been generated for this building: only the invoice amount and the "
                    "instructions can still change.",
                )
            )
        return
    new = sorted(set(manual) - set(schedule.manual_visits))
    if not new:
        return
    if dynamic_dates(schedule, settings):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Dynamic date updates set the visit dates of this building: they cannot be entered by hand."
            )
        )
    starts = [visit[0] for visit in manual]
    for financial_start in starts:
        if starts.count(financial_start) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Two visit windows are given for the period starting {date}."),
                date=financial_start,
            )
    periods = {plan.financial_start: plan for plan in _plan(plan_input(schedule, settings, ()))}
    for financial_start, visit_start, visit_end in new:
        plan = periods.get(financial_start)
        if plan is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no period starting on {date}."), date=financial_start
            )
        if plan.visit_start is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The period starting on {date} has no visit: there are no visit dates to set."
                ),
                date=financial_start,
            )
        if visit_end < visit_start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A visit cannot end ({end}) before it starts ({start})."),
                start=visit_start,
                end=visit_end,
            )
        if visit_start < plan.financial_start or visit_end > plan.financial_end:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The visit from {start} to {end} must lie inside its period, {first} to {last}."
                ),
                start=visit_start,
                end=visit_end,
                first=plan.financial_start,
                last=plan.financial_end,
            )


# --- loading --------------------------------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for index in range(0, len(ids), CHUNK):
        yield ids[index : index + CHUNK]


def _seasonal(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    return tuple(sorted({int(part) for part in text.split(",") if part.strip()}))


def _load_schedules(session: Session, ids: Sequence[int], today: date, lock: bool = False) -> dict[int, Schedule]:
    """The schedules of these job buildings, a few queries for all of them; ``lock``: their period rows too."""
    ids = sorted(set(ids))
    heads = []
    for chunk in _chunks(ids):
        heads += session.execute(
            select(
                JobBuilding.id,
                JobBuilding.version,
                JobBuilding.visit_frequency,
                JobBuilding.invoice_frequency,
                JobBuilding.invoice_amount,
                JobBuilding.partial_periods,
                JobBuilding.exclude_dynamic_dates,
                JobBuilding.next_visit_required_by,
                JobBuilding.last_certificate_date,
                JobBuilding.instructions,
                PpmJob.id.label("job_id"),
                PpmJob.description,
                PpmJob.frequency,
                PpmJob.certificate_based,
                PpmJob.lead_days,
                PpmJob.seasonal_months,
                Contract.id.label("contract_id"),
                Contract.reference,
                Contract.start_date.label("contract_start"),
                Contract.end_date.label("contract_end"),
                Contract.fy_start_month,
                Contract.fy_start_day,
                Contract.currency,
                Client.name.label("client_name"),
                Building.id.label("building_id"),
                Building.name.label("building_name"),
                Building.start_date.label("building_start"),
                Building.end_date.label("building_end"),
            )
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, PpmJob.contract_id == Contract.id)
            .join(Building, JobBuilding.building_id == Building.id)
            .join(Client, Building.client_id == Client.id)
            .where(JobBuilding.id.in_(chunk))
        ).all()
    building_ids = sorted({head.building_id for head in heads})
    closures: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for chunk in _chunks(building_ids):
        for row in session.execute(
            select(BuildingClosure.building_id, BuildingClosure.start_date, BuildingClosure.end_date).where(
                BuildingClosure.building_id.in_(chunk)
            )
        ):
            closures[row.building_id].append((row.start_date, row.end_date))

    periods: dict[int, list[Any]] = defaultdict(list)
    table = FinancialPeriod.__table__
    for chunk in _chunks(ids):
        statement = (
            select(
                table.c.id,
                table.c.version,
                table.c.job_building_id,
                table.c.financial_start,
                table.c.financial_end,
                table.c.visit_start,
                table.c.visit_end,
                table.c.visit_set_manually,
                table.c.invoiced,
                table.c.closed,
                table.c.certificate_required,
                table.c.partial,
                table.c.valid,
                table.c.auto_generation_date,
            )
            .where(table.c.job_building_id.in_(chunk))
            .order_by(table.c.id)
        )
        if lock:
            statement = statement.with_for_update()
        for row in session.execute(statement):
            periods[row.job_building_id].append(row)

    # Read after the period rows are locked: a generator that got there first has committed its orders.
    orders_of_building: dict[int, list[Any]] = defaultdict(list)
    for chunk in _chunks(ids):
        for row in session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.status,
                WorkOrder.invoice_only,
                WorkOrder.started_at,
                WorkOrder.completed_at,
                WorkOrder.ppm_cancel_final,
                WorkOrder.job_building_id,
                WorkOrder.financial_period_id,
            ).where(WorkOrder.job_building_id.in_(chunk))
        ):
            orders_of_building[row.job_building_id].append(row)

    schedules = {}
    for head in heads:
        order_rows = orders_of_building.get(head.id, [])
        orders = {row.financial_period_id: _period_order(row) for row in order_rows}
        last = max(
            (row for row in order_rows if row.status in DONE and not row.invoice_only and row.completed_at is not None),
            key=lambda row: (row.completed_at, row.number),
            default=None,
        )
        stored = tuple(
            sorted(
                (
                    StoredPeriod(
                        id=row.id,
                        version=row.version,
                        financial_start=row.financial_start,
                        financial_end=row.financial_end,
                        visit_start=row.visit_start,
                        visit_end=row.visit_end,
                        visit_set_manually=row.visit_set_manually,
                        invoiced=row.invoiced,
                        closed=row.closed,
                        certificate_required=row.certificate_required,
                        partial=row.partial,
                        valid=row.valid,
                        auto_generation_date=row.auto_generation_date,
                        order=orders.get(row.id),
                    )
                    for row in periods.get(head.id, [])
                ),
                key=lambda period: period.financial_start,
            )
        )
        manual = tuple(
            (period.financial_start, period.visit_start, period.visit_end)
            for period in stored
            if period.visit_set_manually and period.visit_start is not None and period.visit_end is not None
        )
        schedules[head.id] = Schedule(
            job_building_id=head.id,
            version=head.version,
            job_id=head.job_id,
            job_description=head.description,
            job_frequency=head.frequency,
            certificate_based=head.certificate_based,
            lead_days=head.lead_days,
            seasonal_months=_seasonal(head.seasonal_months),
            contract_id=head.contract_id,
            contract_reference=head.reference,
            contract_start=head.contract_start,
            contract_end=head.contract_end,
            financial_year_start=(head.fy_start_month, head.fy_start_day),
            currency=head.currency,
            client_name=head.client_name,
            building_id=head.building_id,
            building_name=head.building_name,
            building_start=head.building_start,
            building_end=head.building_end,
            closed_ranges=tuple(sorted(closures.get(head.building_id, []))),
            exclude_dynamic_dates=head.exclude_dynamic_dates,
            last_work_order_number=last.number if last is not None else None,
            last_visit_date=last.completed_at.date() if last is not None else None,
            last_certificate_date=head.last_certificate_date,
            settings=ScheduleSettings(
                visit_frequency=head.visit_frequency,
                invoice_frequency=head.invoice_frequency,
                invoice_amount=head.invoice_amount,
                partial_periods=head.partial_periods,
                next_visit_required_by=head.next_visit_required_by,
                instructions=head.instructions or "",
            ),
            manual_visits=manual,
            stored_periods=stored,
            today=today,
            orders=tuple(_period_order(row) for row in order_rows),
        )
    return schedules


def _period_order(row: Any) -> PeriodOrder:
    return PeriodOrder(
        id=row.id,
        number=row.number,
        status=row.status,
        invoice_only=row.invoice_only,
        started=row.started_at is not None,
        ppm_cancel_final=row.ppm_cancel_final,
    )


def load_schedules(db: Database, job_building_ids: Sequence[int], today: date | None = None) -> dict[int, Schedule]:
    """Several job buildings' schedules at once, by id; ids that no longer exist are left out."""
    with db.reading() as session:
        return _load_schedules(session, job_building_ids, today or date.today())


def load_schedule(db: Database, job_building_id: int, today: date | None = None) -> Schedule:
    """A job building's schedule for the period editor."""
    with db.reading() as session:
        schedules = _load_schedules(session, [job_building_id], today or date.today())
    schedule = schedules.get(job_building_id)
    if schedule is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))
    return schedule


# --- saving ---------------------------------------------------------------------------------------------------


def save_schedule(
    db: Database,
    actor: Actor,
    job_building_id: int,
    expected_version: int,
    settings: ScheduleSettings,
    manual_visits: Sequence[ManualVisit] = (),
    today: date | None = None,
) -> SaveResult:
    """Validate, re-plan and store one job building's schedule in one transaction."""
    change = ScheduleChange(job_building_id, expected_version, settings, tuple(manual_visits))
    return save_schedules(db, actor, [change], today)[0]


def save_schedules(
    db: Database, actor: Actor, changes: Sequence[ScheduleChange], today: date | None = None
) -> list[SaveResult]:
    """Save several job buildings' schedules in one transaction: all of them, or none. Needs ``edit_contract``."""
    actor.require(Permission.EDIT_CONTRACT)
    today = today or date.today()
    ids = [change.job_building_id for change in changes]
    if len(set(ids)) != len(ids):
        raise ValueError("a job building appears twice")
    try:
        with db.transaction() as session:
            return _save(session, actor, changes, today)
    except StaleDataError:
        # The version was checked under a lock; another writer cannot have slipped in, but say so if it did.
        with db.reading() as session:
            raise _concurrent_change(session, ids[0]) from None


def store_plans(session: Session, job_building_ids: Sequence[int], today: date) -> list[SaveResult]:
    """Re-plan these job buildings with their stored settings and store the result in the caller's transaction,
    as OK in the period editor does when nothing was edited: for a data load that writes job buildings, then
    their periods and orders, in one transaction (the demo). Afterwards the editor opens on them with nothing
    to save."""
    schedules = _load_schedules(session, job_building_ids, today)
    changes = [
        ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
        for schedule in schedules.values()
    ]
    return _save(session, None, changes, today) if changes else []


def follow_completed_visits(db: Database, actor: Actor | None, today: date | None = None) -> list[int]:
    """Re-plan the buildings whose visits follow their last completed visit (dynamic dates) and whose stored
    periods no longer show it, so that generation places the next visits from it; the ids re-planned.

    Each building is saved on its own with its stored settings; one that an agent saves at the same moment is
    left for the next run.
    """
    today = today or date.today()
    with db.reading() as session:
        dynamic = [frequency for frequency in Frequency if frequency.dynamic_dates_supported]
        ids = session.scalars(
            select(WorkOrder.job_building_id)
            .join(JobBuilding, JobBuilding.id == WorkOrder.job_building_id)
            .join(PpmJob, PpmJob.id == JobBuilding.ppm_job_id)
            .where(
                JobBuilding.exclude_dynamic_dates.is_(False),
                JobBuilding.visit_frequency.in_(dynamic),
                PpmJob.frequency.in_(dynamic),
                WorkOrder.status.in_(DONE),
                WorkOrder.invoice_only.is_(False),
                WorkOrder.completed_at.is_not(None),
            )
            .distinct()
        ).all()
    followed = []
    for schedule in load_schedules(db, [i for i in ids if i is not None], today).values():
        current = schedule.current
        if not current.dynamic_dates or (not any(p.unsaved for p in current.periods) and not current.removed):
            continue
        change = ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
        try:
            with db.transaction() as session:
                _save(session, actor, [change], today)
        except (BureauError, StaleDataError):
            continue
        followed.append(schedule.job_building_id)
    return followed


def _lock_job_buildings(session: Session, expected: dict[int, int | None]) -> None:
    """Lock the job buildings (in id order) and check their versions; None: any version will do."""
    versions: dict[int, int] = {}
    for chunk in _chunks(sorted(expected)):
        # FOR NO KEY UPDATE on PostgreSQL: new work orders may still reference the row while it is locked.
        rows = session.execute(
            select(JobBuilding.id, JobBuilding.version)
            .where(JobBuilding.id.in_(chunk))
            .order_by(JobBuilding.id)
            .with_for_update(key_share=True)
        ).all()
        versions.update((row.id, row.version) for row in rows)
    for job_building_id, version in expected.items():
        if job_building_id not in versions:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))
        if version is not None and versions[job_building_id] != version:
            raise _concurrent_change(session, job_building_id)


def _concurrent_change(session: Session, job_building_id: int) -> BureauError:
    row = session.execute(
        select(JobBuilding.version, Building.name)
        .join(Building, JobBuilding.building_id == Building.id)
        .where(JobBuilding.id == job_building_id)
    ).first()
    if row is None:
        return NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))
    error = ConcurrentChange(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The PPM periods of {building} were changed by someone else since you opened them. Reload them and "
            "try again.",
        ),
        building=row.name,
    )
    error.current_version = row.version
    return error


def _save(
    session: Session, actor: Actor | None, changes: Sequence[ScheduleChange], today: date
) -> list[SaveResult]:
    _lock_job_buildings(session, {change.job_building_id: change.expected_version for change in changes})
    schedules = _load_schedules(session, [change.job_building_id for change in changes], today, lock=True)
    inserts: list[tuple[object, ...]] = []
    updates: list[tuple[object, ...]] = []
    deletes: list[int] = []
    order_changes: dict[int, tuple[OrderChange, SchedulePeriod, Schedule]] = {}
    counts: dict[int, tuple[int, int, int]] = {}
    for change in changes:
        schedule = schedules[change.job_building_id]
        check_changes(schedule, change.settings, change.manual_visits)
        manual, _inp, plans = _replan(schedule, change.settings, change.manual_visits)
        entries, removed = _merge(schedule, plans, {visit[0] for visit in manual})
        before = (len(inserts), len(updates))
        for entry in entries:
            if entry.kept:
                period = _kept(entry.row, entry.plan)
                if period.unsaved:
                    updates.append((*_period_values(period), period.row_id))
                if period.order_change is not None and period.order is not None:
                    order_changes[period.order.id] = (period.order_change, period, schedule)
                continue
            plan, row = entry.plan, entry.row
            assert plan is not None
            values = _plan_values(plan, entry.manual)
            if row is None:
                inserts.append((schedule.job_building_id, plan.financial_start, *values))
            elif values != _row_values(row):
                updates.append((*values, row.id))
        deletes += [row.id for row in removed]
        counts[schedule.job_building_id] = (len(inserts) - before[0], len(updates) - before[1], len(removed))

    _write_periods(session, inserts, updates, deletes)
    cancelled, reinstated = _change_orders(session, order_changes)
    versions = _write_job_buildings(session, schedules, changes)
    return [
        SaveResult(
            job_building_id=change.job_building_id,
            version=versions[change.job_building_id],
            inserted=counts[change.job_building_id][0],
            updated=counts[change.job_building_id][1],
            deleted=counts[change.job_building_id][2],
            cancelled_orders=tuple(sorted(cancelled.get(change.job_building_id, ()))),
            reinstated_orders=tuple(sorted(reinstated.get(change.job_building_id, ()))),
        )
        for change in changes
    ]


def _write_periods(
    session: Session, inserts: list[tuple[object, ...]], updates: list[tuple[object, ...]], deletes: list[int]
) -> None:
    """Write the period rows with the driver's executemany: a save may write a hundred thousand of them.

    Values are in the order of ``ROW_FIELDS``; inserts start with the job building and the financial start,
    updates end with the row id. SQLite stores dates as ISO text, as SQLAlchemy does.
    """
    table = FinancialPeriod.__table__
    for chunk in _chunks(sorted(deletes)):
        session.execute(delete(table).where(table.c.id.in_(chunk)))
    if not inserts and not updates:
        return
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    if connection.dialect.name == "sqlite":
        inserts = [_sqlite_values(values) for values in inserts]
        updates = [_sqlite_values(values) for values in updates]
    if updates:
        assignments = ", ".join(f"{name} = {mark}" for name in ROW_FIELDS)
        connection.exec_driver_sql(
            f"UPDATE financial_period SET {assignments}, version = version + 1 WHERE id = {mark}", updates
        )
    if inserts:
        columns = ("job_building_id", "financial_start", *ROW_FIELDS)
        connection.exec_driver_sql(
            f"INSERT INTO financial_period ({', '.join(columns)}, version) "
            f"VALUES ({', '.join(mark for _ in columns)}, 1)",
            inserts,
        )


def _sqlite_values(values: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(value.isoformat() if isinstance(value, date) else value for value in values)


def _write_job_buildings(
    session: Session, schedules: dict[int, Schedule], changes: Sequence[ScheduleChange]
) -> dict[int, int]:
    """Store the settings and bump every job building's version (checked again); their new versions."""
    table = JobBuilding.__table__
    rows = []
    for change in changes:
        schedule = schedules[change.job_building_id]
        settings = _stored_settings(schedule, change.settings)
        rows.append(
            {
                "b_id": schedule.job_building_id,
                "b_version": schedule.version,
                "visit_frequency": settings.visit_frequency,
                "invoice_frequency": settings.invoice_frequency,
                "invoice_amount": to_money(settings.invoice_amount),
                "partial_periods": settings.partial_periods,
                "next_visit_required_by": settings.next_visit_required_by,
                "instructions": settings.instructions.strip() or None,
            }
        )
    result = session.execute(
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values(version=table.c.version + 1),
        rows,
    )
    if result.rowcount != len(rows):
        raise StaleDataError("a job building changed while it was locked")
    return {change.job_building_id: schedules[change.job_building_id].version + 1 for change in changes}


def _stored_settings(schedule: Schedule, settings: ScheduleSettings) -> ScheduleSettings:
    """The settings as they are stored: a worked-out next visit date is shown, not stored."""
    if _next_visit_follows_last(schedule, settings):
        return replace(settings, next_visit_required_by=schedule.settings.next_visit_required_by)
    return settings


def _change_orders(
    session: Session, changes: dict[int, tuple[OrderChange, SchedulePeriod, Schedule]]
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    cancelled: dict[int, list[int]] = defaultdict(list)
    reinstated: dict[int, list[int]] = defaultdict(list)
    if not changes:
        return cancelled, reinstated
    now = utcnow()
    orders = session.scalars(
        select(WorkOrder).where(WorkOrder.id.in_(sorted(changes))).order_by(WorkOrder.id).with_for_update()
    ).all()
    for order in orders:
        change, period, schedule = changes[order.id]
        old = order.status
        if change is OrderChange.CANCEL:
            if old not in CANCELLABLE or order.started_at is not None:
                continue
            order.previous_status = old
            order.status = Status.CANCELLED
            text = f"Cancelled automatically: {_why_invalid(period)}"
            cancelled[schedule.job_building_id].append(order.number)
        else:
            if old is not Status.CANCELLED or order.ppm_cancel_final:
                continue
            back = order.previous_status if order.previous_status in OPEN_STATUSES else Status.NEW
            order.status = back
            order.previous_status = None
            text = (
                f"Reinstated automatically: the PPM period {period.financial_start.isoformat()} to "
                f"{period.financial_end.isoformat()} is valid again."
            )
            reinstated[schedule.job_building_id].append(order.number)
        session.add(
            ActivityEntry(
                work_order=order,
                user_id=None,
                created_at=now,
                kind=ActivityKind.STATUS,
                field="status",
                old_value=old.value,
                new_value=order.status.value,
                text=text,
            )
        )
    return cancelled, reinstated


def _why_invalid(period: SchedulePeriod) -> str:
    """Why the period's order is cancelled, in English plain text for the activity log."""
    span = f"{period.financial_start.isoformat()} to {period.financial_end.isoformat()}"
    if not period.in_plan:
        return f"the PPM period {span} is no longer in the job's plan for this building."
    if period.closed:
        return f"the building is closed during the PPM period {span}."
    return f"the visit no longer lies inside the PPM period {span}."


# --- replication ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: ReplicatedField
    old: object
    new: object


@dataclass(frozen=True)
class FieldRefusal:
    field: ReplicatedField
    reason: Message


@dataclass(frozen=True)
class ReplicationPreview:
    """What copying the source's settings does to one target building."""

    job_building_id: int
    version: int
    building_name: str
    changes: tuple[FieldChange, ...]  # fields that change (refused ones left out)
    refused: tuple[FieldRefusal, ...]  # fields that differ but may no longer change
    manual_visits_reset: bool  # the target's hand-set visit windows are dropped
    site_value_before: Decimal
    site_value_after: Decimal
    cancelled_orders: tuple[int, ...]  # orders saving would cancel automatically
    periods_before: int
    periods_after: int

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)


def _source_values(source: Schedule) -> dict[ReplicatedField, object]:
    return {
        ReplicatedField.VISIT_FREQUENCY: source.settings.visit_frequency,
        ReplicatedField.INVOICE_FREQUENCY: source.settings.invoice_frequency,
        ReplicatedField.INVOICE_AMOUNT: source.settings.invoice_amount,
        ReplicatedField.PARTIAL_PERIODS: source.settings.partial_periods,
    }


def _replicated(
    source: Schedule, target: Schedule, what: Iterable[ReplicatedField]
) -> tuple[ScheduleSettings, tuple[ManualVisit, ...], list[FieldChange], list[FieldRefusal], bool]:
    values = _source_values(source)
    settings = target.settings
    changes: list[FieldChange] = []
    refused: list[FieldRefusal] = []
    for name in sorted(set(what), key=list(ReplicatedField).index):
        old = getattr(settings, name.value)
        new = values[name]
        if old == new:
            continue
        if target.generated and name not in ALWAYS_EDITABLE:
            refused.append(FieldRefusal(name, Message(CONTEXT, GENERATED_LOCK)))
            continue
        changes.append(FieldChange(name, old, new))
        settings = replace(settings, **{name.value: new})
    reset = bool(target.manual_visits) and any(change.field is not ReplicatedField.INVOICE_AMOUNT for change in changes)
    manual = () if reset else target.manual_visits
    return settings, manual, changes, refused, reset


def _replication_targets(
    session: Session, source_id: int, target_ids: Sequence[int], today: date, lock: bool = False
) -> tuple[Schedule, list[Schedule]]:
    targets = [target for target in dict.fromkeys(target_ids) if target != source_id]
    schedules = _load_schedules(session, [source_id, *targets], today, lock=lock)
    source = schedules.get(source_id)
    if source is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))
    result = []
    for target_id in targets:
        target = schedules.get(target_id)
        if target is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))
        if target.job_id != source.job_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{building} is not a building of the same PPM job."),
                building=target.building_name,
            )
        result.append(target)
    return source, result


def preview_replication(
    db: Database,
    source_job_building_id: int,
    target_ids: Sequence[int],
    what: Iterable[ReplicatedField] = tuple(ReplicatedField),
    today: date | None = None,
) -> list[ReplicationPreview]:
    """For each target building of the same job: what copying the source's settings would change."""
    today = today or date.today()
    with db.reading() as session:
        source, targets = _replication_targets(session, source_job_building_id, target_ids, today)
    result = []
    fields = tuple(what)
    for target in targets:
        settings, manual, changes, refused, reset = _replicated(source, target, fields)
        after = preview(target, settings, manual)
        before = target.current
        result.append(
            ReplicationPreview(
                job_building_id=target.job_building_id,
                version=target.version,
                building_name=target.building_name,
                changes=tuple(changes),
                refused=tuple(refused),
                manual_visits_reset=reset,
                site_value_before=before.site_value,
                site_value_after=after.site_value,
                cancelled_orders=tuple(
                    period.order.number
                    for period in after.periods
                    if period.order is not None and period.order_change is OrderChange.CANCEL
                ),
                periods_before=len(before.periods),
                periods_after=len(after.periods),
            )
        )
    return result


@dataclass(frozen=True)
class ReplicationResult:
    job_building_id: int
    building_name: str
    changed: tuple[ReplicatedField, ...]
    refused: tuple[FieldRefusal, ...]
    saved: SaveResult | None  # None: nothing to change


def replicate(
    db: Database,
    actor: Actor,
    source_id: int,
    target_ids: Sequence[int],
    what: Iterable[ReplicatedField],
    expected_versions: dict[int, int] | None = None,
    today: date | None = None,
) -> list[ReplicationResult]:
    """Copy the source's visits, invoices, amount and partial flag (those in ``what``) to other buildings of the
    same job, re-planning each, in one transaction. Fields a generated target may no longer change are left as
    they are and reported. ``expected_versions`` (from the preview) refuses targets changed since. Needs
    ``edit_contract``."""
    actor.require(Permission.EDIT_CONTRACT)
    today = today or date.today()
    fields = tuple(what)
    try:
        with db.transaction() as session:
            targets_in_order = [target for target in dict.fromkeys(target_ids) if target != source_id]
            versions = expected_versions or {}
            _lock_job_buildings(session, {target: versions.get(target) for target in targets_in_order})
            source, targets = _replication_targets(session, source_id, targets_in_order, today)
            plans = []
            results: dict[int, ReplicationResult] = {}
            for target in targets:
                settings, manual, changes, refused, _reset = _replicated(source, target, fields)
                results[target.job_building_id] = ReplicationResult(
                    target.job_building_id, target.building_name, tuple(c.field for c in changes), tuple(refused), None
                )
                if changes:
                    plans.append(ScheduleChange(target.job_building_id, target.version, settings, manual))
            saved = {result.job_building_id: result for result in _save(session, actor, plans, today)} if plans else {}
            return [
                replace(results[target.job_building_id], saved=saved.get(target.job_building_id)) for target in targets
            ]
    except StaleDataError:
        with db.reading() as session:
            raise _concurrent_change(session, source_id) from None
