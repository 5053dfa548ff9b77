"""Builders of directory records through the directory's services, for its tests."""

from __future__ import annotations

from datetime import date

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.services.actor import Actor
from desktop.services.buildings import BuildingFields, Closure, create_building
from desktop.services.clients import ClientFields, create_client
from desktop.services.contacts import ContactFields, create_contact
from tests.factories import actor_for


def a_client(db: Database, actor: Actor, name: str = "Acme Facilities", reference: str = "ACME") -> int:
    return create_client(db, actor, ClientFields(name=name, reference=reference))


def building_fields(client_id: int, name: str = "Tour Horizon", **changes: object) -> BuildingFields:
    values: dict[str, object] = {
        "client_id": client_id,
        "name": name,
        "address_line": "12 rue de la Paix",
        "postcode": "75002",
        "city": "Paris",
        "country": "FR",
        "start_date": date(2020, 1, 1),
        "end_date": None,
        "access_notes": None,
        "closures": (),
    }
    values.update(changes)
    return BuildingFields(**values)  # type: ignore[arg-type]


def a_building(db: Database, actor: Actor, client_id: int, name: str = "Tour Horizon", **changes: object) -> int:
    return create_building(db, actor, building_fields(client_id, name, **changes))


def contact_fields(client_id: int, name: str = "Carla Dupont", **changes: object) -> ContactFields:
    values: dict[str, object] = {"client_id": client_id, "name": name, "email": "carla@acme.example"}
    values.update(changes)
    return ContactFields(**values)  # type: ignore[arg-type]


def a_contact(db: Database, actor: Actor, client_id: int, name: str = "Carla Dupont", **changes: object) -> int:
    return create_contact(db, actor, contact_fields(client_id, name, **changes))


def second_agent(db: Database, login: str = "bea", display_name: str = "Béatrice Martin") -> Actor:
    with db.transaction() as session:
        user = User(login=login, display_name=display_name)
        session.add(user)
        session.flush()
        user_id = user.id
    return actor_for(db, user_id)


__all__ = [
    "Closure",
    "a_building",
    "a_client",
    "a_contact",
    "building_fields",
    "contact_fields",
    "second_agent",
]
