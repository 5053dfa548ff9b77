"""Demo work orders: a stream of coherent rows, cheap enough per row to make a million of them.

Orders are numbered in the order they were created. Reactive, quote, audit and purchase orders are spread
over the last two years, more of them recently; PPM orders are those of the periods whose generation date
has passed, one per period. An order's status follows its age (old orders are mostly finished), and its
dates follow its status: started and completed dates lie between its creation and now.
"""

from __future__ import annotations

import heapq
from bisect import bisect
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from operator import itemgetter
from random import Random
from typing import Generic, NamedTuple, TypeVar

from desktop.demo.scale import ScaleSites
from desktop.demo.texts import DemoTexts
from desktop.demo.world import DemoWorld, PlannedVisit, Site
from desktop.domain.workorders import Impact, Kind, Priority, Status, WorkOrderType

FIRST_NUMBER = 100_001
HISTORY_DAYS = 730
# Creation times crowd towards now: an order's age is HISTORY_DAYS * u ** RECENCY, u uniform in [0, 1).
RECENCY = 1.5
# At most this share of the orders are PPM; the periods that are due decide how many there really are.
PPM_SHARE = 0.3
PPM_GENERATION_TIME = time(5, 0)  # the nightly PPM generator's run, UTC
VISIT_DAY_START = time(8, 0)
VISIT_DAY_END = time(17, 0)

ZERO = Decimal("0.00")
DAY = 86_400.0
HOUR = 3_600.0

T = TypeVar("T")


class DraftOrder(NamedTuple):
    """A work order's column values, as the ORM takes them."""

    number: int
    type: WorkOrderType
    status: Status
    previous_status: Status | None
    priority: int
    impact: str | None
    kind: str | None
    category: str | None
    title: str
    description: str
    client_id: int
    building_id: int
    client_name: str
    building_name: str
    contact_id: int | None
    contract_id: int | None
    job_building_id: int | None
    financial_period_id: int | None
    assignee_id: int | None
    assignee_name: str | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    due_date: date | None
    financial_end_date: date | None
    balance: Decimal
    client_reference: str | None
    ppm_cancel_final: bool


WORK_ORDER_COLUMNS: tuple[str, ...] = DraftOrder._fields

# A demo order's impact follows its priority, urgent first.
IMPACT_BY_PRIORITY = (Impact.SITE_DOWN, Impact.MAJOR, Impact.MINOR, Impact.NO_IMPACT)


def _kind_of(order_type: WorkOrderType, number: int) -> Kind:
    """Reactive orders are incidents, one in seven a problem; the other types are requests."""
    if order_type is WorkOrderType.REACTIVE:
        return Kind.PROBLEM if number % 7 == 0 else Kind.INCIDENT
    return Kind.REQUEST


