"""Buildings of the directory: create, edit with closures, archive, delete, the building page, and every refusal
writing nothing, on both databases."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Client
from desktop.domain.errors import ConcurrentChange, NotFound, ValidationError, ValueRefused
from desktop.domain.listing import ListFilter
from desktop.domain.records import ChangeAction, Record
from desktop.services import helpdesk
from desktop.services.actor import Actor
from desktop.services.buildings import (
    Closure,
    building_page,
    create_building,
    delete_building,
    get_building,
    set_building_active,
    update_building,
)
from desktop.services.change_log import changes_of
from desktop.services.clients import get_client, set_client_active
from desktop.services.contacts import get_contact, update_contact
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, EXTREME_DATES, bad_line, bad_text
from tests.directory_factories import a_building, a_client, a_contact, building_fields, contact_fields, second_agent
from tests.factories import reactive_orders


def test_a_building_is_created_with_its_closures_and_edited(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    closures = (Closure(date(2026, 8, 1), date(2026, 8, 31), " Summer "), Closure(date(2026, 1, 1), date(2026, 1, 1)))
    building_id = create_building(
        db,
        admin,
        building_fields(
            client_id, " Tour Horizon ", country=" fr ", access_notes=" Badge\nat desk ", closures=closures
        ),
    )
    record = get_building(db, building_id)
    assert (record.name, record.country, record.access_notes, record.client_name) == (
        "Tour Horizon",
        "FR",
        "Badge\nat desk",
        "Acme Facilities",
    )
    assert record.closures == (
        Closure(date(2026, 1, 1), date(2026, 1, 1)),
        Closure(date(2026, 8, 1), date(2026, 8, 31), "Summer"),
    )

    new_closures = (Closure(date(2026, 12, 24), date(2026, 12, 26), "Christmas"),)
    version = update_building(
        db, admin, building_id, record.version, building_fields(client_id, "Tour Horizon", closures=new_closures)
    )
    record = get_building(db, building_id)
    assert record.closures == new_closures and record.version == version > 1
    fields = {
        line.field for line in changes_of(db, Record.BUILDING, building_id) if line.action is ChangeAction.CHANGED
    }
    assert {"closures", "access_notes"} <= fields

    # Closures alone make a new version too.
    later = update_building(db, admin, building_id, version, building_fields(client_id, "Tour Horizon"))
    assert later > version and get_building(db, building_id).closures == ()


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"name": " "}, ValidationError, "needs a name"),
        ({"address_line": ""}, ValidationError, "needs an address"),
        ({"postcode": None}, ValidationError, "needs a postcode"),
        ({"city": ""}, ValidationError, "needs a city"),
        ({"country": "XX"}, ValidationError, "not a country code"),
        ({"country": "France"}, ValidationError, "not a country code"),
        ({"start_date": None}, ValidationError, "not a date"),
        ({"end_date": date(2019, 1, 1)}, ValidationError, "before it starts"),
        ({"closures": (Closure(date(2026, 2, 2), date(2026, 2, 1)),)}, ValidationError, "before it starts"),
        ({"closures": ("2026-01-01",)}, ValidationError, "closures"),
        ({"closures": (Closure(date(2026, 2, 2), date(2026, 2, 3), "r" * 201),)}, ValueRefused, "too long"),
        ({"name": "TOUR HORIZON"}, ValidationError, "already has a building"),
        ({"client_id": 9_999_999}, NotFound, "client no longer exists"),
        ({"client_id": 2**40}, ValueRefused, "out of range"),
    ],
)
def test_a_bad_building_is_refused_and_nothing_written(
    db: Database, admin: Actor, changes: dict[str, object], error: type, words: str
) -> None:
    client_id = a_client(db, admin)
    a_building(db, admin, client_id, "Tour Horizon")
    fields = building_fields(**{"client_id": client_id, "name": "Another", **changes})  # type: ignore[arg-type]
    raised = refused(db, lambda: create_building(db, admin, fields), error)
    assert words in raised.message.english()


@given(data=st.data())
@BAD_INPUT
def test_generated_bad_values_are_refused(db: Database, admin: Actor, data: st.DataObject) -> None:
    ids = client_ids(db)
    client_id = ids[0] if ids else a_client(db, admin)
    field = data.draw(st.sampled_from(["name", "address_line", "postcode", "city", "country"]), "field")
    bad = data.draw(bad_line(200), "bad")
    notes = data.draw(bad_text(), "notes")
    reason = data.draw(bad_line(200), "reason")
    start = data.draw(EXTREME_DATES, "start")
    error = ValidationError if field == "country" else ValueRefused
    fields = building_fields(**{"client_id": client_id, "name": "X", field: bad})  # type: ignore[arg-type]
    refused(db, lambda: create_building(db, admin, fields), error)
    refused(db, lambda: create_building(db, admin, building_fields(client_id, "X", access_notes=notes)), ValueRefused)
    closures = (Closure(date(2026, 1, 1), date(2026, 1, 2), reason),)
    refused(db, lambda: create_building(db, admin, building_fields(client_id, "X", closures=closures)), ValueRefused)
    # An end before an extreme start, or a timestamp given for a date.
    before = building_fields(client_id, "X", start_date=start, end_date=start.replace(day=1) if start.day > 1 else None)
    if before.end_date is not None and before.end_date < start:
        refused(db, lambda: create_building(db, admin, before), ValidationError)
    stamp = datetime(2026, 1, 1, 8, 0)
    refused(db, lambda: create_building(db, admin, building_fields(client_id, "X", start_date=stamp)), ValidationError)


def client_ids(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(Client.id).order_by(Client.id)))


@given(building_id=BAD_IDS)
@BAD_INPUT
def test_bad_ids_are_refused(db: Database, admin: Actor, building_id: int) -> None:
    refused(db, lambda: get_building(db, building_id), NotFound, ValueRefused)
    refused(db, lambda: set_building_active(db, admin, building_id, 1, False), NotFound, ValueRefused)
    refused(db, lambda: delete_building(db, admin, building_id, 1), NotFound, ValueRefused)


def test_an_archived_client_takes_no_new_building_and_archived_buildings_stay(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    set_building_active(db, admin, building, get_building(db, building).version, False)
    set_client_active(db, admin, client_id, get_client(db, client_id).version, False)
    raised = refused(db, lambda: create_building(db, admin, building_fields(client_id, "New")), ValidationError)
    assert "archived" in raised.message.english()
    # An archived building of an archived client is edited, not restored.
    record = get_building(db, building)
    update_building(db, admin, building, record.version, building_fields(client_id, "Tour Horizon", city="Lyon"))
    record = get_building(db, building)
    refused(db, lambda: set_building_active(db, admin, building, record.version, True), ValidationError)
    set_client_active(db, admin, client_id, get_client(db, client_id).version, True)
    set_building_active(db, admin, building, record.version, True)
    assert get_building(db, building).active is True


def test_a_building_moves_to_another_client_only_while_nothing_refers_to_it(db: Database, admin: Actor) -> None:
    acme = a_client(db, admin, "Acme", "ACME")
    brico = a_client(db, admin, "Brico", "BRICO")
    free = a_building(db, admin, acme, "Free")
    update_building(db, admin, free, 1, building_fields(brico, "Free"))
    assert get_building(db, free).client_id == brico

    busy = a_building(db, admin, acme, "Busy")
    reactive_orders(db, admin, busy, 1)
    raised = refused(db, lambda: update_building(db, admin, busy, 1, building_fields(brico, "Busy")), ValidationError)
    assert "cannot move" in raised.message.english()
    linked = a_building(db, admin, acme, "Linked")
    a_contact(db, admin, acme, building_ids=frozenset({linked}))
    refused(db, lambda: update_building(db, admin, linked, 1, building_fields(brico, "Linked")), ValidationError)


def test_a_concurrent_edit_is_refused(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    bea = second_agent(db)
    update_building(db, bea, building, 1, building_fields(client_id, "Tour Horizon", city="Lyon"))
    raised = refused(
        db, lambda: update_building(db, admin, building, 1, building_fields(client_id, "Mine")), ConcurrentChange
    )
    assert "Béatrice Martin" in raised.message.english()


def test_a_building_is_deleted_only_while_nothing_refers_to_it(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    lonely = a_building(db, admin, client_id, "Lonely", closures=(Closure(date(2026, 1, 1), date(2026, 1, 2)),))
    delete_building(db, admin, lonely, 1)
    with pytest.raises(NotFound):
        get_building(db, lonely)
    busy = a_building(db, admin, client_id, "Busy")
    reactive_orders(db, admin, busy, 1)
    raised = refused(db, lambda: delete_building(db, admin, busy, 1), ValidationError)
    assert "Archive it instead" in raised.message.english()
    linked = a_building(db, admin, client_id, "Linked")
    contact = a_contact(db, admin, client_id, building_ids=frozenset({linked}))
    refused(db, lambda: delete_building(db, admin, linked, 1), ValidationError)
    update_contact(db, admin, contact, get_contact(db, contact).version, contact_fields(client_id))
    delete_building(db, admin, linked, 1)


def test_the_building_page_lists_its_open_orders(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    numbers = reactive_orders(db, admin, building, 2)
    page = building_page(db, building)
    assert sorted(order.number for order in page.open_orders) == sorted(numbers)
    assert page.jobs == [] and page.building.name == "Tour Horizon"


def test_a_rename_reaches_the_helpdesk_list_and_its_search(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    [number] = reactive_orders(db, admin, building, 1)
    update_building(db, admin, building, 1, building_fields(client_id, "Quartz Pavilion"))
    with db.reading() as session:
        rows = helpdesk.page_after(session, helpdesk.ListQuery.of(ListFilter(), admin.user_id), None, 10)
        found = helpdesk.page_after(session, helpdesk.ListQuery.of(ListFilter(text="Quartz"), admin.user_id), None, 10)
        gone = helpdesk.page_after(session, helpdesk.ListQuery.of(ListFilter(text="Horizon"), admin.user_id), None, 10)
    assert [(row.number, row.building) for row in rows] == [(number, "Quartz Pavilion")]
    assert [row.number for row in found] == [number]
    assert gone == []
