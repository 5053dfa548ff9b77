"""Re-planning the buildings whose visits follow their last completed visit (dynamic dates)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.models import JobBuilding, PpmJob, WorkOrder
from desktop.domain.errors import BureauError
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.schedule import DONE, ScheduleChange
from desktop.services.actor import Actor
from desktop.services.ppm.loading import load_schedules
from desktop.services.ppm.saving import save_changes


def follow_completed_visits(db: Database, actor: Actor | None, today: date | None = None) -> list[int]:
    """Re-plan the buildings whose visits follow their last completed visit (dynamic dates) and whose stored
    periods no longer show it, so that generation places the next visits from it; the ids re-planned.

    Each building is saved on its own with its stored settings; one that an agent saves at the same moment is
    left for the next run.
    """
    today = today or date.today()
    with db.reading() as session:
        dynamic = [frequency for frequency in Frequency if frequency.dynamic_dates_supported]
        ids = session.scalars(
            select(WorkOrder.job_building_id)
            .join(JobBuilding, JobBuilding.id == WorkOrder.job_building_id)
            .join(PpmJob, PpmJob.id == JobBuilding.ppm_job_id)
            .where(
                JobBuilding.exclude_dynamic_dates.is_(False),
                JobBuilding.visit_frequency.in_(dynamic),
                PpmJob.frequency.in_(dynamic),
                WorkOrder.status.in_(DONE),
                WorkOrder.invoice_only.is_(False),
                WorkOrder.completed_at.is_not(None),
            )
            .distinct()
        ).all()
    followed = []
    for schedule in load_schedules(db, [i for i in ids if i is not None], today).values():
        current = schedule.current
        if not current.dynamic_dates or (not any(p.unsaved for p in current.periods) and not current.removed):
            continue
        change = ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
        try:
            with db.transaction() as session:
                save_changes(session, actor, [change], today)
        except (BureauError, StaleDataError):
            continue
        followed.append(schedule.job_building_id)
    return followed
