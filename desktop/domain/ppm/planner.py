"""The PPM period planner: a building's financial periods with their visits, invoices and flags.

Pure rules (issue 6, part 1), no database and no Qt. ``plan_periods`` lists the periods in order of
``financial_start``; ``site_value`` is the invoice amount times the number of invoiced, valid periods.

Choices the rules leave open:

- ``financial_year_start`` is a (month, day) that exists in a leap year. (2, 29) means 29 February in leap
  years and 28 February in the others; every later date of the grid is computed with ``relativedelta`` from
  the first financial-year start with that day, so it is clamped the same way.
- ``dynamic_dates`` counts only when the visit frequency supports dynamic dates.
- A moved visit (rule 5) replaces the visit of the period it lands in, also in a period that ended before
  ``today``. When two moved visits land in the same period, that period keeps the first; the next ones go on.
- ``manual_visits`` holds (period start, visit start, visit end) windows set by an agent. The period start
  is the listed period's ``financial_start`` or its grid period's start (the listed one wins). A manual
  window replaces the window of a period that has a visit after rule 5, is ignored for a period without one
  and is ignored altogether while dynamic dates are on. Two different windows for one period are refused;
  a window for no listed period is ignored.
- A moved visit whose end no listed period holds (after the last one, or before the first) is dropped with
  all the visits after it, as rule 5 says.

SEASONAL (visits or invoices): one a financial year, in the chosen ``seasonal_months``, which must be
consecutive (December to February is ``(12, 1, 2)``; all twelve months is the whole financial year). The
season of a financial year is the first run of those months that is not wholly before the year's start,
cut to the year. The visit (or invoice) of that year falls in the grid period that holds the first day of
the season; the visit window is the season cut to that period and to the building's dates. A building
whose dates leave no day of the season in that period has no visit there. Seasonal visits never use
dynamic dates; a next-visit-required-by date moves them like any other visit, a year apart.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.ppm.frequency import FREQUENCY_LABELS, Frequency

VISIT_LEAD_IN_DAYS = 30
"""A moved visit starts this many days before it must end (or at its period's start)."""

_CONTEXT = "PpmPlanner"
_ANY_TIME = QT_TRANSLATE_NOOP("PpmPlanner", "The visit can be done at any time from {start} to {end}.")
_NO_VISIT_AT_FREQUENCY = QT_TRANSLATE_NOOP(
    "PpmPlanner", "No visit falls in this period at the visit frequency ({frequency})."
)
_SEASON_OUTSIDE = Message(
    _CONTEXT,
    QT_TRANSLATE_NOOP(
        "PpmPlanner", "The season falls outside the building's dates in this period, so there is no visit."
    ),
)
_MOVED_OUT_REQUIRED = QT_TRANSLATE_NOOP(
    "PpmPlanner", "No visit in this period: visits now follow the next visit required by {date}."
)
_MOVED_OUT_VISIT = QT_TRANSLATE_NOOP(
    "PpmPlanner", "No visit in this period: visits now follow the last visit, completed on {date}."
)
_MOVED_OUT_CERTIFICATE = QT_TRANSLATE_NOOP(
    "PpmPlanner", "No visit in this period: visits now follow the last certificate, dated {date}."
)
NO_VISIT_REASONS = frozenset(
    {_NO_VISIT_AT_FREQUENCY, _SEASON_OUTSIDE.text, _MOVED_OUT_REQUIRED, _MOVED_OUT_VISIT, _MOVED_OUT_CERTIFICATE}
)
"""The texts of the reasons that say why a period has no visit."""

INVOICED = Message(_CONTEXT, QT_TRANSLATE_NOOP("PpmPlanner", "The period is invoiced."))
NOT_INVOICED = Message(_CONTEXT, QT_TRANSLATE_NOOP("PpmPlanner", "The period is not invoiced."))
INVOICE_ONLY = Message(
    _CONTEXT,
    QT_TRANSLATE_NOOP("PpmPlanner", "It is invoice only: its work order is closed as soon as it is generated."),
)
NOTHING_GENERATED = Message(_CONTEXT, QT_TRANSLATE_NOOP("PpmPlanner", "Nothing is generated for this period."))


def closed_message(start: date, end: date) -> Message:
    """The building is closed from ``start`` to ``end``, which makes the period invalid."""
    return Message(
        _CONTEXT,
        QT_TRANSLATE_NOOP("PpmPlanner", "The building is closed from {start} to {end}, so the period is invalid."),
        {"start": start, "end": end},
    )


def visit_window_problem(
    financial_start: date, financial_end: date, visit_start: date, visit_end: date
) -> Message | None:
    """Why a visit window makes its period invalid (it ends before it starts, or leaves the period), or None."""
    window = {"start": visit_start, "end": visit_end}
    if visit_start > visit_end:
        return Message(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmPlanner", "The visit starts on {start}, after it ends on {end}, so the period is invalid."
            ),
            window,
        )
    if visit_start < financial_start or visit_end > financial_end:
        return Message(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "PpmPlanner", "The visit window {start} to {end} is outside the period, so the period is invalid."
            ),
            window,
        )
    return None


