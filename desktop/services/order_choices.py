"""What a work order's references may be changed to: its client's contacts, contracts and buildings.

The edit dialog offers these. Each list also holds the order's current reference when it would not be offered
otherwise (an archived contact or building, one of an archived client, a contract no longer in force), marked
as not usable: keeping it unchanged is always allowed (``update_work_order`` skips values equal to the order's),
choosing it anew is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact, Contract


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    usable: bool = True  # False: only there because the order points at it


@dataclass(frozen=True)
class ContractChoice(Choice):
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class OrderChoices:
    contacts: tuple[Choice, ...]
    contracts: tuple[ContractChoice, ...]
    buildings: tuple[Choice, ...]


C = TypeVar("C", bound=Choice)


def _sorted(choices: list[C]) -> list[C]:
    return sorted(choices, key=lambda choice: (choice.name.casefold(), choice.name, choice.id))


def order_choices(
    db: Database,
    client_id: int,
    *,
    building_id: int | None = None,
    contract_id: int | None = None,
    contact_id: int | None = None,
    today: date | None = None,
) -> OrderChoices:
    """The client's active contacts, its contracts in force ``today`` (the local date when None) and its active
    buildings, each by name (contracts by reference); none of its contacts or buildings while the client is
    archived. ``contact_id``, ``building_id`` and ``contract_id``, the order's own, are kept even when archived
    (or their client is) or out of force, with ``usable`` False."""
    day = today or date.today()
    with db.reading() as session:
        client_active = bool(session.scalar(select(Client.active).where(Client.id == client_id)))
        contacts = [
            Choice(row.id, row.name, row.active and client_active)
            for row in session.execute(
                select(Contact.id, Contact.name, Contact.active).where(Contact.client_id == client_id)
            )
        ]
        contracts = [
            ContractChoice(row.id, row.reference, row.start_date <= day <= row.end_date, row.start_date, row.end_date)
            for row in session.execute(
                select(Contract.id, Contract.reference, Contract.start_date, Contract.end_date).where(
                    Contract.client_id == client_id
                )
            )
        ]
        buildings = [
            Choice(row.id, row.name, row.active and client_active)
            for row in session.execute(
                select(Building.id, Building.name, Building.active).where(Building.client_id == client_id)
            )
        ]
    return OrderChoices(
        contacts=tuple(choice for choice in _sorted(contacts) if choice.usable or choice.id == contact_id),
        contracts=tuple(choice for choice in _sorted(contracts) if choice.usable or choice.id == contract_id),
        buildings=tuple(choice for choice in _sorted(buildings) if choice.usable or choice.id == building_id),
    )
