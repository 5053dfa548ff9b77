"""Writing and reading the schedule history of job buildings (``schedule_history``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import ScheduleHistoryEntry, User
from desktop.db.types import utcnow
from desktop.domain.ppm.history import Difference, Reason, What


@dataclass(frozen=True)
class HistoryEntry:
    financial_start: date
    changed_at: datetime
    user: str | None  # the agent's display name; None: an automatic change
    reason: Reason
    what: What
    old: str | None
    new: str | None


def record(
    session: Session, job_building_id: int, found: Sequence[Difference], reason: Reason, user_id: int | None
) -> None:
    """Write these differences to the job building's history in the caller's transaction."""
    if not found:
        return
    now = utcnow()
    session.execute(
        insert(ScheduleHistoryEntry.__table__),
        [
            {
                "job_building_id": job_building_id,
                "financial_start": difference.financial_start,
                "created_at": now,
                "user_id": user_id,
                "reason": reason.value,
                "what": difference.what.value,
                "old_value": difference.old,
                "new_value": difference.new,
            }
            for difference in found
        ],
    )


def history_of(db: Database, job_building_id: int, limit: int = 500) -> list[HistoryEntry]:
    """The job building's schedule history, newest first."""
    entry = ScheduleHistoryEntry
    with db.reading() as session:
        rows = session.execute(
            select(
                entry.financial_start,
                entry.created_at,
                User.display_name,
                entry.reason,
                entry.what,
                entry.old_value,
                entry.new_value,
            )
            .outerjoin(User, User.id == entry.user_id)
            .where(entry.job_building_id == job_building_id)
            .order_by(entry.id.desc())
            .limit(limit)
        ).all()
    return [
        HistoryEntry(
            financial_start=row.financial_start,
            changed_at=row.created_at,
            user=row.display_name,
            reason=Reason(row.reason),
            what=What(row.what),
            old=row.old_value,
            new=row.new_value,
        )
        for row in rows
    ]
