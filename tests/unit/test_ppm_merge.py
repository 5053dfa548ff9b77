"""Merging a re-plan with stored rows that have work orders, when the plan's period bounds move."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.ppm import Frequency
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import PeriodOrder, StoredPeriod
from desktop.domain.workorders import Status
from tests.unit.test_ppm_invoice_rhythm import schedule


def stored_with_order(periods: object, number: int) -> tuple[StoredPeriod, ...]:
    rows = []
    for index, period in enumerate(periods, start=1):  # type: ignore[call-overload]
        order = None
        if index == 1:
            order = PeriodOrder(number, number, Status.NEW, False, False, False)
        rows.append(
            StoredPeriod(
                id=index,
                version=1,
                financial_start=period.financial_start,
                financial_end=period.financial_end,
                visit_start=period.visit_start,
                visit_end=period.visit_end,
                visit_set_manually=False,
                invoiced=period.invoiced,
                closed=period.closed,
                certificate_required=period.certificate_required,
                partial=period.partial,
                valid=period.valid,
                auto_generation_date=period.auto_generation_date,
                order=order,
            )
        )
    return tuple(rows)


def test_a_building_that_starts_earlier_keeps_its_generated_first_period_valid() -> None:
    """Partial periods: the building started mid-quarter and its first visit was generated; moving its start
    earlier widens that quarter in the plan. The generated order stays valid, is not cancelled, and the quarter
    is not planned a second time."""
    before = schedule(
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
        year_start=(1, 1),
        visits=Frequency.QUARTERLY,
        invoices=Frequency.QUARTERLY,
        today=date(2025, 2, 1),
    )
    before = replace(
        before,
        building_start=date(2025, 2, 15),
        settings=replace(before.settings, partial_periods=True),
    )
    first = before.current.periods[0]
    assert (first.financial_start, first.partial) == (date(2025, 2, 15), True)
    stored = stored_with_order(before.current.periods, 500)
    after = replace(
        before,
        building_start=date(2025, 1, 1),
        stored_periods=stored,
        orders=(stored[0].order,),  # type: ignore[arg-type]
    )
    periods = preview(after, after.settings).periods
    assert [period.financial_start for period in periods] == [
        date(2025, 2, 15),
        date(2025, 4, 1),
        date(2025, 7, 1),
        date(2025, 10, 1),
    ]
    kept = periods[0]
    assert kept.order_number == 500 and kept.valid and kept.in_plan and kept.order_change is None
    assert (kept.visit_start, kept.visit_end) == (first.visit_start, first.visit_end)