_DAY = timedelta(days=1)
_WEEKLY_DAYS = {Fraction(52): 7, Fraction(26): 14}


@dataclass(frozen=True)
class PeriodPlanInput:
    """Everything the planner needs for one building of a PPM job."""

    contract_start: date
    contract_end: date
    visit_frequency: Frequency
    invoice_frequency: Frequency
    invoice_amount: Decimal
    financial_year_start: tuple[int, int] | None = None
    building_start: date | None = None
    building_end: date | None = None
    # The building's last day in the PPM job, once it left it: cuts the periods as the building's end does.
    left_job_on: date | None = None
    partial_periods: bool = False
    dynamic_dates: bool = False
    next_visit_required_by: date | None = None
    last_visit_completed: date | None = None
    closed_ranges: tuple[tuple[date, date], ...] = ()
    certificate_based: bool = False
    lead_days: int = 14
    today: date = field(default_factory=date.today)
    seasonal_months: tuple[int, ...] = ()
    manual_visits: tuple[tuple[date, date, date], ...] = ()


@dataclass(frozen=True)
class PlannedPeriod:
    """One listed financial period of a building; ``summary`` is ``explanation`` in English.

    ``reasons`` is the start of ``explanation`` that says why the dates are what they are: why the period is
    partial and how its visit window was placed (or why it has none). A row that shows this period with this
    visit window may repeat them; a row with other dates may not.
    """

    financial_start: date
    financial_end: date
    visit_start: date | None
    visit_end: date | None
    invoiced: bool
    closed: bool
    certificate_required: bool
    partial: bool
    valid: bool
    auto_generation_date: date | None
    explanation: tuple[Message, ...] = ()
    reasons: tuple[Message, ...] = ()

    @property
    def summary(self) -> str:
        """The explanation in English, made when asked for: saving thousands of periods never reads it."""
        return _summary(self.explanation)


def plan_periods(inp: PeriodPlanInput) -> list[PlannedPeriod]:
    """The building's listed periods, ordered by financial start."""
    setup = _Setup(inp)
    rows = _rows(setup)
    out = []
    for row in rows:
        closing = setup.closing(row)
        valid = _valid(row, closing)
        reasons = _reasons(setup, row)
        explanation = reasons + _row_sentences(row, closing)
        auto = None
        if row.visit:
            auto = row.visit_start - setup.lead
        elif row.invoiced:
            auto = row.start - setup.lead
        out.append(
            PlannedPeriod(
                row.start,
                row.end,
                row.visit_start if row.visit else None,
                row.visit_end if row.visit else None,
                row.invoiced,
                bool(closing),
                row.visit and inp.certificate_based,
                row.partial,
                valid,
                auto,
                explanation,
                reasons,
            )
        )
    return out


def site_value(inp: PeriodPlanInput) -> Decimal:
    """The invoice amount times the number of listed periods that are invoiced and valid."""
    setup = _Setup(inp)
    count = sum(1 for row in _rows(setup) if row.invoiced and _valid(row, setup.closing(row)))
    return setup.amount * count


