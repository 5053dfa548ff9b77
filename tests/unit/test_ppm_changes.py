"""What the period editor shows and what saving changes: the stored schedule shown as stored, the differences a
re-plan makes, and the fingerprint that ties a save to what was shown. Schedules are generated: stored some day,
work orders generated for some periods, then looked at later, after a visit or a closure, with other settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ConcurrentChange
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.changes import (
    Field,
    ScheduleChangedSinceShown,
    fingerprint,
    refuse_unless_shown,
    stored_view,
    what_changes,
)
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import (
    OrderChange,
    PeriodOrder,
    Schedule,
    ScheduleChange,
    SchedulePreview,
    ScheduleSettings,
    StoredPeriod,
    period_values,
)
from desktop.domain.workorders import Status

FREQUENCIES = [f for f in Frequency if f is not Frequency.SEASONAL and (12 / f.per_year).denominator == 1]
BASE = date(2025, 1, 1)


def new_schedule(
    start: date, end: date, year_start: tuple[int, int], settings: ScheduleSettings, today: date
) -> Schedule:
    return Schedule(
        job_building_id=1,
        version=1,
        job_id=1,
        job_description="Boiler service",
        job_frequency=settings.visit_frequency,
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
        closed_ranges=(),
        exclude_dynamic_dates=False,
        last_work_order_number=None,
        last_visit_date=None,
        last_certificate_date=None,
        settings=settings,
        manual_visits=(),
        stored_periods=(),
        today=today,
    )


def stored(schedule: Schedule, shown: SchedulePreview, generated_until: date | None = None) -> Schedule:
    """``schedule`` once ``shown`` is saved (new rows get new ids, orders to cancel are cancelled), with orders
    generated up to a day, if given."""
    rows = []
    next_id = max((row.id for row in schedule.stored_periods), default=0) + 1
    for period in shown.periods:
        row_id = period.row_id
        if row_id is None:
            row_id, next_id = next_id, next_id + 1
        order = period.order
        if order is not None and period.order_change is OrderChange.CANCEL:
            order = replace(order, status=Status.CANCELLED, ppm_cancel_final=True)  # as saving cancels it
        due = period.auto_generation_date is not None and generated_until is not None
        if order is None and due and period.valid and period.auto_generation_date <= generated_until:  # type: ignore[operator]
            order = PeriodOrder(row_id, 100 + row_id, Status.NEW, period.visit_start is None, False, False)
        rows.append(
            StoredPeriod(
                id=row_id,
                version=1,
                financial_start=period.financial_start,
                financial_end=period.financial_end,
                visit_start=period.visit_start,
                visit_end=period.visit_end,
                visit_set_manually=period.visit_set_manually,
                invoiced=period.invoiced,
                closed=period.closed,
                certificate_required=period.certificate_required,
                partial=period.partial,
                valid=period.valid,
                auto_generation_date=period.auto_generation_date,
                order=order,
            )
        )
    orders = tuple(row.order for row in rows if row.order is not None)
    return replace(
        schedule,
        version=schedule.version + 1,
        settings=shown.settings,
        manual_visits=tuple(shown.manual_visits),
        stored_periods=tuple(rows),
        orders=orders,
    )


@st.composite
def settings_(draw: st.DrawFn) -> ScheduleSettings:
    return ScheduleSettings(
        visit_frequency=draw(st.sampled_from(FREQUENCIES)),
        invoice_frequency=draw(st.sampled_from(FREQUENCIES)),
        invoice_amount=Decimal(draw(st.integers(0, 100_000))) / 100,
        partial_periods=draw(st.booleans()),
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[Schedule, ScheduleSettings]:
    """A schedule stored on some day, perhaps with orders generated, looked at later, perhaps after a closure
    or a completed visit; and settings the agent may pick."""
    start = BASE + timedelta(days=draw(st.integers(0, 500)))
    end = start + relativedelta(years=draw(st.integers(1, 2))) - timedelta(days=1)
    year_start = draw(st.tuples(st.integers(1, 12), st.integers(1, 28)))
    first_day = start - timedelta(days=30) + timedelta(days=draw(st.integers(0, (end - start).days)))
    first = new_schedule(start, end, year_start, draw(settings_()), first_day)
    generated_until = draw(st.none() | st.just(first_day))
    later = stored(first, first.current, generated_until)
    closures = ()
    if draw(st.booleans()):
        closure = start + timedelta(days=draw(st.integers(0, (end - start).days)))
        closures = ((closure, closure + timedelta(days=draw(st.integers(0, 40)))),)
    last_visit = None
    if later.orders and draw(st.booleans()):
        last_visit = first_day - timedelta(days=draw(st.integers(0, 60)))
    looked = replace(
        later,
        closed_ranges=closures,
        last_visit_date=last_visit,
        last_work_order_number=later.orders[0].number if last_visit is not None else None,
        today=first_day + timedelta(days=draw(st.integers(0, 300))),
    )
    return looked, draw(settings_())


def starts(schedule_or_preview: SchedulePreview) -> list[date]:
    return [period.financial_start for period in schedule_or_preview.periods]


@settings(max_examples=150, deadline=None)
@given(histories())
def test_the_stored_schedule_changes_nothing(history: tuple[Schedule, ScheduleSettings]) -> None:
    schedule, _ = history
    shown = stored_view(schedule)
    assert what_changes(schedule, shown).empty
    assert starts(shown) == [row.financial_start for row in schedule.stored_periods]
    assert [period_values(period) for period in shown.periods] == [
        (
            row.financial_end,
            row.visit_start,
            row.visit_end,
            row.visit_set_manually,
            row.invoiced,
            row.closed,
            row.certificate_required,
            row.partial,
            row.valid,
            row.auto_generation_date,
        )
        for row in schedule.stored_periods
    ]
    assert not any(period.unsaved or period.order_change is not None for period in shown.periods)
    assert shown.site_value == schedule.settings.invoice_amount * sum(
        1 for row in schedule.stored_periods if row.invoiced and row.valid
    )


@settings(max_examples=150, deadline=None)
@given(histories())
def test_what_changes_lists_exactly_what_saving_writes(history: tuple[Schedule, ScheduleSettings]) -> None:
    schedule, chosen = history
    for shown in (schedule.current, preview(schedule, chosen)):
        changes = what_changes(schedule, shown)
        written = {period.financial_start for period in shown.periods if period.unsaved or period.order_change}
        removed = {row.financial_start for row in shown.removed}
        listed = {change.financial_start for change in changes.periods}
        # A row whose only difference is a hidden flag (a visit window set by hand) is written, not shown.
        assert listed <= written | removed
        for financial_start in written - listed:
            old = {p.financial_start: p for p in stored_view(schedule).periods}[financial_start]
            new = {p.financial_start: p for p in shown.periods}[financial_start]
            assert period_values(old)[:3] + period_values(old)[4:] == period_values(new)[:3] + period_values(new)[4:]
        for change in changes.periods:
            if change.added:
                assert change.new is not None and change.new.row_id is None
            elif change.removed:
                assert change.financial_start in removed
            else:
                assert change.fields
                if change.new is not None and change.new.order_change is not None:
                    assert Field.ORDER in change.fields
        assert changes.site_value_after == shown.site_value


@settings(max_examples=150, deadline=None)
@given(histories())
def test_saving_a_preview_stores_what_it_showed(history: tuple[Schedule, ScheduleSettings]) -> None:
    schedule, chosen = history
    shown = preview(schedule, chosen)
    saved = stored(schedule, shown)
    assert [(p.financial_start, *period_values(p)) for p in stored_view(saved).periods] == [
        (p.financial_start, *period_values(p)) for p in shown.periods
    ]
    # Looked at again the same day, nothing changes.
    assert what_changes(saved, saved.current).empty


@settings(max_examples=150, deadline=None)
@given(histories())
def test_a_save_goes_through_only_with_the_fingerprint_of_its_own_replan(
    history: tuple[Schedule, ScheduleSettings],
) -> None:
    schedule, chosen = history
    shown = preview(schedule, chosen)
    assert fingerprint(shown) == fingerprint(preview(schedule, chosen))
    change = ScheduleChange(schedule.job_building_id, schedule.version, chosen, (), fingerprint(shown))
    refuse_unless_shown(schedule, change)
    refuse_unless_shown(schedule, replace(change, expected=None))
    other = schedule.current
    if [(p.financial_start, *period_values(p), p.order_change) for p in other.periods] != [
        (p.financial_start, *period_values(p), p.order_change) for p in shown.periods
    ]:
        assert fingerprint(other) != fingerprint(shown)
        try:
            refuse_unless_shown(schedule, replace(change, expected=fingerprint(other)))
        except ScheduleChangedSinceShown as refused:
            assert isinstance(refused, ConcurrentChange)
            assert refused.message.args == {"building": "Building"}
        else:
            raise AssertionError("a save with another re-plan's fingerprint went through")
