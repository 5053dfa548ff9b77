"""The Summary and Overall status of a PPM period row: made from the row's own values."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.i18n import Message
from desktop.domain.ppm import Frequency, PeriodPlanInput, plan_periods
from desktop.domain.ppm.summary import (
    OVERALL_STATUS_LABELS,
    OverallStatus,
    PeriodFacts,
    closures_overlapping,
    overall_status,
    period_summary,
)
from desktop.domain.workorders import Status

D = date
F = Frequency
TODAY = D(2026, 11, 20)


def december(**changes: object) -> PeriodFacts:
    """A valid December period with a visit over the whole month, invoiced, generated on 17 November."""
    values: dict[str, object] = {
        "financial_start": D(2026, 12, 1),
        "financial_end": D(2026, 12, 31),
        "visit_start": D(2026, 12, 1),
        "visit_end": D(2026, 12, 31),
        "invoiced": True,
        "closed": False,
        "partial": False,
        "valid": True,
        "certificate_required": False,
        "auto_generation_date": D(2026, 11, 17),
    }
    values.update(changes)
    return PeriodFacts(**values)  # type: ignore[arg-type]


def ordered(number: int = 42, status: Status = Status.NEW, **changes: object) -> PeriodFacts:
    return december(order_number=number, order_status=status, **changes)


def summary(facts: PeriodFacts, today: date = TODAY, reasons: tuple[Message, ...] = ()) -> str:
    return " ".join(message.english() for message in period_summary(facts, today, reasons))


def status(facts: PeriodFacts, today: date = TODAY) -> tuple[OverallStatus, str]:
    found, label = overall_status(facts, today)
    return found, label.english()


# --- overall status ------------------------------------------------------------------------------------------


def test_a_period_without_order_generates_on_its_date_until_that_date_passes() -> None:
    facts = december(auto_generation_date=D(2026, 11, 25))
    assert status(facts) == (OverallStatus.GENERATES_ON, "Generates on 2026-11-25")
    assert summary(facts).endswith("Its work order is generated on 2026-11-25.")


def test_a_period_whose_generation_date_passed_without_order_is_overdue() -> None:
    facts = december(auto_generation_date=D(2026, 11, 17))
    assert status(facts) == (OverallStatus.OVERDUE, "Overdue since 2026-11-17")
    assert summary(facts).endswith(
        "Its work order was due to be generated on 2026-11-17 and was not: it is overdue and is generated at the "
        "next run."
    )
    # The generation day itself is overdue: the run of that day has not made it.
    assert status(facts, D(2026, 11, 17))[0] is OverallStatus.OVERDUE
    # Overdue until its financial end, missed after.
    assert status(facts, D(2026, 12, 31))[0] is OverallStatus.OVERDUE
    assert status(facts, D(2027, 1, 1)) == (OverallStatus.MISSED, "Missed")


def test_a_period_that_ended_without_order_is_missed_and_never_generated() -> None:
    facts = december()
    assert status(facts, D(2027, 2, 1)) == (OverallStatus.MISSED, "Missed")
    assert summary(facts, D(2027, 2, 1)).endswith(
        "The period ended on 2026-12-31 without a work order: it is missed and is never generated."
    )


def test_an_invalid_period_or_one_without_generation_date_is_not_generated() -> None:
    closed = december(closed=True, valid=False, closed_ranges=((D(2026, 12, 10), D(2027, 1, 5)),))
    assert status(closed) == (OverallStatus.NOT_GENERATED, "Not generated")
    assert summary(closed) == (
        "The visit runs from 2026-12-01 to 2026-12-31. The period is invoiced. The building is closed from "
        "2026-12-10 to 2027-01-05, so the period is invalid. No work order is generated while the period is invalid."
    )
    # Even long after its end: an invalid period is never missed.
    assert status(closed, D(2030, 1, 1))[0] is OverallStatus.NOT_GENERATED

    nothing = december(visit_start=None, visit_end=None, invoiced=False, auto_generation_date=None)
    assert status(nothing)[0] is OverallStatus.NOT_GENERATED
    assert summary(nothing) == "There is no visit in this period. Nothing is generated for this period."


@pytest.mark.parametrize(
    ("order_status", "invoice_only", "expected"),
    [
        (Status.NEW, False, OverallStatus.GENERATED),
        (Status.IN_PROGRESS, False, OverallStatus.GENERATED),
        (Status.ON_HOLD, False, OverallStatus.GENERATED),
        (Status.AWAITING_VERIFICATION, False, OverallStatus.GENERATED),
        (Status.COMPLETED, False, OverallStatus.COMPLETED),
        (Status.CLOSED, False, OverallStatus.COMPLETED),
        (Status.CLOSED, True, OverallStatus.INVOICE_ONLY),
        (Status.CANCELLED, False, OverallStatus.CANCELLED),
        (Status.CANCELLED, True, OverallStatus.CANCELLED),
        (Status.REJECTED, False, OverallStatus.CANCELLED),
        (Status.NOT_DONE, False, OverallStatus.NOT_DONE),
    ],
)
def test_a_period_with_an_order_takes_its_status_from_the_order(
    order_status: Status, invoice_only: bool, expected: OverallStatus
) -> None:
    facts = ordered(status=order_status, invoice_only=invoice_only)
    for today in (D(2026, 1, 1), TODAY, D(2030, 1, 1)):
        found, label = overall_status(facts, today)
        assert found is expected
        assert label == Message("PpmSchedule", OVERALL_STATUS_LABELS[expected])


def test_every_status_has_a_label() -> None:
    assert set(OVERALL_STATUS_LABELS) == set(OverallStatus)
    # The labels that existed before keep their English text: their translations are keyed on it.
    assert OVERALL_STATUS_LABELS[OverallStatus.GENERATES_ON] == "Generates on {date}"
    assert OVERALL_STATUS_LABELS[OverallStatus.INVOICE_ONLY] == "Invoice only"


# --- what the Summary says about the order -------------------------------------------------------------------


def test_generated_completed_invoice_only_and_cancelled_orders_are_named() -> None:
    assert summary(ordered()).endswith("Work order 42 was generated for this period.")
    assert summary(ordered(status=Status.CLOSED)).endswith("Work order 42 of this period is completed.")
    invoice_only = ordered(
        status=Status.CLOSED, invoice_only=True, visit_start=None, visit_end=None, auto_generation_date=D(2026, 11, 17)
    )
    assert summary(invoice_only) == (
        "There is no visit in this period. It is invoice only: its work order is closed as soon as it is generated. "
        "Invoice-only work order 42 was generated for this period and closed at once."
    )
    assert summary(ordered(status=Status.CANCELLED)).endswith("Work order 42 of this period was cancelled.")
    assert summary(ordered(status=Status.REJECTED)).endswith("Work order 42 of this period was rejected.")


def test_an_order_closed_as_not_done_is_said_so_never_generated_or_started() -> None:
    expected = (
        "Work order 42 of this period was not done: it was still open after the period ended and was closed "
        "automatically. Reinstate it from the work order if the visit was made."
    )
    assert status(ordered(status=Status.NOT_DONE)) == (OverallStatus.NOT_DONE, "Not done")
    assert summary(ordered(status=Status.NOT_DONE)).endswith(expected)
    # Its period turned invalid since: nothing is cancelled, and it is not called started.
    invalid = summary(ordered(status=Status.NOT_DONE, valid=False, in_plan=False))
    assert invalid.endswith(expected)
    assert "was generated for this period" not in invalid and "has started" not in invalid


def test_an_order_cancelled_with_the_ppm_cancel_action_is_never_generated_again() -> None:
    facts = ordered(status=Status.CANCELLED, ppm_cancel_final=True)
    assert summary(facts).endswith(
        "Work order 42 was cancelled: it is never generated again. Reinstate it from the work order if the visit is "
        "still needed."
    )


def test_a_started_order_of_an_invalid_period_is_not_cancelled_automatically() -> None:
    closing = ((D(2026, 12, 20), D(2026, 12, 24)),)
    for started in (
        ordered(status=Status.IN_PROGRESS, valid=False, closed=True, closed_ranges=closing),
        ordered(status=Status.ON_HOLD, started=True, valid=False, closed=True, closed_ranges=closing),
    ):
        text = summary(started)
        assert "The building is closed from 2026-12-20 to 2026-12-24, so the period is invalid." in text
        assert text.endswith(
            "Work order 42 was generated for this period. The period is no longer valid, but work order 42 has "
            "started: it is not cancelled automatically."
        )
    never_started = ordered(status=Status.ON_HOLD, valid=False, closed=True, closed_ranges=closing)
    assert summary(never_started).endswith("The period is not valid, so work order 42 is cancelled automatically.")


def test_a_period_the_plan_no_longer_has_is_kept_for_its_order() -> None:
    facts = ordered(in_plan=False, valid=False, status=Status.COMPLETED)
    text = summary(facts)
    assert "The job's plan no longer has this period, so the period is invalid; it is kept for work order 42." in text
    assert text.endswith("Work order 42 of this period is completed.")


# --- the Summary follows the row, not the plan ---------------------------------------------------------------


def plan_input(**changes: object) -> PeriodPlanInput:
    values: dict[str, object] = {
        "contract_start": D(2026, 1, 1),
        "contract_end": D(2027, 12, 31),
        "visit_frequency": F.QUARTERLY,
        "invoice_frequency": F.QUARTERLY,
        "invoice_amount": Decimal("100"),
        "today": D(2026, 6, 1),
    }
    values.update(changes)
    return PeriodPlanInput(**values)  # type: ignore[arg-type]


def test_a_kept_row_names_its_own_visit_and_invoice_not_the_plans() -> None:
    # The plan now wants the visit of the last quarter of 2026 from 3 November to 3 December...
    inp = plan_input(next_visit_required_by=D(2026, 12, 3))
    plan = next(p for p in plan_periods(inp) if p.financial_start == D(2026, 10, 1))
    assert (plan.visit_start, plan.visit_end, plan.invoiced) == (D(2026, 11, 3), D(2026, 12, 3), True)
    # ...but its work order was generated for a visit over December, and the row is not invoiced.
    row = dataclasses.replace(
        PeriodFacts.of_plan(plan, inp.closed_ranges),
        visit_start=D(2026, 12, 1),
        visit_end=D(2026, 12, 31),
        invoiced=False,
        auto_generation_date=D(2026, 11, 17),
        order_number=7,
        order_status=Status.NEW,
    )
    text = summary(row)
    assert text == (
        "The visit runs from 2026-12-01 to 2026-12-31, as when work order 7 was generated. "
        "The period is not invoiced. Work order 7 was generated for this period."
    )
    assert "2026-11-03" not in text and "The period is invoiced." not in text


def test_a_planned_row_repeats_the_planners_reasons_without_naming_the_visit_twice() -> None:
    inp = plan_input(next_visit_required_by=D(2026, 12, 3))
    plan = next(p for p in plan_periods(inp) if p.financial_start == D(2026, 10, 1))
    facts = PeriodFacts.of_plan(plan)
    text = summary(facts, D(2026, 6, 1), plan.reasons)
    assert text == (
        "The next visit is required by 2026-12-03, so this visit runs from 2026-11-03 to 2026-12-03. "
        "The period is invoiced. Its work order is generated on 2026-10-20."
    )


def test_the_default_visit_reason_names_its_dates() -> None:
    plan = plan_periods(plan_input())[0]
    assert plan.reasons == (
        Message(
            "PpmPlanner",
            "The visit can be done at any time from {start} to {end}.",
            {"start": D(2026, 1, 1), "end": D(2026, 3, 31)},
        ),
    )
    assert plan.summary.startswith("The visit can be done at any time from 2026-01-01 to 2026-03-31.")


def test_the_planners_reasons_are_the_start_of_its_explanation_and_say_only_why_the_dates_are() -> None:
    inp = plan_input(
        visit_frequency=F.HALF_YEARLY,
        building_start=D(2026, 2, 10),
        partial_periods=True,
        closed_ranges=((D(2026, 5, 1), D(2026, 5, 3)),),
        next_visit_required_by=D(2026, 9, 10),
    )
    periods = plan_periods(inp)
    first = periods[0]
    assert first.reasons == (
        Message("PpmPlanner", "This is a partial period: the building starts on {date}.", {"date": D(2026, 2, 10)}),
        Message(
            "PpmPlanner",
            "The visit can be done at any time from {start} to {end}.",
            {"start": D(2026, 2, 10), "end": D(2026, 3, 31)},
        ),
    )
    for period in periods:
        assert period.explanation[: len(period.reasons)] == period.reasons
        assert period.reasons
        assert all("invoice" not in m.text and "closed" not in m.text for m in period.reasons)


def test_a_row_without_visit_says_so_once() -> None:
    inp = plan_input(visit_frequency=F.YEARLY)
    plan = plan_periods(inp)[1]
    assert plan.visit_start is None
    with_reasons = summary(PeriodFacts.of_plan(plan), D(2026, 1, 1), plan.reasons)
    assert with_reasons.startswith("No visit falls in this period at the visit frequency (Yearly).")
    assert "There is no visit in this period." not in with_reasons
    assert summary(PeriodFacts.of_plan(plan), D(2026, 1, 1)).startswith("There is no visit in this period.")


def test_a_closure_without_its_dates_still_says_the_building_is_closed() -> None:
    text = summary(december(closed=True, valid=False))
    assert "The building is closed during this period, so the period is invalid." in text
    assert "The period is invalid." not in text


def test_an_invalid_visit_window_says_why() -> None:
    outside = december(visit_end=D(2027, 1, 10), valid=False)
    assert "The visit window 2026-12-01 to 2027-01-10 is outside the period, so the period is invalid." in summary(
        outside
    )
    backwards = december(visit_start=D(2026, 12, 20), visit_end=D(2026, 12, 10), valid=False)
    assert "The visit starts on 2026-12-20, after it ends on 2026-12-10, so the period is invalid." in summary(
        backwards
    )


def test_closures_overlapping_keeps_those_sharing_a_day_in_order() -> None:
    ranges = [
        (D(2027, 1, 1), D(2027, 1, 2)),
        (D(2026, 12, 31), D(2027, 1, 5)),
        (D(2026, 11, 1), D(2026, 11, 30)),
        (D(2026, 11, 20), D(2026, 12, 1)),
    ]
    assert closures_overlapping(ranges, D(2026, 12, 1), D(2026, 12, 31)) == (
        (D(2026, 11, 20), D(2026, 12, 1)),
        (D(2026, 12, 31), D(2027, 1, 5)),
    )
