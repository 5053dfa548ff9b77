"""Generating the PPM work orders whose time has come (SPEC section 4), once each.

Every valid period whose auto-generation date is on or before ``until`` and that has no work order yet gets
one: a New PPM order for a period with a visit, or, for an invoice-only period (invoiced, no visit), an order
closed at once and flagged ``invoice_only``. Periods are taken a batch at a time, each batch in its own
transaction:

- on SQLite the transaction starts with BEGIN IMMEDIATE, so two generators (or a generator and an agent)
  take turns; the second one reads the periods after the first has committed its orders;
- on PostgreSQL every transaction that numbers work orders holds one advisory lock until it ends (see
  :func:`desktop.services.workorders.lock_work_order_numbers`), taken before the periods are read; the period
  rows are locked too, skipping those a schedule save holds (they come at the next run);
- whatever happens, the unique constraint on (job building, period) stands behind it: the insert does nothing
  for a period that has an order already (INSERT ... ON CONFLICT DO NOTHING on both databases).

An order cancelled with the PPM-cancel action keeps its period, so that period is never generated again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Insert, and_, exists, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Client, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.db.types import utcnow
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.ppm.following import follow_completed_visits
from desktop.services.workorders import lock_work_order_numbers, next_work_order_number

BATCH = 500
RETRIES = 3
TITLE_MAX = 200
INVOICE_ONLY_NOTE = "Invoice-only period: no visit is planned, so the order is closed at once for invoicing."


@dataclass(frozen=True)
class GenerationResult:
    created: int  # work orders created, invoice-only ones included
    invoice_only: int  # of which invoice-only orders, closed at once
    numbers: tuple[int, ...]  # their numbers, in order of creation


def generate_due_ppms(
    db: Database, actor: Actor | None, until: date, batch_size: int = BATCH, today: date | None = None
) -> GenerationResult:
    """Create the work order of every valid period due on or before ``until`` that has none yet.

    First the buildings whose visits follow their last completed visit are re-planned from it (``today`` is
    the day they are planned for; by default the real one). ``actor`` None: the run is automatic (the command
    line); its activity entries have no user. Safe to run again and at the same time as another generator: each
    order is created once.
    """
    check_whole_number(batch_size, 1)
    follow_completed_visits(db, actor, today)
    numbers: list[int] = []
    invoice_only = 0
    after: tuple[date, int] | None = None
    while True:
        batch = _run_batch(db, actor, until, after, batch_size)
        if batch is None:
            break
        after, created, closed = batch
        numbers += created
        invoice_only += closed
    return GenerationResult(created=len(numbers), invoice_only=invoice_only, numbers=tuple(numbers))


def _run_batch(
    db: Database, actor: Actor | None, until: date, after: tuple[date, int] | None, size: int
) -> tuple[tuple[date, int], list[int], int] | None:
    for attempt in range(RETRIES):
        try:
            with db.transaction() as session:
                return _generate_batch(session, actor, until, after, size)
        except IntegrityError:
            # A work-order number taken by a writer that did not queue for it: read the numbers again.
            if attempt == RETRIES - 1:
                raise
    return None


def _due_periods(session: Session, until: date, after: tuple[date, int] | None, size: int) -> list[Any]:
    period = FinancialPeriod
    statement = (
        select(
            period.id,
            period.job_building_id,
            period.auto_generation_date,
            period.visit_start,
            period.visit_end,
            period.financial_end,
            JobBuilding.building_id,
            JobBuilding.instructions,
            PpmJob.description,
            PpmJob.contract_id,
            Building.name.label("building_name"),
            Building.client_id,
            Client.name.label("client_name"),
        )
        .join(JobBuilding, period.job_building_id == JobBuilding.id)
        .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
        .join(Building, JobBuilding.building_id == Building.id)
        .join(Client, Building.client_id == Client.id)
        .where(
            period.valid.is_(True),
            period.auto_generation_date.is_not(None),
            period.auto_generation_date <= until,
            ~exists().where(
                WorkOrder.job_building_id == period.job_building_id, WorkOrder.financial_period_id == period.id
            ),
        )
        .order_by(period.auto_generation_date, period.id)
        .limit(size)
        .with_for_update(of=period, skip_locked=True)
    )
    if after is not None:
        statement = statement.where(
            or_(
                period.auto_generation_date > after[0],
                and_(period.auto_generation_date == after[0], period.id > after[1]),
            )
        )
    return list(session.execute(statement).all())


def _insert_orders(session: Session) -> Insert:
    table = WorkOrder.__table__
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table).on_conflict_do_nothing(index_elements=["job_building_id", "financial_period_id"])
    return statement.returning(table.c.id, table.c.number, table.c.invoice_only)


def _generate_batch(
    session: Session, actor: Actor | None, until: date, after: tuple[date, int] | None, size: int
) -> tuple[tuple[date, int], list[int], int] | None:
    # Queue behind any other generator first, so that the periods read next show its orders.
    lock_work_order_numbers(session)
    periods = _due_periods(session, until, after, size)
    if not periods:
        return None
    first = next_work_order_number(session)
    now = utcnow()
    orders = []
    for offset, row in enumerate(periods):
        invoice_only = row.visit_start is None
        orders.append(
            {
                "number": first + offset,
                "type": WorkOrderType.PPM,
                "status": Status.CLOSED if invoice_only else Status.NEW,
                "priority": int(Priority.NORMAL),
                "title": row.description[:TITLE_MAX],
                "description": row.instructions or "",
                "client_id": row.client_id,
                "building_id": row.building_id,
                "client_name": row.client_name,
                "building_name": row.building_name,
                "contract_id": row.contract_id,
                "job_building_id": row.job_building_id,
                "financial_period_id": row.id,
                "created_at": now,
                "completed_at": now if invoice_only else None,
                "due_date": row.financial_end if invoice_only else row.visit_end,
                "financial_end_date": row.financial_end,
                "invoice_only": invoice_only,
                "ppm_cancel_final": False,
            }
        )
    created = sorted(session.execute(_insert_orders(session), orders).all(), key=lambda row: row.number)
    user_id = actor.user_id if actor is not None else None
    entries: list[dict[str, object]] = []
    for order in created:
        entries.append(_entry(order.id, user_id, now, ActivityKind.CREATED, new=str(order.number)))
        if order.invoice_only:
            entries.append(
                _entry(
                    order.id,
                    user_id,
                    now,
                    ActivityKind.STATUS,
                    field="status",
                    old=Status.NEW.value,
                    new=Status.CLOSED.value,
                    text=INVOICE_ONLY_NOTE,
                )
            )
    if entries:
        session.execute(insert(ActivityEntry.__table__), entries)
    last = periods[-1]
    return (
        (last.auto_generation_date, last.id),
        [order.number for order in created],
        sum(1 for order in created if order.invoice_only),
    )


def _entry(
    order_id: int,
    user_id: int | None,
    now: object,
    kind: ActivityKind,
    *,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
    text: str | None = None,
) -> dict[str, object]:
    return {
        "work_order_id": order_id,
        "user_id": user_id,
        "created_at": now,
        "kind": kind,
        "field": field,
        "old_value": old,
        "new_value": new,
        "text": text,
    }
