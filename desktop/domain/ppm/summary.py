"""The Summary of a row of the PPM period table, and its overall status, made from that row alone.

A row shows a financial period as it is stored or as a re-plan would store it; a period with a work order
keeps the visit window and invoice flag the order was generated from, which may differ from the plan. So
the Summary names the row's own dates and flags, never the plan's. The planner's reasons (why the period is
partial, how its visit window was placed) are repeated only when the caller passes them, which it does when
the row's visit window is the plan's.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.ppm.planner import (
    INVOICE_ONLY,
    INVOICED,
    NO_VISIT_REASONS,
    NOT_INVOICED,
    NOTHING_GENERATED,
    PlannedPeriod,
    closed_message,
    visit_window_problem,
)
from desktop.domain.workorders import Status

CONTEXT = "PpmSchedule"

CANCELLABLE_STATUSES = frozenset({Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD})
"""The statuses of an order that is cancelled automatically when its period turns invalid, if never started."""
_DONE = frozenset({Status.COMPLETED, Status.CLOSED})


class OverallStatus(enum.StrEnum):
    NOT_GENERATED = "not_generated"
    GENERATES_ON = "generates_on"
    OVERDUE = "overdue"
    MISSED = "missed"
    GENERATED = "generated"
    INVOICE_ONLY = "invoice_only"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    NOT_DONE = "not_done"


OVERALL_STATUS_LABELS: dict[OverallStatus, str] = {
    OverallStatus.NOT_GENERATED: QT_TRANSLATE_NOOP("PpmSchedule", "Not generated"),
    OverallStatus.GENERATES_ON: QT_TRANSLATE_NOOP("PpmSchedule", "Generates on {date}"),
    OverallStatus.OVERDUE: QT_TRANSLATE_NOOP("PpmSchedule", "Overdue since {date}"),
    OverallStatus.MISSED: QT_TRANSLATE_NOOP("PpmSchedule", "Missed"),
    OverallStatus.GENERATED: QT_TRANSLATE_NOOP("PpmSchedule", "Generated"),
    OverallStatus.INVOICE_ONLY: QT_TRANSLATE_NOOP("PpmSchedule", "Invoice only"),
    OverallStatus.CANCELLED: QT_TRANSLATE_NOOP("PpmSchedule", "Cancelled"),
    OverallStatus.COMPLETED: QT_TRANSLATE_NOOP("PpmSchedule", "Completed"),
    OverallStatus.NOT_DONE: QT_TRANSLATE_NOOP("PpmSchedule", "Not done"),
}

_VISIT = QT_TRANSLATE_NOOP("PpmSchedule", "The visit runs from {start} to {end}.")
_VISIT_OF_ORDER = QT_TRANSLATE_NOOP(
    "PpmSchedule", "The visit runs from {start} to {end}, as when work order {number} was generated."
)
_NO_VISIT = QT_TRANSLATE_NOOP("PpmSchedule", "There is no visit in this period.")
_CLOSED = QT_TRANSLATE_NOOP("PpmSchedule", "The building is closed during this period, so the period is invalid.")
_NOT_IN_PLAN = QT_TRANSLATE_NOOP("PpmSchedule", "The job's plan no longer has this period, so the period is invalid.")
_NOT_IN_PLAN_ORDER = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "The job's plan no longer has this period, so the period is invalid; it is kept for work order {number}.",
)
_INVALID = QT_TRANSLATE_NOOP("PpmSchedule", "The period is invalid.")
_NO_ORDER_INVALID = QT_TRANSLATE_NOOP("PpmSchedule", "No work order is generated while the period is invalid.")
_NO_GENERATION_DATE = QT_TRANSLATE_NOOP(
    "PpmSchedule", "The period has no generation date, so no work order is generated."
)
_GENERATES_ON = QT_TRANSLATE_NOOP("PpmSchedule", "Its work order is generated on {date}.")
_OVERDUE = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "Its work order was due to be generated on {date} and was not: it is overdue and is generated at the next run.",
)
_MISSED = QT_TRANSLATE_NOOP(
    "PpmSchedule", "The period ended on {date} without a work order: it is missed and is never generated."
)
_GENERATED = QT_TRANSLATE_NOOP("PpmSchedule", "Work order {number} was generated for this period.")
_AUTO_CANCEL = QT_TRANSLATE_NOOP(
    "PpmSchedule", "The period is not valid, so work order {number} is cancelled automatically."
)
_STARTED = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "The period is no longer valid, but work order {number} has started: it is not cancelled automatically.",
)
_COMPLETED = QT_TRANSLATE_NOOP("PpmSchedule", "Work order {number} of this period is completed.")
_ORDER_INVOICE_ONLY = QT_TRANSLATE_NOOP(
    "PpmSchedule", "Invoice-only work order {number} was generated for this period and closed at once."
)
_CANCELLED = QT_TRANSLATE_NOOP("PpmSchedule", "Work order {number} of this period was cancelled.")
_REJECTED = QT_TRANSLATE_NOOP("PpmSchedule", "Work order {number} of this period was rejected.")
_NOT_DONE = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "Work order {number} of this period was not done: it was still open after the period ended and was closed "
    "automatically. Reinstate it from the work order if the visit was made.",
)
_CANCELLED_FINAL = QT_TRANSLATE_NOOP(
    "PpmSchedule",
    "Work order {number} was cancelled: it is never generated again. Reinstate it from the work order if the visit "
    "is still needed.",
)


@dataclass(frozen=True)
class PeriodFacts:
    """What one row of the period table shows.

    ``visit_start`` and ``visit_end`` are both None when the period has no visit. ``in_plan`` is False for a
    period the job's plan no longer lists, kept for its work order. ``closed_ranges`` are the building's
    closures that overlap the period. The ``order_*`` fields, ``invoice_only``, ``started`` and
    ``ppm_cancel_final`` describe the period's work order; ``order_number`` is None when it has none.
    """

    financial_start: date
    financial_end: date
    visit_start: date | None
    visit_end: date | None
    invoiced: bool
    closed: bool
    partial: bool
    valid: bool
    certificate_required: bool
    auto_generation_date: date | None
    in_plan: bool = True
    closed_ranges: tuple[tuple[date, date], ...] = ()
    order_number: int | None = None
    order_status: Status | None = None
    invoice_only: bool = False
    started: bool = False
    ppm_cancel_final: bool = False

    @classmethod
    def of_plan(cls, period: PlannedPeriod, closed_ranges: Iterable[tuple[date, date]] = ()) -> PeriodFacts:
        """A planned period without a work order; ``closed_ranges`` are the building's closures (any)."""
        return cls(
            financial_start=period.financial_start,
            financial_end=period.financial_end,
            visit_start=period.visit_start,
            visit_end=period.visit_end,
            invoiced=period.invoiced,
            closed=period.closed,
            partial=period.partial,
            valid=period.valid,
            certificate_required=period.certificate_required,
            auto_generation_date=period.auto_generation_date,
            closed_ranges=closures_overlapping(closed_ranges, period.financial_start, period.financial_end),
        )

    @property
    def has_visit(self) -> bool:
        return self.visit_start is not None and self.visit_end is not None

    @property
    def has_order(self) -> bool:
        return self.order_number is not None


