"""Re-planning the buildings whose visits follow their last completed visit or certificate (dynamic dates).

A building is re-planned when the anchor of its dynamic dates (its last completed visit, or its last certificate
for a certificate-based job) is not the one its stored periods were planned from (``job_building.planned_anchor``),
so each completed visit re-plans its building once. The save goes through :func:`save_changes` with the reason
the schedule history shows; periods with a work order keep their dates (the merge keeps them). A building with a
visit set by hand that the re-plan would move is left as it is, for an agent to decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.models import Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.errors import BureauError
from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.schedule import (
    DONE,
    Schedule,
    ScheduleChange,
    StoredPeriod,
    dynamic_dates,
    planned_anchor,
)
from desktop.services.actor import Actor
from desktop.services.ppm.loading import CHUNK, load_schedules
from desktop.services.ppm.saving import save_changes


@dataclass(frozen=True)
class Followed:
    """A building re-planned from its last completed visit or certificate."""

    job_building_id: int
    contract_id: int
    contract_reference: str
    reason: Reason
    cancelled_orders: tuple[int, ...]  # numbers of the orders the re-plan cancelled automatically
    started_invalid: tuple[int, ...] = ()  # started orders whose period the re-plan left invalid: left open


@dataclass(frozen=True)
class Following:
    followed: tuple[Followed, ...]
    held: tuple[int, ...]  # job buildings not re-planned: a visit set by hand would move


def follow_completed_visits(db: Database, actor: Actor | None, today: date | None = None) -> Following:
    """Re-plan, each in its own transaction, the buildings with dynamic dates whose last completed visit (or
    certificate) is not the one their stored periods were planned from. One that an agent saves at the same
    moment is left for the next run."""
    today = today or date.today()
    followed: list[Followed] = []
    held: list[int] = []
    ids = moved_anchors(db)
    for index in range(0, len(ids), CHUNK):
        schedules = load_schedules(db, ids[index : index + CHUNK], today)
        for schedule in (schedules[job_building_id] for job_building_id in sorted(schedules)):
            if not _needs_plan(schedule):
                continue
            if _moves_hand_set_visit(schedule):
                held.append(schedule.job_building_id)
                continue
            reason = Reason.CERTIFICATE if schedule.certificate_based else Reason.VISIT_COMPLETED
            change = ScheduleChange(
                schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits
            )
            try:
                with db.transaction() as session:
                    (saved,) = save_changes(session, actor, [change], today, reason)
            except (BureauError, StaleDataError):
                # Refused or saved by an agent meanwhile: left as stored, reported, tried again next run.
                held.append(schedule.job_building_id)
                continue
            followed.append(
                Followed(
                    schedule.job_building_id,
                    schedule.contract_id,
                    schedule.contract_reference,
                    reason,
                    saved.cancelled_orders,
                    saved.started_invalid,
                )
            )
    return Following(tuple(followed), tuple(held))


def moved_anchors(db: Database) -> list[int]:
    """The job buildings with dynamic dates whose anchor is not the one stored with their periods, in one query
    (their schedules are checked again before they are re-planned)."""
    dynamic = [frequency for frequency in Frequency if frequency.dynamic_dates_supported]
    last_done = (
        select(WorkOrder.job_building_id, func.max(WorkOrder.completed_at).label("completed_at"))
        .where(
            WorkOrder.job_building_id.is_not(None),
            WorkOrder.status.in_(DONE),
            WorkOrder.invoice_only.is_(False),
            WorkOrder.completed_at.is_not(None),
        )
        .group_by(WorkOrder.job_building_id)
        .subquery()
    )
    with db.reading() as session:
        rows = session.execute(
            select(
                JobBuilding.id,
                JobBuilding.planned_anchor,
                JobBuilding.last_certificate_date,
                PpmJob.certificate_based,
                last_done.c.completed_at,
            )
            .join(PpmJob, PpmJob.id == JobBuilding.ppm_job_id)
            .join(Contract, Contract.id == PpmJob.contract_id)
            .outerjoin(last_done, last_done.c.job_building_id == JobBuilding.id)
            .where(
                Contract.active.is_(True),
                JobBuilding.exclude_dynamic_dates.is_(False),
                # A plan nobody stored is not stored by a generation run.
                exists().where(FinancialPeriod.job_building_id == JobBuilding.id),
                JobBuilding.visit_frequency.in_(dynamic),
                PpmJob.frequency.in_(dynamic),
                or_(
                    JobBuilding.planned_anchor.is_not(None),
                    JobBuilding.last_certificate_date.is_not(None),
                    last_done.c.completed_at.is_not(None),
                ),
            )
            .order_by(JobBuilding.id)
        ).all()
    return [
        row.id
        for row in rows
        if _anchor(row.certificate_based, row.last_certificate_date, row.completed_at) != row.planned_anchor
    ]


def _anchor(certificate_based: bool, certificate: date | None, completed_at: datetime | None) -> date | None:
    if certificate_based:
        return certificate
    return completed_at.date() if completed_at is not None else None


def _needs_plan(schedule: Schedule) -> bool:
    return dynamic_dates(schedule, schedule.settings) and (
        planned_anchor(schedule, schedule.settings) != schedule.planned_anchor
    )


def _moves_hand_set_visit(schedule: Schedule) -> bool:
    """Re-planning would move, or drop, the visit of a period set by hand that has no work order yet."""
    hand_set = _hand_set(schedule.stored_periods)
    if not hand_set:
        return False
    current = schedule.current
    shown = {period.row_id: period for period in current.periods if period.row_id is not None}
    for row_id, visit in hand_set.items():
        period = shown.get(row_id)
        if period is None or (period.visit_start, period.visit_end, period.visit_set_manually) != (*visit, True):
            return True
    return False


def _hand_set(stored: Sequence[StoredPeriod]) -> dict[int, tuple[date | None, date | None]]:
    return {row.id: (row.visit_start, row.visit_end) for row in stored if row.visit_set_manually and row.order is None}
