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

Only what is due is done. A run up to a day before today re-plans nothing. A period whose financial end has
passed without an order is missed: it is never generated, only counted. ``until`` more than a year ahead is
refused unless the caller asks for it (``far_ahead``).

The periods of a contract marked ``manual_generation`` are generated only when the caller includes them
(``include_manual``): an agent who ticked them in the preview (:mod:`desktop.services.ppm.generation_preview`).
A run can also be kept to chosen periods (``only``), still each once.

After generating, a run closes as Not done the PPM orders still open past their job's auto-close setting
(:mod:`desktop.services.ppm.auto_close`), those of manual contracts only with ``include_manual``; a run kept to
chosen periods closes only the orders it is given (``close_only``), each if it still has the version shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Insert, and_, exists, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Building,
    Client,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    WorkOrder,
)
from desktop.db.types import utcnow
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import ActivityKind, Priority, Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.ppm.auto_close import AutoCloseResult, auto_close_due
from desktop.services.ppm.following import Following, follow_completed_visits
from desktop.services.ppm.loading import CHUNK, chunks
from desktop.services.workorders import lock_work_order_numbers, next_work_order_number

BATCH = 500
RETRIES = 3
TITLE_MAX = 200
INVOICE_ONLY_NOTE = "Invoice-only period: no visit is planned, so the order is closed at once for invoicing."
AHEAD = relativedelta(years=1)  # how far ahead a run may go without ``far_ahead``


@dataclass(frozen=True)
class ContractReport:
    """What a run did for one contract."""

    reference: str
    created: int  # work orders created, invoice-only ones included
    invoice_only: int  # of which invoice-only orders, closed at once
    missed: int  # due periods skipped: their financial end has passed without an order
    cancelled: int  # orders cancelled automatically by the re-plans
    not_done: int = 0  # orders closed as Not done by auto-close


@dataclass(frozen=True)
class GenerationResult:
    created: int  # work orders created, invoice-only ones included
    invoice_only: int  # of which invoice-only orders, closed at once
    numbers: tuple[int, ...]  # their numbers, in order of creation
    missed: int = 0  # due periods skipped as missed
    cancelled: tuple[int, ...] = ()  # numbers of the orders the re-plans cancelled automatically
    started_invalid: tuple[int, ...] = ()  # started orders whose period a re-plan left invalid: for an agent
    replanned: tuple[int, ...] = ()  # job buildings re-planned from their last completed visit or certificate
    held: tuple[int, ...] = ()  # job buildings left as stored: a visit set by hand would have moved, or the
    # re-plan was refused or met an agent's save (tried again at the next run)
    contracts: tuple[ContractReport, ...] = ()  # per contract with something to report, by reference
    not_done: tuple[int, ...] = ()  # numbers of the orders auto-close closed as Not done
    not_done_skipped: tuple[int, ...] = ()  # numbers of orders ticked to close but changed since: left as they are


@dataclass(frozen=True)
class _Created:
    number: int
    contract_id: int
    invoice_only: bool


def generation_limit(today: date) -> date:
    """The last day a run may generate up to without ``far_ahead``."""
    try:
        return today + AHEAD
    except (OverflowError, ValueError):  # past the last year a date can hold
        return date.max


def check_until(until: date, today: date, far_ahead: bool) -> None:
    """Refuse ``until`` more than a year after ``today`` unless ``far_ahead``."""
    limit = generation_limit(today)
    if until > limit and not far_ahead:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Generating PPM work orders up to {until} goes more than a year ahead (the limit is {limit}): ask "
                "for it explicitly to go that far.",
            ),
            until=until,
            limit=limit,
        )


@dataclass(frozen=True)
class _Due:
    """Which periods a run generates."""

    until: date
    today: date
    only: Sequence[int] | None  # these period ids alone (at most CHUNK of them), or every due one
    include_manual: bool  # also those of contracts marked for manual generation
    shown: Mapping[int, tuple[int, date]] | None = None  # period id -> (job building, financial start) as shown


