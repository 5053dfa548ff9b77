"""The helpdesk list's pages: keyset paging in every sort gives exactly the database's own order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from random import Random

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, Client, User, WorkOrder
from desktop.domain.listing import AssigneeChoice, ListFilter, Sort, SortField
from desktop.domain.workorders import Impact, Kind, Status, WorkOrderType
from desktop.services import helpdesk
from desktop.services.actor import Actor
from desktop.services.helpdesk import ListQuery, ListRow

TODAY = date(2026, 11, 24)
TITLES = ["Leak in the basement", "Boiler failure", "Broken window", "leak under sink", "Alarm fault"]
# By the order's number, so that the random draws (and every other column) stay as they were.
IMPACTS: list[str | None] = [None, *(impact.value for impact in Impact), "Whole floor flooded"]  # older free text
KINDS: list[Kind | None] = [None, *Kind]


@pytest.fixture
def orders(db: Database, admin: Actor) -> list[ListRow]:
    """57 orders with ties in every column and empty assignees and due dates."""
    rng = Random(7)
    with db.transaction() as session:
        clients = [Client(name=name, reference=ref) for name, ref in (("Zenith", "Z1"), ("Acme", "A1"))]
        buildings = [
            Building(client=clients[i % 2], name=name, address_line="1 Main St", postcode="1000", city="Brussels",
                     country="BE", start_date=date(2020, 1, 1))
            for i, name in enumerate(("Tower North", "Depot", "Tower South"))
        ]
        agents = [User(login=f"agent{i}", display_name=name) for i, name in enumerate(("Bea", "Alex"))]
        session.add_all([*clients, *buildings, *agents])
        session.flush()
        base = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        for number in range(1, 58):
            building = rng.choice(buildings)
            agent = rng.choice([None, *agents])
            session.add(
                WorkOrder(
                    number=number * 3,
                    type=rng.choice([t for t in WorkOrderType if t is not WorkOrderType.PPM]),
                    status=rng.choice(list(Status)),
                    priority=rng.randint(1, 4),
                    title=rng.choice(TITLES),
                    client_id=building.client.id,
                    building_id=building.id,
                    client_name=building.client.name,
                    building_name=building.name,
                    assignee_id=agent.id if agent else None,
                    assignee_name=agent.display_name if agent else None,
                    created_at=base + timedelta(days=rng.randint(0, 20)),
                    due_date=None if rng.random() < 0.3 else TODAY + timedelta(days=rng.randint(-10, 10)),
                    balance=Decimal(rng.randint(0, 500)),
                    impact=IMPACTS[number % len(IMPACTS)],
                    kind=KINDS[number % len(KINDS)],
                )
            )
    with db.reading() as session:
        return list(helpdesk.rows_by_number(session, list(session.scalars(select(WorkOrder.number)))).values())


def reference_order(db: Database, query: ListQuery) -> list[int]:
    """The database's own full sort, empty values last when ascending: what paging must reproduce."""
    column = helpdesk.SORT_COLUMNS[query.sort]
    with db.reading() as session:
        query = helpdesk.prepare(session, query)
        matching = helpdesk.filtered(select(WorkOrder.number), query, session.get_bind().dialect.name)
        valued = matching
        if query.sort in helpdesk.NULLABLE_SORTS:
            valued = valued.where(column.is_not(None))
        numbers = list(session.scalars(valued.order_by(column, WorkOrder.number)))
        if query.sort in helpdesk.NULLABLE_SORTS:
            empty = matching.where(column.is_(None)).order_by(WorkOrder.number)
            numbers += list(session.scalars(empty))
    return numbers[::-1] if query.descending else numbers


def page_forward(db: Database, query: ListQuery, size: int) -> list[int]:
    numbers: list[int] = []
    after = None
    while True:
        with db.reading() as session:
            page = helpdesk.page_after(session, query, after, size)
        numbers += [row.number for row in page]
        if len(page) < size:
            return numbers
        after = query.key_of(page[-1])


def page_backward(db: Database, query: ListQuery, size: int) -> list[int]:
    numbers: list[int] = []
    before = None
    while True:
        with db.reading() as session:
            page = helpdesk.page_before(session, query, before, size)
        numbers = [row.number for row in page] + numbers
        if len(page) < size:
            return numbers
        before = query.key_of(page[0])


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortField))
def test_paging_both_ways_reproduces_the_sort(
    db: Database, orders: list[ListRow], sort: SortField, descending: bool
) -> None:
    query = ListQuery.of(ListFilter(sort=Sort(sort, descending)), None, today=TODAY)
    expected = reference_order(db, query)
    assert len(expected) == len(orders)
    assert page_forward(db, query, 7) == expected
    assert page_backward(db, query, 7) == expected
    with db.reading() as session:
        for position in (0, 13, len(expected) - 1):
            key = helpdesk.key_at(session, query, position)
            assert key is not None and key.number == expected[position]
            following = helpdesk.page_after(session, query, key, 3)
            assert [row.number for row in following] == expected[position + 1 : position + 4]
        assert helpdesk.key_at(session, query, len(expected)) is None


