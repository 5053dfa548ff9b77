"""Many work orders at once, for bulk actions: rows inserted in batches, one "created" entry each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from desktop.db.bulk import insert_rows
from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.ppm import Frequency
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType

ORDER_COLUMNS = (
    "number",
    "type",
    "status",
    "previous_status",
    "priority",
    "title",
    "description",
    "client_id",
    "building_id",
    "client_name",
    "building_name",
    "contract_id",
    "job_building_id",
    "financial_period_id",
    "created_at",
    "started_at",
    "financial_end_date",
    "balance",
    "invoice_only",
    "ppm_cancel_final",
)
PERIOD_COLUMNS = (
    "job_building_id",
    "financial_start",
    "financial_end",
    "visit_set_manually",
    "invoiced",
    "closed",
    "certificate_required",
    "partial",
    "valid",
    "version",
)


def many_orders(
    db: Database,
    building_id: int,
    count: int,
    *,
    type: WorkOrderType = WorkOrderType.REACTIVE,
    status: Status = Status.NEW,
    financial_end_date: date | None = None,
    title: str = "Bulk order",
) -> list[int]:
    """``count`` orders of ``type`` in ``status`` for the building, numbered after the last; their numbers.

    PPM orders get a contract, a job, a job building and one financial period each.
    """
    started = status in (Status.IN_PROGRESS, Status.AWAITING_VERIFICATION, Status.COMPLETED, Status.CLOSED)
    now = datetime.now(UTC).replace(microsecond=0)
    with db.transaction() as session:
        building = session.get(Building, building_id)
        assert building is not None
        client = building.client
        first = (session.scalar(select(func.max(WorkOrder.number))) or 0) + 1
        contract_id: int | None = None
        job_building_id: int | None = None
        periods: list[int | None] = [None] * count
        if type is WorkOrderType.PPM:
            contracts = session.scalar(select(func.count()).select_from(Contract)) or 0
            contract = Contract(
                client=client,
                reference=f"BULK-{contracts + 1:04d}",
                start_date=date(2000, 1, 1),
                end_date=date(2099, 12, 31),
                fy_start_month=1,
                fy_start_day=1,
                currency="EUR",
            )
            job = PpmJob(
                contract=contract,
                description="Filter change",
                frequency=Frequency.MONTHLY,
                default_visit_frequency=Frequency.MONTHLY,
                default_invoice_frequency=Frequency.MONTHLY,
                default_invoice_amount=Decimal("90.00"),
            )
            job_building = JobBuilding(
                job=job,
                building=building,
                visit_frequency=Frequency.MONTHLY,
                invoice_frequency=Frequency.MONTHLY,
                invoice_amount=Decimal("90.00"),
            )
            session.add_all([contract, job, job_building])
            session.flush()
            contract_id, job_building_id = contract.id, job_building.id
            end = financial_end_date or date(2026, 1, 31)
            connection = session.connection()
            insert_rows(
                connection,
                FinancialPeriod.__table__,
                PERIOD_COLUMNS,
                (
                    (
                        job_building_id,
                        date(1900, 1, 1) + timedelta(days=index),
                        end,
                        False,
                        True,
                        False,
                        False,
                        False,
                        True,
                        1,
                    )
                    for index in range(count)
                ),
            )
            periods = list(
                session.scalars(
                    select(FinancialPeriod.id)
                    .where(FinancialPeriod.job_building_id == job_building_id)
                    .order_by(FinancialPeriod.financial_start)
                )
            )
        rows = (
            (
                first + index,
                type,
                status,
                None,
                int(Priority.NORMAL),
                f"{title} {first + index}",
                "",
                client.id,
                building.id,
                client.name,
                building.name,
                contract_id,
                job_building_id,
                periods[index],
                now,
                now if started else None,
                financial_end_date,
                Decimal("0.00"),
                False,
                False,
            )
            for index in range(count)
        )
        connection = session.connection()
        insert_rows(connection, WorkOrder.__table__, ORDER_COLUMNS, rows)
        ids = session.execute(
            select(WorkOrder.id, WorkOrder.number).where(WorkOrder.number >= first).order_by(WorkOrder.number)
        ).all()
        insert_rows(
            connection,
            ActivityEntry.__table__,
            ("work_order_id", "created_at", "kind", "new_value"),
            ((row.id, now, ActivityKind.CREATED, str(row.number)) for row in ids),
        )
    return list(range(first, first + count))
