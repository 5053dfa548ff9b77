"""What a schedule save does to the work orders of its periods: the order of a period that is no longer valid is
cancelled as Cancel job cancels it (status, activity entries, emails, never generated again), in the save's
transaction, with notes that say why; a started order is never cancelled but listed for the agent. A cancelled
order is never reinstated by a save: the agent does it with the Reinstate action."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import WorkOrder
from desktop.db.types import utcnow
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm.history import Difference, Reason, What
from desktop.domain.ppm.schedule import SchedulePeriod
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Status
from desktop.services import activity
from desktop.services.actor import Actor
from desktop.services.email_language import EmailWriter, sender_language
from desktop.services.ppm.history import record
from desktop.services.ppm.loading import chunks
from desktop.services.workorder_actions import can_cancel_automatically, cancel_in

CONTEXT = "PpmOrders"


@dataclass(frozen=True)
class Cancel:
    """The order of a period that a save leaves invalid."""

    order_id: int
    job_building_id: int
    period: SchedulePeriod


@dataclass
class OrdersChanged:
    """Order numbers by job building: those cancelled, and the started ones left open on an invalid period."""

    cancelled: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    started_invalid: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))


def change_orders(session: Session, actor: Actor | None, cancels: Sequence[Cancel], reason: Reason) -> OrdersChanged:
    """Cancel the orders of these periods in the caller's transaction, each through Cancel job with notes that
    say why, and write an ``order_cancelled`` entry to the schedule history of its period (old: the order's
    number; new: ``cancelled``). An order started (or no longer open) by the time it is locked is left alone;
    one still open is listed in ``started_invalid``."""
    changed = OrdersChanged()
    if not cancels:
        return changed
    by_order = {cancel.order_id: cancel for cancel in cancels}
    orders: list[WorkOrder] = []
    for chunk in chunks(sorted(by_order)):
        orders += session.scalars(
            select(WorkOrder).where(WorkOrder.id.in_(chunk)).order_by(WorkOrder.id).with_for_update()
        ).all()
    now = utcnow()
    writer = EmailWriter(sender_language(actor.language if actor is not None else None))
    found: dict[int, list[Difference]] = defaultdict(list)
    for order in orders:
        cancel = by_order[order.id]
        if not can_cancel_automatically(order):
            if order.status in OPEN_STATUSES:
                changed.started_invalid[cancel.job_building_id].append(order.number)
            continue
        cancel_in(session, order, actor, why_cancelled(writer, cancel.period), now, automatic=True)
        changed.cancelled[cancel.job_building_id].append(order.number)
        found[cancel.job_building_id].append(
            Difference(cancel.period.financial_start, What.ORDER_CANCELLED, str(order.number), Status.CANCELLED.value)
        )
    user_id = actor.user_id if actor is not None else None
    for job_building_id, differences in found.items():
        record(session, job_building_id, sorted(differences, key=lambda d: d.financial_start), reason, user_id)
    return changed


def move_financial_ends(session: Session, actor: Actor | None, ends: Sequence[tuple[int, date]]) -> None:
    """Give the orders of periods whose end moved their period's new financial end (the date bulk close and
    auto-close go by), each change in its activity log, in the caller's transaction."""
    if not ends:
        return
    new_end = dict(ends)
    now = utcnow()
    for chunk in chunks(sorted(new_end)):
        for order in session.scalars(
            select(WorkOrder).where(WorkOrder.id.in_(chunk)).order_by(WorkOrder.id).with_for_update()
        ):
            old = order.financial_end_date
            if old == new_end[order.id]:
                continue
            order.financial_end_date = new_end[order.id]
            activity.record(
                session,
                order,
                actor,
                ActivityKind.FIELD,
                field="financial_end_date",
                old=old.isoformat() if old is not None else None,
                new=new_end[order.id].isoformat(),
            ).created_at = now


def why_cancelled(writer: EmailWriter, period: SchedulePeriod) -> str:
    """The notes of an automatic cancel, in the writer's language: why the period is no longer valid."""
    span = {"start": period.financial_start, "end": period.financial_end}
    if not period.in_plan:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders",
            "Cancelled automatically: the PPM period {start} to {end} is no longer in the job's plan for this "
            "building.",
        )
    elif period.closed:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders", "Cancelled automatically: the building is closed during the PPM period {start} to {end}."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "PpmOrders", "Cancelled automatically: the visit no longer lies inside the PPM period {start} to {end}."
        )
    return writer.text(text, context=CONTEXT, **span)
