"""Saved helpdesk filters: the last used and named views, per agent; and the lookup lists of the choosers."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import LAST_USED, Building, Client, SavedFilter, User
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.listing import AssigneeChoice, ListFilter, Sort, SortField
from desktop.domain.workorders import Priority, Status, WorkOrderType
from desktop.services import lookups
from desktop.services.actor import Actor
from desktop.services.saved_filters import (
    delete_view,
    list_views,
    load_last_filter,
    load_view,
    save_last_filter,
    save_view,
)
from desktop.services.users import create_user, sign_in

BUSY = ListFilter(
    statuses=frozenset({Status.NEW, Status.ON_HOLD}),
    types=frozenset({WorkOrderType.REACTIVE}),
    priorities=frozenset({Priority.URGENT, Priority.HIGH}),
    assignee=AssigneeChoice.UNASSIGNED,
    client_id=3,
    building_id=7,
    created_from=date(2026, 1, 1),
    created_to=date(2026, 3, 31),
    due_to=date(2026, 4, 30),
    overdue_only=True,
    text="leak",
    sort=Sort(SortField.DUE, descending=False),
)


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    create_user(db, admin, login="claire", display_name="Claire Martin", password="s3cret-pass", roles=["agent"])
    return sign_in(db, "claire", "s3cret-pass")


def rows(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(SavedFilter)) or 0


def test_nothing_saved_yet(db: Database, admin: Actor) -> None:
    assert load_last_filter(db, admin) is None
    assert list_views(db, admin) == []


def test_last_filter_round_trips_and_is_replaced(db: Database, admin: Actor) -> None:
    save_last_filter(db, admin, BUSY)
    assert load_last_filter(db, admin) == BUSY
    save_last_filter(db, admin, ListFilter(text="boiler"))
    assert load_last_filter(db, admin) == ListFilter(text="boiler")
    assert rows(db) == 1
    assert list_views(db, admin) == [], "the last used filters are not a named view"


def test_each_agent_has_their_own_filters_and_views(db: Database, admin: Actor, agent: Actor) -> None:
    save_last_filter(db, admin, BUSY)
    save_view(db, admin, "Urgent", BUSY)
    assert load_last_filter(db, agent) is None
    assert list_views(db, agent) == []
    with pytest.raises(NotFound):
        load_view(db, agent, "Urgent")
    delete_view(db, agent, "Urgent")
    assert list_views(db, admin) == ["Urgent"]

    save_view(db, agent, "Urgent", ListFilter(text="mine"))
    save_last_filter(db, agent, ListFilter(overdue_only=True))
    assert load_view(db, admin, "Urgent") == BUSY
    assert load_view(db, agent, "Urgent") == ListFilter(text="mine")
    assert load_last_filter(db, admin) == BUSY
    assert load_last_filter(db, agent) == ListFilter(overdue_only=True)


def test_damaged_filters_fall_back_to_the_defaults(db: Database, admin: Actor, agent: Actor) -> None:
    with db.transaction() as session:
        session.add(
            SavedFilter(
                user_id=admin.user_id,
                name=LAST_USED,
                filters={"statuses": ["new", "exploded"], "created_from": "yesterday", "assignee": 12,
                         "sort": "number", "text": "leak"},
            )
        )
        session.add(SavedFilter(user_id=admin.user_id, name="Odd", filters=["not", "a", "dict"]))
        session.add(SavedFilter(user_id=agent.user_id, name=LAST_USED, filters={}))
    assert load_last_filter(db, admin) == ListFilter(statuses=frozenset({Status.NEW}), text="leak")
    assert load_view(db, admin, "Odd") == ListFilter()
    assert load_last_filter(db, agent) == ListFilter()


def test_views_are_listed_without_regard_to_case(db: Database, admin: Actor) -> None:
    for name in ("urgent", "Boilers", "all open", "Zenith"):
        save_view(db, admin, name, ListFilter(text=name))
    assert list_views(db, admin) == ["all open", "Boilers", "urgent", "Zenith"]


def test_saving_a_view_again_replaces_it_whatever_the_case(db: Database, admin: Actor) -> None:
    assert save_view(db, admin, "  Urgent  ", BUSY) == "Urgent"
    save_view(db, admin, "URGENT", ListFilter(text="replaced"))
    assert list_views(db, admin) == ["URGENT"]
    assert load_view(db, admin, "urgent") == ListFilter(text="replaced")
    assert rows(db) == 1


def test_view_names_are_checked(db: Database, admin: Actor) -> None:
    for bad in ("", "   ", "x" * 101):
        with pytest.raises(ValidationError):
            save_view(db, admin, bad, BUSY)
    assert save_view(db, admin, "é" * 100, BUSY) == "é" * 100
    assert list_views(db, admin) == ["é" * 100]


def test_loading_a_missing_view_is_refused_and_deleting_one_twice_is_harmless(db: Database, admin: Actor) -> None:
    save_view(db, admin, "Urgent", BUSY)
    save_last_filter(db, admin, BUSY)
    with pytest.raises(NotFound) as missing:
        load_view(db, admin, "Boilers")
    assert missing.value.message.english() == "There is no saved view named Boilers."
    delete_view(db, admin, "urgent")
    delete_view(db, admin, "urgent")
    delete_view(db, admin, "")
    assert list_views(db, admin) == []
    assert load_last_filter(db, admin) == BUSY, "deleting a view never deletes the last used filters"


def test_lookups_are_sorted_by_name(db: Database, admin: Actor) -> None:
    with db.transaction() as session:
        zenith, acme = Client(name="Zenith", reference="Z1"), Client(name="acme", reference="A1")
        sites = [
            Building(client=client, name=name, address_line="1 Main St", postcode="1000", city="Brussels",
                     country="BE", start_date=date(2020, 1, 1))
            for client, name in ((zenith, "Tower North"), (acme, "depot"), (zenith, "Annex"))
        ]
        session.add_all([
            zenith, acme, *sites,
            User(login="bea", display_name="Bea"),
            User(login="alex", display_name="alex"),
            User(login="gone", display_name="Aaron", active=False),
        ])
        session.flush()
        ids = {site.name: (site.id, site.client_id) for site in sites}
        client_ids = (acme.id, zenith.id)
    assert [name for _, name in lookups.agents(db)] == ["Administrator", "alex", "Bea"]
    assert lookups.clients(db) == [(client_ids[0], "acme"), (client_ids[1], "Zenith")]
    assert lookups.buildings(db) == [
        (ids[name][0], name, ids[name][1]) for name in ("Annex", "depot", "Tower North")
    ]


def test_a_row_inserted_meanwhile_by_another_session_is_replaced(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two sessions of one agent saving at once: the loser of the insert race updates instead of failing."""
    from desktop.services import saved_filters

    save_last_filter(db, admin, BUSY)
    real_row = saved_filters._row
    calls = []

    def row_missed_once(*args: object, **kwargs: object) -> SavedFilter | None:
        calls.append(args)
        return None if len(calls) == 1 else real_row(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(saved_filters, "_row", row_missed_once)
    save_last_filter(db, admin, ListFilter(text="second window"))
    assert len(calls) == 2
    monkeypatch.undo()
    assert load_last_filter(db, admin) == ListFilter(text="second window")
    assert rows(db) == 1