FILTERS = {
    "status": (ListFilter(statuses=frozenset({Status.NEW, Status.ON_HOLD})),
               lambda r: r.status in (Status.NEW, Status.ON_HOLD)),
    "type": (ListFilter(types=frozenset({WorkOrderType.QUOTE})), lambda r: r.type == WorkOrderType.QUOTE),
    "priority": (ListFilter(priorities=frozenset({1})), lambda r: r.priority == 1),
    "unassigned": (ListFilter(assignee=AssigneeChoice.UNASSIGNED), lambda r: r.assignee is None),
    "overdue": (ListFilter(overdue_only=True),
                lambda r: r.due_date is not None and r.due_date < TODAY
                and r.status in ("new", "needs_clarification", "in_progress", "on_hold", "awaiting_verification")),
    "due range": (ListFilter(due_from=TODAY, due_to=TODAY + timedelta(days=3)),
                  lambda r: r.due_date is not None and TODAY <= r.due_date <= TODAY + timedelta(days=3)),
    "created range": (ListFilter(created_from=date(2026, 1, 5), created_to=date(2026, 1, 9)),
                      lambda r: date(2026, 1, 5) <= r.created_at.date() <= date(2026, 1, 9)),
    "text": (ListFilter(text="leak"), lambda r: "leak" in r.title.lower()),
    "text in building": (ListFilter(text="tower s"), lambda r: "tower s" in r.building.lower()),
    "number": (ListFilter(text="15"), lambda r: "15" in str(r.number)),
    "short text": (ListFilter(text="Al"), lambda r: "al" in r.title.lower() or "al" in r.building.lower()
                   or "al" in str(r.number)),
    "combined": (ListFilter(text="leak", assignee=AssigneeChoice.UNASSIGNED, sort=Sort(SortField.DUE, False)),
                 lambda r: "leak" in r.title.lower() and r.assignee is None),
    "impact": (ListFilter(impacts=frozenset({Impact.SITE_DOWN, Impact.CRISIS})),
               lambda r: r.impact in ("site_down", "crisis")),
    "kind": (ListFilter(kinds=frozenset({Kind.REQUEST})), lambda r: r.kind == "request"),
    "impact and kind": (ListFilter(impacts=frozenset({Impact.MINOR}), kinds=frozenset({Kind.INCIDENT, Kind.CHANGE}),
                                   sort=Sort(SortField.DUE, False)),
                        lambda r: r.impact == "minor" and r.kind in ("incident", "change")),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_filters_select_the_right_orders(db: Database, orders: list[ListRow], name: str) -> None:
    list_filter, keep = FILTERS[name]
    query = ListQuery.of(list_filter, None, today=TODAY, timezone=UTC)
    expected = {row.number for row in orders if keep(row)}
    assert expected, "the data set must exercise the filter"
    assert set(page_forward(db, query, 10)) == expected
    with db.reading() as session:
        assert helpdesk.count(session, query) == len(expected)
        assert helpdesk.count(session, query, cap=2) == (3 if len(expected) > 2 else len(expected))


def test_rows_carry_impact_and_kind_and_older_text_matches_no_impact(db: Database, orders: list[ListRow]) -> None:
    by_number = {row.number: row for row in orders}
    for number, row in by_number.items():
        assert row.impact == IMPACTS[number // 3 % len(IMPACTS)]
        expected_kind = KINDS[number // 3 % len(KINDS)]
        assert row.kind == (expected_kind.value if expected_kind is not None else None)
    assert any(row.impact == "Whole floor flooded" for row in orders)
    every_impact = ListQuery.of(ListFilter(impacts=frozenset(Impact)), None, today=TODAY)
    assert set(page_forward(db, every_impact, 10)) == {
        row.number for row in orders if row.impact is not None and row.impact != "Whole floor flooded"
    }


def test_me_is_the_agent_asking(db: Database, orders: list[ListRow]) -> None:
    with db.reading() as session:
        bea = session.scalar(select(User).where(User.display_name == "Bea"))
    assert bea is not None
    query = ListQuery.of(ListFilter(assignee=AssigneeChoice.ME), bea.id, today=TODAY)
    assert set(page_forward(db, query, 50)) == {row.number for row in orders if row.assignee == "Bea"}


def test_rows_by_number_reads_fresh_rows(db: Database, orders: list[ListRow]) -> None:
    numbers = [orders[0].number, orders[5].number, 999_999]
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == orders[0].number))
        assert order is not None
        order.title = "Renamed"
    with db.reading() as session:
        fresh = helpdesk.rows_by_number(session, numbers)
    assert set(fresh) == {orders[0].number, orders[5].number}
    assert fresh[orders[0].number].title == "Renamed"


def test_iter_rows_reads_everything_in_order(db: Database, orders: list[ListRow]) -> None:
    query = ListQuery.of(ListFilter(sort=Sort(SortField.CLIENT, False)), None)
    assert [row.number for row in helpdesk.iter_rows(db, query, batch=8)] == reference_order(db, query)


def test_dense_and_rare_text_lookups_find_the_same_orders(
    db: Database, orders: list[ListRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    query = ListQuery.of(ListFilter(text="leak", sort=Sort(SortField.DUE, False)), None)
    with db.reading() as session:
        rare = helpdesk.prepare(session, query)
    monkeypatch.setattr(helpdesk, "DENSE_MATCHES", 3)
    with db.reading() as session:
        dense = helpdesk.prepare(session, query)
    if session.get_bind().dialect.name == "sqlite":
        assert (rare.text_mode, dense.text_mode) == (helpdesk.TextMode.INDEX, helpdesk.TextMode.SCAN)
    assert page_forward(db, rare, 5) == page_forward(db, dense, 5) == reference_order(db, rare)