def closures_overlapping(
    closed_ranges: Iterable[tuple[date, date]], financial_start: date, financial_end: date
) -> tuple[tuple[date, date], ...]:
    """The closures (start, end) that share at least one day with the period, in order."""
    return tuple(sorted(r for r in closed_ranges if r[0] <= financial_end and r[1] >= financial_start))


def overall_status(facts: PeriodFacts, today: date) -> tuple[OverallStatus, Message]:
    """The Overall status of the row, and its label (with the generation date where it names one)."""
    generation = facts.auto_generation_date
    status = _status(facts, today)
    args = {"date": generation} if status in (OverallStatus.GENERATES_ON, OverallStatus.OVERDUE) else {}
    return status, Message(CONTEXT, OVERALL_STATUS_LABELS[status], args)


def _status(facts: PeriodFacts, today: date) -> OverallStatus:
    if not facts.has_order:
        generation = facts.auto_generation_date
        if not facts.valid or generation is None:
            return OverallStatus.NOT_GENERATED
        if generation > today:
            return OverallStatus.GENERATES_ON
        if facts.financial_end < today:
            return OverallStatus.MISSED
        return OverallStatus.OVERDUE
    if facts.order_status in (Status.CANCELLED, Status.REJECTED):
        return OverallStatus.CANCELLED
    if facts.order_status is Status.NOT_DONE:
        return OverallStatus.NOT_DONE
    if facts.invoice_only:
        return OverallStatus.INVOICE_ONLY
    if facts.order_status in _DONE:
        return OverallStatus.COMPLETED
    return OverallStatus.GENERATED


