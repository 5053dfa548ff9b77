"""The directory's paged lists: every sort and direction walked by keyset gives every row once, in order, with
archived rows only when asked; search, client filter, counts and bad queries, on both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact
from desktop.domain.errors import ValidationError, ValueRefused
from desktop.services import directory_lists as lists
from desktop.services.directory_lists import BuildingSort, ClientSort, ContactSort, DirectoryQuery
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import OUT_OF_RANGE_INTS, bad_line

# Names of one case, letters only: both databases' collations sort them as Python does.
WORDS = ("amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris", "juniper")


@pytest.fixture
def directory(db: Database) -> Database:
    """Three clients (two named alike), 30 buildings and 40 contacts, some archived, some without email/phone."""
    with db.transaction() as session:
        clients = (
            session.execute(
                insert(Client).returning(Client.id),
                [
                    {"name": "north", "reference": "N1", "active": True},
                    {"name": "north", "reference": "N2", "active": True},
                    {"name": "south", "reference": "Q7", "active": False},
                ],
            )
            .scalars()
            .all()
        )
        session.execute(
            insert(Building),
            [
                {
                    "client_id": clients[index % 3],
                    "name": f"{WORDS[index % 10]}{index // 10}",
                    "address_line": f"{index} main street",
                    "postcode": f"{(index * 7) % 5:05d}",
                    "city": WORDS[(index * 3) % 10],
                    "country": ("FR", "DE", "NL")[index % 3],
                    "start_date": date(2020, 1, 1),
                    "active": index % 4 != 0,
                }
                for index in range(30)
            ],
        )
        session.execute(
            insert(Contact),
            [
                {
                    "client_id": clients[index % 3],
                    "name": f"{WORDS[(index * 3) % 10]}{index // 10}",
                    "email": None if index % 5 == 0 else f"{WORDS[index % 10]}{index % 3}@example.org",
                    "phone": None if index % 7 == 0 else f"0{(index * 13) % 9}",
                    "receives_ppm_emails": False,
                    "active": index % 6 != 0,
                }
                for index in range(40)
            ],
        )
    return db


Page = Callable[[Database, DirectoryQuery, Any, int], list[Any]]
LISTS: list[tuple[Page, tuple[str, ...]]] = [
    (lists.client_page, tuple(ClientSort)),
    (lists.building_page_rows, tuple(BuildingSort)),
    (lists.contact_page, tuple(ContactSort)),
]


def walk(db: Database, page: Page, query: DirectoryQuery, size: int) -> list[Any]:
    rows: list[Any] = []
    after = None
    while True:
        batch = page(db, query, after, size)
        rows.extend(batch)
        if len(batch) < size:
            return rows
        after = lists.row_key(query, batch[-1])


def expected_order(query: DirectoryQuery, rows: list[Any]) -> list[int]:
    """The ids in the list's order, computed in Python: empty values last when ascending, first when descending."""

    def key(row: Any) -> tuple[Any, ...]:
        value = lists.row_key(query, row)[0]
        return (value is None, value if value is not None else "", row.id)

    present = sorted((row for row in rows if lists.row_key(query, row)[0] is not None), key=key)
    empty = sorted((row for row in rows if lists.row_key(query, row)[0] is None), key=lambda row: row.id)
    ordered = present + empty
    if query.descending:
        ordered.reverse()
    return [row.id for row in ordered]


@pytest.mark.parametrize("page_size", [1, 4, 7])
def test_walking_every_sort_by_keyset_gives_every_row_once_in_order(directory: Database, page_size: int) -> None:
    for page, sorts in LISTS:
        everything = page(directory, DirectoryQuery(include_archived=True), None, lists.MAX_PAGE)
        active_ids = {row.id for row in everything if row.active}
        assert len(active_ids) < len(everything)
        for sort in sorts:
            for descending in (False, True):
                for archived in (False, True):
                    query = DirectoryQuery(sort=sort, descending=descending, include_archived=archived)
                    walked = walk(directory, page, query, page_size)
                    ids = [row.id for row in walked]
                    assert len(ids) == len(set(ids)), (sort, descending)
                    assert set(ids) == ({row.id for row in everything} if archived else active_ids)
                    assert ids == expected_order(query, walked), (page.__name__, sort, descending, archived)


