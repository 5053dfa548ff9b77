"""Small builders of coherent rows for tests."""

from __future__ import annotations

from datetime import date

from desktop.db.engine import Database
from desktop.db.models import Building, Client
from desktop.domain.workorders import Priority, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.workorders import NewWorkOrder, create_work_order


def client_with_building(db: Database, name: str = "Acme Facilities", building: str = "Tour Horizon") -> int:
    with db.transaction() as session:
        client = Client(name=name, reference=name[:3].upper() + str(abs(hash(name)) % 10_000))
        site = Building(
            client=client,
            name=building,
            address_line="12 rue de la Paix",
            postcode="75002",
            city="Paris",
            country="FR",
            start_date=date(2020, 1, 1),
        )
        session.add_all([client, site])
        session.flush()
        return site.id


def reactive_orders(db: Database, actor: Actor, building_id: int, count: int) -> list[int]:
    return [
        create_work_order(
            db,
            actor,
            NewWorkOrder(
                type=WorkOrderType.REACTIVE,
                title=f"Leak number {index}",
                building_id=building_id,
                priority=Priority.HIGH,
            ),
        )
        for index in range(count)
    ]
