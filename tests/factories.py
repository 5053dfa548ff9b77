"""Small builders of coherent rows for tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Building,
    Client,
    Contact,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    User,
    WorkOrder,
)
from desktop.domain.ppm import Frequency
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType
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


@dataclass(frozen=True)
class ContactSpec:
    name: str
    email: str | None
    receives_ppm_emails: bool


def ppm_order(
    db: Database,
    building_id: int,
    contacts: Sequence[ContactSpec] = (),
    *,
    title: str = "Quarterly boiler service",
    status: Status = Status.NEW,
) -> int:
    """A generated PPM order: contract, job, job building and period of the building's client; its number.

    ``contacts`` are added to the building's client first (the people a PPM cancel may email).
    """
    with db.transaction() as session:
        building = session.get(Building, building_id)
        assert building is not None
        client = building.client
        session.add_all(
            Contact(client=client, name=c.name, email=c.email, receives_ppm_emails=c.receives_ppm_emails)
            for c in contacts
        )
        contracts = session.scalar(select(func.count()).select_from(Contract)) or 0
        contract = Contract(
            client=client,
            reference=f"CT-{contracts + 1:04d}",
            start_date=date(2026, 1, 1),
            end_date=date(2028, 12, 31),
            fy_start_month=1,
            fy_start_day=1,
            currency="EUR",
        )
        job = PpmJob(
            contract=contract,
            description="Boiler maintenance",
            frequency=Frequency.QUARTERLY,
            default_visit_frequency=Frequency.QUARTERLY,
            default_invoice_frequency=Frequency.QUARTERLY,
            default_invoice_amount=Decimal("250.00"),
        )
        job_building = JobBuilding(
            job=job,
            building=building,
            visit_frequency=Frequency.QUARTERLY,
            invoice_frequency=Frequency.QUARTERLY,
            invoice_amount=Decimal("250.00"),
        )
        period = FinancialPeriod(
            job_building=job_building,
            financial_start=date(2026, 4, 1),
            financial_end=date(2026, 6, 30),
            visit_start=date(2026, 5, 1),
            visit_end=date(2026, 5, 31),
            invoiced=True,
            auto_generation_date=date(2026, 4, 17),
        )
        number = (session.scalar(select(func.max(WorkOrder.number))) or 0) + 1
        order = WorkOrder(
            number=number,
            type=WorkOrderType.PPM,
            status=status,
            priority=int(Priority.NORMAL),
            title=title,
            client=client,
            building=building,
            client_name=client.name,
            building_name=building.name,
            contract=contract,
            job_building=job_building,
            financial_period=period,
            due_date=period.visit_end,
            financial_end_date=period.financial_end,
        )
        session.add_all([contract, job, job_building, period, order])
        session.add(ActivityEntry(work_order=order, kind=ActivityKind.CREATED, new_value=str(number)))
        session.flush()
        return number


def actor_for(db: Database, user_id: int) -> Actor:
    """The actor of an existing user, without signing in."""
    with db.reading() as session:
        user = session.get(User, user_id)
        assert user is not None
        return Actor.of(user)
