"""Auto-close (SPEC sections 2 and 4): the PPM orders still open once their period's financial end has passed by
their job's ``auto_close_days`` are closed as Not done, each with a status entry in its activity log that says
why. It runs with generation (:func:`desktop.services.ppm.generation.generate_due_ppms`), which lists it in its
report; the preview (:mod:`desktop.services.ppm.generation_preview`) lists each order due.

When an order is due is :mod:`desktop.domain.ppm.auto_close` (strictly after ``financial_end + days``, from the
order's period); which orders may be closed is :func:`desktop.domain.transitions.auto_close_refusal` (a PPM
order still open). Closing one:

- status Not done, ``previous_status`` the status it had, the version bumped;
- one ``status`` activity entry (old and new status) whose text says why, written in the sender's language
  (the acting agent's, else the application's, else English), as the notes of an automatic cancel are;
- the status-change email to the order's notified contacts, as every status change sends it (an automatic
  cancel included); with no agent (the command line) the email says Bureau made the change.

Orders are taken a batch at a time, each batch in its own transaction, the rows locked (on PostgreSQL, rows an
agent holds are skipped and come at the next run). Each order is checked again once locked, so a run twice
closes nothing the second time. A run kept to the orders an agent ticked (``only``, with the version each had
when shown) leaves alone, and reports, those changed since: another version, no longer open or no longer due.

The orders of contracts marked for manual generation are closed only as their periods are generated: when an
agent ticks them in the preview (``include_manual``), never by the command line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, false, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.db.models.workorders import WorkOrderNotification
from desktop.db.types import utcnow
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm.auto_close import is_due, latest_due_end
from desktop.domain.transitions import OrderState, auto_close_refusal
from desktop.domain.values import check_whole_number, in_whole_number_range
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Status, WorkOrderType
from desktop.services import notification_emails
from desktop.services.actor import Actor
from desktop.services.email_language import EmailWriter, sender_language
from desktop.services.ppm.loading import chunks

BATCH = 500
CONTEXT = "PpmOrders"


@dataclass(frozen=True)
class DueClose:
    """An order that auto-close would close as Not done now, as the preview shows it."""

    order_id: int
    number: int
    version: int  # as read: a run kept to it skips the order if it changed since
    status: Status
    title: str
    building_name: str
    job_description: str
    contract_id: int
    contract_reference: str
    manual_generation: bool
    financial_start: date
    financial_end: date
    days: int  # the job's auto_close_days


@dataclass(frozen=True)
class AutoCloseResult:
    """What a run closed and what it left alone, as order numbers, and the closed ones per contract id."""

    closed: tuple[int, ...] = ()
    skipped: tuple[int, ...] = ()  # given to close but left as they are: changed since shown (another version,
    # no longer open or no longer due), or of a contract marked for manual generation without ``include_manual``
    by_contract: Mapping[int, int] = field(default_factory=dict)


def due_closes(db: Database, today: date, include_manual: bool = True) -> list[DueClose]:
    """Every order auto-close would close on ``today``, by contract reference, financial end and number;
    writes nothing. ``include_manual``: those of contracts marked for manual generation too (flagged)."""
    with db.reading() as session:
        statement = _due(session, today, include_manual)
        if statement is None:
            return []
        rows = session.execute(statement.order_by(Contract.reference, FinancialPeriod.financial_end, WorkOrder.number))
        return [_due_close(row) for row in rows]


def auto_close_due(
    db: Database,
    actor: Actor | None,
    today: date,
    *,
    only: Mapping[int, int] | None = None,
    include_manual: bool = False,
    batch_size: int = BATCH,
    now: datetime | None = None,
) -> AutoCloseResult:
    """Close as Not done every order due on ``today`` (``only``: these order ids alone, each only if it still
    has the version given and is still due; an id no order can have is ignored), a batch at a time, each batch
    in its own transaction. A batch size that is not a whole number from 1 is refused (:class:`ValueRefused`).

    ``actor`` None: the run is automatic (the command line); its entries have no user. Orders of contracts
    marked for manual generation are left unless ``include_manual``. ``now``: the time the entries are written
    at (by default the real one).
    """
    check_whole_number(batch_size, 1)
    closed: list[int] = []
    skipped: list[int] = []
    by_contract: Counter[int] = Counter()
    writer = EmailWriter(sender_language(actor.language if actor is not None else None))
    if only is None:
        after = 0
        while True:
            with db.transaction() as session:
                statement = _due(session, today, include_manual)
                if statement is None:
                    break
                rows = session.execute(
                    statement.where(WorkOrder.id > after)
                    .order_by(WorkOrder.id)
                    .limit(batch_size)
                    .with_for_update(of=WorkOrder, skip_locked=True)
                ).all()
                if not rows:
                    break
                after = rows[-1].id
                _close_rows(session, actor, writer, today, now, rows, None, closed, skipped, by_contract)
    else:
        ids = sorted(key for key in only if in_whole_number_range(key))  # no other id can be an order's
        for index in range(0, len(ids), batch_size):
            with db.transaction() as session:
                rows = []
                for chunk in chunks(ids[index : index + batch_size]):
                    rows += session.execute(
                        _orders().where(WorkOrder.id.in_(chunk)).order_by(WorkOrder.id).with_for_update(of=WorkOrder)
                    ).all()
                if not include_manual:
                    skipped += [row.number for row in rows if row.manual_generation]
                    rows = [row for row in rows if not row.manual_generation]
                _close_rows(session, actor, writer, today, now, rows, only, closed, skipped, by_contract)
    return AutoCloseResult(tuple(closed), tuple(sorted(skipped)), dict(by_contract))


def _close_rows(
    session: Session,
    actor: Actor | None,
    writer: EmailWriter,
    today: date,
    at: datetime | None,
    rows: Sequence[Any],
    only: Mapping[int, int] | None,
    closed: list[int],
    skipped: list[int],
    by_contract: Counter[int],
) -> None:
    """Close the rows (read and locked in this transaction) that may still be closed; the others are skipped."""
    now = at or utcnow()
    user_id = actor.user_id if actor is not None else None
    changes: list[dict[str, object]] = []
    old: dict[int, Status] = {}
    entries: list[dict[str, object]] = []
    for row in rows:
        state = OrderState(row.type, row.status, row.previous_status, row.started_at is not None)
        still = (
            (only is None or only.get(row.id) == row.version)
            and auto_close_refusal(state) is None
            and is_due(row.financial_end, row.auto_close_days, today)
        )
        if not still:
            skipped.append(row.number)
            continue
        old[row.id] = Status(row.status)
        changes.append({"order_id": row.id, "old": old[row.id]})
        entries.append(
            {
                "work_order_id": row.id,
                "user_id": user_id,
                "created_at": now,
                "kind": ActivityKind.STATUS,
                "field": "status",
                "old_value": old[row.id].value,
                "new_value": Status.NOT_DONE.value,
                "text": why_not_done(writer, row.financial_end, row.auto_close_days),
            }
        )
        closed.append(row.number)
        by_contract[row.contract_id] += 1
    if not changes:
        return
    # The rows are locked (or, on SQLite, the database is): the versions read are still theirs.
    table = WorkOrder.__table__
    session.execute(
        table.update()
        .where(table.c.id == bindparam("order_id"))
        .values(status=Status.NOT_DONE, previous_status=bindparam("old"), version=table.c.version + 1),
        changes,
    )
    session.execute(insert(ActivityEntry.__table__), entries)
    _queue_emails(session, actor, old, now)


def _queue_emails(session: Session, actor: Actor | None, old: Mapping[int, Status], now: datetime) -> None:
    """The status-change email of each closed order that has notified contacts, as every status change sends it."""
    notified: list[int] = []
    for chunk in chunks(sorted(old)):
        notified += session.scalars(
            select(WorkOrderNotification.work_order_id).where(WorkOrderNotification.work_order_id.in_(chunk)).distinct()
        ).all()
    for chunk in chunks(sorted(notified)):
        for order in session.scalars(
            select(WorkOrder)
            .where(WorkOrder.id.in_(chunk))
            .order_by(WorkOrder.id)
            .options(selectinload(WorkOrder.notifications).selectinload(WorkOrderNotification.contact))
            .execution_options(populate_existing=True)
        ):
            notification_emails.queue_status_change(session, order, actor, old[order.id], now)
    session.flush()


def why_not_done(writer: EmailWriter, financial_end: date, days: int) -> str:
    """The text of an auto-close's activity entry, in the writer's language."""
    if days == 0:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders", "Closed automatically as not done: still open after its PPM period ended on {end}."
        )
    elif days == 1:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders",
            "Closed automatically as not done: still open more than one day after its PPM period ended on {end}.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders",
            "Closed automatically as not done: still open more than {days} days after its PPM period ended on {end}.",
        )
    return writer.text(text, context=CONTEXT, end=financial_end, days=days)


def _orders() -> Select[Any]:
    """An order with what auto-close needs to know: its period's end, its job's setting, its contract."""
    return (
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.version,
            WorkOrder.type,
            WorkOrder.status,
            WorkOrder.previous_status,
            WorkOrder.started_at,
            WorkOrder.title,
            WorkOrder.building_name,
            FinancialPeriod.financial_start,
            FinancialPeriod.financial_end,
            PpmJob.auto_close_days,
            PpmJob.description,
            PpmJob.contract_id,
            Contract.reference,
            Contract.manual_generation,
        )
        .join(FinancialPeriod, FinancialPeriod.id == WorkOrder.financial_period_id)
        .join(JobBuilding, JobBuilding.id == WorkOrder.job_building_id)
        .join(PpmJob, PpmJob.id == JobBuilding.ppm_job_id)
        .join(Contract, Contract.id == PpmJob.contract_id)
    )


def _due(session: Session, today: date, include_manual: bool) -> Select[Any] | None:
    """The orders due on ``today``; None when no job's setting makes any due."""
    settings = session.scalars(select(PpmJob.auto_close_days).where(PpmJob.auto_close_days.is_not(None)).distinct())
    ends: list[ColumnElement[bool]] = []
    for days in sorted(settings):
        last = latest_due_end(days, today)
        if last is not None:
            ends.append(and_(PpmJob.auto_close_days == days, FinancialPeriod.financial_end <= last))
    if not ends:
        return None
    statement = _orders().where(
        WorkOrder.type == WorkOrderType.PPM, WorkOrder.status.in_(sorted(OPEN_STATUSES)), or_(*ends)
    )
    if not include_manual:
        statement = statement.where(Contract.manual_generation.is_(false()))
    return statement


def _due_close(row: Any) -> DueClose:
    return DueClose(
        order_id=row.id,
        number=row.number,
        version=row.version,
        status=Status(row.status),
        title=row.title,
        building_name=row.building_name,
        job_description=row.description,
        contract_id=row.contract_id,
        contract_reference=row.reference,
        manual_generation=row.manual_generation,
        financial_start=row.financial_start,
        financial_end=row.financial_end,
        days=row.auto_close_days,
    )


__all__ = ["AutoCloseResult", "DueClose", "auto_close_due", "due_closes", "why_not_done"]
