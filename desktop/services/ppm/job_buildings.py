"""The buildings of a PPM job: added, their details edited, removed (``edit_contract``).

The rules of :mod:`desktop.services.ppm.jobs` hold here too. An added building takes the job's defaults (visits,
invoices, amount, dynamic dates) and its planned periods are stored at once. Every change that moves periods
re-plans the job building through the one planner in the same transaction (:mod:`desktop.services.ppm.saving`):
the never-started order of a period that turns invalid is cancelled, a started one is reported in the
:class:`SaveResult`. A building with generated orders leaves the job on a given day (its periods after that day
turn invalid) instead of being deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Building, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.schedule import ScheduleChange
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.change_log import log_change
from desktop.services.contract_editing import refuse_archived, share_contract
from desktop.services.directory_checks import a_date, a_flag, an_id, long_text
from desktop.services.lookup_search import search_text
from desktop.services.ppm.jobs import load_job, lock_job, writable
from desktop.services.ppm.loading import not_in_job, read_schedules
from desktop.services.ppm.saving import SaveResult, save_changes, store_plans
from desktop.services.ppm.storage import lock_job_buildings


@dataclass(frozen=True)
class AddableBuilding:
    id: int
    name: str
    city: str
    in_job: bool  # already in the job (or it was, and left it: see ``left_job_on``)
    left_job_on: date | None = None  # its last day in the job, once it left it: it cannot be added again


@dataclass(frozen=True)
class JobBuildingFields:
    exclude_dynamic_dates: bool
    partial_periods: bool
    instructions: str


@dataclass(frozen=True)
class Removal:
    deleted: bool  # True: nothing was generated, the building and its periods left the job entirely
    end_date: date | None  # else the building's last day in the job
    results: tuple[SaveResult, ...]  # the re-plan: cancelled orders, started orders left on invalid periods


def addable_buildings(db: Database, job_id: int, search: str = "") -> list[AddableBuilding]:
    """The active buildings of the contract's client whose name, city or postcode holds ``search`` (case not
    minded), by name; those already in the job, or that left it, are flagged."""
    text = search_text(search, (Building.name, Building.city)).casefold()
    with db.reading() as session:
        job = load_job(session, job_id)
        in_job = _in_job(session, job.id)
        rows = session.execute(
            select(Building.id, Building.name, Building.city, Building.postcode).where(
                Building.client_id == job.contract.client_id, Building.active.is_(True)
            )
        ).all()
    found = [
        AddableBuilding(row.id, row.name, row.city, row.id in in_job, in_job.get(row.id))
        for row in rows
        if not text or any(text in value.casefold() for value in (row.name, row.city, row.postcode))
    ]
    return sorted(found, key=lambda building: (building.name.casefold(), building.name, building.id))


def add_job_buildings(
    db: Database, actor: Actor, job_id: int, building_ids: Sequence[int], today: date | None = None
) -> list[int]:
    """Add the buildings to the job with its defaults (visits, invoices, amount, dynamic dates) and store their
    planned periods; the new job buildings' ids, in the order given. Refused: a building that is archived, of
    another client, or already in the job, and an archived contract."""
    actor.require(Permission.EDIT_CONTRACT)
    if not isinstance(building_ids, Sequence) or isinstance(building_ids, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the buildings to add to the PPM job."))
    ids = list(dict.fromkeys(an_id(building_id) for building_id in building_ids))
    today = today or date.today()
    with db.transaction() as session:
        writable(session, actor)
        job = lock_job(session, job_id)
        refuse_archived(job.contract)
        in_job = _in_job(session, job.id)
        rows = []
        for building_id in ids:
            building = session.get(Building, building_id)
            if building is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
            if building.client_id != job.contract.client_id or not building.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Building “{name}” cannot be added to the PPM job: only active buildings of the contract's "
                        "client can.",
                    ),
                    name=building.name,
                )
            if in_job.get(building.id) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Building “{name}” left the PPM job “{job}” after {date}: it cannot be added to it again.",
                    ),
                    name=building.name,
                    job=job.description,
                    date=in_job[building.id],
                )
            if building.id in in_job:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Building “{name}” is already in the PPM job “{job}”."),
                    name=building.name,
                    job=job.description,
                )
            rows.append(
                JobBuilding(
                    ppm_job_id=job.id,
                    building_id=building.id,
                    visit_frequency=job.default_visit_frequency,
                    invoice_frequency=job.default_invoice_frequency,
                    invoice_amount=job.default_invoice_amount,
                    partial_periods=False,
                    exclude_dynamic_dates=job.exclude_dynamic_dates_default,
                )
            )
            log_change(session, actor, Record.PPM_JOB, job.id, ChangeAction.CHANGED, "buildings", None, building.name)
        session.add_all(rows)
        session.flush()
        new_ids = [row.id for row in rows]
        store_plans(session, new_ids, today)
        return new_ids


def _in_job(session: Session, job_id: int) -> dict[int, date | None]:
    """The buildings of the job: building id -> its last day in the job (None: still in it)."""
    rows = session.execute(
        select(JobBuilding.building_id, JobBuilding.end_date).where(JobBuilding.ppm_job_id == job_id)
    )
    return {row.building_id: row.end_date for row in rows}


def _load_job_building(session: Session, job_building_id: int) -> JobBuilding:
    job_building = session.get(JobBuilding, an_id(job_building_id))
    if job_building is None:
        raise not_in_job()
    return job_building


def job_building_fields(db: Database, job_building_id: int) -> tuple[JobBuildingFields, int]:
    """A building's details in its job, and the job building's version."""
    with db.reading() as session:
        row = _load_job_building(session, job_building_id)
        return JobBuildingFields(row.exclude_dynamic_dates, row.partial_periods, row.instructions or ""), row.version


def _locked_job_building(session: Session, actor: Actor, job_building_id: int, version: int) -> JobBuilding:
    """The job building, locked at ``version`` after its contract is held (:func:`share_contract`), of an active
    contract."""
    writable(session, actor)
    contract_id = session.scalar(
        select(PpmJob.contract_id)
        .join(JobBuilding, JobBuilding.ppm_job_id == PpmJob.id)
        .where(JobBuilding.id == an_id(job_building_id))
    )
    if contract_id is not None:
        share_contract(session, contract_id)
    lock_job_buildings(session, {an_id(job_building_id): an_id(version)})
    job_building = _load_job_building(session, job_building_id)
    refuse_archived(job_building.job.contract)
    return job_building


def save_job_building(
    db: Database,
    actor: Actor,
    job_building_id: int,
    version: int,
    fields: JobBuildingFields,
    today: date | None = None,
) -> SaveResult | None:
    """Save a building's details in its job and re-plan its periods; the result (None: nothing changed, nothing
    written). Refused: partial periods changed once orders were generated for the building, the dynamic-date
    exclusion changed while the job's frequency does not support dynamic dates, a job building changed since
    ``version``, an archived contract."""
    actor.require(Permission.EDIT_CONTRACT)
    exclude = a_flag(fields.exclude_dynamic_dates)
    partial = a_flag(fields.partial_periods)
    instructions = long_text(fields.instructions, JobBuilding.instructions) or ""
    today = today or date.today()
    with db.transaction() as session:
        row = _locked_job_building(session, actor, job_building_id, version)
        job = row.job
        if exclude != row.exclude_dynamic_dates and not job.frequency.dynamic_dates_supported:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The frequency of job “{job}” does not support dynamic date updates: there is nothing to exclude "
                    "the building from.",
                ),
                job=job.description,
            )
        if (exclude, partial, instructions) == (row.exclude_dynamic_dates, row.partial_periods, row.instructions or ""):
            return None
        if exclude != row.exclude_dynamic_dates:
            _set_column(session, row.id, exclude_dynamic_dates=exclude)
        schedule = read_schedules(session, [row.id], today)[row.id]
        settings = replace(schedule.settings, partial_periods=partial, instructions=instructions)
        change = ScheduleChange(row.id, schedule.version, settings, schedule.manual_visits)
        return save_changes(session, actor, [change], today, Reason.JOB_BUILDING)[0]


def _set_column(session: Session, job_building_id: int, **values: object) -> None:
    """Change the job building's row before its re-plan: the re-plan's save bumps its version, once."""
    table = JobBuilding.__table__
    session.execute(update(table).where(table.c.id == job_building_id).values(**values))


def _lock_periods(session: Session, job_building_id: int) -> None:
    """Lock the job building's period rows: a generator that got to them first has committed its orders (read
    next), and one that comes later skips them, so no order is made for a period being removed."""
    table = FinancialPeriod.__table__
    session.execute(
        select(table.c.id).where(table.c.job_building_id == job_building_id).order_by(table.c.id).with_for_update()
    ).all()


def _generated(session: Session, job_building_id: int) -> bool:
    return bool(session.scalar(select(exists().where(WorkOrder.job_building_id == job_building_id))))


def removal_needs_date(db: Database, job_building_id: int) -> bool:
    """Whether orders were generated for the job building: it then leaves the job on a date instead of going."""
    with db.reading() as session:
        _load_job_building(session, job_building_id)
        return _generated(session, job_building_id)


def remove_job_building(
    db: Database,
    actor: Actor,
    job_building_id: int,
    version: int,
    end_date: date | None = None,
    today: date | None = None,
) -> Removal:
    """Take a building out of its job. Without generated orders it goes with its periods and their history
    (``end_date`` is not used). Otherwise it leaves the job on ``end_date`` (required: from the start of its
    first period to the end of the contract): its periods after that day turn invalid and their never-started
    orders are cancelled; started ones are reported. Refused for a job building changed since ``version`` and
    an archived contract."""
    actor.require(Permission.EDIT_CONTRACT)
    today = today or date.today()
    with db.transaction() as session:
        row = _locked_job_building(session, actor, job_building_id, version)
        job, name = row.job, row.building.name
        if row.end_date is not None:
            # A later day would make valid again periods whose orders the first removal cancelled.
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Building “{name}” already left the PPM job “{job}” after {date}."),
                name=name,
                job=job.description,
                date=row.end_date,
            )
        _lock_periods(session, row.id)
        if not _generated(session, row.id):
            log_change(session, actor, Record.PPM_JOB, job.id, ChangeAction.CHANGED, "buildings", name, None)
            session.expunge(row)
            # Its periods and schedule history go with it (ON DELETE CASCADE).
            session.execute(delete(JobBuilding.__table__).where(JobBuilding.__table__.c.id == row.id))
            return Removal(True, None, ())
        last = a_date(end_date, optional=True)
        if last is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "PPM work orders have been generated for building “{name}”: enter its last day in the job.",
                ),
                name=name,
            )
        first = session.scalar(
            select(func.min(FinancialPeriod.financial_start)).where(FinancialPeriod.job_building_id == row.id)
        )
        contract = job.contract
        earliest = first or contract.start_date
        if not earliest <= last <= contract.end_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Building “{name}” can leave the job from {first} (the start of its first period) to {last} (the "
                    "end of the contract), not on {date}.",
                ),
                name=name,
                first=earliest,
                last=contract.end_date,
                date=last,
            )
        log_change(session, actor, Record.PPM_JOB, job.id, ChangeAction.CHANGED, "left_job", row.end_date, last)
        _set_column(session, row.id, end_date=last)
        schedule = read_schedules(session, [row.id], today)[row.id]
        change = ScheduleChange(row.id, schedule.version, schedule.settings, schedule.manual_visits)
        results = save_changes(session, actor, [change], today, Reason.LEFT_JOB)
        return Removal(False, last, tuple(results))


__all__ = [
    "AddableBuilding",
    "JobBuildingFields",
    "Removal",
    "add_job_buildings",
    "addable_buildings",
    "job_building_fields",
    "remove_job_building",
    "removal_needs_date",
    "save_job_building",
]
