"""Builders for the tests of rates, time entries and the timer: agents, rates and an order to record time on."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.db.engine import Database
from desktop.db.models import User
from desktop.services.actor import Actor
from desktop.services.rates import RateFields, create_rate
from desktop.services.time_entries import work_order_id
from desktop.services.users import ensure_default_roles
from tests.factories import actor_for, client_with_building, reactive_orders

T0 = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)


def agent(db: Database, login: str, *, active: bool = True, role: str = "agent") -> Actor:
    """A new agent (inactive when asked) with the role named ``role``."""
    with db.transaction() as session:
        roles = ensure_default_roles(session)
        user = User(login=login, display_name=login.title(), roles=[roles[role]])
        user.active = active
        session.add(user)
        session.flush()
        user_id = user.id
    return actor_for(db, user_id)


def rate(db: Database, admin: Actor, name: str = "Standard", amount: str = "85.00", currency: str = "EUR") -> int:
    return create_rate(db, admin, RateFields(name, Decimal(amount), currency))


def order(db: Database, admin: Actor, count: int = 1) -> list[int]:
    """The ids of ``count`` new reactive orders."""
    building = client_with_building(db)
    return [work_order_id(db, number) for number in reactive_orders(db, admin, building, count)]
