"""Reading job buildings' PPM schedules: a few queries for any number of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import (
    Building,
    BuildingClosure,
    Client,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    WorkOrder,
)
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm.schedule import DONE, ROW_FIELDS, PeriodOrder, Schedule, ScheduleSettings, StoredPeriod

CHUNK = 900  # ids per IN (...) list


def not_in_job() -> NotFound:
    """The refusal for a job building that no longer exists."""
    return NotFound(QT_TRANSLATE_NOOP("Errors", "This building is no longer part of the PPM job."))


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for index in range(0, len(ids), CHUNK):
        yield ids[index : index + CHUNK]


def _seasonal(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    return tuple(sorted({int(part) for part in text.split(",") if part.strip()}))


def read_schedules(session: Session, ids: Sequence[int], today: date, lock: bool = False) -> dict[int, Schedule]:
    """The schedules of these job buildings, a few queries for all of them; ``lock``: their period rows too."""
    ids = sorted(set(ids))
    heads = []
    for chunk in chunks(ids):
        heads += session.execute(
            select(
                JobBuilding.id,
                JobBuilding.version,
                JobBuilding.visit_frequency,
                JobBuilding.invoice_frequency,
                JobBuilding.invoice_amount,
                JobBuilding.partial_periods,
                JobBuilding.exclude_dynamic_dates,
                JobBuilding.next_visit_required_by,
                JobBuilding.last_certificate_date,
                JobBuilding.planned_anchor,
                JobBuilding.instructions,
                JobBuilding.end_date.label("left_job_on"),
                PpmJob.id.label("job_id"),
                PpmJob.description,
                PpmJob.frequency,
                PpmJob.certificate_based,
                PpmJob.lead_days,
                PpmJob.seasonal_months,
                Contract.id.label("contract_id"),
                Contract.reference,
                Contract.start_date.label("contract_start"),
                Contract.end_date.label("contract_end"),
                Contract.fy_start_month,
                Contract.fy_start_day,
                Contract.currency,
                Client.name.label("client_name"),
                Building.id.label("building_id"),
                Building.name.label("building_name"),
                Building.start_date.label("building_start"),
                Building.end_date.label("building_end"),
            )
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, PpmJob.contract_id == Contract.id)
            .join(Building, JobBuilding.building_id == Building.id)
            .join(Client, Building.client_id == Client.id)
            .where(JobBuilding.id.in_(chunk))
        ).all()
    building_ids = sorted({head.building_id for head in heads})
    closures: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for chunk in chunks(building_ids):
        for row in session.execute(
            select(BuildingClosure.building_id, BuildingClosure.start_date, BuildingClosure.end_date).where(
                BuildingClosure.building_id.in_(chunk)
            )
        ):
            closures[row.building_id].append((row.start_date, row.end_date))

    periods: dict[int, list[Any]] = defaultdict(list)
    table = FinancialPeriod.__table__
    for chunk in chunks(ids):
        statement = (
            select(
                table.c.id,
                table.c.version,
                table.c.job_building_id,
                table.c.financial_start,
                *(table.c[name] for name in ROW_FIELDS),
            )
            .where(table.c.job_building_id.in_(chunk))
            .order_by(table.c.id)
        )
        if lock:
            statement = statement.with_for_update()
        for row in session.execute(statement):
            periods[row.job_building_id].append(row)

    # Read after the period rows are locked: a generator that got there first has committed its orders.
    orders_of_building: dict[int, list[Any]] = defaultdict(list)
    for chunk in chunks(ids):
        for row in session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.status,
                WorkOrder.invoice_only,
                WorkOrder.started_at,
                WorkOrder.completed_at,
                WorkOrder.ppm_cancel_final,
                WorkOrder.job_building_id,
                WorkOrder.financial_period_id,
            ).where(WorkOrder.job_building_id.in_(chunk))
        ):
            orders_of_building[row.job_building_id].append(row)

    schedules = {}
    for head in heads:
        order_rows = orders_of_building.get(head.id, [])
        orders = {row.financial_period_id: period_order(row) for row in order_rows}
        last = max(
            (row for row in order_rows if row.status in DONE and not row.invoice_only and row.completed_at is not None),
            key=lambda row: (row.completed_at, row.number),
            default=None,
        )
        stored = tuple(
            sorted(
                (
                    StoredPeriod(
                        id=row.id,
                        version=row.version,
                        financial_start=row.financial_start,
                        **{name: getattr(row, name) for name in ROW_FIELDS},
                        order=orders.get(row.id),
                    )
                    for row in periods.get(head.id, [])
                ),
                key=lambda period: period.financial_start,
            )
        )
        manual = tuple(
            (period.financial_start, period.visit_start, period.visit_end)
            for period in stored
            if period.visit_set_manually and period.visit_start is not None and period.visit_end is not None
        )
        schedules[head.id] = Schedule(
            job_building_id=head.id,
            version=head.version,
            job_id=head.job_id,
            job_description=head.description,
            job_frequency=head.frequency,
            certificate_based=head.certificate_based,
            lead_days=head.lead_days,
            seasonal_months=_seasonal(head.seasonal_months),
            contract_id=head.contract_id,
            contract_reference=head.reference,
            contract_start=head.contract_start,
            contract_end=head.contract_end,
            financial_year_start=(head.fy_start_month, head.fy_start_day),
            currency=head.currency,
            client_name=head.client_name,
            building_id=head.building_id,
            building_name=head.building_name,
            building_start=head.building_start,
            building_end=head.building_end,
            closed_ranges=tuple(sorted(closures.get(head.building_id, []))),
            exclude_dynamic_dates=head.exclude_dynamic_dates,
            last_work_order_number=last.number if last is not None else None,
            last_visit_date=last.completed_at.date() if last is not None else None,
            last_certificate_date=head.last_certificate_date,
            settings=ScheduleSettings(
                visit_frequency=head.visit_frequency,
                invoice_frequency=head.invoice_frequency,
                invoice_amount=head.invoice_amount,
                partial_periods=head.partial_periods,
                next_visit_required_by=head.next_visit_required_by,
                instructions=head.instructions or "",
            ),
            manual_visits=manual,
            stored_periods=stored,
            today=today,
            orders=tuple(period_order(row) for row in order_rows),
            planned_anchor=head.planned_anchor,
            left_job_on=head.left_job_on,
        )
    return schedules


def period_order(row: Any) -> PeriodOrder:
    return PeriodOrder(
        id=row.id,
        number=row.number,
        status=row.status,
        invoice_only=row.invoice_only,
        started=row.started_at is not None,
        ppm_cancel_final=row.ppm_cancel_final,
    )


def load_schedules(db: Database, job_building_ids: Sequence[int], today: date | None = None) -> dict[int, Schedule]:
    """Several job buildings' schedules at once, by id; ids that no longer exist are left out."""
    with db.reading() as session:
        return read_schedules(session, job_building_ids, today or date.today())


def load_schedule(db: Database, job_building_id: int, today: date | None = None) -> Schedule:
    """A job building's schedule for the period editor."""
    with db.reading() as session:
        schedules = read_schedules(session, [job_building_id], today or date.today())
    schedule = schedules.get(job_building_id)
    if schedule is None:
        raise not_in_job()
    return schedule
