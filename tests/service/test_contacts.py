"""Contacts of the directory: create, edit with their buildings, archive, delete, and every refusal writing
nothing, on both databases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.domain.errors import ConcurrentChange, NotFound, ValidationError, ValueRefused
from desktop.domain.records import ChangeAction, Record
from desktop.domain.workorders import WorkOrderType
from desktop.services.actor import Actor
from desktop.services.buildings import set_building_active
from desktop.services.change_log import changes_of
from desktop.services.clients import get_client, set_client_active
from desktop.services.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    set_contact_active,
    update_contact,
)
from desktop.services.order_intake import add_contact
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, UNKNOWN_LANGUAGES, bad_line
from tests.directory_factories import a_building, a_client, a_contact, contact_fields, second_agent


def test_a_contact_is_created_with_its_buildings_and_edited(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    tower = a_building(db, admin, client_id, "Tower")
    depot = a_building(db, admin, client_id, "Depot")
    contact_id = create_contact(
        db,
        admin,
        contact_fields(
            client_id,
            "  Carla Dupont ",
            email=" Carla@Acme.example ",
            phone=" 01 23 ",
            language="fr",
            receives_ppm_emails=True,
            building_ids=frozenset({tower}),
        ),
    )
    record = get_contact(db, contact_id)
    assert (record.name, record.email, record.phone, record.language, record.receives_ppm_emails) == (
        "Carla Dupont",
        "Carla@acme.example",
        "01 23",
        "fr",
        True,
    )
    assert record.building_ids == {tower} and record.client_name == "Acme Facilities"

    version = update_contact(
        db,
        admin,
        contact_id,
        record.version,
        contact_fields(client_id, "Carla Dupont", building_ids=frozenset({depot})),
    )
    record = get_contact(db, contact_id)
    assert record.building_ids == {depot} and record.version == version and record.language is None
    changed = {line.field: line for line in changes_of(db, Record.CONTACT, contact_id) if line.field}
    assert (changed["buildings"].old_value, changed["buildings"].new_value) == ("Tower", "Depot")

    later = update_contact(db, admin, contact_id, version, contact_fields(client_id, "Carla Dupont"))
    assert later > version and get_contact(db, contact_id).building_ids == frozenset()


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"name": " "}, ValidationError, "needs a name"),
        ({"email": "carla.example.org"}, ValidationError, "not an email address"),
        ({"email": "carla@@example.org"}, ValidationError, "not an email address"),
        ({"email": "carla smith@example.org"}, ValidationError, "not an email address"),
        ({"email": 12}, ValidationError, "not an email address"),
        ({"email": None, "receives_ppm_emails": True}, ValidationError, "needs an email address"),
        ({"language": "es"}, ValidationError, "not a language"),
        ({"language": "FR"}, ValidationError, "not a language"),
        ({"phone": 123}, ValidationError, "not a phone number"),
        ({"phone": "0" * 41}, ValueRefused, "too long"),
        ({"name": "x" * 201}, ValueRefused, "too long"),
        ({"receives_ppm_emails": "yes"}, ValidationError, "yes or no"),
        ({"client_id": 9_999_999}, NotFound, "client no longer exists"),
        ({"building_ids": frozenset({9_999_999})}, NotFound, "building no longer exists"),
        ({"building_ids": frozenset({2**40})}, ValueRefused, "out of range"),
    ],
)
def test_a_bad_contact_is_refused_and_nothing_written(
    db: Database, admin: Actor, changes: dict[str, object], error: type, words: str
) -> None:
    client_id = a_client(db, admin)
    fields = contact_fields(**{"client_id": client_id, **changes})  # type: ignore[arg-type]
    raised = refused(db, lambda: create_contact(db, admin, fields), error)
    assert words in raised.message.english()


@given(name=bad_line(200), phone=bad_line(40), language=UNKNOWN_LANGUAGES, email=st.text(max_size=30))
@BAD_INPUT
def test_generated_bad_values_are_refused(
    db: Database, admin: Actor, name: str, phone: str, language: str, email: str
) -> None:
    from sqlalchemy import select

    from desktop.db.models import Client

    with db.reading() as session:
        client_id = session.scalar(select(Client.id).limit(1))
    if client_id is None:
        client_id = a_client(db, admin)
    refused(db, lambda: create_contact(db, admin, contact_fields(client_id, name)), ValueRefused, ValidationError)
    refused(db, lambda: create_contact(db, admin, contact_fields(client_id, phone=phone)), ValueRefused)
    refused(db, lambda: create_contact(db, admin, contact_fields(client_id, language=language)), ValidationError)
    if "@" not in email:
        refused(db, lambda: create_contact(db, admin, contact_fields(client_id, email=email + "x")), ValidationError)


@given(contact_id=BAD_IDS)
@BAD_INPUT
def test_bad_ids_are_refused(db: Database, admin: Actor, contact_id: int) -> None:
    refused(db, lambda: get_contact(db, contact_id), NotFound, ValueRefused)
    refused(db, lambda: set_contact_active(db, admin, contact_id, 1, False), NotFound, ValueRefused)
    refused(db, lambda: delete_contact(db, admin, contact_id, 1), NotFound, ValueRefused)


def test_a_building_of_another_client_is_refused(db: Database, admin: Actor) -> None:
    acme = a_client(db, admin, "Acme", "ACME")
    brico = a_client(db, admin, "Brico", "BRICO")
    foreign = a_building(db, admin, brico, "Brico depot")
    raised = refused(
        db,
        lambda: create_contact(db, admin, contact_fields(acme, building_ids=frozenset({foreign}))),
        ValidationError,
    )
    assert "another client's" in raised.message.english()
    archived = a_building(db, admin, acme, "Old")
    set_building_active(db, admin, archived, 1, False)
    refused(
        db, lambda: create_contact(db, admin, contact_fields(acme, building_ids=frozenset({archived}))), ValidationError
    )


def test_an_archived_client_takes_no_new_contact(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    contact = a_contact(db, admin, client_id)
    set_contact_active(db, admin, contact, get_contact(db, contact).version, False)
    set_client_active(db, admin, client_id, get_client(db, client_id).version, False)
    refused(db, lambda: create_contact(db, admin, contact_fields(client_id, "New")), ValidationError)
    refused(db, lambda: add_contact(db, admin, client_id, "Caller", None, None), ValidationError)
    version = get_contact(db, contact).version
    refused(db, lambda: set_contact_active(db, admin, contact, version, True), ValidationError)


def test_archive_restore_and_concurrent_edit(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    contact = a_contact(db, admin, client_id)
    version = set_contact_active(db, admin, contact, 1, False)
    assert get_contact(db, contact).active is False
    version = set_contact_active(db, admin, contact, version, True)
    assert [line.action for line in changes_of(db, Record.CONTACT, contact)][:2] == [
        ChangeAction.RESTORED,
        ChangeAction.ARCHIVED,
    ]
    bea = second_agent(db)
    update_contact(db, bea, contact, version, contact_fields(client_id, "Carla D."))
    raised = refused(
        db, lambda: update_contact(db, admin, contact, version, contact_fields(client_id)), ConcurrentChange
    )
    assert "Béatrice Martin" in raised.message.english()


def test_a_contact_is_deleted_only_while_no_order_refers_to_it(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    building = a_building(db, admin, client_id)
    lonely = a_contact(db, admin, client_id, "Lonely", building_ids=frozenset({building}))
    delete_contact(db, admin, lonely, 1)
    with pytest.raises(NotFound):
        get_contact(db, lonely)
    caller = a_contact(db, admin, client_id, "Caller")
    create_work_order(
        db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title="Leak", building_id=building, contact_id=caller)
    )
    raised = refused(db, lambda: delete_contact(db, admin, caller, 1), ValidationError)
    assert "Archive them instead" in raised.message.english()
    other = a_client(db, admin, "Brico", "BRICO")
    refused(db, lambda: update_contact(db, admin, caller, 1, contact_fields(other, "Caller")), ValidationError)


def test_the_caller_added_on_the_spot_is_logged_as_a_contact(db: Database, admin: Actor) -> None:
    client_id = a_client(db, admin)
    contact_id = add_contact(db, admin, client_id, " Jeanne ", " 06 ", " jeanne@example.org ")
    record = get_contact(db, contact_id)
    assert (record.name, record.phone, record.email) == ("Jeanne", "06", "jeanne@example.org")
    assert changes_of(db, Record.CONTACT, contact_id)[0].action is ChangeAction.CREATED
