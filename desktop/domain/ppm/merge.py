"""Merging the planner's periods with the stored rows and their work orders (SPEC section 4).

Rows are matched by their financial start:

- a period without a work order takes the planner's values; a stored row the planner no longer lists is deleted;
- a period with a work order keeps the visit window, invoice flag, certificate flag and generation date its order
  was made from; only its bounds and its closed and valid flags follow the plan. A planned period that overlaps a
  kept row the planner no longer lists is left out, so that no period is generated twice;
- when a period with a generated, never-started order turns invalid (or leaves the plan), saving cancels the order
  automatically, as Cancel job does: for good (``ppm_cancel_final``). A cancelled order is never reinstated by
  a re-plan, even when its period is valid again: the agent reinstates it with the Reinstate action. A started
  order is never cancelled automatically.

:func:`preview` is pure: the editor dialog calls it on every edit with the :class:`Schedule` it loaded, and
saving writes exactly what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.money import to_money
from desktop.domain.ppm.editing import editability
from desktop.domain.ppm.planner import PeriodPlanInput, PlannedPeriod
from desktop.domain.ppm.schedule import (
    CANCELLABLE,
    CONTEXT,
    Editability,
    ManualVisit,
    OrderChange,
    PeriodValues,
    Schedule,
    SchedulePeriod,
    SchedulePreview,
    ScheduleSettings,
    StoredPeriod,
    dynamic_dates,
    dynamic_dates_supported,
    plan_input,
    plan_or_refuse,
    plan_values,
    row_values,
    shown_next_visit,
)
from desktop.domain.ppm.summary import (
    OverallStatus,
    PeriodFacts,
    closures_overlapping,
    overall_status,
    period_summary,
)


def preview(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit] = ()
) -> SchedulePreview:
    """Re-plan ``schedule`` with ``settings`` and merge the plan with the stored rows and their orders.

    Pure: no database. Does not validate the edits (see :func:`check_changes`).
    """
    manual, inp, plans = replan(schedule, settings, manual_visits)
    editable = editability(schedule, settings)
    entries, removed = merge(schedule, plans, {visit[0] for visit in manual})
    periods = [
        kept_period(entry.row, entry.plan, schedule)
        if entry.kept
        else planned_period(entry.plan, entry.row, entry.manual, editable, schedule)
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


def replan(
    schedule: Schedule, settings: ScheduleSettings, manual_visits: Sequence[ManualVisit]
) -> tuple[tuple[ManualVisit, ...], PeriodPlanInput, list[PlannedPeriod]]:
    """The visit windows that apply, the planner's input and its plan."""
    manual = () if dynamic_dates(schedule, settings) else _fitting(schedule, settings, manual_visits)
    inp = plan_input(schedule, settings, manual)
    return manual, inp, plan_or_refuse(inp)


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
        for plan in plan_or_refuse(plan_input(schedule, settings, ()))
        if plan.visit_start is not None
    }


class _Entry(NamedTuple):
    """A line of the merge: a planned period with the stored row of its start (if any), or a stored row kept
    for its work order with the plan of its start, or of the planned period that now holds it (if any)."""

    plan: PlannedPeriod | None
    row: StoredPeriod | None
    manual: bool  # a planned period whose visit window was set by hand
    kept: bool

    @property
    def financial_start(self) -> date:
        source = self.row if self.kept else self.plan
        assert source is not None
        return source.financial_start


def merge(
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
        entries += [_Entry(_holding(row, plans), row, False, True) for row in kept_outside]
        used.update(row.id for row in kept_outside)
        entries.sort(key=lambda entry: entry.financial_start)
    removed = [row for row in schedule.stored_periods if row.id not in used]
    return entries, removed


def _holding(row: StoredPeriod, plans: Sequence[PlannedPeriod]) -> PlannedPeriod | None:
    """The planned period that now holds a kept row whose start the plan no longer lists (the building starts
    earlier, say): the one that holds its visit, or for a row without a visit the one that holds its end. The
    row stays valid there, with its order; without one, it is no longer in the plan."""
    if row.visit_start is not None and row.visit_end is not None:
        first, last = row.visit_start, row.visit_end
    else:
        first = last = row.financial_end
    return next((plan for plan in plans if plan.financial_start <= first and last <= plan.financial_end), None)


def _overlaps(plan: PlannedPeriod, row: StoredPeriod) -> bool:
    return plan.financial_start <= row.financial_end and row.financial_start <= plan.financial_end


def _english(messages: Sequence[Message]) -> str:
    return " ".join(message.english() for message in messages)


def planned_period(
    plan: PlannedPeriod | None, row: StoredPeriod | None, manual: bool, editable: Editability, schedule: Schedule
) -> SchedulePeriod:
    """A period without a work order: the planner's values, its Summary made from them."""
    assert plan is not None
    values = plan_values(plan, manual)
    facts = PeriodFacts.of_plan(plan, schedule.closed_ranges)
    status, label = overall_status(facts, schedule.today)
    explanation = period_summary(facts, schedule.today, plan.reasons)
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
        summary=_english(explanation),
        explanation=explanation,
        overall_status=status,
        overall_label=label,
        row_id=row.id if row is not None else None,
        row_version=row.version if row is not None else None,
        order=None,
        order_change=None,
        in_plan=True,
        visit_editable=editable.visit_windows and plan.visit_start is not None,
        unsaved=row is None or values != row_values(row),
    )


