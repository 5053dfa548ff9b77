"""The schedule history's values: what :func:`differences` records reads back as the dates it recorded."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.ppm.history import What, differences, read_period, read_visit
from desktop.domain.ppm.schedule import PeriodValues

START = date(2026, 1, 1)


@st.composite
def values(draw: st.DrawFn) -> PeriodValues:
    end = draw(st.dates(min_value=date(1, 1, 2)))
    visit = draw(st.none() | st.tuples(st.dates(), st.dates()))
    return PeriodValues(
        end,
        visit[0] if visit else None,
        visit[1] if visit else None,
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.none() | st.dates()),
    )


@settings(max_examples=200, deadline=None)
@given(values(), values())
def test_recorded_periods_and_visits_read_back(old: PeriodValues, new: PeriodValues) -> None:
    (added,) = differences(START, None, new)
    assert added.what is What.ADDED and added.new is not None
    visit = (new.visit_start, new.visit_end) if new.visit_start is not None and new.visit_end is not None else None
    assert read_period(added.new) == (new.financial_end, visit)
    (removed,) = differences(START, old, None)
    assert removed.what is What.REMOVED and removed.old is not None
    assert read_period(removed.old)[0] == old.financial_end  # type: ignore[index]
    for found in differences(START, old, new):
        if found.what is What.VISIT:
            for text, start, end in (
                (found.old, old.visit_start, old.visit_end),
                (found.new, new.visit_start, new.visit_end),
            ):
                expected = (start, end) if start is not None and end is not None else None
                assert (read_visit(text) if text is not None else None) == expected
        else:
            assert found.what is not What.ADDED and found.old != found.new
    assert differences(START, new, new) == []