def period_summary(facts: PeriodFacts, today: date, reasons: Iterable[Message] = ()) -> tuple[Message, ...]:
    """The Summary of the row: translate each message and join them with spaces.

    In order: ``reasons`` (the planner's, passed only when the row's visit window is the plan's), the visit,
    the invoice, the closures, why the period is invalid, and what happened or happens to its work order.
    """
    said = list(reasons)
    said.extend(_visit(facts, said))
    said.append(_invoice(facts))
    said.extend(_closures(facts))
    if not facts.valid:
        said.extend(_invalid(facts))
    said.extend(_order(facts, today, said))
    return tuple(said)


def _visit(facts: PeriodFacts, reasons: list[Message]) -> list[Message]:
    if facts.visit_start is None or facts.visit_end is None:
        if any(reason.text in NO_VISIT_REASONS for reason in reasons):
            return []
        return [Message(CONTEXT, _NO_VISIT)]
    window = {"start": facts.visit_start, "end": facts.visit_end}
    if any(
        reason.args.get("start") == facts.visit_start and reason.args.get("end") == facts.visit_end
        for reason in reasons
    ):
        return []
    if facts.order_number is not None:
        return [Message(CONTEXT, _VISIT_OF_ORDER, {**window, "number": facts.order_number})]
    return [Message(CONTEXT, _VISIT, window)]


def _invoice(facts: PeriodFacts) -> Message:
    if facts.has_visit:
        return INVOICED if facts.invoiced else NOT_INVOICED
    if facts.invoiced:
        return INVOICE_ONLY
    # A period with an order but neither visit nor invoice: something was generated, so only say the invoice.
    return NOT_INVOICED if facts.has_order else NOTHING_GENERATED


def _closures(facts: PeriodFacts) -> list[Message]:
    if facts.closed_ranges:
        return [closed_message(start, end) for start, end in facts.closed_ranges]
    if facts.closed:
        return [Message(CONTEXT, _CLOSED)]
    return []


def _invalid(facts: PeriodFacts) -> list[Message]:
    """Why the period is invalid, besides the closures already said."""
    said: list[Message] = []
    if facts.visit_start is not None and facts.visit_end is not None:
        problem = visit_window_problem(facts.financial_start, facts.financial_end, facts.visit_start, facts.visit_end)
        if problem is not None:
            said.append(problem)
    if not facts.in_plan:
        if facts.order_number is not None:
            said.append(Message(CONTEXT, _NOT_IN_PLAN_ORDER, {"number": facts.order_number}))
        else:
            said.append(Message(CONTEXT, _NOT_IN_PLAN))
    if not said and not facts.closed and not facts.closed_ranges:
        said.append(Message(CONTEXT, _INVALID))
    return said


def _order(facts: PeriodFacts, today: date, said: list[Message]) -> list[Message]:
    status = _status(facts, today)
    number = {"number": facts.order_number}
    if status is OverallStatus.NOT_GENERATED:
        if not facts.valid:
            return [Message(CONTEXT, _NO_ORDER_INVALID)]
        if NOTHING_GENERATED in said:
            return []
        return [Message(CONTEXT, _NO_GENERATION_DATE)]
    if status is OverallStatus.GENERATES_ON:
        return [Message(CONTEXT, _GENERATES_ON, {"date": facts.auto_generation_date})]
    if status is OverallStatus.OVERDUE:
        return [Message(CONTEXT, _OVERDUE, {"date": facts.auto_generation_date})]
    if status is OverallStatus.MISSED:
        return [Message(CONTEXT, _MISSED, {"date": facts.financial_end})]
    if status is OverallStatus.COMPLETED:
        return [Message(CONTEXT, _COMPLETED, number)]
    if status is OverallStatus.INVOICE_ONLY:
        return [Message(CONTEXT, _ORDER_INVOICE_ONLY, number)]
    if status is OverallStatus.NOT_DONE:
        return [Message(CONTEXT, _NOT_DONE, number)]
    if status is OverallStatus.CANCELLED:
        if facts.order_status is Status.REJECTED:
            return [Message(CONTEXT, _REJECTED, number)]
        if facts.ppm_cancel_final:
            return [Message(CONTEXT, _CANCELLED_FINAL, number)]
        return [Message(CONTEXT, _CANCELLED, number)]
    generated = [Message(CONTEXT, _GENERATED, number)]
    if facts.valid:
        return generated
    if facts.order_status in CANCELLABLE_STATUSES and not facts.started:
        return [*generated, Message(CONTEXT, _AUTO_CANCEL, number)]
    return [*generated, Message(CONTEXT, _STARTED, number)]