class _Setup:
    """The checked input and what follows from it."""

    __slots__ = (
        "inp",
        "amount",
        "lead",
        "n",
        "grid",
        "window",
        "visits",
        "seasons",
        "invoices",
        "invoice_seasons",
        "dynamic",
        "anchor",
        "anchor_kind",
        "interval",
        "closed",
        "manual",
        "frequency",
    )

    def __init__(self, inp: PeriodPlanInput) -> None:
        self.inp = inp
        self.amount = _check(inp)
        self.lead = timedelta(days=inp.lead_days)
        visit, invoice_frequency = inp.visit_frequency, inp.invoice_frequency
        self.n = max(visit.per_year, invoice_frequency.per_year)
        if inp.financial_year_start is None:
            month, day = inp.contract_start.month, inp.contract_start.day
        else:
            month, day = inp.financial_year_start
        first = _first_year_start(inp.contract_start, month, day)
        self.grid = _grid(first, day, self.n, inp.contract_end)
        self.window = (
            max(inp.contract_start, inp.building_start or inp.contract_start),
            min(inp.contract_end, inp.building_end or inp.contract_end, inp.left_job_on or inp.contract_end),
        )
        season = _season(inp.seasonal_months, month) if Frequency.SEASONAL in (visit, invoice_frequency) else None
        count = len(self.grid[0])
        self.visits: frozenset[int] = frozenset()
        self.seasons: dict[int, tuple[date, date]] = {}
        if visit is Frequency.SEASONAL:
            assert season is not None
            self.seasons = _seasons(first, day, self.n, inp.contract_end, *season)
        else:
            self.visits = _indices(self.n, visit.per_year, count)
        self.invoices: frozenset[int] = frozenset()
        self.invoice_seasons: dict[int, tuple[date, date]] = {}
        if invoice_frequency is Frequency.SEASONAL:
            assert season is not None
            self.invoice_seasons = _seasons(first, day, self.n, inp.contract_end, *season)
        else:
            self.invoices = _indices(self.n, invoice_frequency.per_year, count)
        self.dynamic = inp.dynamic_dates and visit.dynamic_dates_supported
        self.interval = _interval(visit)
        self.anchor: date | None = None
        self.anchor_kind = ""
        if self.dynamic and inp.last_visit_completed is not None:
            self.anchor = _after(inp.last_visit_completed, self.interval, 1)
            self.anchor_kind = "certificate" if inp.certificate_based else "visit"
        elif inp.next_visit_required_by is not None:
            self.anchor = inp.next_visit_required_by
            self.anchor_kind = "required"
        self.closed = tuple(sorted(inp.closed_ranges))
        self.manual = {} if self.dynamic else _manual(inp.manual_visits)
        self.frequency = Message("Frequency", FREQUENCY_LABELS[visit])

    def closing(self, row: _Row) -> tuple[tuple[date, date], ...]:
        """The closed ranges that overlap the row's period."""
        if not self.closed:
            return ()
        return tuple(r for r in self.closed if r[0] <= row.end and r[1] >= row.start)


class _Row:
    """A listed period while it is being planned."""

    __slots__ = (
        "grid",
        "start",
        "end",
        "partial",
        "visit",
        "visit_start",
        "visit_end",
        "how",
        "step",
        "invoiced",
    )

    def __init__(self, grid: int, start: date, end: date, partial: bool, invoiced: bool) -> None:
        self.grid = grid
        self.start = start
        self.end = end
        self.partial = partial
        self.invoiced = invoiced
        self.visit = False
        self.visit_start = start
        self.visit_end = end
        self.how = "none"
        self.step = 0


def _rows(setup: _Setup) -> list[_Row]:
    inp = setup.inp
    starts, ends = setup.grid
    low, high = setup.window
    rows: list[_Row] = []
    if low > high:
        return rows
    for g in range(bisect_left(ends, low), len(starts)):
        grid_start = starts[g]
        if grid_start > high:
            break
        grid_end = ends[g]
        start = grid_start if grid_start >= low else low
        end = grid_end if grid_end <= high else high
        partial = start != grid_start or end != grid_end
        if partial and not inp.partial_periods:
            continue
        row = _Row(g, start, end, partial, g in setup.invoices or g in setup.invoice_seasons)
        if g in setup.visits:
            row.visit = True
            row.how = "default"
        elif g in setup.seasons:
            season_start, season_end = setup.seasons[g]
            season_start = max(season_start, start)
            season_end = min(season_end, end)
            if season_start <= season_end:
                row.visit = True
                row.visit_start, row.visit_end = season_start, season_end
                row.how = "season"
            else:
                row.how = "season_out"
        rows.append(row)
    if setup.anchor is not None:
        _move(setup, rows, setup.anchor)
    if setup.manual:
        for row in rows:
            if not row.visit:
                continue
            window = setup.manual.get(row.start)
            if window is None:
                window = setup.manual.get(starts[row.grid])
            if window is not None:
                row.visit_start, row.visit_end = window
                row.how = "manual"
    return rows


