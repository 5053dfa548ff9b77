"""Read services of the contracts screen: the list of contracts, and a contract's PPM tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import to_money
from desktop.domain.ppm import Frequency


@dataclass(frozen=True)
class ContractRow:
    id: int
    reference: str
    client_id: int
    client_name: str
    start_date: date
    end_date: date
    financial_year_start: tuple[int, int]  # (month, day)
    currency: str
    job_count: int
    version: int
    active: bool = True  # False: archived
    manual_generation: bool = False  # its PPM orders are generated only from the generation preview


@dataclass(frozen=True)
class JobBuildingRow:
    """A building of a PPM job as the PPM tab lists it."""

    id: int
    version: int
    building_id: int
    building_name: str
    visit_frequency: Frequency
    invoice_frequency: Frequency
    invoice_amount: Decimal
    site_value: Decimal  # the invoice amount times the stored invoiced, valid periods
    partial_periods: bool
    exclude_dynamic_dates: bool
    periods: int
    work_orders: int  # generated for this building under the job: when > 0 only the amount may change
    end_date: date | None = None  # the building's last day in the job, once it left it


@dataclass(frozen=True)
class JobRow:
    id: int
    version: int
    description: str
    frequency: Frequency
    seasonal_months: tuple[int, ...]
    certificate_based: bool
    lead_days: int
    dynamic_dates_supported: bool
    exclude_dynamic_dates: bool  # the job's default for its buildings
    default_visit_frequency: Frequency
    default_invoice_frequency: Frequency
    default_invoice_amount: Decimal
    auto_close_days: int | None
    buildings: tuple[JobBuildingRow, ...]

    @property
    def site_value(self) -> Decimal:
        return to_money(sum((building.site_value for building in self.buildings), Decimal(0)))


@dataclass(frozen=True)
class ContractPpm:
    contract: ContractRow
    jobs: tuple[JobRow, ...]


def _name_key(name: str, row_id: int) -> tuple[str, str, int]:
    return (name.casefold(), name, row_id)


def list_contracts(db: Database, include_archived: bool = False) -> list[ContractRow]:
    """Every active contract (and the archived ones with ``include_archived``) with its client and number of PPM
    jobs, by client then reference."""
    with db.reading() as session:
        jobs = select(PpmJob.contract_id, func.count().label("jobs")).group_by(PpmJob.contract_id).subquery("jobs")
        statement = (
            select(Contract, Client.name, func.coalesce(jobs.c.jobs, 0))
            .join(Client, Contract.client_id == Client.id)
            .outerjoin(jobs, jobs.c.contract_id == Contract.id)
        )
        if not include_archived:
            statement = statement.where(Contract.active.is_(True))
        rows = session.execute(statement).all()
        result = [_contract_row(contract, client_name, job_count) for contract, client_name, job_count in rows]
    return sorted(result, key=lambda row: (*_name_key(row.client_name, row.client_id), row.reference.casefold()))


def _contract_row(contract: Contract, client_name: str, job_count: int) -> ContractRow:
    return ContractRow(
        id=contract.id,
        reference=contract.reference,
        client_id=contract.client_id,
        client_name=client_name,
        start_date=contract.start_date,
        end_date=contract.end_date,
        financial_year_start=(contract.fy_start_month, contract.fy_start_day),
        currency=contract.currency,
        job_count=job_count,
        version=contract.version,
        active=contract.active,
        manual_generation=contract.manual_generation,
    )


def contract_ppm(db: Database, contract_id: int) -> ContractPpm:
    """A contract's PPM tab: its jobs, and the buildings of each with their visits, invoices and site value."""
    with db.reading() as session:
        found = session.execute(
            select(Contract, Client.name)
            .join(Client, Contract.client_id == Client.id)
            .where(Contract.id == contract_id)
        ).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This contract no longer exists."))
        contract, client_name = found
        jobs = session.scalars(select(PpmJob).where(PpmJob.contract_id == contract_id).order_by(PpmJob.id)).all()
        job_ids = [job.id for job in jobs]
        of_contract = select(JobBuilding.id).where(JobBuilding.ppm_job_id.in_(job_ids)).scalar_subquery()
        periods = (
            select(
                FinancialPeriod.job_building_id,
                func.count().label("periods"),
                func.count().filter(FinancialPeriod.invoiced.is_(True), FinancialPeriod.valid.is_(True)).label("paid"),
            )
            .where(FinancialPeriod.job_building_id.in_(of_contract))
            .group_by(FinancialPeriod.job_building_id)
            .subquery("periods")
        )
        orders = (
            select(WorkOrder.job_building_id, func.count().label("orders"))
            .where(WorkOrder.job_building_id.in_(of_contract))
            .group_by(WorkOrder.job_building_id)
            .subquery("orders")
        )
        rows = session.execute(
            select(
                JobBuilding,
                Building.name,
                func.coalesce(periods.c.periods, 0),
                func.coalesce(periods.c.paid, 0),
                func.coalesce(orders.c.orders, 0),
            )
            .join(Building, JobBuilding.building_id == Building.id)
            .outerjoin(periods, periods.c.job_building_id == JobBuilding.id)
            .outerjoin(orders, orders.c.job_building_id == JobBuilding.id)
            .where(JobBuilding.ppm_job_id.in_(job_ids))
        ).all()
        buildings: dict[int, list[JobBuildingRow]] = {job_id: [] for job_id in job_ids}
        for job_building, building_name, period_count, invoiced, order_count in rows:
            buildings[job_building.ppm_job_id].append(
                JobBuildingRow(
                    id=job_building.id,
                    version=job_building.version,
                    building_id=job_building.building_id,
                    building_name=building_name,
                    visit_frequency=job_building.visit_frequency,
                    invoice_frequency=job_building.invoice_frequency,
                    invoice_amount=job_building.invoice_amount,
                    site_value=to_money(job_building.invoice_amount * invoiced),
                    partial_periods=job_building.partial_periods,
                    exclude_dynamic_dates=job_building.exclude_dynamic_dates,
                    periods=period_count,
                    work_orders=order_count,
                    end_date=job_building.end_date,
                )
            )
        job_rows = tuple(
            JobRow(
                id=job.id,
                version=job.version,
                description=job.description,
                frequency=job.frequency,
                seasonal_months=tuple(int(part) for part in (job.seasonal_months or "").split(",") if part.strip()),
                certificate_based=job.certificate_based,
                lead_days=job.lead_days,
                dynamic_dates_supported=job.frequency.dynamic_dates_supported,
                exclude_dynamic_dates=job.exclude_dynamic_dates_default,
                default_visit_frequency=job.default_visit_frequency,
                default_invoice_frequency=job.default_invoice_frequency,
                default_invoice_amount=job.default_invoice_amount,
                auto_close_days=job.auto_close_days,
                buildings=tuple(
                    sorted(buildings[job.id], key=lambda row: _name_key(row.building_name, row.building_id))
                ),
            )
            for job in jobs
        )
        return ContractPpm(contract=_contract_row(contract, client_name, len(jobs)), jobs=job_rows)
