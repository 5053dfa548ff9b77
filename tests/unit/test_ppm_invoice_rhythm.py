"""Invoices keep their rhythm across generated and re-planned periods: whatever was generated, whatever happened
since (time passed, a visit completed, a closure added), the invoiced periods of the merged schedule are those of
the contract-wide invoice grid, evenly spaced by the invoice frequency."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.ppm import Frequency
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.planner import plan_periods
from desktop.domain.ppm.schedule import PeriodOrder, Schedule, ScheduleSettings, StoredPeriod, plan_input
from desktop.domain.workorders import Status

MONTH_BASED = [f for f in Frequency if f is not Frequency.SEASONAL and (12 / f.per_year).denominator == 1]
BASE = date(2024, 1, 1)


def schedule(
    *,
    start: date,
    end: date,
    year_start: tuple[int, int],
    visits: Frequency,
    invoices: Frequency,
    today: date,
    stored: tuple[StoredPeriod, ...] = (),
    last_visit: date | None = None,
    closed: tuple[tuple[date, date], ...] = (),
) -> Schedule:
    orders = tuple(period.order for period in stored if period.order is not None)
    return Schedule(
        job_building_id=1,
        version=1,
        job_id=1,
        job_description="Boiler service",
        job_frequency=visits,
        certificate_based=False,
        lead_days=14,
        seasonal_months=(),
        contract_id=1,
        contract_reference="C-1",
        contract_start=start,
        contract_end=end,
        financial_year_start=year_start,
        currency="EUR",
        client_name="Client",
        building_id=1,
        building_name="Building",
        building_start=start,
        building_end=None,
        closed_ranges=closed,
        exclude_dynamic_dates=False,
        last_work_order_number=1 if last_visit else None,
        last_visit_date=last_visit,
        last_certificate_date=None,
        settings=ScheduleSettings(visits, invoices, Decimal("100.00"), partial_periods=False),
        manual_visits=(),
        stored_periods=stored,
        today=today,
        orders=orders,
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[Schedule, Schedule]:
    """A schedule stored and generated up to one day, and the same schedule some time later, after a visit was
    completed and a closure added."""
    start = BASE + timedelta(days=draw(st.integers(0, 700)))
    end = start + relativedelta(years=draw(st.integers(1, 3))) - timedelta(days=1)
    year_start = draw(st.tuples(st.integers(1, 12), st.integers(1, 28)))
    visits = draw(st.sampled_from(MONTH_BASED))
    invoices = draw(st.sampled_from(MONTH_BASED))
    first_day = start + timedelta(days=draw(st.integers(0, (end - start).days)))
    first = schedule(start=start, end=end, year_start=year_start, visits=visits, invoices=invoices, today=first_day)
    stored = []
    for number, period in enumerate(first.current.periods, start=1):
        generated = period.auto_generation_date is not None and period.auto_generation_date <= first_day
        order = None
        if generated and period.valid:
            done = draw(st.booleans())
            order = PeriodOrder(
                id=number,
                number=number,
                status=Status.COMPLETED if done else Status.NEW,
                invoice_only=period.visit_start is None,
                started=done,
                ppm_cancel_final=False,
            )
        stored.append(
            StoredPeriod(
                id=number,
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
    later = first_day + timedelta(days=draw(st.integers(0, 500)))
    last_visit = draw(st.none() | st.just(first_day - timedelta(days=draw(st.integers(0, 90)))))
    closed: tuple[tuple[date, date], ...] = ()
    if draw(st.booleans()):
        closure_start = start + timedelta(days=draw(st.integers(0, (end - start).days)))
        closed = ((closure_start, closure_start + timedelta(days=draw(st.integers(0, 60)))),)
    second = replace(
        first,
        stored_periods=tuple(stored),
        orders=tuple(p.order for p in stored if p.order),
        today=later,
        last_visit_date=last_visit,
        last_work_order_number=1 if last_visit else None,
        closed_ranges=closed,
    )
    return first, second


@settings(max_examples=150, deadline=None)
@given(histories())
def test_invoiced_periods_stay_on_the_invoice_grid_after_a_replan(history: tuple[Schedule, Schedule]) -> None:
    _first, later = history
    merged = preview(later, later.settings).periods
    fresh = {period.financial_start: period.invoiced for period in plan_periods(plan_input(later, later.settings))}
    for period in merged:
        assert period.invoiced == fresh[period.financial_start], period.financial_start
    # Where the invoice interval is a whole number of periods, invoices fall exactly one interval apart.
    invoices = later.settings.invoice_frequency.per_year
    grid = max(later.settings.visit_frequency.per_year, invoices)
    if (grid / invoices).denominator != 1:
        return
    invoiced = [period.financial_start for period in merged if period.invoiced]
    step = relativedelta(months=int(12 / invoices))
    for before, after in zip(invoiced, invoiced[1:], strict=False):
        assert after == before + step, (before, after)


@settings(max_examples=150, deadline=None)
@given(histories())
def test_every_merged_summary_is_made_from_its_row(history: tuple[Schedule, Schedule]) -> None:
    """Kept rows (generated earlier) and re-planned rows alike: the Summary names the row's own visit dates and
    says what its Inv and Status columns show."""
    _first, later = history
    for period in preview(later, later.settings).periods:
        text = period.summary
        if period.visit_start is not None:
            assert period.visit_start.isoformat() in text and period.visit_end.isoformat() in text, text
        if period.invoiced:
            assert "is not invoiced" not in text, text
        else:
            assert "The period is invoiced." not in text, text
        assert ("invalid" in text or "not valid" in text) == (not period.valid), text
