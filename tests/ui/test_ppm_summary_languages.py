"""The Summary of a PPM period row, translated as the UI shows it, says what the row shows, in every language.

Rows come from generated plans: planned rows (with the planner's reasons), rows kept for a work order whose
visit window or invoice flag differ from the plan's (without them), and rows the plan no longer lists. Each
sentence is recognised by comparing with the translation of its exact English source text, so the checks
hold with the real translations as soon as the translation files have them.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from desktop.domain.i18n import Message
from desktop.domain.ppm import Frequency, PeriodPlanInput, plan_periods
from desktop.domain.ppm.planner import NO_VISIT_REASONS, closed_message
from desktop.domain.ppm.summary import OverallStatus, PeriodFacts, overall_status, period_summary
from desktop.domain.workorders import Status
from desktop.ui.i18n import formatter, translate_message, translations

LANGUAGES = ("en", "fr", "de", "nl")
BASE = date(2025, 1, 1)
PLANNER = "PpmPlanner"
SCHEDULE = "PpmSchedule"

INVOICED = Message(PLANNER, "The period is invoiced.")
NOT_INVOICED = Message(PLANNER, "The period is not invoiced.")
INVOICE_ONLY = Message(PLANNER, "It is invoice only: its work order is closed as soon as it is generated.")
NOTHING = Message(PLANNER, "Nothing is generated for this period.")
NO_VISIT = Message(SCHEDULE, "There is no visit in this period.")
CLOSED = Message(SCHEDULE, "The building is closed during this period, so the period is invalid.")
CLOSED_FROM = (PLANNER, "The building is closed from {start} to {end}, so the period is invalid.")
REVERSED = (PLANNER, "The visit starts on {start}, after it ends on {end}, so the period is invalid.")
OUTSIDE = (PLANNER, "The visit window {start} to {end} is outside the period, so the period is invalid.")
NOT_IN_PLAN = (SCHEDULE, "The job's plan no longer has this period, so the period is invalid.")
NOT_IN_PLAN_ORDER = (
    SCHEDULE,
    "The job's plan no longer has this period, so the period is invalid; it is kept for work order {number}.",
)
INVALID = (SCHEDULE, "The period is invalid.")
INVALIDITY = {CLOSED_FROM, (SCHEDULE, CLOSED.text), REVERSED, OUTSIDE, NOT_IN_PLAN, NOT_IN_PLAN_ORDER, INVALID}
NO_ORDER_INVALID = (SCHEDULE, "No work order is generated while the period is invalid.")
NO_GENERATION_DATE = (SCHEDULE, "The period has no generation date, so no work order is generated.")
GENERATES_ON = (SCHEDULE, "Its work order is generated on {date}.")
OVERDUE = (
    SCHEDULE,
    "Its work order was due to be generated on {date} and was not: it is overdue and is generated at the next run.",
)
MISSED = (SCHEDULE, "The period ended on {date} without a work order: it is missed and is never generated.")
GENERATED = (SCHEDULE, "Work order {number} was generated for this period.")
AUTO_CANCEL = (SCHEDULE, "The period is not valid, so work order {number} is cancelled automatically.")
STARTED = (
    SCHEDULE,
    "The period is no longer valid, but work order {number} has started: it is not cancelled automatically.",
)
COMPLETED = (SCHEDULE, "Work order {number} of this period is completed.")
ORDER_INVOICE_ONLY = (SCHEDULE, "Invoice-only work order {number} was generated for this period and closed at once.")
CANCELLED = (SCHEDULE, "Work order {number} of this period was cancelled.")
REJECTED = (SCHEDULE, "Work order {number} of this period was rejected.")
CANCELLED_FINAL = (
    SCHEDULE,
    "Work order {number} was cancelled: it is never generated again. Reinstate it from the work order if the "
    "visit is still needed.",
)
NOT_DONE = (
    SCHEDULE,
    "Work order {number} of this period was not done: it was still open after the period ended and was closed "
    "automatically. Reinstate it from the work order if the visit was made.",
)
ORDER_SENTENCES = {
    GENERATED,
    AUTO_CANCEL,
    STARTED,
    COMPLETED,
    ORDER_INVOICE_ONLY,
    CANCELLED,
    REJECTED,
    CANCELLED_FINAL,
    NOT_DONE,
}
NO_ORDER_SENTENCES = {NO_ORDER_INVALID, NO_GENERATION_DATE, GENERATES_ON, OVERDUE, MISSED}
LABELS = {
    OverallStatus.NOT_GENERATED: "Not generated",
    OverallStatus.GENERATES_ON: "Generates on {date}",
    OverallStatus.OVERDUE: "Overdue since {date}",
    OverallStatus.MISSED: "Missed",
    OverallStatus.GENERATED: "Generated",
    OverallStatus.INVOICE_ONLY: "Invoice only",
    OverallStatus.CANCELLED: "Cancelled",
    OverallStatus.COMPLETED: "Completed",
    OverallStatus.NOT_DONE: "Not done",
}


# --- generated rows ------------------------------------------------------------------------------------------

days = st.integers(min_value=0, max_value=3 * 366)
some_day = st.builds(lambda d: BASE + timedelta(days=d), days)


@st.composite
def plan_inputs(draw: st.DrawFn) -> PeriodPlanInput:
    start = draw(some_day)
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=3 * 366)))
    visit = draw(st.sampled_from(list(Frequency)))
    invoice = draw(st.sampled_from(list(Frequency)))
    first_month = draw(st.integers(1, 12))
    season = tuple((first_month + k - 1) % 12 + 1 for k in range(draw(st.integers(1, 12))))
    near = st.builds(lambda d: start + timedelta(days=d), st.integers(-60, 2 * 366))
    building_start = draw(st.none() | near)
    building_end = draw(st.none() | near)
    if building_start and building_end and building_end < building_start:
        building_start, building_end = building_end, building_start
    closed = draw(
        st.lists(
            st.tuples(st.integers(-30, 2 * 366), st.integers(0, 60)).map(
                lambda t: (start + timedelta(days=t[0]), start + timedelta(days=t[0] + t[1]))
            ),
            max_size=3,
        )
    )
    manual = draw(
        st.lists(
            st.tuples(days, st.integers(-40, 40), st.integers(-40, 40)).map(
                lambda t: (
                    BASE + timedelta(days=t[0]),
                    BASE + timedelta(days=t[0] + t[1]),
                    BASE + timedelta(days=t[0] + t[2]),
                )
            ),
            max_size=2,
            unique_by=lambda t: t[0],
        )
    )
    return PeriodPlanInput(
        contract_start=start,
        contract_end=end,
        visit_frequency=visit,
        invoice_frequency=invoice,
        invoice_amount=Decimal(100),
        financial_year_start=draw(st.none() | st.tuples(st.integers(1, 12), st.integers(1, 28))),
        building_start=building_start,
        building_end=building_end,
        partial_periods=draw(st.booleans()),
        dynamic_dates=draw(st.booleans()),
        next_visit_required_by=draw(st.none() | some_day),
        last_visit_completed=draw(st.none() | some_day),
        closed_ranges=tuple(closed),
        certificate_based=draw(st.booleans()),
        lead_days=draw(st.integers(0, 45)),
        today=draw(some_day),
        seasonal_months=season,
        manual_visits=tuple(manual),
    )


Row = tuple[PeriodFacts, tuple[Message, ...], date]


@st.composite
def rows(draw: st.DrawFn) -> list[Row]:
    """Rows of a generated plan as the period table shows them, each with the reasons its caller passes."""
    inp = draw(plan_inputs())
    periods = plan_periods(inp)
    if not periods:
        # No whole period in the building's dates: show the partial ones.
        inp = dataclasses.replace(inp, partial_periods=True)
        periods = plan_periods(inp)
    if not periods:
        return []
    chosen = draw(st.lists(st.integers(0, len(periods) - 1), min_size=1, max_size=6, unique=True))
    out: list[Row] = []
    for index in chosen:
        period = periods[index]
        planned = PeriodFacts.of_plan(period, inp.closed_ranges)
        moments = [inp.today, period.financial_end, period.financial_end + timedelta(days=1)]
        if period.auto_generation_date is not None:
            moments += [period.auto_generation_date - timedelta(days=1), period.auto_generation_date]
        today = draw(st.sampled_from(moments) | some_day)
        kind = draw(st.sampled_from(["planned", "kept", "gone"]))
        if kind == "planned":
            out.append((planned, period.reasons, today))
            continue
        facts = planned
        if draw(st.booleans()):
            # The order was generated from another window: shifted, added or taken away.
            shift = timedelta(days=draw(st.integers(-45, 45)))
            length = timedelta(days=draw(st.integers(-3, 60)))
            window_start = (period.visit_start or period.financial_start) + shift
            window = draw(st.sampled_from([(window_start, window_start + length), (None, None)]))
            facts = dataclasses.replace(facts, visit_start=window[0], visit_end=window[1])
        facts = dataclasses.replace(
            facts,
            invoiced=draw(st.booleans()),
            auto_generation_date=draw(st.none() | some_day),
            order_number=draw(st.integers(1, 99_999)),
            order_status=draw(st.sampled_from(list(Status))),
            invoice_only=draw(st.booleans()) and not facts.visit_start,
            started=draw(st.booleans()),
            ppm_cancel_final=draw(st.booleans()),
        )
        if kind == "gone":
            facts = dataclasses.replace(facts, in_plan=False, valid=False)
        else:
            inside = facts.visit_start is None or (
                facts.visit_end is not None
                and facts.financial_start <= facts.visit_start <= facts.visit_end <= facts.financial_end
            )
            facts = dataclasses.replace(facts, valid=inside and not facts.closed)
        same_window = (facts.visit_start, facts.visit_end) == (period.visit_start, period.visit_end)
        out.append((facts, period.reasons if same_window and facts.in_plan else (), today))
    return out


# --- the oracle ----------------------------------------------------------------------------------------------


def expected_status(facts: PeriodFacts, today: date) -> OverallStatus:
    if facts.order_number is None:
        generation = facts.auto_generation_date
        if not facts.valid or generation is None:
            return OverallStatus.NOT_GENERATED
        if generation > today:
            return OverallStatus.GENERATES_ON
        return OverallStatus.MISSED if facts.financial_end < today else OverallStatus.OVERDUE
    if facts.order_status in (Status.CANCELLED, Status.REJECTED):
        return OverallStatus.CANCELLED
    if facts.order_status is Status.NOT_DONE:
        return OverallStatus.NOT_DONE
    if facts.invoice_only:
        return OverallStatus.INVOICE_ONLY
    if facts.order_status in (Status.COMPLETED, Status.CLOSED):
        return OverallStatus.COMPLETED
    return OverallStatus.GENERATED


def status_sentences(facts: PeriodFacts, status: OverallStatus) -> set[tuple[str, str]]:
    """The sentences that say what happened or happens to the row's order."""
    if status is OverallStatus.NOT_GENERATED:
        return {NO_ORDER_INVALID} if not facts.valid else set()
    if status in (OverallStatus.GENERATES_ON, OverallStatus.OVERDUE, OverallStatus.MISSED):
        return {{OverallStatus.GENERATES_ON: GENERATES_ON, OverallStatus.OVERDUE: OVERDUE}.get(status, MISSED)}
    if status is OverallStatus.COMPLETED:
        return {COMPLETED}
    if status is OverallStatus.INVOICE_ONLY:
        return {ORDER_INVOICE_ONLY}
    if status is OverallStatus.NOT_DONE:
        return {NOT_DONE}
    if status is OverallStatus.CANCELLED:
        if facts.order_status is Status.REJECTED:
            return {REJECTED}
        return {CANCELLED_FINAL if facts.ppm_cancel_final else CANCELLED}
    if facts.valid:
        return {GENERATED}
    never_started = facts.order_status in (Status.NEW, Status.NEEDS_CLARIFICATION, Status.ON_HOLD)
    return {GENERATED, AUTO_CANCEL if never_started and not facts.started else STARTED}