def generate_due_ppms(
    db: Database,
    actor: Actor | None,
    until: date,
    batch_size: int = BATCH,
    today: date | None = None,
    far_ahead: bool = False,
    only: Collection[int] | None = None,
    include_manual: bool = False,
    shown: Mapping[int, tuple[int, date]] | None = None,
    close_only: Mapping[int, int] | None = None,
) -> GenerationResult:
    """Create the work order of every valid period due on or before ``until`` that has none yet and whose
    financial end has not passed (``today``: by default the real one).

    First, when ``until`` is not before today, the buildings whose visits follow their last completed visit (or
    certificate) and that were planned from another one are re-planned, each once (the schedule history says
    why). ``until`` more than a year after today is refused unless ``far_ahead``. ``actor`` None: the run is
    automatic (the command line); its activity entries have no user. Safe to run again and at the same time as
    another generator: each order is created once.

    ``only``: create orders for these period ids alone (those still due and without an order). Periods of
    contracts marked for manual generation are skipped unless ``include_manual``. ``shown``: the job building and
    financial start each period of ``only`` had when the agent saw it; an id that now holds another period is
    skipped.

    Then the orders due to auto-close on ``today`` are closed as Not done (:func:`auto_close_due`), those of
    manual contracts only with ``include_manual``. ``close_only``: these order ids alone (id -> the version shown),
    an order changed since being left and reported; with ``only`` and no ``close_only``, none is closed.
    """
    check_whole_number(batch_size, 1)
    today = today or date.today()
    check_until(until, today, far_ahead)
    # A run up to a day already past has nothing to plan for.
    following = follow_completed_visits(db, actor, today) if until >= today else Following((), ())
    created: list[_Created] = []
    selections: Iterable[Sequence[int] | None] = [None] if only is None else chunks(sorted(set(only)))
    for selection in selections:
        due = _Due(until, today, selection, include_manual, shown)
        after: tuple[date, int] | None = None
        while True:
            batch = _run_batch(db, actor, due, after, batch_size)
            if batch is None:
                break
            after, made = batch
            created += made
    closes = AutoCloseResult()
    if close_only is not None or only is None:
        closes = auto_close_due(
            db, actor, today, only=close_only, include_manual=include_manual, batch_size=batch_size
        )
    missed = _missed(db, until, today)
    cancelled: Counter[int] = Counter()
    references: dict[int, str] = {}
    for building in following.followed:
        cancelled[building.contract_id] += len(building.cancelled_orders)
        references[building.contract_id] = building.contract_reference
    return GenerationResult(
        created=len(created),
        invoice_only=sum(1 for order in created if order.invoice_only),
        numbers=tuple(order.number for order in created),
        missed=sum(missed.values()),
        cancelled=tuple(sorted(number for building in following.followed for number in building.cancelled_orders)),
        started_invalid=tuple(sorted(number for building in following.followed for number in building.started_invalid)),
        replanned=tuple(building.job_building_id for building in following.followed),
        held=following.held,
        contracts=_reports(db, created, missed, cancelled, references, Counter(closes.by_contract)),
        not_done=closes.closed,
        not_done_skipped=closes.skipped,
    )


def _reports(
    db: Database,
    created: Iterable[_Created],
    missed: Counter[int],
    cancelled: Counter[int],
    references: dict[int, str],
    not_done: Counter[int],
) -> tuple[ContractReport, ...]:
    made: Counter[int] = Counter()
    closed: Counter[int] = Counter()
    for order in created:
        made[order.contract_id] += 1
        closed[order.contract_id] += order.invoice_only
    ids = {key for counter in (made, missed, cancelled, not_done) for key, count in counter.items() if count}
    unknown = sorted(ids - set(references))
    if unknown:
        with db.reading() as session:
            for index in range(0, len(unknown), CHUNK):
                rows = session.execute(
                    select(Contract.id, Contract.reference).where(Contract.id.in_(unknown[index : index + CHUNK]))
                )
                references.update({row.id: row.reference for row in rows})
    reports = [
        ContractReport(
            references.get(key, str(key)), made[key], closed[key], missed[key], cancelled[key], not_done[key]
        )
        for key in ids
    ]
    return tuple(sorted(reports, key=lambda report: report.reference))