class Weighted(Generic[T]):
    """Draws values at given relative frequencies with one random number."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        self._values = tuple(weights)
        self._bounds = tuple(accumulate(weights.values()))
        self._last = len(self._values) - 1

    def pick(self, rng: Random) -> T:
        index = bisect(self._bounds, rng.random() * self._bounds[-1])
        return self._values[min(index, self._last)]


OTHER_TYPES = Weighted(
    {WorkOrderType.REACTIVE: 55, WorkOrderType.QUOTE: 15, WorkOrderType.AUDIT: 10, WorkOrderType.PURCHASE: 20}
)
PRIORITIES: dict[WorkOrderType, Weighted[int]] = {
    WorkOrderType.REACTIVE: Weighted({1: 10, 2: 25, 3: 45, 4: 20}),
    WorkOrderType.QUOTE: Weighted({1: 2, 2: 18, 3: 50, 4: 30}),
    WorkOrderType.AUDIT: Weighted({1: 2, 2: 10, 3: 48, 4: 40}),
    WorkOrderType.PURCHASE: Weighted({1: 5, 2: 20, 3: 50, 4: 25}),
}
OPEN_STATUSES = Weighted(
    {
        Status.NEW: 30,
        Status.NEEDS_CLARIFICATION: 15,
        Status.IN_PROGRESS: 35,
        Status.ON_HOLD: 12,
        Status.AWAITING_VERIFICATION: 13,
    }
)
# Only quotes and reactive orders can be rejected.
FINISHED_STATUSES: dict[bool, Weighted[Status]] = {
    True: Weighted({Status.CLOSED: 50, Status.COMPLETED: 30, Status.CANCELLED: 12, Status.REJECTED: 8}),
    False: Weighted({Status.CLOSED: 55, Status.COMPLETED: 32, Status.CANCELLED: 13}),
}
REJECTABLE = frozenset({WorkOrderType.REACTIVE, WorkOrderType.QUOTE})
HELD_FROM = Weighted({Status.NEW: 30, Status.NEEDS_CLARIFICATION: 10, Status.IN_PROGRESS: 60})
# Cancel and reject are for orders never started.
STOPPED_FROM = Weighted({Status.NEW: 75, Status.NEEDS_CLARIFICATION: 25})

PPM_PAST_PERIOD = Weighted(
    {
        Status.CLOSED: 60,
        Status.COMPLETED: 24,
        Status.CANCELLED: 5,
        Status.IN_PROGRESS: 5,
        Status.NEW: 3,
        Status.ON_HOLD: 2,
        Status.AWAITING_VERIFICATION: 1,
    }
)
PPM_BEFORE_VISIT = Weighted({Status.NEW: 90, Status.ON_HOLD: 10})
PPM_DURING_VISIT = Weighted(
    {Status.NEW: 30, Status.IN_PROGRESS: 35, Status.AWAITING_VERIFICATION: 10, Status.ON_HOLD: 5, Status.COMPLETED: 20}
)
PPM_HELD_FROM = Weighted({Status.NEW: 50, Status.IN_PROGRESS: 50})

STARTED = frozenset({Status.IN_PROGRESS, Status.AWAITING_VERIFICATION, Status.COMPLETED, Status.CLOSED})
DONE = frozenset({Status.COMPLETED, Status.CLOSED})
STOPPED = frozenset({Status.CANCELLED, Status.REJECTED})

# Seconds from creation to the start of work, at most, by priority.
RESPONSE_SECONDS = {1: 4 * HOUR, 2: DAY, 3: 4 * DAY, 4: 10 * DAY}
# Seconds from the start of work to its completion, at most, by type.
WORK_SECONDS = {
    WorkOrderType.REACTIVE: 2 * DAY,
    WorkOrderType.QUOTE: 10 * DAY,
    WorkOrderType.AUDIT: 5 * DAY,
    WorkOrderType.PURCHASE: 7 * DAY,
}
DUE_DAYS = {1: 1, 2: 5, 3: 15, 4: 45}
TYPE_DUE_DAYS = {WorkOrderType.QUOTE: 21, WorkOrderType.AUDIT: 45, WorkOrderType.PURCHASE: 30}
# Amounts in cents, lowest and highest, of a finished order's balance.
BALANCE_CENTS = {
    WorkOrderType.REACTIVE: (8_000, 150_000),
    WorkOrderType.QUOTE: (50_000, 2_000_000),
    WorkOrderType.AUDIT: (30_000, 200_000),
    WorkOrderType.PURCHASE: (5_000, 500_000),
}
BALANCES_PER_TYPE = 97


def open_probability(age_days: float) -> float:
    """How likely an order of that age is still open."""
    if age_days < 7:
        return 0.95
    if age_days < 30:
        return 0.7
    if age_days < 90:
        return 0.4
    if age_days < 180:
        return 0.1
    return 0.02


class OrderPlanner:
    """Makes the demo's work orders, given its reference data and agents."""

    def __init__(
        self,
        world: DemoWorld,
        texts: DemoTexts,
        assignees: Sequence[tuple[int, str]],
        rng: Random,
        now: datetime,
        scale: ScaleSites | None = None,
    ) -> None:
        if not assignees:
            raise ValueError("the demo needs at least one agent to assign orders to")
        self._world = world
        self._sites = world.sites
        self._assignees = tuple(assignees)
        self._rng = rng
        self._now = now
        self._today = now.date()
        self._scale = scale
        self._texts = {
            kind: tuple((texts.categories[text.category], text.title, text.description) for text in orders)
            for kind, orders in texts.orders.items()
        }
        self._balances = {
            kind: tuple(Decimal(rng.randrange(low, high)).scaleb(-2) for _ in range(BALANCES_PER_TYPE))
            for kind, (low, high) in BALANCE_CENTS.items()
        }

    def orders(self, count: int) -> Iterator[DraftOrder]:
        """``count`` orders in the order of their numbers (and of their creation)."""
        visits = self._due_visits(limit=int(count * PPM_SHARE))
        others = ((created, None) for created in self._creation_times(count - len(visits)))
        stream = heapq.merge(others, visits, key=itemgetter(0))
        for number, (created, visit) in enumerate(stream, start=FIRST_NUMBER):
            if visit is None:
                yield self._order(number, created)
            else:
                yield self._ppm_order(number, created, visit)

    def _due_visits(self, limit: int) -> list[tuple[datetime, PlannedVisit]]:
        """The periods whose order the PPM generator has made by now; the latest ``limit`` of them."""
        due = []
        for visit in self._world.visits:
            run = datetime.combine(visit.generation_date, PPM_GENERATION_TIME, UTC)
            created = run + timedelta(seconds=self._rng.random() * HOUR)
            if created < self._now:
                due.append((created, visit))
        due.sort(key=itemgetter(0))
        return due[max(0, len(due) - limit):]

    def _creation_times(self, count: int) -> Iterator[datetime]:
        """``count`` times over the history, oldest first, denser towards now."""
        rng, now, span = self._rng, self._now, HISTORY_DAYS * DAY
        for index in range(count):
            remaining = 1.0 - (index + rng.random()) / count
            yield now - timedelta(seconds=span * remaining**RECENCY)

    def _order(self, number: int, created: datetime) -> DraftOrder:
        rng, now = self._rng, self._now
        kind = OTHER_TYPES.pick(rng)
        category, title, description = rng.choice(self._texts[kind])
        site: Site = rng.choice(self._sites)
        priority = PRIORITIES[kind].pick(rng)
        age = (now - created).total_seconds()

        if rng.random() < open_probability(age / DAY):
            status = OPEN_STATUSES.pick(rng)
        else:
            status = FINISHED_STATUSES[kind in REJECTABLE].pick(rng)
        previous = None
        if status is Status.ON_HOLD:
            previous = HELD_FROM.pick(rng)
        elif status in STOPPED:
            previous = STOPPED_FROM.pick(rng)

        started = completed = None
        if status in STARTED or previous is Status.IN_PROGRESS:
            started = created + timedelta(seconds=min(age * 0.5, rng.random() * RESPONSE_SECONDS[priority]))
            if status in DONE:
                left = (now - started).total_seconds()
                completed = started + timedelta(seconds=min(left * 0.9, rng.random() * WORK_SECONDS[kind]))

        balance = ZERO
        if status in DONE or (started is not None and rng.random() < 0.4):
            balance = rng.choice(self._balances[kind])
        unassigned = (status is Status.NEW and rng.random() < 0.6) or (status in STOPPED and rng.random() < 0.5)
        contacts = site.contact_ids
        assignee = None if unassigned else rng.choice(self._assignees)
        contact_id = rng.choice(contacts) if contacts and rng.random() < 0.8 else None
        if self._scale is not None:
            # After every draw of the order's own stream: a sized demo moves it to one of the client's sites.
            site = self._scale.site(site)
            contact_id = self._scale.contact(site.client_id, contact_id)
        return DraftOrder(
            number=number,
            type=kind,
            status=status,
            previous_status=previous,
            priority=priority,
            impact=IMPACT_BY_PRIORITY[priority - 1].value,
            kind=_kind_of(kind, number).value,
            category=category,
            title=title,
            description=description,
            client_id=site.client_id,
            building_id=site.building_id,
            client_name=site.client_name,
            building_name=site.name,
            contact_id=contact_id,
            contract_id=site.contract_id if kind is WorkOrderType.REACTIVE or kind is WorkOrderType.AUDIT else None,
            job_building_id=None,
            financial_period_id=None,
            assignee_id=assignee[0] if assignee else None,
            assignee_name=assignee[1] if assignee else None,
            created_at=created,
            started_at=started,
            completed_at=completed,
            due_date=(created + timedelta(days=TYPE_DUE_DAYS.get(kind) or DUE_DAYS[priority])).date(),
            financial_end_date=None,
            balance=balance,
            client_reference=f"PO-{number}" if kind is WorkOrderType.PURCHASE else None,
            ppm_cancel_final=False,
        )

    def _ppm_order(self, number: int, created: datetime, visit: PlannedVisit) -> DraftOrder:
        rng, now, today = self._rng, self._now, self._today
        if visit.financial_end < today:
            status = PPM_PAST_PERIOD.pick(rng)
        elif today < visit.visit_start:
            status = PPM_BEFORE_VISIT.pick(rng)
        else:
            status = PPM_DURING_VISIT.pick(rng)
        previous = None
        if status is Status.ON_HOLD:
            previous = PPM_HELD_FROM.pick(rng)
        elif status is Status.CANCELLED:
            previous = Status.NEW

        started = completed = None
        if status in STARTED or previous is Status.IN_PROGRESS:
            earliest = max(created, datetime.combine(visit.visit_start, VISIT_DAY_START, UTC))
            latest = min(now, datetime.combine(visit.visit_end, VISIT_DAY_END, UTC))
            if latest <= earliest:
                earliest, latest = created, now
            started = earliest + (latest - earliest) * rng.random()
            if status in DONE:
                completed = started + min((now - started) * 0.9, timedelta(seconds=(1 + 3 * rng.random()) * HOUR))

        priority = Priority.HIGH if visit.certificate_required else Priority.NORMAL
        site = visit.site
        assignee = None if status is Status.NEW and rng.random() < 0.5 else rng.choice(self._assignees)
        return DraftOrder(
            number=number,
            type=WorkOrderType.PPM,
            status=status,
            previous_status=previous,
            priority=int(priority),
            impact=IMPACT_BY_PRIORITY[priority - 1].value,
            kind=Kind.REQUEST.value,
            category=visit.category,
            title=visit.title,
            description=visit.description,
            client_id=site.client_id,
            building_id=site.building_id,
            client_name=site.client_name,
            building_name=site.name,
            contact_id=visit.contact_id,
            contract_id=visit.contract_id,
            job_building_id=visit.job_building_id,
            financial_period_id=visit.period_id,
            assignee_id=assignee[0] if assignee else None,
            assignee_name=assignee[1] if assignee else None,
            created_at=created,
            started_at=started,
            completed_at=completed,
            due_date=visit.visit_end,
            financial_end_date=visit.financial_end,
            balance=visit.invoice_amount if status in DONE and visit.invoiced else ZERO,
            client_reference=None,
            ppm_cancel_final=status is Status.CANCELLED,
        )
