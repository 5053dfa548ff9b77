"""What a schedule save does to the work orders of its periods: cancelled when their period turns invalid,
reinstated when it is valid again."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import ActivityEntry, WorkOrder
from desktop.db.types import utcnow
from desktop.domain.ppm.schedule import CANCELLABLE, OrderChange, Schedule, SchedulePeriod
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Status


def change_orders(
    session: Session, changes: dict[int, tuple[OrderChange, SchedulePeriod, Schedule]]
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    cancelled: dict[int, list[int]] = defaultdict(list)
    reinstated: dict[int, list[int]] = defaultdict(list)
    if not changes:
        return cancelled, reinstated
    now = utcnow()
    orders = session.scalars(
        select(WorkOrder).where(WorkOrder.id.in_(sorted(changes))).order_by(WorkOrder.id).with_for_update()
    ).all()
    for order in orders:
        change, period, schedule = changes[order.id]
        old = order.status
        if change is OrderChange.CANCEL:
            if old not in CANCELLABLE or order.started_at is not None:
                continue
            order.previous_status = old
            order.status = Status.CANCELLED
            text = f"Cancelled automatically: {_why_invalid(period)}"
            cancelled[schedule.job_building_id].append(order.number)
        else:
            if old is not Status.CANCELLED or order.ppm_cancel_final:
                continue
            back = order.previous_status if order.previous_status in OPEN_STATUSES else Status.NEW
            order.status = back
            order.previous_status = None
            text = (
                f"Reinstated automatically: the PPM period {period.financial_start.isoformat()} to "
                f"{period.financial_end.isoformat()} is valid again."
            )
            reinstated[schedule.job_building_id].append(order.number)
        session.add(
            ActivityEntry(
                work_order=order,
                user_id=None,
                created_at=now,
                kind=ActivityKind.STATUS,
                field="status",
                old_value=old.value,
                new_value=order.status.value,
                text=text,
            )
        )
    return cancelled, reinstated


def _why_invalid(period: SchedulePeriod) -> str:
    """Why the period's order is cancelled, in English plain text for the activity log."""
    span = f"{period.financial_start.isoformat()} to {period.financial_end.isoformat()}"
    if not period.in_plan:
        return f"the PPM period {span} is no longer in the job's plan for this building."
    if period.closed:
        return f"the building is closed during the PPM period {span}."
    return f"the visit no longer lies inside the PPM period {span}."
