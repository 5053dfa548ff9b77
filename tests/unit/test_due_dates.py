"""Due dates from the priority's target time to fix, counted in calendar time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.due_dates import DEFAULT_PRIORITY_TARGETS, checked_priority_targets, due_from_priority
from desktop.domain.errors import ValidationError
from desktop.domain.workorders import Priority

PARIS = ZoneInfo("Europe/Paris")
LOGGED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday


def test_the_default_targets() -> None:
    assert dict(DEFAULT_PRIORITY_TARGETS) == {
        Priority.URGENT: timedelta(hours=4),
        Priority.HIGH: timedelta(days=1),
        Priority.NORMAL: timedelta(days=5),
        Priority.LOW: timedelta(days=20),
    }


@pytest.mark.parametrize(
    ("priority", "due"),
    [
        (Priority.URGENT, date(2026, 3, 2)),
        (Priority.HIGH, date(2026, 3, 3)),
        (Priority.NORMAL, date(2026, 3, 7)),  # a Saturday: calendar time, not working days
        (Priority.LOW, date(2026, 3, 22)),
    ],
)
def test_each_priority_with_the_default_targets(priority: Priority, due: date) -> None:
    assert due_from_priority(priority, LOGGED, DEFAULT_PRIORITY_TARGETS, UTC) == due


def test_an_urgent_call_late_in_the_evening_is_due_the_next_day() -> None:
    logged = datetime(2026, 6, 15, 22, 0, tzinfo=PARIS)
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS, PARIS) == date(2026, 6, 16)
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS, UTC) == date(2026, 6, 16)


def test_the_date_is_the_one_of_the_zone_asked_for() -> None:
    logged = datetime(2026, 6, 15, 18, 0, tzinfo=UTC)  # 20:00 in Paris; due at 22:00 UTC, midnight in Paris
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS, UTC) == date(2026, 6, 15)
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS, PARIS) == date(2026, 6, 16)
    new_york = timezone(timedelta(hours=-4))
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS, new_york) == date(2026, 6, 15)


def test_the_local_time_zone_by_default() -> None:
    logged = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
    expected = (logged + timedelta(hours=4)).astimezone().date()
    assert due_from_priority(Priority.URGENT, logged, DEFAULT_PRIORITY_TARGETS) == expected


def test_a_target_is_elapsed_time_across_a_daylight_saving_change() -> None:
    # 23:30 on the Saturday before the clocks go forward: 24 hours later it is 00:30 on Monday, local time.
    logged = datetime(2026, 3, 28, 23, 30, tzinfo=PARIS)
    assert due_from_priority(Priority.HIGH, logged, DEFAULT_PRIORITY_TARGETS, PARIS) == date(2026, 3, 30)


def test_stored_targets_apply_and_a_missing_one_takes_its_default() -> None:
    targets = {Priority.URGENT: timedelta(hours=48)}
    assert due_from_priority(Priority.URGENT, LOGGED, targets, UTC) == date(2026, 3, 4)
    assert due_from_priority(Priority.LOW, LOGGED, targets, UTC) == date(2026, 3, 22)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        due_from_priority(Priority.URGENT, datetime(2026, 3, 2, 10, 0), DEFAULT_PRIORITY_TARGETS)


@given(
    priority=st.sampled_from(Priority),
    logged=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)),
    hours=st.integers(min_value=1, max_value=365 * 24),
)
def test_the_due_date_is_never_before_the_call_nor_later_than_its_target(
    priority: Priority, logged: datetime, hours: int
) -> None:
    due = due_from_priority(priority, logged, {priority: timedelta(hours=hours)}, UTC)
    assert logged.date() <= due <= (logged + timedelta(hours=hours)).date()


def test_targets_are_checked() -> None:
    assert checked_priority_targets({2: timedelta(hours=12), Priority.LOW: timedelta(days=365)}) == {
        Priority.HIGH: timedelta(hours=12),
        Priority.LOW: timedelta(days=365),
    }
    for bad in (
        {Priority.URGENT: timedelta(minutes=30)},
        {Priority.URGENT: timedelta(hours=2, seconds=1)},
        {Priority.LOW: timedelta(days=366)},
        {Priority.LOW: 24},
        {0: timedelta(hours=4)},
        {"high": timedelta(hours=4)},
        {False: timedelta(hours=4)},
    ):
        with pytest.raises(ValidationError):
            checked_priority_targets(bad)
    with pytest.raises(ValidationError) as refused:
        checked_priority_targets({Priority.NORMAL: timedelta(0)})
    assert (
        str(refused.value) == "The target time for “Normal” must be a whole number of hours, from 1 hour to 365 days."
    )