def test_the_client_sort_keeps_clients_of_the_same_name_apart(directory: Database) -> None:
    query = DirectoryQuery(sort=BuildingSort.CLIENT, include_archived=True)
    rows = walk(directory, lists.building_page_rows, query, 3)
    runs = [row.client_id for index, row in enumerate(rows) if index == 0 or rows[index - 1].client_id != row.client_id]
    assert len(runs) == len(set(runs)) == 3
    assert [row.client_name for row in rows] == sorted(row.client_name for row in rows)


def test_search_and_client_filter(directory: Database) -> None:
    rows = lists.building_page_rows(directory, DirectoryQuery(text="EMB", include_archived=True), None, 100)
    assert rows and all("emb" in (row.name + row.city).lower() for row in rows)
    by_reference = lists.building_page_rows(directory, DirectoryQuery(text="q7", include_archived=True), None, 100)
    assert by_reference and {row.client_name for row in by_reference} == {"south"}
    contacts = lists.contact_page(directory, DirectoryQuery(text="@example", include_archived=True), None, 100)
    assert contacts and all(row.email and "@example" in row.email for row in contacts)
    short = lists.contact_page(directory, DirectoryQuery(text="0", include_archived=True), None, 100)
    assert short and all("0" in row.name + (row.email or "") + (row.phone or "") for row in short)
    clients = lists.client_page(directory, DirectoryQuery(text="nor"), None, 100)
    assert [row.reference for row in clients] == ["N1", "N2"]
    north = clients[0].id
    mine = lists.contact_page(directory, DirectoryQuery(client_id=north, include_archived=True), None, 100)
    assert mine and {row.client_id for row in mine} == {north}
    assert lists.contact_count(directory, DirectoryQuery(client_id=north, include_archived=True)) == len(mine)
    assert lists.building_page_rows(directory, DirectoryQuery(text="zzzz"), None, 10) == []


@pytest.mark.parametrize(
    ("page", "model"),
    [(lists.client_page, Client), (lists.building_page_rows, Building), (lists.contact_page, Contact)],
)
def test_each_row_carries_the_version_it_was_read_at(directory: Database, page: Page, model: type) -> None:
    [first] = page(directory, DirectoryQuery(include_archived=True), None, 1)
    with directory.transaction() as session:
        record = session.get(model, first.id)
        assert record is not None
        read = record.version
        record.name = record.name + "x"
    [again] = [row for row in page(directory, DirectoryQuery(include_archived=True), None, 100) if row.id == first.id]
    assert first.version == read and again.version == read + 1


def test_counts_stop_at_the_cap(directory: Database) -> None:
    assert lists.building_count(directory, DirectoryQuery(include_archived=True)) == 30
    assert lists.building_count(directory, DirectoryQuery()) == 22
    assert lists.building_count(directory, DirectoryQuery(include_archived=True), cap=10) == 11
    assert lists.client_count(directory, DirectoryQuery()) == 2
    assert lists.contact_count(directory, DirectoryQuery(include_archived=True)) == 40


@given(
    text=bad_line(400).filter(lambda text: not text.strip().isprintable()),
    limit=st.one_of(OUT_OF_RANGE_INTS, st.sampled_from([0, -1, lists.MAX_PAGE + 1])),
    sort=st.sampled_from(["", "Name", "id", "client_id; drop table client"]),
)
@BAD_INPUT
def test_bad_queries_are_refused(directory: Database, text: str, limit: int, sort: str) -> None:
    for page, _sorts in LISTS:
        refused(directory, lambda page=page: page(directory, DirectoryQuery(text=text), None, 10), ValueRefused)
        refused(directory, lambda page=page: page(directory, DirectoryQuery(), None, limit), ValueRefused)
        refused(directory, lambda page=page: page(directory, DirectoryQuery(sort=sort), None, 10), ValidationError)
    refused(directory, lambda: lists.building_count(directory, DirectoryQuery(client_id=2**40)), ValueRefused)
