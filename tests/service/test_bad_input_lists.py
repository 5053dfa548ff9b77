"""Bad input to the helpdesk list, its bulk actions, saved views, exports and the outbox: refused with a
BureauError, nothing written, on both databases (see tests/service/test_bad_input.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, NotFound, ValidationError, ValueRefused
from desktop.domain.listing import AssigneeChoice, ListFilter, Sort, SortField
from desktop.domain.transitions import Action
from desktop.domain.values import in_whole_number_range
from desktop.domain.workorders import Priority, Status, WorkOrderType
from desktop.services import helpdesk
from desktop.services.actor import Actor
from desktop.services.bulk_actions import RowSpan, bulk_assign, bulk_close_ppm, bulk_transition, resolve_selection
from desktop.services.export import ExportColumn, export_rows
from desktop.services.helpdesk import ListQuery
from desktop.services.outbox import OutboxStatus, list_outbox, retry_now
from desktop.services.saved_filters import delete_view, load_view, save_last_filter, save_view
from tests.bad_input_world import BAD_INPUT, FEW, VIEW_NAME, World, build_world, harmless, refused, today
from tests.bad_values import (
    BAD_IDS,
    EXTREME_DATES,
    OUT_OF_RANGE_INTS,
    UNKNOWN_IDS,
    bad_line,
    bad_text,
    good_line,
)

ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)), timezone(timedelta(hours=5.5))]
)
COLUMNS = [ExportColumn(name, name) for name in helpdesk.ListRow._fields]


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def _in_order(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    if start is not None and end is not None and start > end:
        return end, start
    return start, end


def date_range() -> st.SearchStrategy[tuple[date | None, date | None]]:
    """A start and an end, either missing, in order: extreme dates among ordinary ones."""
    day = st.one_of(st.none(), EXTREME_DATES, st.dates())
    return st.builds(_in_order, day, day)


def good_filters(world: World) -> st.SearchStrategy[ListFilter]:
    """Filters a list may be asked for: extreme dates, ids no row has, any sort."""
    ids = st.one_of(st.none(), UNKNOWN_IDS, st.sampled_from([world.client_id, world.building_id]))

    def build(
        statuses: frozenset[Status],
        types: frozenset[WorkOrderType],
        priorities: frozenset[Priority],
        assignee: AssigneeChoice,
        assignee_id: int,
        client_id: int | None,
        building_id: int | None,
        created: tuple[date | None, date | None],
        due: tuple[date | None, date | None],
        overdue: bool,
        text: str,
        sort: Sort,
    ) -> ListFilter:
        return ListFilter(
            statuses=statuses,
            types=types,
            priorities=priorities,
            assignee=assignee,
            assignee_id=assignee_id if assignee is AssigneeChoice.USER else None,
            client_id=client_id,
            building_id=building_id,
            created_from=created[0],
            created_to=created[1],
            due_from=due[0],
            due_to=due[1],
            overdue_only=overdue,
            text=text,
            sort=sort,
        )

    return st.builds(
        build,
        st.frozensets(st.sampled_from(Status), max_size=3),
        st.frozensets(st.sampled_from(WorkOrderType), max_size=2),
        st.frozensets(st.sampled_from(Priority), max_size=2),
        st.sampled_from(AssigneeChoice),
        st.one_of(UNKNOWN_IDS, st.just(world.agent.user_id)),
        ids,
        ids,
        date_range(),
        date_range(),
        st.booleans(),
        st.one_of(st.just(""), good_line(40), st.sampled_from(["Leak", "100%", "a_b", '"quoted"', "\\"])),
        st.builds(Sort, st.sampled_from(SortField), st.booleans()),
    )


def bad_filters(world: World) -> st.SearchStrategy[ListFilter]:
    """A good filter with one value the list cannot use."""
    good = good_filters(world)
    return st.one_of(
        st.builds(lambda f, text: replace(f, text=text), good, bad_line(200)),
        st.builds(lambda f, key: replace(f, client_id=key), good, OUT_OF_RANGE_INTS),
        st.builds(lambda f, key: replace(f, building_id=key), good, OUT_OF_RANGE_INTS),
        st.builds(
            lambda f, key: replace(f, assignee=AssigneeChoice.USER, assignee_id=key),
            good,
            st.one_of(st.none(), OUT_OF_RANGE_INTS),
        ),
        st.builds(lambda f: replace(f, created_from=date.max, created_to=date.min), good),
        st.builds(lambda f: replace(f, due_from=date(2026, 2, 1), due_to=date(2026, 1, 31)), good),
    )


# -- the list -------------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_a_filter_with_a_bad_value_is_refused_before_any_read(world: World, data: st.DataObject) -> None:
    bad = data.draw(bad_filters(world), "filter")
    refused(world.db, lambda: ListQuery.of(bad, world.admin.user_id), ValidationError)


@BAD_INPUT
@given(data=st.data())
def test_any_good_filter_reads_the_list_and_writes_nothing(world: World, data: st.DataObject) -> None:
    list_filter = data.draw(good_filters(world), "filter")
    zone = data.draw(ZONES, "zone")
    query = ListQuery.of(list_filter, world.admin.user_id, today=data.draw(EXTREME_DATES, "today"), timezone=zone)
    position = data.draw(st.one_of(st.integers(-3, 20), OUT_OF_RANGE_INTS), "position")

    def read() -> None:
        with world.db.engine.connect() as connection:
            first = helpdesk.page_after(connection, query, None, 5)
            last = helpdesk.page_before(connection, query, None, 5)
            total = helpdesk.count(connection, query)
            assert len(first) == len(last) == min(total, 5)
            if first:
                helpdesk.page_after(connection, query, query.key_of(first[-1]), 5)
                helpdesk.page_before(connection, query, query.key_of(first[0]), 5)
            key = helpdesk.key_at(connection, query, position)
            assert (key is None) == (not 0 <= position < total)
            assert helpdesk.rows_by_number(connection, [*world.numbers, 999_999]).keys() == set(world.numbers)
        assert len(list(helpdesk.iter_rows(world.db, query, batch=3))) == total

    assert not isinstance(harmless(world.db, read), BureauError)


@BAD_INPUT
@given(data=st.data())
def test_a_page_size_or_number_beyond_the_database_is_refused(world: World, data: st.DataObject) -> None:
    query = ListQuery.of(data.draw(good_filters(world), "filter"), world.admin.user_id)
    bad = data.draw(OUT_OF_RANGE_INTS, "bad")
    numbers = data.draw(st.lists(st.sampled_from(world.numbers), max_size=3), "numbers")

    def call(which: int) -> object:
        if which == 3:
            return list(helpdesk.iter_rows(world.db, query, batch=bad))
        with world.db.engine.connect() as connection:
            if which == 0:
                return helpdesk.page_after(connection, query, None, bad)
            if which == 1:
                return helpdesk.page_before(connection, query, None, bad)
            return helpdesk.rows_by_number(connection, [*numbers, bad])

    refused(world.db, lambda: call(data.draw(st.integers(0, 3), "call")), ValueRefused)


@FEW
@given(data=st.data())
def test_an_export_with_a_bad_page_size_is_refused_and_leaves_no_file(
    world: World, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("export")
    query = ListQuery.of(data.draw(good_filters(world), "filter"), world.admin.user_id, timezone=data.draw(ZONES))
    fmt = data.draw(st.sampled_from(["csv", "xlsx"]), "format")
    target = folder / f"orders.{fmt}"
    page_rows = data.draw(st.one_of(OUT_OF_RANGE_INTS, st.integers(-5, 0)), "page rows")
    refused(world.db, lambda: export_rows(world.db, query, target, fmt, COLUMNS, page_rows=page_rows), ValueRefused)
    assert list(folder.iterdir()) == []
    result = harmless(world.db, lambda: export_rows(world.db, query, target, fmt, COLUMNS, page_rows=2))
    assert not isinstance(result, BureauError) and Path(result.path).exists()


def test_the_last_day_there_is_is_a_date_the_list_reads_and_a_nul_is_not(world: World) -> None:
    db, admin = world.db, world.admin
    for zone in (UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))):
        for far in (ListFilter(created_to=date(9999, 12, 31)), ListFilter(created_from=date(1, 1, 2), due_to=date.max)):
            query = ListQuery.of(far, admin.user_id, timezone=zone)
            with db.engine.connect() as connection:
                assert len(helpdesk.page_after(connection, query, None, 50)) == helpdesk.count(connection, query)
    for text in ("a\x00b", "a\ud800b", "a\x1bb", "x" * 201):
        with pytest.raises(ValidationError):
            ListFilter(text=text).validated()
        refused(db, lambda text=text: ListQuery.of(ListFilter(text=text), admin.user_id), ValueRefused)


# -- bulk actions ---------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_a_bulk_action_with_a_text_that_cannot_be_stored_is_refused(world: World, data: st.DataObject) -> None:
    numbers = data.draw(st.lists(st.sampled_from(world.numbers), min_size=1, unique=True), "numbers")
    text = data.draw(bad_text(), "text")
    if data.draw(st.booleans(), "close PPM"):
        day = data.draw(st.one_of(EXTREME_DATES, st.just(today())), "today")
        refused(world.db, lambda: bulk_close_ppm(world.db, world.admin, numbers, day, text), ValueRefused)
    else:
        action = data.draw(st.sampled_from(Action), "action")
        refused(world.db, lambda: bulk_transition(world.db, world.admin, numbers, action, text), ValueRefused)


@BAD_INPUT
@given(data=st.data())
def test_a_bulk_assign_to_an_agent_who_cannot_be_assigned_is_refused(world: World, data: st.DataObject) -> None:
    numbers = data.draw(st.lists(st.sampled_from(world.numbers), min_size=1), "numbers")
    assignee = data.draw(st.one_of(BAD_IDS, st.just(world.inactive_id)), "assignee")
    error = refused(world.db, lambda: bulk_assign(world.db, world.admin, numbers, assignee))
    if assignee == world.inactive_id:
        assert type(error) is ValidationError
    else:
        assert isinstance(error, NotFound if in_whole_number_range(assignee) else ValueRefused)


@BAD_INPUT
@given(data=st.data())
def test_bulk_actions_on_numbers_no_order_has_change_nothing(world: World, data: st.DataObject) -> None:
    numbers = data.draw(st.lists(BAD_IDS, min_size=1, max_size=5), "numbers")
    which = data.draw(st.sampled_from(["transition", "assign", "close"]), "bulk action")
    if which == "transition":
        action = data.draw(st.sampled_from(Action), "action")
        result = harmless(world.db, lambda: bulk_transition(world.db, world.admin, numbers, action, "Checked"))
    elif which == "assign":
        result = harmless(world.db, lambda: bulk_assign(world.db, world.admin, numbers, world.agent.user_id))
    else:
        day = data.draw(EXTREME_DATES, "today")
        result = harmless(world.db, lambda: bulk_close_ppm(world.db, world.admin, numbers, day, "Checked"))
    assert not isinstance(result, BureauError)
    assert result.done == [] and result.unchanged == []
    assert [number for number, _reason in result.refused] == list(dict.fromkeys(numbers))


@BAD_INPUT
@given(data=st.data())
def test_resolving_a_selection_of_bad_rows_reads_only(world: World, data: st.DataObject) -> None:
    query = ListQuery.of(data.draw(good_filters(world), "filter"), world.admin.user_id)
    edge = st.one_of(OUT_OF_RANGE_INTS, st.integers(-3, 12))
    parts = data.draw(
        st.lists(st.one_of(BAD_IDS, st.builds(RowSpan, edge, edge)), min_size=1, max_size=4),
        "parts",
    )
    result = harmless(world.db, lambda: resolve_selection(world.db, query, parts))
    assert not isinstance(result, BureauError)
    assert [n for n in result if n not in world.numbers] == [part for part in parts if isinstance(part, int)]


# -- saved views ----------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_a_view_that_cannot_be_saved_or_used_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    which = data.draw(st.sampled_from(["bad name", "bad filter", "bad last filter", "no such view"]), "case")
    if which == "bad name":
        name = data.draw(st.one_of(bad_line(100), st.sampled_from(["", "   "])), "name")
        good = data.draw(good_filters(world), "filter")
        refused(db, lambda: save_view(db, admin, name, good), ValidationError)
    elif which == "bad filter":
        bad, name = data.draw(bad_filters(world), "filter"), data.draw(st.one_of(good_line(100), st.just(VIEW_NAME)))
        refused(db, lambda: save_view(db, admin, name, bad), ValidationError)
    elif which == "bad last filter":
        bad = data.draw(bad_filters(world), "filter")
        refused(db, lambda: save_last_filter(db, admin, bad), ValidationError)
    else:
        name = data.draw(st.one_of(bad_line(100), st.just(VIEW_NAME + "\x00")), "name")
        refused(db, lambda: load_view(db, admin, name), NotFound)
        assert harmless(db, lambda: delete_view(db, admin, name)) is None


# -- the outbox -----------------------------------------------------------------------------------------------


@BAD_INPUT
@given(data=st.data())
def test_the_outbox_refuses_ids_and_limits_beyond_the_database(world: World, data: st.DataObject) -> None:
    bad = data.draw(OUT_OF_RANGE_INTS, "bad")
    if data.draw(st.booleans(), "retry"):
        ids = data.draw(st.lists(st.sampled_from([world.outbox_id]), max_size=1), "good ids")
        refused(world.db, lambda: retry_now(world.db, [*ids, bad]), ValueRefused)
        assert harmless(world.db, lambda: retry_now(world.db, data.draw(st.lists(UNKNOWN_IDS, min_size=1)))) == 0
    else:
        status = data.draw(st.one_of(st.none(), st.sampled_from(OutboxStatus)), "status")
        refused(world.db, lambda: list_outbox(world.db, status, limit=bad), ValueRefused)
