"""The PPM period planner: the issue's worked examples, more examples, bad input and properties."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.i18n import Message
from desktop.domain.ppm import Frequency, PeriodPlanInput, PlannedPeriod, plan_periods, planner, site_value

F = Frequency
D = date


def plan(**changes: object) -> list[PlannedPeriod]:
    return plan_periods(make(**changes))


def make(**changes: object) -> PeriodPlanInput:
    values: dict[str, object] = {
        "contract_start": D(2026, 4, 1),
        "contract_end": D(2027, 3, 31),
        "visit_frequency": F.MONTHLY,
        "invoice_frequency": F.MONTHLY,
        "invoice_amount": Decimal("100.00"),
        "today": D(2026, 1, 1),
    }
    values.update(changes)
    return PeriodPlanInput(**values)  # type: ignore[arg-type]


def bounds(periods: list[PlannedPeriod]) -> list[tuple[date, date]]:
    return [(p.financial_start, p.financial_end) for p in periods]


def visits(periods: list[PlannedPeriod]) -> list[tuple[date, date]]:
    return [(p.visit_start, p.visit_end) for p in periods if p.visit_start is not None]  # type: ignore[misc]


def month_starts(first: date, count: int) -> list[date]:
    return [first + relativedelta(months=k) for k in range(count)]


# --- the worked examples -------------------------------------------------------------------------


def test_example_quarterly_visits_monthly_invoices() -> None:
    inp = make(visit_frequency=F.QUARTERLY, invoice_frequency=F.MONTHLY, invoice_amount=Decimal("150.00"))
    periods = plan_periods(inp)

    starts = month_starts(D(2026, 4, 1), 12)
    assert bounds(periods) == [(s, s + relativedelta(months=1) - timedelta(days=1)) for s in starts]
    assert all(p.invoiced for p in periods)
    assert visits(periods) == [
        (D(2026, 4, 1), D(2026, 4, 30)),
        (D(2026, 7, 1), D(2026, 7, 31)),
        (D(2026, 10, 1), D(2026, 10, 31)),
        (D(2027, 1, 1), D(2027, 1, 31)),
    ]
    assert [p.auto_generation_date for p in periods] == [
        D(2026, 3, 18),
        D(2026, 4, 17),
        D(2026, 5, 18),
        D(2026, 6, 17),
        D(2026, 7, 18),
        D(2026, 8, 18),
        D(2026, 9, 17),
        D(2026, 10, 18),
        D(2026, 11, 17),
        D(2026, 12, 18),
        D(2027, 1, 18),
        D(2027, 2, 15),
    ]
    may = periods[1]
    assert may.visit_start is None and may.invoiced and "invoice only" in may.summary
    assert all(p.valid and not p.partial and not p.closed and not p.certificate_required for p in periods)
    assert site_value(inp) == Decimal("1800.00")


def test_example_monthly_visits_quarterly_invoices_building_starting_mid_may() -> None:
    inp = make(
        visit_frequency=F.MONTHLY,
        invoice_frequency=F.QUARTERLY,
        invoice_amount=Decimal("250.00"),
        building_start=D(2026, 5, 15),
        partial_periods=True,
    )
    periods = plan_periods(inp)

    assert len(periods) == 11
    first = periods[0]
    assert (first.financial_start, first.financial_end) == (D(2026, 5, 15), D(2026, 5, 31))
    assert first.partial and first.valid
    assert (first.visit_start, first.visit_end) == (D(2026, 5, 15), D(2026, 5, 31))
    assert not first.invoiced
    assert first.auto_generation_date == D(2026, 5, 1)
    assert "building starts on 2026-05-15" in first.summary
    assert [p.financial_start for p in periods if p.invoiced] == [D(2026, 7, 1), D(2026, 10, 1), D(2027, 1, 1)]
    assert all(not p.partial for p in periods[1:])
    assert site_value(inp) == Decimal("750.00")

    whole = dataclasses.replace(inp, partial_periods=False)
    periods = plan_periods(whole)
    assert len(periods) == 10
    assert periods[0].financial_start == D(2026, 6, 1)
    assert site_value(whole) == Decimal("750.00")


def test_example_half_yearly_visits_moved_by_next_visit_required_by() -> None:
    inp = make(
        contract_start=D(2026, 1, 1),
        contract_end=D(2027, 12, 31),
        visit_frequency=F.HALF_YEARLY,
        invoice_frequency=F.YEARLY,
        invoice_amount=Decimal("900"),
        next_visit_required_by=D(2026, 9, 10),
        today=D(2026, 6, 1),
    )
    periods = plan_periods(inp)

    assert bounds(periods) == [
        (D(2026, 1, 1), D(2026, 6, 30)),
        (D(2026, 7, 1), D(2026, 12, 31)),
        (D(2027, 1, 1), D(2027, 6, 30)),
        (D(2027, 7, 1), D(2027, 12, 31)),
    ]
    assert periods[0].visit_start is None and periods[0].visit_end is None
    assert [(p.visit_start, p.visit_end) for p in periods[1:]] == [
        (D(2026, 8, 11), D(2026, 9, 10)),
        (D(2027, 2, 8), D(2027, 3, 10)),
        (D(2027, 8, 11), D(2027, 9, 10)),
    ]
    assert [p.invoiced for p in periods] == [True, False, True, False]
    assert all(p.valid for p in periods)
    assert site_value(inp) == Decimal("1800")
    assert "required by 2026-09-10" in periods[0].summary
    assert "required by 2026-09-10" in periods[1].summary


# --- grids ---------------------------------------------------------------------------------------------


def test_weekly_grid_ends_each_year_on_its_last_day() -> None:
    periods = plan(
        contract_start=D(2026, 1, 1),
        contract_end=D(2028, 12, 31),
        visit_frequency=F.WEEKLY,
        invoice_frequency=F.MONTHLY,
    )
    assert len(periods) == 3 * 52
    assert all(p.visit_start == p.financial_start and p.visit_end == p.financial_end for p in periods)
    assert all(p.financial_end - p.financial_start == timedelta(days=6) for p in periods if p not in periods[51::52])
    assert bounds(periods[51::52]) == [
        (D(2026, 12, 24), D(2026, 12, 31)),
        (D(2027, 12, 24), D(2027, 12, 31)),
        (D(2028, 12, 23), D(2028, 12, 31)),
    ]
    assert periods[52].financial_start == D(2027, 1, 1)
    invoiced = [p.financial_start for p in periods if p.invoiced]
    assert len(invoiced) == 36
    assert invoiced[:3] == [D(2026, 1, 1), D(2026, 1, 29), D(2026, 2, 26)]
    assert invoiced[12] == D(2027, 1, 1)


def test_fortnightly_grid_with_quarterly_invoices() -> None:
    periods = plan(
        contract_start=D(2026, 1, 1),
        contract_end=D(2026, 12, 31),
        visit_frequency=F.FORTNIGHTLY,
        invoice_frequency=F.QUARTERLY,
    )
    assert len(periods) == 26
    assert (periods[0].financial_start, periods[0].financial_end) == (D(2026, 1, 1), D(2026, 1, 14))
    assert (periods[-1].financial_start, periods[-1].financial_end) == (D(2026, 12, 17), D(2026, 12, 31))
    assert [i for i, p in enumerate(periods) if p.invoiced] == [0, 6, 13, 19]
    assert len(visits(periods)) == 26


def test_two_yearly_visits_with_yearly_invoices() -> None:
    inp = make(
        contract_start=D(2026, 1, 1),
        contract_end=D(2030, 12, 31),
        visit_frequency=F.TWO_YEARLY,
        invoice_frequency=F.YEARLY,
        invoice_amount=Decimal("400"),
    )
    periods = plan_periods(inp)
    assert bounds(periods) == [(D(y, 1, 1), D(y, 12, 31)) for y in range(2026, 2031)]
    assert [p.visit_start for p in periods] == [D(2026, 1, 1), None, D(2028, 1, 1), None, D(2030, 1, 1)]
    assert all(p.invoiced for p in periods)
    assert site_value(inp) == Decimal("2000")


def test_two_yearly_visits_and_invoices_use_two_year_periods() -> None:
    common = {
        "contract_start": D(2026, 1, 1),
        "contract_end": D(2030, 12, 31),
        "visit_frequency": F.TWO_YEARLY,
        "invoice_frequency": F.TWO_YEARLY,
    }
    periods = plan(**common, partial_periods=True)
    assert bounds(periods) == [
        (D(2026, 1, 1), D(2027, 12, 31)),
        (D(2028, 1, 1), D(2029, 12, 31)),
        (D(2030, 1, 1), D(2030, 12, 31)),
    ]
    assert [p.partial for p in periods] == [False, False, True]
    assert "contract ends on 2030-12-31" in periods[-1].summary
    assert len(plan(**common)) == 2


def test_financial_year_start_differs_from_the_contract_start() -> None:
    common = {
        "contract_start": D(2026, 6, 15),
        "contract_end": D(2027, 6, 14),
        "visit_frequency": F.QUARTERLY,
        "invoice_frequency": F.QUARTERLY,
        "financial_year_start": (4, 1),
    }
    periods = plan(**common, partial_periods=True)
    assert bounds(periods) == [
        (D(2026, 6, 15), D(2026, 6, 30)),
        (D(2026, 7, 1), D(2026, 9, 30)),
        (D(2026, 10, 1), D(2026, 12, 31)),
        (D(2027, 1, 1), D(2027, 3, 31)),
        (D(2027, 4, 1), D(2027, 6, 14)),
    ]
    assert [p.partial for p in periods] == [True, False, False, False, True]
    assert "contract starts on 2026-06-15" in periods[0].summary
    assert "contract ends on 2027-06-14" in periods[-1].summary
    assert all(p.visit_start == p.financial_start and p.invoiced for p in periods)
    assert bounds(plan(**common)) == bounds(periods[1:-1])


def test_building_ending_inside_a_period() -> None:
    periods = plan(building_end=D(2026, 8, 20), partial_periods=True)
    assert [p.financial_start for p in periods] == month_starts(D(2026, 4, 1), 5)
    assert (periods[-1].financial_end, periods[-1].visit_end, periods[-1].partial) == (D(2026, 8, 20),) * 2 + (True,)
    assert "building ends on 2026-08-20" in periods[-1].summary


def test_building_outside_the_contract_has_no_periods() -> None:
    inp = make(building_start=D(2028, 1, 1), partial_periods=True)
    assert plan_periods(inp) == []
    assert site_value(inp) == Decimal("0.00")


def test_grid_indices_are_contract_wide() -> None:
    late = plan(visit_frequency=F.QUARTERLY, building_start=D(2026, 5, 1))
    assert [p.financial_start for p in late if p.visit_start] == [D(2026, 7, 1), D(2026, 10, 1), D(2027, 1, 1)]


def test_financial_year_starting_on_29_february() -> None:
    periods = plan(
        contract_start=D(2025, 3, 1),
        contract_end=D(2029, 2, 27),
        visit_frequency=F.YEARLY,
        invoice_frequency=F.YEARLY,
        financial_year_start=(2, 29),
        partial_periods=True,
    )
    assert bounds(periods) == [
        (D(2025, 3, 1), D(2026, 2, 27)),
        (D(2026, 2, 28), D(2027, 2, 27)),
        (D(2027, 2, 28), D(2028, 2, 28)),
        (D(2028, 2, 29), D(2029, 2, 27)),
    ]


def test_month_end_financial_year_start_clamps_from_the_start_not_chained() -> None:
    periods = plan(contract_start=D(2026, 1, 31), contract_end=D(2026, 6, 29))
    assert [p.financial_start for p in periods] == [
        D(2026, 1, 31),
        D(2026, 2, 28),
        D(2026, 3, 31),
        D(2026, 4, 30),
        D(2026, 5, 31),
    ]


# --- flags ---------------------------------------------------------------------------------------------


def test_closed_ranges_make_periods_closed_and_invalid() -> None:
    inp = make(closed_ranges=((D(2026, 8, 10), D(2026, 9, 5)), (D(2027, 3, 31), D(2027, 3, 31))))
    periods = plan_periods(inp)
    closed = [p.financial_start for p in periods if p.closed]
    assert closed == [D(2026, 8, 1), D(2026, 9, 1), D(2027, 3, 1)]
    assert all(not p.valid for p in periods if p.closed)
    assert all(p.valid for p in periods if not p.closed)
    assert "closed from 2026-08-10 to 2026-09-05" in periods[4].summary
    assert site_value(inp) == Decimal("900.00")


def test_certificate_required_only_where_there_is_a_visit() -> None:
    periods = plan(visit_frequency=F.QUARTERLY, certificate_based=True)
    assert [p.certificate_required for p in periods] == [p.visit_start is not None for p in periods]
    assert sum(p.certificate_required for p in periods) == 4


def test_invoice_only_and_uninvoiced_periods() -> None:
    yearly_visits = plan(visit_frequency=F.YEARLY, invoice_frequency=F.HALF_YEARLY)
    assert [(p.visit_start is not None, p.invoiced) for p in yearly_visits] == [(True, True), (False, True)]
    assert yearly_visits[1].auto_generation_date == D(2026, 9, 17)
    assert yearly_visits[1].summary.endswith("It is invoice only: its work order is closed as soon as it is generated.")
    half_yearly_invoices = plan(visit_frequency=F.QUARTERLY, invoice_frequency=F.HALF_YEARLY)
    assert [p.invoiced for p in half_yearly_invoices] == [True, False, True, False]
    assert half_yearly_invoices[1].summary.endswith("The period is not invoiced.")


def test_long_grid_periods_cut_by_a_short_contract_are_partial() -> None:
    common = {"contract_end": D(2026, 9, 30), "visit_frequency": F.TWO_YEARLY, "invoice_frequency": F.TWO_YEARLY}
    assert plan(**common) == []
    assert bounds(plan(**common, partial_periods=True)) == [(D(2026, 4, 1), D(2026, 9, 30))]


def test_no_visit_and_no_invoice_has_no_auto_generation_date() -> None:
    periods = plan(
        contract_start=D(2026, 1, 1),
        contract_end=D(2027, 12, 31),
        visit_frequency=F.HALF_YEARLY,
        invoice_frequency=F.YEARLY,
        next_visit_required_by=D(2027, 3, 10),
    )
    assert [(p.visit_end, p.invoiced) for p in periods] == [
        (None, True),
        (None, False),
        (D(2027, 3, 10), True),
        (D(2027, 9, 10), False),
    ]
    assert periods[1].auto_generation_date is None
    assert periods[1].summary.endswith("Nothing is generated for this period.")


# --- moved visits --------------------------------------------------------------------------------------


def dynamic_quarterly(**changes: object) -> PeriodPlanInput:
    values: dict[str, object] = {
        "contract_start": D(2026, 1, 1),
        "contract_end": D(2026, 12, 31),
        "visit_frequency": F.QUARTERLY,
        "invoice_frequency": F.QUARTERLY,
        "dynamic_dates": True,
        "last_visit_completed": D(2026, 2, 20),
        "today": D(2026, 3, 1),
    }
    values.update(changes)
    return make(**values)


def test_dynamic_dates_follow_the_last_visit_completed() -> None:
    periods = plan_periods(dynamic_quarterly(next_visit_required_by=D(2026, 3, 15)))
    assert [(p.visit_start, p.visit_end) for p in periods] == [
        (None, None),
        (D(2026, 4, 20), D(2026, 5, 20)),
        (D(2026, 7, 21), D(2026, 8, 20)),
        (D(2026, 10, 21), D(2026, 11, 20)),
    ]
    assert all(p.valid and p.invoiced for p in periods)
    assert "last visit was completed on 2026-02-20" in periods[1].summary
    assert "last visit, completed on 2026-02-20" in periods[0].summary
    certificate = plan_periods(dynamic_quarterly(certificate_based=True))
    assert "last certificate is dated 2026-02-20" in certificate[1].summary
    assert all(p.certificate_required == (p.visit_start is not None) for p in certificate)


def test_periods_that_ended_before_today_keep_their_visit() -> None:
    periods = plan_periods(dynamic_quarterly(today=D(2026, 4, 1), last_visit_completed=D(2026, 3, 31)))
    assert [(p.visit_start, p.visit_end) for p in periods] == [
        (D(2026, 1, 1), D(2026, 3, 31)),
        (D(2026, 5, 31), D(2026, 6, 30)),
        (D(2026, 8, 31), D(2026, 9, 30)),
        (D(2026, 11, 30), D(2026, 12, 30)),
    ]


def test_dynamic_dates_are_ignored_when_the_frequency_does_not_support_them() -> None:
    inp = dynamic_quarterly(visit_frequency=F.MONTHLY, invoice_frequency=F.MONTHLY)
    assert all(p.visit_start == p.financial_start for p in plan_periods(inp))
    moved = plan_periods(dataclasses.replace(inp, next_visit_required_by=D(2026, 3, 10)))
    assert moved[2].visit_start == D(2026, 3, 1) and moved[2].visit_end == D(2026, 3, 10)
    assert "less than 30 days" in moved[2].summary
    assert (moved[3].visit_start, moved[3].visit_end) == (D(2026, 4, 1), D(2026, 4, 10))
    assert moved[-1].visit_end == D(2026, 12, 10)


def test_anchor_beyond_the_last_period_drops_the_rest() -> None:
    periods = plan(visit_frequency=F.QUARTERLY, next_visit_required_by=D(2027, 2, 15), today=D(2026, 5, 1))
    assert visits(periods) == [(D(2026, 4, 1), D(2026, 4, 30)), (D(2027, 2, 1), D(2027, 2, 15))]
    assert periods[3].visit_start is None and "required by 2027-02-15" in periods[3].summary
    none = plan(visit_frequency=F.QUARTERLY, next_visit_required_by=D(2027, 6, 1), today=D(2026, 1, 1))
    assert visits(none) == []
    assert site_value(make(visit_frequency=F.QUARTERLY, next_visit_required_by=D(2027, 6, 1))) == Decimal("1200.00")


def test_moved_visits_landing_in_one_period_keep_the_first() -> None:
    periods = plan(
        contract_start=D(2026, 1, 1),
        contract_end=D(2027, 12, 31),
        visit_frequency=F.WEEKLY,
        invoice_frequency=F.WEEKLY,
        next_visit_required_by=D(2026, 12, 24),
        today=D(2026, 12, 1),
    )
    assert [p.financial_start for p in periods[47:53]] == [
        D(2026, 11, 26),
        D(2026, 12, 3),
        D(2026, 12, 10),
        D(2026, 12, 17),
        D(2026, 12, 24),
        D(2027, 1, 1),
    ]
    assert [(p.visit_start, p.visit_end) for p in periods[47:53]] == [
        (None, None),
        (None, None),
        (None, None),
        (None, None),
        (D(2026, 12, 24), D(2026, 12, 24)),
        (D(2027, 1, 1), D(2027, 1, 7)),
    ]
    assert all(p.visit_end == p.financial_end for p in periods[53:-1])
    assert periods[-1].visit_end == D(2027, 12, 30)
    assert all(p.visit_end == p.financial_end for p in periods[:47])


def test_overdue_anchor_replaces_a_past_visit() -> None:
    periods = plan(
        visit_frequency=F.QUARTERLY,
        invoice_frequency=F.QUARTERLY,
        next_visit_required_by=D(2026, 5, 20),
        today=D(2026, 7, 15),
    )
    assert [(p.visit_start, p.visit_end) for p in periods] == [
        (D(2026, 4, 20), D(2026, 5, 20)),
        (D(2026, 7, 21), D(2026, 8, 20)),
        (D(2026, 10, 21), D(2026, 11, 20)),
        (None, None),
    ]


def test_monthly_anchor_on_the_31st_clamps_from_the_anchor() -> None:
    periods = plan(next_visit_required_by=D(2026, 5, 31), today=D(2026, 5, 1))
    assert [p.visit_end for p in periods[1:5]] == [D(2026, 5, 31), D(2026, 6, 30), D(2026, 7, 31), D(2026, 8, 31)]


# --- manual visit windows ------------------------------------------------------------------------------


def test_manual_visit_windows_valid_and_invalid() -> None:
    inp = make(
        visit_frequency=F.QUARTERLY,
        manual_visits=(
            (D(2026, 4, 1), D(2026, 4, 10), D(2026, 4, 20)),
            (D(2026, 7, 1), D(2026, 7, 25), D(2026, 8, 5)),
            (D(2026, 10, 1), D(2026, 10, 20), D(2026, 10, 10)),
            (D(2026, 5, 1), D(2026, 5, 2), D(2026, 5, 3)),
        ),
    )
    periods = plan_periods(inp)
    april, may, july, october = periods[0], periods[1], periods[3], periods[6]
    assert (april.visit_start, april.visit_end, april.valid) == (D(2026, 4, 10), D(2026, 4, 20), True)
    assert april.auto_generation_date == D(2026, 3, 27)
    assert "set by hand" in april.summary
    assert may.visit_start is None
    assert (july.visit_start, july.visit_end, july.valid) == (D(2026, 7, 25), D(2026, 8, 5), False)
    assert "outside the period" in july.summary
    assert (october.visit_start, october.visit_end, october.valid) == (D(2026, 10, 20), D(2026, 10, 10), False)
    assert "after it ends" in october.summary
    assert site_value(inp) == Decimal("1000.00")
    assert plan_periods(dataclasses.replace(inp, manual_visits=inp.manual_visits[::-1])) == periods


def test_manual_visit_of_a_partial_period_by_its_grid_start() -> None:
    inp = make(
        building_start=D(2026, 4, 10),
        partial_periods=True,
        manual_visits=((D(2026, 4, 1), D(2026, 4, 12), D(2026, 4, 14)),),
    )
    first = plan_periods(inp)[0]
    assert (first.visit_start, first.visit_end, first.valid) == (D(2026, 4, 12), D(2026, 4, 14), True)
    listed_wins = dataclasses.replace(
        inp, manual_visits=(*inp.manual_visits, (D(2026, 4, 10), D(2026, 4, 20), D(2026, 4, 21)))
    )
    assert plan_periods(listed_wins)[0].visit_start == D(2026, 4, 20)


def test_manual_visits_are_ignored_with_dynamic_dates() -> None:
    inp = dynamic_quarterly(manual_visits=((D(2026, 4, 1), D(2026, 4, 1), D(2026, 4, 2)),))
    assert plan_periods(inp)[1].visit_end == D(2026, 5, 20)


def test_manual_visit_overrides_a_moved_visit() -> None:
    inp = make(
        visit_frequency=F.QUARTERLY,
        next_visit_required_by=D(2026, 5, 20),
        manual_visits=((D(2026, 8, 1), D(2026, 8, 2), D(2026, 8, 3)), (D(2026, 7, 1), D(2026, 7, 2), D(2026, 7, 3))),
    )
    periods = plan_periods(inp)
    assert periods[1].visit_end == D(2026, 5, 20)
    assert periods[3].visit_start is None
    assert (periods[4].visit_start, periods[4].visit_end) == (D(2026, 8, 2), D(2026, 8, 3))
    assert periods[7].visit_end == D(2026, 11, 20)


# --- seasonal ------------------------------------------------------------------------------------------


def test_seasonal_visits_in_summer_on_a_yearly_grid() -> None:
    inp = make(
        contract_start=D(2026, 1, 1),
        contract_end=D(2028, 12, 31),
        visit_frequency=F.SEASONAL,
        invoice_frequency=F.SEASONAL,
        seasonal_months=(8, 6, 7),
        invoice_amount=Decimal("500"),
    )
    periods = plan_periods(inp)
    assert bounds(periods) == [(D(y, 1, 1), D(y, 12, 31)) for y in (2026, 2027, 2028)]
    assert visits(periods) == [(D(y, 6, 1), D(y, 8, 31)) for y in (2026, 2027, 2028)]
    assert all(p.invoiced and p.valid for p in periods)
    assert [p.auto_generation_date for p in periods] == [D(y, 5, 18) for y in (2026, 2027, 2028)]
    assert "season" in periods[0].summary
    assert site_value(inp) == Decimal("1500")


def test_seasonal_winter_across_the_new_year_with_monthly_invoices() -> None:
    periods = plan(visit_frequency=F.SEASONAL, seasonal_months=(12, 1, 2))
    assert visits(periods) == [(D(2026, 12, 1), D(2026, 12, 31))]
    yearly = plan(visit_frequency=F.SEASONAL, invoice_frequency=F.YEARLY, seasonal_months=(1, 12, 2))
    assert visits(yearly) == [(D(2026, 12, 1), D(2027, 2, 28))]


def test_seasonal_invoices_fall_with_the_season() -> None:
    periods = plan(visit_frequency=F.MONTHLY, invoice_frequency=F.SEASONAL, seasonal_months=(9, 10))
    assert [p.financial_start for p in periods if p.invoiced] == [D(2026, 9, 1)]


def test_seasonal_season_outside_the_building_has_no_visit() -> None:
    periods = plan(
        visit_frequency=F.SEASONAL,
        invoice_frequency=F.YEARLY,
        seasonal_months=(5,),
        building_start=D(2026, 6, 1),
        partial_periods=True,
    )
    assert len(periods) == 1 and periods[0].visit_start is None and periods[0].invoiced
    assert "season falls outside" in periods[0].summary
    cut = plan(
        visit_frequency=F.SEASONAL,
        invoice_frequency=F.YEARLY,
        seasonal_months=(5, 6, 7),
        building_start=D(2026, 6, 10),
        partial_periods=True,
    )
    assert visits(cut) == [(D(2026, 6, 10), D(2026, 7, 31))]


def test_seasonal_all_months_is_the_whole_year() -> None:
    periods = plan(visit_frequency=F.SEASONAL, invoice_frequency=F.YEARLY, seasonal_months=tuple(range(1, 13)))
    assert visits(periods) == [(D(2026, 4, 1), D(2027, 3, 31))]


def test_seasonal_moved_by_next_visit_required_by() -> None:
    periods = plan(
        contract_start=D(2026, 1, 1),
        contract_end=D(2027, 12, 31),
        visit_frequency=F.SEASONAL,
        invoice_frequency=F.YEARLY,
        seasonal_months=(6,),
        next_visit_required_by=D(2026, 7, 10),
        dynamic_dates=True,
        last_visit_completed=D(2025, 6, 1),
    )
    assert visits(periods) == [(D(2026, 6, 10), D(2026, 7, 10)), (D(2027, 6, 10), D(2027, 7, 10))]


# --- messages ------------------------------------------------------------------------------------------


def test_summary_is_the_english_of_the_explanation() -> None:
    inputs = [
        make(visit_frequency=F.QUARTERLY, building_start=D(2026, 4, 20), partial_periods=True),
        dynamic_quarterly(closed_ranges=((D(2026, 5, 1), D(2026, 5, 2)),)),
        make(next_visit_required_by=D(2026, 6, 3), today=D(2026, 5, 1), manual_visits=((D(2026, 9, 1),) * 3,)),
    ]
    for inp in inputs:
        for period in plan_periods(inp):
            assert period.explanation
            assert period.summary == " ".join(m.english() for m in period.explanation)
            assert all(isinstance(m, Message) and m.context == "PpmPlanner" for m in period.explanation)
            assert all(isinstance(v, date | int | Message) for m in period.explanation for v in m.args.values())


# --- bad input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"contract_end": D(2026, 3, 31)}, "contract ends"),
        ({"building_start": D(2026, 6, 1), "building_end": D(2026, 5, 31)}, "building ends"),
        ({"invoice_amount": Decimal("-0.01")}, "negative"),
        ({"invoice_amount": Decimal("NaN")}, "finite"),
        ({"invoice_amount": 1.5}, "Decimal"),
        ({"lead_days": -1}, "lead_days"),
        ({"visit_frequency": "monthly"}, "Frequency"),
        ({"invoice_frequency": None}, "Frequency"),
        ({"closed_ranges": ((D(2026, 5, 2), D(2026, 5, 1)),)}, "closed range"),
        ({"seasonal_months": (0,)}, "1 to 12"),
        ({"seasonal_months": (13,)}, "1 to 12"),
        ({"visit_frequency": F.SEASONAL}, "seasonal_months"),
        ({"visit_frequency": F.SEASONAL, "seasonal_months": (1, 3)}, "consecutive"),
        ({"invoice_frequency": F.SEASONAL, "seasonal_months": (12, 2)}, "consecutive"),
        ({"financial_year_start": (2, 30)}, "financial_year_start"),
        ({"financial_year_start": (13, 1)}, "financial_year_start"),
        ({"financial_year_start": (4, 0)}, "financial_year_start"),
        ({"financial_year_start": (4,)}, "financial_year_start"),
        (
            {
                "manual_visits": (
                    (D(2026, 5, 1), D(2026, 5, 1), D(2026, 5, 2)),
                    (D(2026, 5, 1), D(2026, 5, 3), D(2026, 5, 4)),
                )
            },
            "two different",
        ),
    ],
)
def test_bad_input_raises_a_clear_value_error(changes: dict[str, object], words: str) -> None:
    inp = make(**changes)
    with pytest.raises(ValueError, match=words):
        plan_periods(inp)
    with pytest.raises(ValueError, match=words):
        site_value(inp)


def test_29_february_and_zero_amounts_are_accepted() -> None:
    assert plan(financial_year_start=(2, 29), invoice_amount=Decimal(0))
    assert site_value(make(invoice_amount=0)) == 0


# --- properties ----------------------------------------------------------------------------------------

REGULAR = [f for f in Frequency if f is not F.SEASONAL]
days = st.integers(min_value=0, max_value=4 * 366)
base = D(2024, 1, 1)


@st.composite
def inputs(draw: st.DrawFn, *, building: bool = True, anchors: bool = True) -> PeriodPlanInput:
    start = base + timedelta(days=draw(days))
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=3 * 366)))
    visit = draw(st.sampled_from(list(Frequency)))
    invoice = draw(st.sampled_from(list(Frequency)))
    season_start = draw(st.integers(min_value=1, max_value=12))
    season = tuple((season_start + k - 1) % 12 + 1 for k in range(draw(st.integers(min_value=1, max_value=12))))
    year_start = draw(st.none() | st.tuples(st.integers(1, 12), st.integers(1, 28)) | st.just((2, 29)))
    building_start = building_end = None
    if building:
        building_start = draw(st.none() | st.builds(lambda d: base + timedelta(days=d), days))
        building_end = draw(st.none() | st.builds(lambda d: base + timedelta(days=d), days))
        if building_start and building_end and building_end < building_start:
            building_start, building_end = building_end, building_start
    closed = draw(
        st.lists(
            st.tuples(days, st.integers(min_value=0, max_value=60)).map(
                lambda t: (base + timedelta(days=t[0]), base + timedelta(days=t[0] + t[1]))
            ),
            max_size=3,
        )
    )
    some_day = st.none() | st.builds(lambda d: base + timedelta(days=d), days)
    next_visit_required_by = draw(some_day) if anchors else None
    last_visit_completed = draw(some_day) if anchors else None
    manual = draw(
        st.lists(
            st.tuples(days, st.integers(-40, 40), st.integers(-40, 40)).map(
                lambda t: (
                    base + timedelta(days=t[0]),
                    base + timedelta(days=t[0] + t[1]),
                    base + timedelta(days=t[0] + t[2]),
                )
            ),
            max_size=3,
            unique_by=lambda t: t[0],
        )
    )
    return PeriodPlanInput(
        contract_start=start,
        contract_end=end,
        visit_frequency=visit,
        invoice_frequency=invoice,
        invoice_amount=Decimal(draw(st.integers(0, 10_000))) / 100,
        financial_year_start=year_start,
        building_start=building_start,
        building_end=building_end,
        partial_periods=draw(st.booleans()),
        dynamic_dates=draw(st.booleans()),
        next_visit_required_by=next_visit_required_by,
        last_visit_completed=last_visit_completed,
        closed_ranges=tuple(closed),
        certificate_based=draw(st.booleans()),
        lead_days=draw(st.integers(0, 60)),
        today=base + timedelta(days=draw(days)),
        seasonal_months=season,
        manual_visits=tuple(manual),
    )


@settings(max_examples=60, deadline=None)
@given(inputs())
def test_periods_never_overlap_and_cover_the_building_window(inp: PeriodPlanInput) -> None:
    periods = plan_periods(inp)
    for before, after in zip(periods, periods[1:], strict=False):
        assert before.financial_end < after.financial_start
    assert all(p.financial_start <= p.financial_end for p in periods)
    low = max(inp.contract_start, inp.building_start or inp.contract_start)
    high = min(inp.contract_end, inp.building_end or inp.contract_end)
    if inp.partial_periods:
        if low > high:
            assert periods == []
        else:
            assert periods[0].financial_start == low and periods[-1].financial_end == high
            for before, after in zip(periods, periods[1:], strict=False):
                assert after.financial_start == before.financial_end + timedelta(days=1)
    assert all(low <= p.financial_start and p.financial_end <= high for p in periods)


@settings(max_examples=60, deadline=None)
@given(inputs())
def test_every_visit_lies_in_its_period_or_the_period_is_invalid(inp: PeriodPlanInput) -> None:
    for p in plan_periods(inp):
        assert (p.visit_start is None) == (p.visit_end is None)
        inside = p.visit_start is None or p.financial_start <= p.visit_start <= p.visit_end <= p.financial_end
        assert p.valid == (inside and not p.closed)
        assert p.certificate_required == (inp.certificate_based and p.visit_start is not None)
        if p.visit_start is not None:
            assert p.auto_generation_date == p.visit_start - timedelta(days=inp.lead_days)
        elif p.invoiced:
            assert p.auto_generation_date == p.financial_start - timedelta(days=inp.lead_days)
        else:
            assert p.auto_generation_date is None


@settings(max_examples=60, deadline=None)
@given(inputs(building=False, anchors=False))
def test_visits_per_full_financial_year_equal_the_frequency(inp: PeriodPlanInput) -> None:
    inp = dataclasses.replace(inp, manual_visits=())
    per_year = inp.visit_frequency.per_year
    if per_year < 1:
        return
    periods = plan_periods(inp)
    month, day = inp.financial_year_start or (inp.contract_start.month, inp.contract_start.day)
    first = date(inp.contract_start.year, month, 1) + relativedelta(day=day)
    if first > inp.contract_start:
        first = date(inp.contract_start.year - 1, month, 1) + relativedelta(day=day)
    year = 0
    while True:
        year_start = first + relativedelta(months=12 * year, day=day)
        year_end = first + relativedelta(months=12 * (year + 1), day=day) - timedelta(days=1)
        if year_end > inp.contract_end:
            break
        if year_start >= inp.contract_start:
            in_year = [p for p in periods if year_start <= p.financial_start <= year_end]
            assert in_year[0].financial_start == year_start and in_year[-1].financial_end == year_end
            assert sum(p.visit_start is not None for p in in_year) == per_year
        year += 1


@settings(max_examples=50, deadline=None)
@given(inputs(), st.randoms(use_true_random=False))
def test_output_never_depends_on_the_order_of_closed_ranges_or_manual_visits(
    inp: PeriodPlanInput, rnd: random.Random
) -> None:
    closed, manual = list(inp.closed_ranges), list(inp.manual_visits)
    rnd.shuffle(closed)
    rnd.shuffle(manual)
    shuffled = dataclasses.replace(inp, closed_ranges=tuple(closed), manual_visits=tuple(manual))
    assert plan_periods(shuffled) == plan_periods(inp)
    assert site_value(shuffled) == site_value(inp)


@settings(max_examples=60, deadline=None)
@given(inputs())
def test_site_value_is_the_amount_times_the_invoiced_valid_periods(inp: PeriodPlanInput) -> None:
    count = sum(1 for p in plan_periods(inp) if p.invoiced and p.valid)
    assert site_value(inp) == inp.invoice_amount * count


@settings(max_examples=100, deadline=None)
@given(st.builds(lambda d: base + timedelta(days=d), days), st.integers(0, 80), st.sampled_from([1, 2, 3, 4, 6, 12]))
def test_moved_visit_dates_are_relativedelta_months_from_the_anchor(anchor: date, steps: int, months: int) -> None:
    assert planner._after(anchor, months, steps) == anchor + relativedelta(months=months * steps)
