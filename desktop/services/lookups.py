"""Short lists for choosers (filters, forms): agents, clients and buildings by name.

Sorted in Python, without regard to case, so that both databases give the same order whatever their collation.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, Client, User


def _name_key(name: str, row_id: int) -> tuple[str, str, int]:
    return (name.casefold(), name, row_id)


def agents(db: Database) -> list[tuple[int, str]]:
    """(id, display name) of the active users, by display name."""
    with db.reading() as session:
        rows = session.execute(select(User.id, User.display_name).where(User.active.is_(True))).all()
    return sorted(((row.id, row.display_name) for row in rows), key=lambda item: _name_key(item[1], item[0]))


def clients(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every client, by name."""
    with db.reading() as session:
        rows = session.execute(select(Client.id, Client.name)).all()
    return sorted(((row.id, row.name) for row in rows), key=lambda item: _name_key(item[1], item[0]))


def buildings(db: Database) -> list[tuple[int, str, int]]:
    """(id, name, client id) of every building, by name."""
    with db.reading() as session:
        rows = session.execute(select(Building.id, Building.name, Building.client_id)).all()
    return sorted(
        ((row.id, row.name, row.client_id) for row in rows), key=lambda item: _name_key(item[1], item[0])
    )
