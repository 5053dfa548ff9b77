"""Pure rules behind contract editing: ISO 4217 currencies, and a building's last day in a PPM job cutting its
periods as the building's own end does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.currencies import check_currency, currencies, currency_name
from desktop.domain.errors import ValidationError
from desktop.domain.ppm import Frequency, PeriodPlanInput, plan_periods


def test_a_currency_is_stored_as_its_upper_case_iso_code() -> None:
    assert check_currency(" eur ") == "EUR"
    assert check_currency("chf") == "CHF"


@pytest.mark.parametrize("code", ["", "EURO", "EU", "XXX", "XTS", "XAU", "XDR", "ZZZ", "€", None, 978])
def test_what_is_not_an_iso_currency_is_refused(code: object) -> None:
    with pytest.raises(ValidationError):
        check_currency(code)


def test_currency_names_follow_the_language() -> None:
    assert currency_name("EUR", "fr") == "euro"
    assert currency_name("GBP", "de") == "Britisches Pfund"
    assert ("EUR", "Euro") in currencies("en")


def test_the_list_offers_the_currencies_in_use_and_a_replaced_one_can_still_be_typed() -> None:
    listed = {code for code, _name in currencies("en")}
    assert {"EUR", "GBP", "USD", "CHF", "XOF"} <= listed
    assert not listed & {"DEM", "FRF", "XAU", "XAG", "XDR"}  # marks, francs, gold, silver, drawing rights
    assert check_currency("frf") == "FRF"  # a contract made in francs is still saved with them


def plan(**changes: object) -> list[tuple[date, date, bool, bool]]:
    inp = PeriodPlanInput(
        contract_start=date(2026, 4, 1),
        contract_end=date(2027, 3, 31),
        visit_frequency=Frequency.QUARTERLY,
        invoice_frequency=Frequency.QUARTERLY,
        invoice_amount=Decimal("100.00"),
        today=date(2026, 1, 1),
        **changes,  # type: ignore[arg-type]
    )
    return [(p.financial_start, p.financial_end, p.partial, p.valid) for p in plan_periods(inp)]


def test_leaving_the_job_cuts_the_periods_like_the_building_end() -> None:
    left = plan(left_job_on=date(2026, 11, 15), partial_periods=True)
    assert left == plan(building_end=date(2026, 11, 15), partial_periods=True)
    assert left[-1] == (date(2026, 10, 1), date(2026, 11, 15), True, True)
    # The earlier of the two ends counts.
    assert plan(left_job_on=date(2026, 12, 31), building_end=date(2026, 9, 30)) == plan(building_end=date(2026, 9, 30))


def test_a_partial_period_says_the_building_leaves_the_job() -> None:
    inp = PeriodPlanInput(
        contract_start=date(2026, 4, 1),
        contract_end=date(2027, 3, 31),
        visit_frequency=Frequency.QUARTERLY,
        invoice_frequency=Frequency.QUARTERLY,
        invoice_amount=Decimal("100.00"),
        today=date(2026, 1, 1),
        left_job_on=date(2026, 11, 15),
        partial_periods=True,
    )
    assert "the building leaves the job on 2026-11-15" in plan_periods(inp)[-1].summary


def test_a_building_that_left_before_it_starts_has_no_period() -> None:
    assert plan(building_start=date(2026, 8, 1), left_job_on=date(2026, 6, 30)) == []