def _move(setup: _Setup, rows: list[_Row], anchor: date) -> None:
    """Rule 5: re-place the visits of the periods that end on or after today."""
    today = setup.inp.today
    count = 0
    for row in rows:
        if row.visit and row.end >= today:
            row.visit = False
            row.how = "moved_out"
            count += 1
    starts = [row.start for row in rows]
    for step in range(count):
        end = _after(anchor, setup.interval, step)
        i = bisect_right(starts, end) - 1
        if i < 0 or rows[i].end < end:
            break
        row = rows[i]
        if row.how == "moved":
            continue
        row.visit = True
        row.how = "moved"
        row.step = step
        row.visit_end = end
        row.visit_start = max(end - timedelta(days=VISIT_LEAD_IN_DAYS), row.start)


def _summary(explanation: tuple[Message, ...]) -> str:
    """``" ".join(message.english() ...)``, quicker for the planner's own messages."""
    parts = []
    for message in explanation:
        if not message.args:
            parts.append(message.text)
        elif "frequency" in message.args:
            parts.append(message.text.format_map({**message.args, "frequency": message.args["frequency"].text}))
        else:
            parts.append(message.text.format_map(message.args))
    return " ".join(parts)


def _valid(row: _Row, closing: tuple[tuple[date, date], ...]) -> bool:
    if closing:
        return False
    return not row.visit or row.start <= row.visit_start <= row.visit_end <= row.end


def _reasons(setup: _Setup, row: _Row) -> tuple[Message, ...]:
    """Why the period is partial, and how its visit window was placed."""
    inp = setup.inp
    said: list[Message] = []
    if row.partial:
        grid_start = setup.grid[0][row.grid]
        if row.start != grid_start:
            if inp.building_start is not None and inp.building_start >= inp.contract_start:
                text = QT_TRANSLATE_NOOP("PpmPlanner", "This is a partial period: the building starts on {date}.")
            else:
                text = QT_TRANSLATE_NOOP("PpmPlanner", "This is a partial period: the contract starts on {date}.")
            said.append(Message(_CONTEXT, text, {"date": row.start}))
        if row.end != setup.grid[1][row.grid]:
            if inp.left_job_on is not None and row.end == inp.left_job_on:
                text = QT_TRANSLATE_NOOP(
                    "PpmPlanner", "This is a partial period: the building leaves the job on {date}."
                )
            elif inp.building_end is not None and inp.building_end <= inp.contract_end:
                text = QT_TRANSLATE_NOOP("PpmPlanner", "This is a partial period: the building ends on {date}.")
            else:
                text = QT_TRANSLATE_NOOP("PpmPlanner", "This is a partial period: the contract ends on {date}.")
            said.append(Message(_CONTEXT, text, {"date": row.end}))
    said.extend(_explain_visit(setup, row))
    return tuple(said)


def _row_sentences(row: _Row, closing: tuple[tuple[date, date], ...]) -> tuple[Message, ...]:
    """What the planned row is: invoiced or not, closed, and why its visit window makes it invalid."""
    said: list[Message] = []
    if row.visit:
        said.append(INVOICED if row.invoiced else NOT_INVOICED)
    else:
        said.append(INVOICE_ONLY if row.invoiced else NOTHING_GENERATED)
    said.extend(closed_message(start, end) for start, end in closing)
    if row.visit:
        problem = visit_window_problem(row.start, row.end, row.visit_start, row.visit_end)
        if problem is not None:
            said.append(problem)
    return tuple(said)