def row_args(facts: PeriodFacts, source: tuple[str, str]) -> dict[str, object]:
    """The values a sentence takes from the row."""
    if source == MISSED:
        return {"date": facts.financial_end}
    if source in (GENERATES_ON, OVERDUE):
        return {"date": facts.auto_generation_date}
    return {"number": facts.order_number} if "{number}" in source[1] else {}


def shown(source: tuple[str, str], **args: object) -> str:
    return translate_message(Message(source[0], source[1], args))


def said_with_any_values(context: str, source: str, text: str) -> bool:
    """Whether ``text`` holds the translated sentence, whatever values fill it."""
    parts = re.split(r"\{\w+\}", QCoreApplication.translate(context, source))
    return re.search(".+?".join(re.escape(part) for part in parts), text) is not None


# --- the property --------------------------------------------------------------------------------------------


def check(facts: PeriodFacts, reasons: tuple[Message, ...], today: date) -> None:
    messages = period_summary(facts, today, reasons)
    text = " ".join(translate_message(message) for message in messages)
    sources = {(m.context, m.text) for m in messages}
    day = formatter().date
    window = (facts.visit_start, facts.visit_end)
    context = f"{translations().language}: {facts} today={today} -> {text}"

    # The visit: the row's own dates, formatted for the locale; no other visit window.
    if facts.visit_start is not None and facts.visit_end is not None:
        assert day(facts.visit_start) in text and day(facts.visit_end) in text, context
        assert facts.visit_start.isoformat() not in text, context
        assert any((m.args.get("start"), m.args.get("end")) == window for m in messages), context
    else:
        said = [m for m in messages if m.text in NO_VISIT_REASONS or m == NO_VISIT]
        assert len(said) == 1 and translate_message(said[0]) in text, context
    for m in messages:
        if "start" in m.args and (m.context, m.text) != CLOSED_FROM:
            assert (m.args["start"], m.args["end"]) == window, context

    # The invoice sentence that matches Inv, and not the other.
    if facts.invoiced:
        assert translate_message(INVOICED if facts.visit_start else INVOICE_ONLY) in text, context
        assert translate_message(NOT_INVOICED) not in text and translate_message(NOTHING) not in text, context
    else:
        assert translate_message(NOT_INVOICED if facts.visit_start or facts.order_number else NOTHING) in text, context
        assert translate_message(INVOICED) not in text and translate_message(INVOICE_ONLY) not in text, context

    # Closures, when and only when the row is closed.
    if facts.closed:
        for start, end in facts.closed_ranges:
            assert translate_message(closed_message(start, end)) in text, context
        if not facts.closed_ranges:
            assert translate_message(CLOSED) in text, context
    else:
        assert not facts.closed_ranges
        assert CLOSED_FROM not in sources and (SCHEDULE, CLOSED.text) not in sources, context
        assert not said_with_any_values(*CLOSED_FROM, text) and translate_message(CLOSED) not in text, context

    # Valid or not, and why not.
    if facts.valid:
        assert not sources & INVALIDITY, context
        for source in INVALIDITY:
            assert not said_with_any_values(*source, text), context
    else:
        assert sources & INVALIDITY, context
        if not facts.in_plan:
            source = NOT_IN_PLAN_ORDER if facts.order_number is not None else NOT_IN_PLAN
            assert shown(source, number=facts.order_number) in text, context

    # The Overall status, and the sentence that says it (and no sentence of another status).
    status, label = overall_status(facts, today)
    assert status is expected_status(facts, today), context
    assert label == Message(SCHEDULE, LABELS[status], label.args), context
    if status in (OverallStatus.GENERATES_ON, OverallStatus.OVERDUE):
        assert day(facts.auto_generation_date) in translate_message(label), context
    expected = status_sentences(facts, status)
    for source in expected:
        assert shown(source, **row_args(facts, source)) in text, context
    others = (ORDER_SENTENCES | NO_ORDER_SENTENCES) - expected
    assert not sources & others - {NO_GENERATION_DATE}, context
    for source in others - {NO_GENERATION_DATE}:
        args = row_args(facts, source)
        if None not in args.values():
            assert shown(source, **args) not in text, context
    if status is OverallStatus.NOT_GENERATED and facts.valid:
        # Nothing to generate: said once, by the invoice sentence or by the missing generation date.
        assert (translate_message(NOTHING) in text) != (NO_GENERATION_DATE in sources), context


@settings(max_examples=150, deadline=None)
@given(rows())
def test_the_summary_says_what_its_row_shows_in_every_language(generated: list[Row]) -> None:
    try:
        for language in LANGUAGES:
            translations().switch(language)
            for facts, reasons, today in generated:
                check(facts, reasons, today)
    finally:
        translations().switch("en")


def test_the_languages_are_really_switched() -> None:
    """The property compares translations of the same source texts: make sure they are not all English."""
    translations().switch("fr")
    try:
        assert translate_message(INVOICED) != INVOICED.text
        assert formatter().date(date(2026, 12, 1)) == "01/12/2026"
    finally:
        translations().switch("en")