def without_order_due_by(until: date) -> tuple[ColumnElement[bool], ...]:
    """The valid periods due on or before ``until`` that have no work order."""
    period = FinancialPeriod
    return (
        period.valid.is_(True),
        period.auto_generation_date.is_not(None),
        period.auto_generation_date <= until,
        ~exists().where(
            WorkOrder.job_building_id == period.job_building_id, WorkOrder.financial_period_id == period.id
        ),
    )


def _missed(db: Database, until: date, today: date) -> Counter[int]:
    """Per contract, the valid periods due on or before ``until`` whose financial end has passed without an
    order: missed, never generated."""
    period = FinancialPeriod
    with db.reading() as session:
        rows = session.execute(
            select(PpmJob.contract_id, func.count())
            .select_from(period)
            .join(JobBuilding, period.job_building_id == JobBuilding.id)
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .where(*without_order_due_by(until), period.financial_end < today)
            .where(exists().where(Contract.id == PpmJob.contract_id, Contract.active.is_(True)))
            .group_by(PpmJob.contract_id)
        ).all()
        return Counter({row[0]: row[1] for row in rows})


def _run_batch(
    db: Database, actor: Actor | None, due: _Due, after: tuple[date, int] | None, size: int
) -> tuple[tuple[date, int], list[_Created]] | None:
    for attempt in range(RETRIES):
        try:
            with db.transaction() as session:
                return _generate_batch(session, actor, due, after, size)
        except IntegrityError:
            # A work-order number taken by a writer that did not queue for it: read the numbers again.
            if attempt == RETRIES - 1:
                raise
    return None


def _due_periods(session: Session, due: _Due, after: tuple[date, int] | None, size: int) -> list[Any]:
    period = FinancialPeriod
    statement = (
        select(
            period.id,
            period.job_building_id,
            period.financial_start,
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
        .where(*without_order_due_by(due.until), period.financial_end >= due.today)  # one that ended is missed
        .where(exists().where(Contract.id == PpmJob.contract_id, Contract.active.is_(True)))  # never archived ones
        .order_by(period.auto_generation_date, period.id)
        .limit(size)
        .with_for_update(of=period, skip_locked=True)
    )
    if due.only is not None:
        statement = statement.where(period.id.in_(due.only))
    if not due.include_manual:
        statement = statement.where(
            ~exists().where(Contract.id == PpmJob.contract_id, Contract.manual_generation.is_(True))
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
    return statement.returning(table.c.id, table.c.number, table.c.invoice_only, table.c.contract_id)


def _generate_batch(
    session: Session, actor: Actor | None, due: _Due, after: tuple[date, int] | None, size: int
) -> tuple[tuple[date, int], list[_Created]] | None:
    # Queue behind any other generator first, so that the periods read next show its orders.
    lock_work_order_numbers(session)
    read = _due_periods(session, due, after, size)
    if not read:
        return None
    # An id shown for one period may hold another now (SQLite reuses the ids of deleted rows): leave it.
    shown = due.shown
    periods = read if shown is None else [p for p in read if shown.get(p.id) == (p.job_building_id, p.financial_start)]
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
    inserted = session.execute(_insert_orders(session), orders).all() if orders else []
    created = sorted(inserted, key=lambda row: row.number)
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
    last = read[-1]
    return (
        (last.auto_generation_date, last.id),
        [_Created(order.number, order.contract_id, order.invoice_only) for order in created],
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
