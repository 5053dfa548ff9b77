"""A seeded database that bad input must leave exactly as it was, and the checks that say so.

The world holds two clients with a building, contacts and a contract each, an active and an inactive agent,
reactive work orders in several statuses, a generated PPM order, a PPM job of two buildings, an email in the
outbox and a saved view. :func:`checksum` hashes every row of every table; :func:`refused` runs a call that
must raise a ``BureauError`` and :func:`harmless` one that may also succeed, and both assert that nothing
was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Base, Building, Contact, Contract, OutboxEmail, User, WorkOrder
from desktop.domain.errors import BureauError
from desktop.domain.listing import ListFilter
from desktop.domain.workorders import Status
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.passwords import hash_password
from desktop.services.saved_filters import save_view
from desktop.services.users import ensure_default_roles
from desktop.services.workorder_detail import get_detail
from tests.factories import ContactSpec, actor_for, client_with_building, ppm_order, reactive_orders
from tests.ppm_factories import PpmJobSpec, ppm_job

# Every example runs against the one database its test built: the examples must not change it.
BAD_INPUT = settings(
    max_examples=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FEW = settings(BAD_INPUT, max_examples=10)

AGENT_PASSWORD = "agent-password"
VIEW_NAME = "My open orders"


@dataclass(repr=False)
class World:
    db: Database
    admin: Actor
    agent: Actor
    inactive_id: int
    client_id: int
    building_id: int
    other_client_id: int
    other_building_id: int
    contact_id: int
    contact_without_email_id: int
    other_contact_id: int
    contract_id: int
    other_contract_id: int
    ppm_number: int
    job_building_ids: tuple[int, int]
    other_job_building_id: int
    outbox_id: int
    orders: dict[Status, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"World({self.db.engine.dialect.name})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))

    @property
    def numbers(self) -> list[int]:
        return [*self.orders.values(), self.ppm_number]

    def version(self, number: int) -> int:
        return get_detail(self.db, self.admin, number).version


@cache
def agent_password_hash() -> str:
    """The agents' password hashed once: hashing costs as much as seeding the rest of the world."""
    return hash_password(AGENT_PASSWORD)


def build_world(db: Database, admin: Actor) -> World:
    building_id = client_with_building(db, "Acme Facilities", "Tour Horizon")
    other_building_id = client_with_building(db, "Globex Corporation", "Globex Tower")
    ppm_number = ppm_order(db, building_id, [ContactSpec("Paula PPM", "paula@example.com", True)])
    ppm_order(db, other_building_id, title="Chiller service")
    with db.transaction() as session:
        roles = ensure_default_roles(session)
        agent = User(
            login="agent",
            display_name="Agent Smith",
            email="agent@example.com",
            language="fr",
            password_hash=agent_password_hash(),
            roles=[roles["agent"]],
        )
        gone = User(
            login="gone", display_name="Gone Agent", password_hash=agent_password_hash(), roles=[roles["agent"]]
        )
        gone.active = False
        session.add_all([agent, gone])
        session.flush()
        agent_id, inactive_id = agent.id, gone.id
        building = session.get(Building, building_id)
        other = session.get(Building, other_building_id)
        assert building is not None and other is not None
        contact = Contact(client_id=building.client_id, name="Carla Contact", email="carla@example.com")
        silent = Contact(client_id=building.client_id, name="Nora No-Mail", email=None)
        foreign = Contact(client_id=other.client_id, name="Otto Other", email="otto@example.com")
        session.add_all([contact, silent, foreign])
        session.flush()
        ids = (building.client_id, other.client_id, contact.id, silent.id, foreign.id)
    client_id, other_client_id, contact_id, silent_id, foreign_id = ids
    contract_id, other_contract_id = _contracts(db, client_id, other_client_id)
    numbers = reactive_orders(db, admin, building_id, 7)
    orders = _in_statuses(db, admin, numbers)
    job_buildings = ppm_job(db, PpmJobSpec(), buildings=2, client="Initech")
    with db.transaction() as session:
        email = OutboxEmail(to_address="carla@example.com", subject="Work order", body="Hello")
        session.add(email)
        session.flush()
        outbox_id = email.id
    save_view(db, admin, VIEW_NAME, ListFilter(statuses=frozenset({Status.NEW}), text="Leak"))
    actions.add_comment(db, admin, orders[Status.NEW], 1, "A first comment")
    with db.reading() as session:
        ppm_job_building = session.scalar(select(WorkOrder.job_building_id).where(WorkOrder.number == ppm_number))
        assert ppm_job_building is not None
    return World(
        db=db,
        admin=admin,
        agent=actor_for(db, agent_id),
        inactive_id=inactive_id,
        client_id=client_id,
        building_id=building_id,
        other_client_id=other_client_id,
        other_building_id=other_building_id,
        contact_id=contact_id,
        contact_without_email_id=silent_id,
        other_contact_id=foreign_id,
        contract_id=contract_id,
        other_contract_id=other_contract_id,
        ppm_number=ppm_number,
        job_building_ids=(job_buildings[0], job_buildings[1]),
        other_job_building_id=ppm_job_building,
        outbox_id=outbox_id,
        orders=orders,
    )


def _contracts(db: Database, client_id: int, other_client_id: int) -> tuple[int, int]:
    with db.reading() as session:
        mine = session.scalar(select(Contract.id).where(Contract.client_id == client_id))
        theirs = session.scalar(select(Contract.id).where(Contract.client_id == other_client_id))
    assert mine is not None and theirs is not None
    return mine, theirs


def _in_statuses(db: Database, admin: Actor, numbers: list[int]) -> dict[Status, int]:
    """Seven new orders moved on: new, in progress, on hold, awaiting verification, completed, cancelled, rejected."""
    new, started, held, waiting, completed, cancelled, rejected = numbers
    for number in (started, held, waiting, completed):
        actions.start(db, admin, number, 1)
    actions.put_on_hold(db, admin, held, 2, "Waiting for parts")
    actions.submit_for_verification(db, admin, waiting, 2)
    actions.complete(db, admin, completed, 2)
    actions.cancel_job(db, admin, cancelled, 1, "Not needed")
    actions.reject(db, admin, rejected, 1, "Duplicate")
    return {
        Status.NEW: new,
        Status.IN_PROGRESS: started,
        Status.ON_HOLD: held,
        Status.AWAITING_VERIFICATION: waiting,
        Status.COMPLETED: completed,
        Status.CANCELLED: cancelled,
        Status.REJECTED: rejected,
    }


def checksum(db: Database) -> str:
    """A hash of every row of every table, each table in primary-key order."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            key = list(table.primary_key.columns) or list(table.columns)
            digest.update(table.name.encode())
            for row in connection.execute(select(table).order_by(*key)):
                digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


def refused(db: Database, call: Callable[[], Any], *errors: type[BureauError]) -> BureauError:
    """Run ``call``: it must raise one of ``errors`` (any BureauError when none is named) and write nothing."""
    before = checksum(db)
    with pytest.raises(errors or BureauError) as raised:
        call()
    assert checksum(db) == before, f"written before refusing: {raised.value!r}"
    return raised.value


def harmless(db: Database, call: Callable[[], Any]) -> Any:
    """Run ``call``: a BureauError (returned) or a result, and nothing written either way."""
    before = checksum(db)
    try:
        result = call()
    except BureauError as error:
        result = error
    assert checksum(db) == before, f"written: {result!r}"
    return result


def today() -> date:
    return date(2026, 6, 15)
