"""Builders for PPM tests: a contract with one job and some buildings in it, periods not planned yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import Building, BuildingClosure, Client, Contract, JobBuilding, PpmJob
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.schedule import ScheduleSettings
from desktop.services.actor import Actor
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.saving import SaveResult, save_schedule


@dataclass(frozen=True)
class PpmJobSpec:
    contract_start: date = date(2026, 4, 1)
    contract_end: date = date(2027, 3, 31)
    fy_start: tuple[int, int] = (4, 1)
    frequency: Frequency = Frequency.QUARTERLY
    visits: Frequency = Frequency.QUARTERLY
    invoices: Frequency = Frequency.MONTHLY
    amount: Decimal = Decimal("150.00")
    lead_days: int = 14
    certificate_based: bool = False
    exclude_dynamic_dates: bool = False
    building_start: date = date(2020, 1, 1)
    building_end: date | None = None
    description: str = "Boiler maintenance"


def ppm_job(
    db: Database, spec: PpmJobSpec = PpmJobSpec(), buildings: int = 1, client: str = "Acme Facilities"
) -> list[int]:
    """A contract of a new client, one PPM job, ``buildings`` buildings in it; the job buildings' ids."""
    with db.transaction() as session:
        clients = session.scalar(select(func.count()).select_from(Client)) or 0
        owner = Client(name=client, reference=f"CL-{clients + 1:04d}")
        contracts = session.scalar(select(func.count()).select_from(Contract)) or 0
        contract = Contract(
            client=owner,
            reference=f"CT-{contracts + 1:04d}",
            start_date=spec.contract_start,
            end_date=spec.contract_end,
            fy_start_month=spec.fy_start[0],
            fy_start_day=spec.fy_start[1],
            currency="EUR",
        )
        job = PpmJob(
            contract=contract,
            description=spec.description,
            frequency=spec.frequency,
            certificate_based=spec.certificate_based,
            lead_days=spec.lead_days,
            default_visit_frequency=spec.visits,
            default_invoice_frequency=spec.invoices,
            default_invoice_amount=spec.amount,
            exclude_dynamic_dates_default=spec.exclude_dynamic_dates,
        )
        rows = []
        for index in range(buildings):
            building = Building(
                client=owner,
                name=f"Site {index + 1:04d}",
                address_line=f"{index + 1} rue de la Paix",
                postcode="75002",
                city="Paris",
                country="FR",
                start_date=spec.building_start,
                end_date=spec.building_end,
            )
            rows.append(
                JobBuilding(
                    job=job,
                    building=building,
                    visit_frequency=spec.visits,
                    invoice_frequency=spec.invoices,
                    invoice_amount=spec.amount,
                    partial_periods=False,
                    exclude_dynamic_dates=spec.exclude_dynamic_dates,
                )
            )
        session.add_all([owner, contract, job, *rows])
        session.flush()
        return [row.id for row in rows]


def save_as_stored(db: Database, actor: Actor, job_building_id: int, today: date, **changes: object) -> SaveResult:
    """Save a job building's schedule with its stored settings, some of them changed."""
    schedule = load_schedule(db, job_building_id, today)
    settings = ScheduleSettings(**{**schedule.settings.__dict__, **changes})
    return save_schedule(db, actor, job_building_id, schedule.version, settings, schedule.manual_visits, today)


def close_building(db: Database, job_building_id: int, start: date, end: date) -> None:
    with db.transaction() as session:
        job_building = session.get(JobBuilding, job_building_id)
        assert job_building is not None
        session.add(BuildingClosure(building_id=job_building.building_id, start_date=start, end_date=end))


def reopen_building(db: Database, job_building_id: int) -> None:
    with db.transaction() as session:
        job_building = session.get(JobBuilding, job_building_id)
        assert job_building is not None
        for closure in session.scalars(
            select(BuildingClosure).where(BuildingClosure.building_id == job_building.building_id)
        ):
            session.delete(closure)