def _explain_visit(setup: _Setup, row: _Row) -> list[Message]:
    inp = setup.inp
    how = row.how
    if how == "default":
        return [Message(_CONTEXT, _ANY_TIME, {"start": row.visit_start, "end": row.visit_end})]
    frequency = setup.frequency
    if how == "none":
        return [Message(_CONTEXT, _NO_VISIT_AT_FREQUENCY, {"frequency": frequency})]
    if how == "season":
        return [
            Message(
                _CONTEXT,
                QT_TRANSLATE_NOOP("PpmPlanner", "The visit is in the season, from {start} to {end}."),
                {"start": row.visit_start, "end": row.visit_end},
            )
        ]
    if how == "season_out":
        return [_SEASON_OUTSIDE]
    if how == "manual":
        return [
            Message(
                _CONTEXT,
                QT_TRANSLATE_NOOP("PpmPlanner", "The visit window was set by hand: {start} to {end}."),
                {"start": row.visit_start, "end": row.visit_end},
            )
        ]
    kind = setup.anchor_kind
    if how == "moved_out":
        if kind == "required":
            text = _MOVED_OUT_REQUIRED
            args = {"date": setup.anchor}
        elif kind == "visit":
            text = _MOVED_OUT_VISIT
            args = {"date": inp.last_visit_completed}
        else:
            text = _MOVED_OUT_CERTIFICATE
            args = {"date": inp.last_visit_completed}
        return [Message(_CONTEXT, text, args)]
    args = {
        "start": row.visit_start,
        "end": row.visit_end,
        "frequency": frequency,
        "date": setup.anchor if kind == "required" else inp.last_visit_completed,
    }
    if row.step == 0:
        if kind == "required":
            text = QT_TRANSLATE_NOOP(
                "PpmPlanner", "The next visit is required by {date}, so this visit runs from {start} to {end}."
            )
        elif kind == "visit":
            text = QT_TRANSLATE_NOOP(
                "PpmPlanner",
                "The last visit was completed on {date}; at the visit frequency ({frequency}) the next one runs "
                "from {start} to {end}.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "PpmPlanner",
                "The last certificate is dated {date}; at the visit frequency ({frequency}) the next visit runs "
                "from {start} to {end}.",
            )
    elif kind == "required":
        text = QT_TRANSLATE_NOOP(
            "PpmPlanner",
            "Visits follow the next visit required by {date} at the visit frequency ({frequency}), so this one "
            "runs from {start} to {end}.",
        )
    elif kind == "visit":
        text = QT_TRANSLATE_NOOP(
            "PpmPlanner",
            "Visits follow the last visit, completed on {date}, at the visit frequency ({frequency}), so this one "
            "runs from {start} to {end}.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "PpmPlanner",
            "Visits follow the last certificate, dated {date}, at the visit frequency ({frequency}), so this one "
            "runs from {start} to {end}.",
        )
    said = [Message(_CONTEXT, text, args)]
    if row.visit_start == row.start and row.visit_end - row.start < timedelta(days=VISIT_LEAD_IN_DAYS):
        said.append(
            Message(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PpmPlanner",
                    "The visit starts with the period, which begins less than {days} days before the visit ends.",
                ),
                {"days": VISIT_LEAD_IN_DAYS},
            )
        )
    return said


def _check(inp: PeriodPlanInput) -> Decimal:
    """Refuse bad input; return the invoice amount as a Decimal."""
    for name in ("visit_frequency", "invoice_frequency"):
        value = getattr(inp, name)
        if not isinstance(value, Frequency):
            raise ValueError(f"{name} must be a Frequency member, not {value!r}")
    if inp.contract_end < inp.contract_start:
        raise ValueError(f"the contract ends ({inp.contract_end}) before it starts ({inp.contract_start})")
    if inp.building_start is not None and inp.building_end is not None and inp.building_end < inp.building_start:
        raise ValueError(f"the building ends ({inp.building_end}) before it starts ({inp.building_start})")
    amount = inp.invoice_amount
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise ValueError(f"invoice_amount must be a Decimal, not {amount!r}")
    amount = Decimal(amount)
    if not amount.is_finite():
        raise ValueError(f"invoice_amount must be a finite number, not {amount}")
    if amount < 0:
        raise ValueError(f"invoice_amount must not be negative: {amount}")
    if isinstance(inp.lead_days, bool) or not isinstance(inp.lead_days, int) or inp.lead_days < 0:
        raise ValueError(f"lead_days must be a whole number of days, 0 or more, not {inp.lead_days!r}")
    if inp.financial_year_start is not None:
        _check_month_day(inp.financial_year_start)
    for closed in inp.closed_ranges:
        if len(closed) != 2 or closed[1] < closed[0]:
            raise ValueError(f"a closed range must be (start, end) with end on or after start, not {closed!r}")
    for month in inp.seasonal_months:
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise ValueError(f"seasonal months must be whole numbers from 1 to 12, not {month!r}")
    for manual in inp.manual_visits:
        if len(manual) != 3:
            raise ValueError(f"a manual visit must be (period start, visit start, visit end), not {manual!r}")
    return amount


def _check_month_day(value: tuple[int, int]) -> None:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(part, int) and not isinstance(part, bool) for part in value)
        or not 1 <= value[0] <= 12
        or not 1 <= value[1] <= calendar.monthrange(2000, value[0])[1]
    ):
        raise ValueError(f"financial_year_start must be a (month, day) of the calendar, not {value!r}")


