"""Re-planning the PPM schedules that a building or contract change affects, in the caller's transaction.

A building's closures and start and end dates, and a contract's dates, shape the periods of every job building
planned on them. The service that changes them re-plans those job buildings at once, with their stored settings,
so that a period that turns invalid cancels its order in the same transaction (:mod:`desktop.services.ppm.orders`)
instead of when someone next opens the period editor.

Only job buildings whose periods are stored are re-planned (a plan never saved is not stored by a building edit),
and only those whose stored periods the re-plan changes (the others keep their version, so an agent who has
their period editor open can still save). The re-plan is a consequence of the change, not a contract edit: it
needs no permission of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Exists, exists, select
from sqlalchemy.orm import Session

from desktop.db.models import Contract, FinancialPeriod, JobBuilding, PpmJob
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.schedule import Schedule, ScheduleChange
from desktop.services.actor import Actor
from desktop.services.ppm.loading import read_schedules
from desktop.services.ppm.saving import SaveResult, save_changes
from desktop.services.ppm.storage import lock_job_buildings


def replan_building(
    session: Session, building_id: int, today: date, reason: Reason, actor: Actor | None = None
) -> list[SaveResult]:
    """Re-plan and store every job building of the building whose periods the change moves; their results."""
    ids = session.scalars(
        select(JobBuilding.id)
        .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
        .join(Contract, PpmJob.contract_id == Contract.id)
        # An archived contract's schedules stay as they were archived.
        .where(JobBuilding.building_id == building_id, Contract.active.is_(True), _has_periods())
        .order_by(JobBuilding.id)
    ).all()
    return replan_job_buildings(session, ids, today, reason, actor)


def replan_contract(
    session: Session, contract_id: int, today: date, reason: Reason = Reason.CONTRACT_DATES, actor: Actor | None = None
) -> list[SaveResult]:
    """Re-plan and store every job building of the contract's PPM jobs whose periods the change moves (call it
    after storing new contract dates, in the same transaction); their results."""
    ids = session.scalars(
        select(JobBuilding.id)
        .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
        .where(PpmJob.contract_id == contract_id, _has_periods())
        .order_by(JobBuilding.id)
    ).all()
    return replan_job_buildings(session, ids, today, reason, actor)


def replan_job_buildings(
    session: Session, job_building_ids: Sequence[int], today: date, reason: Reason, actor: Actor | None = None
) -> list[SaveResult]:
    """Re-plan these job buildings with their stored settings (locked first) and store those the re-plan
    changes, cancelling the orders of periods that turn invalid; their results."""
    if not job_building_ids:
        return []
    session.flush()  # the building or contract as the caller changed it
    lock_job_buildings(session, dict.fromkeys(job_building_ids))
    schedules = read_schedules(session, job_building_ids, today)
    changes = [
        ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
        for schedule in schedules.values()
        if moves(schedule)
    ]
    return save_changes(session, actor, changes, today, reason) if changes else []


def moves(schedule: Schedule) -> bool:
    """Whether a save with the stored settings would change a stored period or an order."""
    current = schedule.current
    return bool(current.removed) or any(period.unsaved or period.order_change is not None for period in current.periods)


def _has_periods() -> Exists:
    return exists().where(FinancialPeriod.job_building_id == JobBuilding.id)
