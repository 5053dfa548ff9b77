"""Writing a work order's activity log, always inside the transaction of the change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.db.models import ActivityEntry, WorkOrder
from desktop.domain.workorders import ActivityKind
from desktop.services.actor import Actor


def record(
    session: Session,
    order: WorkOrder,
    actor: Actor | None,
    kind: ActivityKind,
    *,
    field: str | None = None,
    old: object = None,
    new: object = None,
    text: str | None = None,
) -> ActivityEntry:
    entry = ActivityEntry(
        work_order=order,
        user_id=actor.user_id if actor is not None else None,
        kind=kind,
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
        text=text,
    )
    session.add(entry)
    return entry
