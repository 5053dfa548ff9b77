"""Clients of the directory: create, edit, archive, delete, and every refusal writing nothing, on both databases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError, ValueRefused
from desktop.domain.listing import ListFilter
from desktop.domain.records import ChangeAction, Record
from desktop.domain.workorders import WorkOrderType
from desktop.services import helpdesk
from desktop.services.actor import Actor
from desktop.services.buildings import get_building
from desktop.services.change_log import changes_of
from desktop.services.clients import (
    ClientFields,
    client_summary,
    create_client,
    delete_client,
    get_client,
    set_client_active,
    update_client,
)
from desktop.services.contacts import get_contact
from desktop.services.lookup_search import find_buildings, find_contacts
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, bad_line
from tests.directory_factories import a_building, a_client, a_contact, second_agent
from tests.factories import reactive_orders


def test_a_client_is_created_edited_and_logged(db: Database, admin: Actor) -> None:
    client_id = create_client(db, admin, ClientFields(name="  Acme Facilities ", reference=" ACME "))
    record = get_client(db, client_id)
    assert (record.name, record.reference, record.active) == ("Acme Facilities", "ACME", True)

    version = update_client(db, admin, client_id, record.version, ClientFields("Acme Group", "ACME-2"))
    record = get_client(db, client_id)
    assert (record.name, record.reference, record.version) == ("Acme Group", "ACME-2", version)
    assert version > 1
    lines = changes_of(db, Record.CLIENT, client_id)
    assert [(line.action, line.field, line.old_value, line.new_value) for line in reversed(lines)] == [
        (ChangeAction.CREATED, None, None, "Acme Facilities"),
        (ChangeAction.CHANGED, "name", "Acme Facilities", "Acme Group"),
        (ChangeAction.CHANGED, "reference", "ACME", "ACME-2"),
    ]


@pytest.mark.parametrize(
    ("name", "reference", "error", "words"),
    [
        ("", "X1", ValidationError, "needs a name"),
        ("Acme", "  ", ValidationError, "needs a reference"),
        ("Acme", "acme", ValidationError, "already has the reference"),
        ("x" * 201, "X1", ValueRefused, "too long"),
        ("Acme", "R" * 41, ValueRefused, "too long"),
        ("Acme\x00", "X1", ValueRefused, "cannot be stored"),
        (None, "X1", ValidationError, "needs a name"),
        (12, "X1", ValidationError, "must be text"),
    ],
)
def test_a_bad_client_is_refused_and_nothing_written(
    db: Database, admin: Actor, name: object, reference: object, error: type, words: str
) -> None:
    a_client(db, admin, "Acme Facilities", "ACME")
    raised = refused(db, lambda: create_client(db, admin, ClientFields(name, reference)), error)  # type: ignore[arg-type]
    assert words in raised.message.english()


@given(name=bad_line(200), reference=bad_line(40))
@BAD_INPUT
def test_generated_bad_names_and_references_are_refused(db: Database, admin: Actor, name: str, reference: str) -> None:
    refused(db, lambda: create_client(db, admin, ClientFields(name, "GOOD")), ValueRefused)
    refused(db, lambda: create_client(db, admin, ClientFields("Good name", reference)), ValueRefused)


@given(client_id=BAD_IDS, version=st.one_of(BAD_IDS, st.just(1)))
@BAD_INPUT
def test_bad_ids_and_versions_are_refused(db: Database, admin: Actor, client_id: int, version: int) -> None:
    refused(db, lambda: update_client(db, admin, client_id, version, ClientFields("A", "B")), NotFound, ValueRefused)
    refused(db, lambda: set_client_active(db, admin, client_id, version, False), NotFound, ValueRefused)
    refused(db, lambda: delete_client(db, admin, client_id, version), NotFound, ValueRefused)


def test_a_duplicate_reference_on_edit_is_refused(db: Database, admin: Actor) -> None:
    a_client(db, admin, "Acme", "ACME")
    other = a_client(db, admin, "Brico", "BRICO")
    version = get_client(db, other).version
    refused(db, lambda: update_client(db, admin, other, version, ClientFields("Brico", "Acme")), ValidationError)
    # Its own reference in another case is no duplicate.
    update_client(db, admin, other, version, ClientFields("Brico", "brico"))
    assert get_client(db, other).reference == "brico"


def test_a_concurrent_edit_names_who_changed_it_and_when(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    stale = get_client(db, client_id).version
    bea = second_agent(db)
    update_client(db, bea, client_id, stale, ClientFields("Acme Renamed", "ACME"))
    raised = refused(
        db, lambda: update_client(db, admin, client_id, stale, ClientFields("Mine", "ACME")), ConcurrentChange
    )
    assert "Béatrice Martin" in raised.message.english()
    assert "Acme Renamed" in raised.message.english()
    assert isinstance(raised, ConcurrentChange) and raised.current_version == get_client(db, client_id).version
    refused(db, lambda: set_client_active(db, admin, client_id, stale, False), ConcurrentChange)
    refused(db, lambda: delete_client(db, admin, client_id, stale), ConcurrentChange)


def test_an_inactive_agent_cannot_change_the_directory(db: Database, admin: Actor) -> None:
    bea = second_agent(db)
    with db.transaction() as session:
        user = session.get(User, bea.user_id)
        assert user is not None
        user.active = False
    refused(db, lambda: create_client(db, bea, ClientFields("Acme", "ACME")), PermissionDenied)


def test_archiving_a_client_leaves_its_buildings_and_contacts_but_hides_them(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    contact = a_contact(db, admin, client_id)
    versions = (get_building(db, building).version, get_contact(db, contact).version)
    version = set_client_active(db, admin, client_id, get_client(db, client_id).version, False)
    assert get_client(db, client_id).active is False
    assert get_building(db, building).active is True and get_contact(db, contact).active is True
    assert (get_building(db, building).version, get_contact(db, contact).version) == versions
    assert [line.action for line in changes_of(db, Record.BUILDING, building)] == [ChangeAction.CREATED]
    assert [line.action for line in changes_of(db, Record.CONTACT, contact)] == [ChangeAction.CREATED]
    assert find_buildings(db, "Horizon") == [] and find_contacts(db, "Carla") == []
    new = NewWorkOrder(type=WorkOrderType.REACTIVE, title="Leak", building_id=building, contact_id=contact)
    raised = refused(db, lambda: create_work_order(db, admin, new), ValidationError)
    assert "an archived client" in raised.message.english()
    # Archiving twice changes nothing; restoring offers its buildings and contacts again.
    assert set_client_active(db, admin, client_id, version, False) == version
    set_client_active(db, admin, client_id, version, True)
    assert get_client(db, client_id).active is True
    assert [hit.id for hit in find_buildings(db, "Horizon")] == [building]
    assert [hit.id for hit in find_contacts(db, "Carla")] == [contact]
    assert changes_of(db, Record.CLIENT, client_id)[0].action is ChangeAction.RESTORED
    create_work_order(db, admin, new)
    refused(db, lambda: set_client_active(db, admin, client_id, version, "no"), ValidationError)  # type: ignore[arg-type]


def test_a_client_is_deleted_only_while_nothing_refers_to_it(db: Database, admin: Actor) -> None:
    lonely = a_client(db, admin, "Lonely", "LONE")
    delete_client(db, admin, lonely, get_client(db, lonely).version)
    with pytest.raises(NotFound):
        get_client(db, lonely)
    assert changes_of(db, Record.CLIENT, lonely)[0].action is ChangeAction.DELETED

    with_building = a_client(db, admin, "Acme", "ACME")
    a_building(db, admin, with_building)
    raised = refused(db, lambda: delete_client(db, admin, with_building, 1), ValidationError)
    assert "Archive it instead" in raised.message.english()
    with_contact = a_client(db, admin, "Brico", "BRICO")
    a_contact(db, admin, with_contact)
    refused(db, lambda: delete_client(db, admin, with_contact, 1), ValidationError)


def test_the_summary_counts_what_the_client_page_shows(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    archived = a_building(db, admin, client_id, "Old depot")
    from desktop.services.buildings import set_building_active

    set_building_active(db, admin, archived, 1, False)
    a_contact(db, admin, client_id)
    reactive_orders(db, admin, building, 3)
    summary = client_summary(db, client_id)
    assert (summary.buildings, summary.contacts, summary.contracts, summary.open_orders) == (1, 1, 0, 3)
    assert summary.client.name == "Acme Facilities"


def test_a_rename_reaches_the_helpdesk_list(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    [number] = reactive_orders(db, admin, building, 1)
    update_client(db, admin, client_id, get_client(db, client_id).version, ClientFields("Zenith Partners", "ACME"))
    with db.reading() as session:
        rows = helpdesk.page_after(session, helpdesk.ListQuery.of(ListFilter(), admin.user_id), None, 10)
    assert [(row.number, row.client) for row in rows] == [(number, "Zenith Partners")]
