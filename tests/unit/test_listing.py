from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.listing import AssigneeChoice, ListFilter, Sort, SortField
from desktop.domain.workorders import Impact, Kind, Priority, Status, WorkOrderType

filters = st.builds(
    ListFilter,
    statuses=st.frozensets(st.sampled_from(Status)),
    types=st.frozensets(st.sampled_from(WorkOrderType)),
    priorities=st.frozensets(st.sampled_from(Priority)),
    impacts=st.frozensets(st.sampled_from(Impact)),
    kinds=st.frozensets(st.sampled_from(Kind)),
    assignee=st.sampled_from(AssigneeChoice),
    assignee_id=st.none() | st.integers(1, 10_000),
    client_id=st.none() | st.integers(1, 10_000),
    building_id=st.none() | st.integers(1, 10_000),
    created_from=st.none() | st.dates(),
    created_to=st.none() | st.dates(),
    due_from=st.none() | st.dates(),
    due_to=st.none() | st.dates(),
    overdue_only=st.booleans(),
    text=st.text(max_size=30),
    sort=st.builds(Sort, st.sampled_from(SortField), st.booleans()),
)


@given(filters)
def test_filters_round_trip_through_json(list_filter: ListFilter) -> None:
    assert ListFilter.from_json(list_filter.to_json()) == list_filter


def test_damaged_saved_filters_fall_back_to_defaults_part_by_part() -> None:
    restored = ListFilter.from_json(
        {"statuses": ["new", "bogus"], "priorities": [9, 1], "due_from": "not a date", "assignee": "??",
         "sort": {"field": "nope", "descending": False}}
    )
    assert restored.statuses == {Status.NEW}
    assert restored.priorities == {Priority.URGENT}
    assert restored.due_from is None
    assert restored.assignee is AssigneeChoice.ANYONE
    assert restored.sort == Sort(SortField.NUMBER, descending=False)


def test_impacts_and_kinds_are_saved_by_value() -> None:
    saved = ListFilter(impacts=frozenset({Impact.SITE_DOWN, Impact.MINOR}), kinds=frozenset({Kind.CHANGE})).to_json()
    assert (saved["impacts"], saved["kinds"]) == (["minor", "site_down"], ["change"])


def test_filters_saved_before_impacts_and_kinds_still_read() -> None:
    older = ListFilter(statuses=frozenset({Status.NEW}), overdue_only=True).to_json()
    del older["impacts"], older["kinds"]
    restored = ListFilter.from_json(older)
    assert restored == ListFilter(statuses=frozenset({Status.NEW}), overdue_only=True)
    assert (restored.impacts, restored.kinds) == (frozenset(), frozenset())
    damaged = ListFilter.from_json({"impacts": ["crisis", "Whole floor flooded", None], "kinds": ["nope", "problem"]})
    assert (damaged.impacts, damaged.kinds) == ({Impact.CRISIS}, {Kind.PROBLEM})


def test_a_reversed_date_range_is_refused() -> None:
    with pytest.raises(ValidationError):
        ListFilter(due_from=date(2026, 5, 2), due_to=date(2026, 5, 1)).validated()


def test_choosing_a_user_needs_the_user() -> None:
    with pytest.raises(ValidationError):
        ListFilter(assignee=AssigneeChoice.USER).validated()
    assert ListFilter(assignee=AssigneeChoice.USER, assignee_id=3).validated().assignee_id == 3


def test_default_ignores_the_sort() -> None:
    assert ListFilter(sort=Sort(SortField.DUE, False)).is_default
    assert not ListFilter(overdue_only=True).is_default
