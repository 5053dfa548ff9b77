"""Logging a call with its notified contacts, adding a caller as a contact, and Log similar."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Contact, OutboxEmail, WorkOrder
from desktop.domain.errors import NotFound, ValidationError, ValueRefused
from desktop.domain.workorders import ActivityKind, Priority, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.order_intake import add_contact, log_work_order, similar_order
from desktop.services.workorder_detail import get_detail
from desktop.services.workorders import NewWorkOrder
from tests.factories import ContactSpec, client_with_building, ppm_order


def client_of(db: Database, building_id: int) -> int:
    with db.reading() as session:
        building = session.get(Building, building_id)
        assert building is not None
        return building.client_id


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (WorkOrder, ActivityEntry, OutboxEmail, Contact)
        )


def new_order(building_id: int, **fields: object) -> NewWorkOrder:
    return NewWorkOrder(
        type=WorkOrderType.REACTIVE, title="Water leak in the car park", building_id=building_id, **fields
    )  # type: ignore[arg-type]


def test_an_order_is_logged_with_its_notified_contacts_in_one_go(db: Database, admin: Actor) -> None:
    building = client_with_building(db)
    client = client_of(db, building)
    carla = add_contact(db, admin, client, "Carla Dupont", "+33 1 23 45 67 89", "carla@acme.example")
    paul = add_contact(db, admin, client, "Paul Martin", None, "paul@acme.example")

    number = log_work_order(db, admin, new_order(building, contact_id=carla, priority=Priority.URGENT), [carla, paul])

    detail = get_detail(db, admin, number)
    assert detail.notified == ("Carla Dupont", "Paul Martin")
    assert detail.contact_name == "Carla Dupont"
    kinds = [(entry.kind, entry.field, entry.new_value) for entry in detail.activity]
    assert (ActivityKind.CREATED, None, str(number)) in kinds
    assert (ActivityKind.FIELD, "notifications", "Carla Dupont, Paul Martin") in kinds
    with db.reading() as session:
        emails = session.scalars(select(OutboxEmail).order_by(OutboxEmail.to_address)).all()
        assert [email.to_address for email in emails] == ["carla@acme.example", "paul@acme.example"]
        assert all(str(number) in email.subject for email in emails)


def test_without_contacts_to_notify_it_is_a_plain_creation(db: Database, admin: Actor) -> None:
    building = client_with_building(db)
    number = log_work_order(db, admin, new_order(building))
    detail = get_detail(db, admin, number)
    assert detail.notified == ()
    assert [entry.kind for entry in detail.activity] == [ActivityKind.CREATED]
    assert counts(db)[2] == 0


def test_a_contact_who_cannot_be_notified_refuses_the_whole_order(db: Database, admin: Actor) -> None:
    building = client_with_building(db)
    other = client_with_building(db, "Brico Nord", "Dépôt Lille")
    client = client_of(db, building)
    silent = add_contact(db, admin, client, "Nora No-Mail", "01 02 03 04 05", None)
    foreign = add_contact(db, admin, client_of(db, other), "Otto Other", None, "otto@brico.example")
    before = counts(db)
    with pytest.raises(ValidationError, match="no email address"):
        log_work_order(db, admin, new_order(building), [silent])
    with pytest.raises(ValidationError, match="not a contact of"):
        log_work_order(db, admin, new_order(building), [foreign])
    with pytest.raises(NotFound):
        log_work_order(db, admin, new_order(building), [9_999_999])
    with pytest.raises(ValueRefused):
        log_work_order(db, admin, new_order(building), [2**40])
    with pytest.raises(ValidationError, match="title"):
        log_work_order(db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title="  ", building_id=building))
    assert counts(db) == before


def test_a_caller_is_added_as_a_contact(db: Database, admin: Actor) -> None:
    client = client_of(db, client_with_building(db))
    contact_id = add_contact(db, admin, client, "  Jeanne Caller ", "  06 11 22 33 44 ", "  jeanne@example.org ")
    with db.reading() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        assert (contact.client_id, contact.name, contact.phone, contact.email) == (
            client,
            "Jeanne Caller",
            "06 11 22 33 44",
            "jeanne@example.org",
        )
    bare = add_contact(db, admin, client, "No Details", "", " ")
    with db.reading() as session:
        contact = session.get(Contact, bare)
        assert contact is not None and (contact.phone, contact.email) == (None, None)


@pytest.mark.parametrize(
    ("name", "phone", "email", "error", "words"),
    [
        ("", "06", None, ValidationError, "needs a name"),
        ("   ", None, "a@b.example", ValidationError, "needs a name"),
        ("Jo", None, "jo.example.org", ValidationError, "not an email address"),
        ("Jo", None, "jo@example", ValidationError, "not an email address"),
        ("Jo", None, "jo@@example.org", ValidationError, "not an email address"),
        ("Jo", None, "jo smith@example.org", ValidationError, "not an email address"),
        ("x" * 201, None, None, ValueRefused, "too long"),
        ("Jo\x00", None, None, ValueRefused, "cannot be stored"),
        ("Jo", "0" * 41, None, ValueRefused, "too long"),
    ],
)
def test_a_bad_contact_is_refused_with_a_message(
    db: Database, admin: Actor, name: str, phone: str | None, email: str | None, error: type, words: str
) -> None:
    client = client_of(db, client_with_building(db))
    before = counts(db)
    with pytest.raises(error, match=words):
        add_contact(db, admin, client, name, phone, email)
    assert counts(db) == before


def test_a_contact_needs_an_existing_client(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        add_contact(db, admin, 9_999_999, "Jo", None, None)
    with pytest.raises(ValueRefused):
        add_contact(db, admin, 2**40, "Jo", None, None)


def test_log_similar_starts_from_the_orders_client_building_contact_type_and_category(
    db: Database, admin: Actor
) -> None:
    building = client_with_building(db)
    client = client_of(db, building)
    carla = add_contact(db, admin, client, "Carla Dupont", None, "carla@acme.example")
    number = log_work_order(
        db,
        admin,
        NewWorkOrder(
            type=WorkOrderType.QUOTE,
            title="Quote for a new boiler",
            building_id=building,
            contact_id=carla,
            category="Heating",
        ),
    )
    template = similar_order(db, number)
    assert (template.client_id, template.client_name) == (client, "Acme Facilities")
    assert (template.building_id, template.building_name) == (building, "Tour Horizon")
    assert (template.contact_id, template.contact_name) == (carla, "Carla Dupont")
    assert (template.type, template.category) == (WorkOrderType.QUOTE, "Heating")

    ppm = ppm_order(db, building, [ContactSpec("Pat", "pat@acme.example", True)])
    assert similar_order(db, ppm).type is WorkOrderType.REACTIVE
    assert similar_order(db, ppm).contact_id is None
    with pytest.raises(NotFound):
        similar_order(db, 9_999_999)