def _first_year_start(contract_start: date, month: int, day: int) -> date:
    """The latest (month, day) on or before the contract start; 29 February is 28 February in common years."""
    start = _plus_months(date(contract_start.year, month, 1), 0, day)
    if start > contract_start:
        start = _plus_months(date(contract_start.year - 1, month, 1), 0, day)
    return start


@lru_cache(maxsize=4096)
def _plus_months(start: date, months: int, day: int) -> date:
    return start + _months(months, day)


@lru_cache(maxsize=1024)
def _months(months: int, day: int) -> relativedelta:
    return relativedelta(months=months, day=day)


def _interval(frequency: Frequency) -> int | timedelta:
    """The time between two visits: whole months, or days for weekly and fortnightly visits."""
    days = _WEEKLY_DAYS.get(frequency.per_year)
    if days is not None:
        return timedelta(days=days)
    months = 12 / frequency.per_year
    assert months.denominator == 1
    return int(months)


def _after(anchor: date, interval: int | timedelta, steps: int) -> date:
    """``steps`` intervals after ``anchor``, counted from the anchor (not chained): ``relativedelta`` months."""
    if isinstance(interval, timedelta):
        return anchor + interval * steps
    month = anchor.month - 1 + interval * steps
    year = anchor.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(anchor.day, _month_length(year, month)))


@lru_cache(maxsize=2400)
def _month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=256)
def _grid(first: date, day: int, n: Fraction, last: date) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """Rule 1: the starts and ends of the grid periods from ``first`` until ``last`` is covered."""
    days = _WEEKLY_DAYS.get(n)
    if days is not None:
        per_year = int(n)

        def start(g: int) -> date:
            year, step = divmod(g, per_year)
            return _plus_months(first, 12 * year, day) + timedelta(days=days * step)

    else:
        months = 12 / n
        if months.denominator != 1:
            raise ValueError(f"no period grid for {n} periods a year")

        def start(g: int) -> date:
            return _plus_months(first, int(months) * g, day)

    starts = [first]
    while starts[-1] <= last:
        starts.append(start(len(starts)))
    ends = tuple(following - _DAY for following in starts[1:])
    return tuple(starts[:-1]), ends


@lru_cache(maxsize=256)
def _indices(n: Fraction, per_year: Fraction, count: int) -> frozenset[int]:
    """Rule 3: the grid periods g with g <= m x n / v < g + 1 for some m."""
    ratio = n / per_year
    found = []
    m = 0
    while True:
        g = m * ratio.numerator // ratio.denominator
        if g >= count:
            return frozenset(found)
        found.append(g)
        m += 1


def _season(months: tuple[int, ...], year_start_month: int) -> tuple[int, int]:
    """The first month and the length in months of a season of consecutive months."""
    chosen = set(months)
    if not chosen:
        raise ValueError("a seasonal frequency needs seasonal_months")
    if len(chosen) == 12:
        return year_start_month, 12
    firsts = [month for month in chosen if (month - 2) % 12 + 1 not in chosen]
    if len(firsts) != 1:
        raise ValueError(f"seasonal months must be consecutive, not {tuple(sorted(chosen))}")
    return firsts[0], len(chosen)


@lru_cache(maxsize=256)
def _seasons(first: date, day: int, n: Fraction, last: date, month: int, length: int) -> dict[int, tuple[date, date]]:
    """For each financial year, the grid period holding the start of its season, and the season in it."""
    starts, ends = _grid(first, day, n, last)
    found: dict[int, tuple[date, date]] = {}
    year = 0
    while True:
        year_start = _plus_months(first, 12 * year, day)
        if year_start > last:
            return found
        year_end = _plus_months(first, 12 * (year + 1), day) - _DAY
        if length == 12:
            season_start, season_end = year_start, year_end
        else:
            begin = date(year_start.year, month, 1)
            if _plus_months(begin, 1, 1) <= year_start:
                begin = date(year_start.year + 1, month, 1)
            season_start = max(begin, year_start)
            season_end = min(_plus_months(begin, length, 1) - _DAY, year_end)
        g = bisect_right(starts, season_start) - 1
        if 0 <= g < len(starts) and season_start <= ends[g]:
            found[g] = (season_start, min(season_end, ends[g]))
        year += 1


def _manual(visits: tuple[tuple[date, date, date], ...]) -> dict[date, tuple[date, date]]:
    found: dict[date, tuple[date, date]] = {}
    for key, start, end in visits:
        if found.get(key, (start, end)) != (start, end):
            raise ValueError(f"two different manual visit windows for the period starting {key}")
        found[key] = (start, end)
    return found
