"""Next visit required by: a date outside the contract is refused, and its "?" says why it is locked once work
orders have been generated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.editing import check_changes, editability
from desktop.domain.ppm.schedule import PeriodOrder, ScheduleSettings
from desktop.domain.workorders import Status
from tests.unit.test_ppm_changes import new_schedule

START, END = date(2026, 4, 1), date(2027, 3, 31)
SETTINGS = ScheduleSettings(Frequency.QUARTERLY, Frequency.MONTHLY, Decimal("150.00"), partial_periods=False)
SCHEDULE = new_schedule(START, END, (4, 1), SETTINGS, date(2026, 3, 1))


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9000, 12, 31)))
def test_a_next_visit_date_outside_the_contract_is_refused(entered: date) -> None:
    settings = replace(SETTINGS, next_visit_required_by=entered)
    if START <= entered <= END:
        check_changes(SCHEDULE, settings)
        return
    with pytest.raises(ValidationError) as refused:
        check_changes(SCHEDULE, settings)
    assert refused.value.message.text == (
        "The next visit required by ({date}) must fall within the contract, {start} to {end}."
    )
    assert refused.value.message.args == {"date": entered, "start": START, "end": END}


def test_a_stored_date_outside_the_contract_may_stay() -> None:
    stored = replace(SCHEDULE, settings=replace(SETTINGS, next_visit_required_by=END + timedelta(days=10)))
    check_changes(stored, replace(stored.settings, invoice_amount=Decimal("175.00")))


@pytest.mark.parametrize(
    ("frequency", "excluded", "last_visit", "why"),
    [
        (Frequency.QUARTERLY, False, None, "No visit or certificate is completed yet"),
        (Frequency.QUARTERLY, False, date(2026, 4, 20), "Worked out from the last completed visit"),
        (Frequency.QUARTERLY, True, None, "This building is excluded from dynamic date updates."),
        (Frequency.MONTHLY, False, None, "Dynamic date updates are not supported for this frequency."),
    ],
)
def test_after_generation_the_question_mark_says_the_date_is_locked_and_why_dynamic_dates_do_not_set_it(
    frequency: Frequency, excluded: bool, last_visit: date | None, why: str
) -> None:
    order = PeriodOrder(1, 101, Status.COMPLETED if last_visit else Status.NEW, False, bool(last_visit), False)
    settings = replace(SETTINGS, visit_frequency=frequency)
    schedule = replace(
        SCHEDULE,
        job_frequency=frequency,
        settings=settings,
        exclude_dynamic_dates=excluded,
        last_visit_date=last_visit,
        orders=(order,),
    )
    reason = editability(schedule, settings).next_visit_reason.english()
    assert reason.startswith(
        "PPM work orders have been generated for this building, so this date can no longer be changed here. "
    )
    assert why in reason
    assert "enter the date" not in reason
    assert not editability(schedule, settings).next_visit_required_by
