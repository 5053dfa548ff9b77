"""Saving PPM schedules: validated, re-planned and stored in one transaction, the job building's version checked
(optimistic lock) and bumped. Once a job building has work orders, only its invoice amount and instructions may
change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.domain.permissions import Permission
from desktop.domain.ppm.changes import refuse_unless_shown
from desktop.domain.ppm.editing import check_changes
from desktop.domain.ppm.history import Difference, Reason, differences
from desktop.domain.ppm.merge import kept_period, merge, replan
from desktop.domain.ppm.schedule import (
    ManualVisit,
    OrderChange,
    ScheduleChange,
    ScheduleSettings,
    period_values,
    plan_values,
    row_values,
)
from desktop.domain.workorders import OPEN_STATUSES
from desktop.services.actor import Actor
from desktop.services.ppm.history import record
from desktop.services.ppm.loading import read_schedules
from desktop.services.ppm.orders import Cancel, change_orders, move_financial_ends
from desktop.services.ppm.storage import (
    concurrent_change,
    lock_job_buildings,
    refuse_archived_contracts,
    write_job_buildings,
    write_periods,
)


@dataclass(frozen=True)
class SaveResult:
    job_building_id: int
    version: int  # the job building's new version
    inserted: int
    updated: int
    deleted: int
    cancelled_orders: tuple[int, ...]  # numbers of the orders cancelled automatically
    started_invalid: tuple[int, ...]  # numbers of started orders whose period is invalid: for the agent


def save_schedule(
    db: Database,
    actor: Actor,
    job_building_id: int,
    expected_version: int,
    settings: ScheduleSettings,
    manual_visits: Sequence[ManualVisit] = (),
    today: date | None = None,
    expected: str | None = None,
) -> SaveResult:
    """Validate, re-plan and store one job building's schedule in one transaction. ``expected``: the
    :func:`~desktop.domain.ppm.changes.fingerprint` of the periods the agent saw; the save is refused with
    :class:`~desktop.domain.ppm.changes.ScheduleChangedSinceShown` when its re-plan differs."""
    change = ScheduleChange(job_building_id, expected_version, settings, tuple(manual_visits), expected)
    return save_schedules(db, actor, [change], today)[0]


def save_schedules(
    db: Database, actor: Actor, changes: Sequence[ScheduleChange], today: date | None = None
) -> list[SaveResult]:
    """Save several job buildings' schedules in one transaction: all of them, or none. Needs ``edit_contract``."""
    actor.require(Permission.EDIT_CONTRACT)
    today = today or date.today()
    ids = [change.job_building_id for change in changes]
    if len(set(ids)) != len(ids):
        raise ValueError("a job building appears twice")
    try:
        with db.transaction() as session:
            refuse_archived_contracts(session, ids)
            return save_changes(session, actor, changes, today)
    except StaleDataError:
        # The version was checked under a lock; another writer cannot have slipped in, but say so if it did.
        with db.reading() as session:
            raise concurrent_change(session, ids[0]) from None


def store_plans(session: Session, job_building_ids: Sequence[int], today: date) -> list[SaveResult]:
    """Re-plan these job buildings with their stored settings and store the result in the caller's transaction,
    as OK in the period editor does when nothing was edited: for a data load that writes job buildings, then
    their periods and orders, in one transaction (the demo). Afterwards the editor opens on them with nothing
    to save."""
    schedules = read_schedules(session, job_building_ids, today)
    changes = [
        ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
        for schedule in schedules.values()
    ]
    return save_changes(session, None, changes, today, Reason.LOADED) if changes else []


def save_changes(
    session: Session,
    actor: Actor | None,
    changes: Sequence[ScheduleChange],
    today: date,
    reason: Reason = Reason.EDITED,
) -> list[SaveResult]:
    """Store the changes in the caller's transaction: period rows, work orders, settings, versions, and what
    changed in existing periods in the schedule history (a first plan is not history).

    The never-started order of a period that is no longer valid is cancelled as Cancel job cancels it, by
    ``actor`` (None: an automatic run); a started one stays open and is listed in ``started_invalid``."""
    lock_job_buildings(session, {change.job_building_id: change.expected_version for change in changes})
    schedules = read_schedules(session, [change.job_building_id for change in changes], today, lock=True)
    inserts: list[tuple[object, ...]] = []
    updates: list[tuple[object, ...]] = []
    deletes: list[int] = []
    cancels: list[Cancel] = []
    ends: list[tuple[int, date]] = []  # (order, the new financial end of its period)
    started_invalid: dict[int, list[int]] = {}
    counts: dict[int, tuple[int, int, int]] = {}
    user_id = actor.user_id if actor is not None else None
    for change in changes:
        schedule = schedules[change.job_building_id]
        check_changes(schedule, change.settings, change.manual_visits)
        manual, _inp, plans = replan(schedule, change.settings, change.manual_visits)
        refuse_unless_shown(schedule, change)
        entries, removed = merge(schedule, plans, {visit[0] for visit in manual})
        before = (len(inserts), len(updates))
        found: list[Difference] = []
        for entry in entries:
            if entry.kept:
                period = kept_period(entry.row, entry.plan, schedule)
                if period.unsaved:
                    assert entry.row is not None
                    updates.append((*period_values(period), period.row_id))
                    found += differences(period.financial_start, row_values(entry.row), period_values(period))
                    if period.order is not None and period.financial_end != entry.row.financial_end:
                        ends.append((period.order.id, period.financial_end))
                if period.order is not None and period.order_change is OrderChange.CANCEL:
                    cancels.append(Cancel(period.order.id, schedule.job_building_id, period))
                elif period.order is not None and not period.valid and period.order.status in OPEN_STATUSES:
                    started_invalid.setdefault(schedule.job_building_id, []).append(period.order.number)
                continue
            plan, row = entry.plan, entry.row
            assert plan is not None
            values = plan_values(plan, entry.manual)
            if row is None:
                inserts.append((schedule.job_building_id, plan.financial_start, *values))
                if schedule.stored_periods:
                    found += differences(plan.financial_start, None, values)
            elif values != row_values(row):
                updates.append((*values, row.id))
                found += differences(plan.financial_start, row_values(row), values)
        deletes += [row.id for row in removed]
        for row in removed:
            found += differences(row.financial_start, row_values(row), None)
        record(session, schedule.job_building_id, sorted(found, key=lambda d: d.financial_start), reason, user_id)
        counts[schedule.job_building_id] = (len(inserts) - before[0], len(updates) - before[1], len(removed))

    write_periods(session, inserts, updates, deletes)
    move_financial_ends(session, actor, ends)
    orders = change_orders(session, actor, cancels, reason)
    for job_building_id, numbers in orders.started_invalid.items():
        started_invalid.setdefault(job_building_id, []).extend(numbers)
    versions = write_job_buildings(session, schedules, changes)
    return [
        SaveResult(
            job_building_id=change.job_building_id,
            version=versions[change.job_building_id],
            inserted=counts[change.job_building_id][0],
            updated=counts[change.job_building_id][1],
            deleted=counts[change.job_building_id][2],
            cancelled_orders=tuple(sorted(orders.cancelled.get(change.job_building_id, ()))),
            started_invalid=tuple(sorted(started_invalid.get(change.job_building_id, ()))),
        )
        for change in changes
    ]
