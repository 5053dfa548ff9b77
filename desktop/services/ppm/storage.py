"""Writing PPM schedules: locks and version checks, period rows in bulk, the job buildings' settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.models import Building, Contract, FinancialPeriod, JobBuilding, PpmJob
from desktop.domain.errors import BureauError, ConcurrentChange, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import to_money
from desktop.domain.ppm.schedule import ROW_FIELDS, Schedule, ScheduleChange, planned_anchor, stored_settings
from desktop.services.ppm.loading import chunks, not_in_job


def lock_job_buildings(session: Session, expected: dict[int, int | None]) -> None:
    """Lock the job buildings (in id order) and check their versions; None: any version will do."""
    versions: dict[int, int] = {}
    for chunk in chunks(sorted(expected)):
        # FOR NO KEY UPDATE on PostgreSQL: new work orders may still reference the row while it is locked.
        rows = session.execute(
            select(JobBuilding.id, JobBuilding.version)
            .where(JobBuilding.id.in_(chunk))
            .order_by(JobBuilding.id)
            .with_for_update(key_share=True)
        ).all()
        versions.update((row.id, row.version) for row in rows)
    for job_building_id, version in expected.items():
        if job_building_id not in versions:
            raise not_in_job()
        if version is not None and versions[job_building_id] != version:
            raise concurrent_change(session, job_building_id)


def refuse_archived_contracts(session: Session, job_building_ids: Sequence[int]) -> None:
    """Hold the contracts of these job buildings (FOR SHARE on PostgreSQL, before the job buildings are locked,
    as every contract, job and building edit does) and refuse when one is archived: its schedules are kept as
    they were archived."""
    for chunk in chunks(sorted(set(job_building_ids))):
        rows = session.execute(
            select(Contract.id, Contract.reference, Contract.active)
            .join(PpmJob, PpmJob.contract_id == Contract.id)
            .join(JobBuilding, JobBuilding.ppm_job_id == PpmJob.id)
            .where(JobBuilding.id.in_(chunk))
            .order_by(Contract.id)
            .with_for_update(read=True, of=Contract)
        ).all()
        for row in rows:
            if not row.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Contract “{reference}” is archived: restore it before changing it."),
                    reference=row.reference,
                )


def concurrent_change(session: Session, job_building_id: int) -> BureauError:
    row = session.execute(
        select(JobBuilding.version, Building.name)
        .join(Building, JobBuilding.building_id == Building.id)
        .where(JobBuilding.id == job_building_id)
    ).first()
    if row is None:
        return not_in_job()
    error = ConcurrentChange(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The PPM periods of {building} were changed by someone else since you opened them. Reload them and "
            "try again.",
        ),
        building=row.name,
    )
    error.current_version = row.version
    return error


def write_periods(
    session: Session, inserts: list[tuple[object, ...]], updates: list[tuple[object, ...]], deletes: list[int]
) -> None:
    """Write the period rows with the driver's executemany: a save may write a hundred thousand of them.

    Values are in the order of ``ROW_FIELDS``; inserts start with the job building and the financial start,
    updates end with the row id. SQLite stores dates as ISO text, as SQLAlchemy does.
    """
    table = FinancialPeriod.__table__
    for chunk in chunks(sorted(deletes)):
        session.execute(delete(table).where(table.c.id.in_(chunk)))
    if not inserts and not updates:
        return
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    if connection.dialect.name == "sqlite":
        inserts = [_sqlite_values(values) for values in inserts]
        updates = [_sqlite_values(values) for values in updates]
    if updates:
        assignments = ", ".join(f"{name} = {mark}" for name in ROW_FIELDS)
        connection.exec_driver_sql(
            f"UPDATE financial_period SET {assignments}, version = version + 1 WHERE id = {mark}", updates
        )
    if inserts:
        columns = ("job_building_id", "financial_start", *ROW_FIELDS)
        connection.exec_driver_sql(
            f"INSERT INTO financial_period ({', '.join(columns)}, version) "
            f"VALUES ({', '.join(mark for _ in columns)}, 1)",
            inserts,
        )


def _sqlite_values(values: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(value.isoformat() if isinstance(value, date) else value for value in values)


def write_job_buildings(
    session: Session, schedules: dict[int, Schedule], changes: Sequence[ScheduleChange]
) -> dict[int, int]:
    """Store the settings and bump every job building's version (checked again); their new versions."""
    table = JobBuilding.__table__
    rows = []
    for change in changes:
        schedule = schedules[change.job_building_id]
        settings = stored_settings(schedule, change.settings)
        rows.append(
            {
                "b_id": schedule.job_building_id,
                "b_version": schedule.version,
                "visit_frequency": settings.visit_frequency,
                "invoice_frequency": settings.invoice_frequency,
                "invoice_amount": to_money(settings.invoice_amount),
                "partial_periods": settings.partial_periods,
                "next_visit_required_by": settings.next_visit_required_by,
                "instructions": settings.instructions.strip() or None,
                "planned_anchor": planned_anchor(schedule, settings),
            }
        )
    result = session.execute(
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values(version=table.c.version + 1),
        rows,
    )
    if result.rowcount != len(rows):
        raise StaleDataError("a job building changed while it was locked")
    return {change.job_building_id: schedules[change.job_building_id].version + 1 for change in changes}