def kept_period(row: StoredPeriod | None, plan: PlannedPeriod | None, schedule: Schedule) -> SchedulePeriod:
    """A period with a work order: its visit, invoice and generation date stay as the order was made from; its
    Summary is made from those values."""
    assert row is not None
    order = row.order
    assert order is not None
    notes: list[Message] = []
    if plan is None:
        financial_end, partial, closed, valid = row.financial_end, row.partial, row.closed, False
    else:
        financial_end, partial, closed = plan.financial_end, plan.partial, plan.closed
        inside = row.visit_start is None or (
            row.visit_end is not None and plan.financial_start <= row.visit_start <= row.visit_end <= plan.financial_end
        )
        valid = not closed and inside
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
    shown = replace(row, financial_end=financial_end, closed=closed, partial=partial, valid=valid)
    facts = stored_facts(shown, schedule, in_plan=plan is not None)
    # The planner's reasons explain the row's visit only when the row still has the planned one.
    same_visit = plan is not None and (plan.visit_start, plan.visit_end) == (row.visit_start, row.visit_end)
    reasons = plan.reasons if plan is not None and same_visit else ()
    notes[:0] = period_summary(facts, schedule.today, reasons)
    status, label = overall_status(facts, schedule.today)
    values = PeriodValues(
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
    return period_of_row(
        row,
        values,
        tuple(notes),
        status,
        label,
        order_change=change,
        in_plan=plan is not None,
        visit_editable=False,
        unsaved=values != row_values(row),
    )


def period_of_row(
    row: StoredPeriod,
    values: PeriodValues,
    explanation: tuple[Message, ...],
    status: OverallStatus,
    label: Message,
    *,
    order_change: OrderChange | None,
    in_plan: bool,
    visit_editable: bool,
    unsaved: bool,
) -> SchedulePeriod:
    """A line of the period table for a stored row, showing ``values``."""
    return SchedulePeriod(
        financial_start=row.financial_start,
        **values._asdict(),
        summary=_english(explanation),
        explanation=explanation,
        overall_status=status,
        overall_label=label,
        row_id=row.id,
        row_version=row.version,
        order=row.order,
        order_change=order_change,
        in_plan=in_plan,
        visit_editable=visit_editable,
        unsaved=unsaved,
    )


def stored_facts(row: StoredPeriod, schedule: Schedule, in_plan: bool = True) -> PeriodFacts:
    """What a stored row shows, as it is stored."""
    order = row.order
    return PeriodFacts(
        financial_start=row.financial_start,
        financial_end=row.financial_end,
        visit_start=row.visit_start,
        visit_end=row.visit_end,
        invoiced=row.invoiced,
        closed=row.closed,
        partial=row.partial,
        valid=row.valid,
        certificate_required=row.certificate_required,
        auto_generation_date=row.auto_generation_date,
        in_plan=in_plan,
        closed_ranges=closures_overlapping(schedule.closed_ranges, row.financial_start, row.financial_end),
        order_number=order.number if order is not None else None,
        order_status=order.status if order is not None else None,
        invoice_only=order.invoice_only if order is not None else False,
        started=order.started if order is not None else False,
        ppm_cancel_final=order.ppm_cancel_final if order is not None else False,
    )


def stored_summary(
    row: StoredPeriod, schedule: Schedule, in_plan: bool = True
) -> tuple[tuple[Message, ...], OverallStatus, Message]:
    """A stored row's Summary and overall status, made from its own values at the schedule's day."""
    facts = stored_facts(row, schedule, in_plan)
    status, label = overall_status(facts, schedule.today)
    return period_summary(facts, schedule.today), status, label
