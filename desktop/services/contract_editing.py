"""Contracts created, edited, archived and restored (``edit_contract``).

Each function is one transaction: the actor needs ``edit_contract`` and an active account, every refusal is a
translated BureauError and writes nothing, an edit takes the version the form read, and every change writes the
contract's change log (:mod:`desktop.services.change_log`, ``Record.CONTRACT``).

New dates or a new financial-year start re-plan the stored periods of the contract's job buildings in the same
transaction (:mod:`desktop.services.ppm.replanning`): the never-started order of a period that turns invalid is
cancelled, a started one is reported. :func:`preview_contract` shows that re-plan first, without writing; saving
with what it showed (``shown``) refuses a re-plan that is no longer the one shown.

An archived contract keeps its jobs, periods and orders, is never generated, and cannot be changed until it is
restored.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Contract, JobBuilding, PpmJob, WorkOrder
from desktop.domain.currencies import check_currency
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.ppm.changes import ScheduleChangedSinceShown, ScheduleChanges, fingerprint, what_changes
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.schedule import Schedule, ScheduleChange
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.clients import load_client
from desktop.services.directory_checks import a_date, a_flag, an_id, require_agent, required_line
from desktop.services.ppm.loading import read_schedules
from desktop.services.ppm.replanning import moves
from desktop.services.ppm.saving import SaveResult, save_changes
from desktop.services.ppm.storage import lock_job_buildings

# A contract's dates: within these years, and at most this many years long (the planner lists every period).
FIRST_YEAR, LAST_YEAR = 1900, 2999
MAX_YEARS = 30


@dataclass(frozen=True)
class ContractFields:
    client_id: int
    reference: str
    start_date: date
    end_date: date
    fy_start_month: int
    fy_start_day: int
    currency: str  # ISO 4217 code; stored upper-case
    manual_generation: bool = False


@dataclass(frozen=True)
class BuildingChanges:
    """One job building whose stored periods saving the contract changes."""

    job_building_id: int
    job_description: str
    building_name: str
    schedule: Schedule  # with the contract's new dates, as the changes dialog shows it
    changes: ScheduleChanges  # the stored periods -> the re-plan
    fingerprint: str


@dataclass(frozen=True)
class ContractPreview:
    buildings: tuple[BuildingChanges, ...]  # only those that change

    @property
    def shown(self) -> dict[int, str]:
        """What to pass to :func:`save_contract`: job building -> the fingerprint of its re-plan."""
        return {building.job_building_id: building.fingerprint for building in self.buildings}


@dataclass(frozen=True)
class ContractSaved:
    results: tuple[SaveResult, ...]  # of the re-planned job buildings

    @property
    def cancelled_orders(self) -> tuple[int, ...]:
        return tuple(sorted(number for result in self.results for number in result.cancelled_orders))

    @property
    def started_invalid(self) -> tuple[int, ...]:
        return tuple(sorted(number for result in self.results for number in result.started_invalid))


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _checked(fields: ContractFields) -> ContractFields:
    reference = required_line(
        fields.reference,
        Contract.reference,
        ValidationError(QT_TRANSLATE_NOOP("Errors", "A contract needs a reference.")),
    )
    start = a_date(fields.start_date)
    end = a_date(fields.end_date)
    assert start is not None and end is not None
    for day in (start, end):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A contract's dates must fall between the years {first} and {last}."),
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A contract cannot end ({end}) before it starts ({start})."),
            start=start,
            end=end,
        )
    if end >= start + relativedelta(years=MAX_YEARS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A contract can last at most {years} years."), years=MAX_YEARS
        )
    month, day = _whole(fields.fy_start_month), _whole(fields.fy_start_day)
    if month is None or not 1 <= month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The financial year must start in a month from 1 to 12, not {month}."),
            month=str(fields.fy_start_month)[:20],
        )
    if day is None or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The financial year cannot start on day {day} of month {month}."),
            day=str(fields.fy_start_day)[:20],
            month=month,
        )
    return ContractFields(
        client_id=an_id(fields.client_id),
        reference=reference,
        start_date=start,
        end_date=end,
        fy_start_month=month,
        fy_start_day=day,
        currency=check_currency(fields.currency),
        manual_generation=a_flag(fields.manual_generation),
    )


def load_contract(session: Session, contract_id: int, *, lock: bool = False) -> Contract:
    """The contract, locked for the rest of the transaction when ``lock``; NotFound when it no longer exists."""
    contract = session.get(Contract, an_id(contract_id), with_for_update=lock or None)
    if contract is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This contract no longer exists."))
    return contract


def share_contract(session: Session, contract_id: int) -> None:
    """Hold the contract (FOR SHARE on PostgreSQL) for the rest of the transaction, before a PPM job or a building
    of one is locked: an edit, archive or restore of the contract waits for the transaction, and the transaction
    waits for one under way, so that it plans with the contract's dates as saved and sees whether it is archived.
    Nothing to do when the contract no longer exists (the caller refuses)."""
    session.execute(select(Contract.id).where(Contract.id == contract_id).with_for_update(read=True)).all()


def refuse_archived(contract: Contract) -> None:
    """Refuse a change of an archived contract, its PPM jobs or their buildings."""
    if not contract.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Contract “{reference}” is archived: restore it before changing it."),
            reference=contract.reference,
        )


def _duplicate_reference(reference: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Another contract already has the reference “{reference}”: choose another one."),
        reference=reference,
    )


def _check_reference_free(session: Session, reference: str, contract_id: int | None) -> None:
    """Refused when another contract has ``reference``, whatever its case (accented letters too: SQLite's
    lower() folds ASCII letters only, so the references are compared here, folded the same on both databases)."""
    folded = reference.casefold()
    statement = select(Contract.reference)
    if contract_id is not None:
        statement = statement.where(Contract.id != contract_id)
    if any(other.casefold() == folded for other in session.scalars(statement)):
        raise _duplicate_reference(reference)


def _flush(session: Session, reference: str) -> None:
    """Write the contract now; a reference taken by a concurrent transaction is refused as a duplicate."""
    try:
        session.flush()
    except IntegrityError:
        raise _duplicate_reference(reference) from None


def _active_client(session: Session, client_id: int) -> None:
    client = load_client(session, client_id)
    if not client.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client “{name}” is archived: restore it before adding to it."),
            name=client.name,
        )


def _check_client_change(session: Session, contract: Contract, client_id: int) -> None:
    """A contract moves to another (active) client only while no PPM job or work order refers to it."""
    if client_id == contract.client_id:
        return
    _active_client(session, client_id)
    referring = session.scalar(select(exists().where(PpmJob.contract_id == contract.id))) or session.scalar(
        select(exists().where(WorkOrder.contract_id == contract.id))
    )
    if referring:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Contract “{reference}” cannot move to another client: its PPM jobs or work orders refer to it.",
            ),
            reference=contract.reference,
        )


def _record(contract: Contract) -> ContractFields:
    return ContractFields(
        client_id=contract.client_id,
        reference=contract.reference,
        start_date=contract.start_date,
        end_date=contract.end_date,
        fy_start_month=contract.fy_start_month,
        fy_start_day=contract.fy_start_day,
        currency=contract.currency,
        manual_generation=contract.manual_generation,
    )


def _plan_changed(contract: Contract, fields: ContractFields) -> bool:
    """Whether the fields move the contract's periods: its dates or its financial-year start."""
    return (contract.start_date, contract.end_date, contract.fy_start_month, contract.fy_start_day) != (
        fields.start_date,
        fields.end_date,
        fields.fy_start_month,
        fields.fy_start_day,
    )


def _planned_job_buildings(session: Session, contract_id: int) -> list[int]:
    """The contract's job buildings: each had its plan stored when it was added, even one without any period yet
    (a building that opens after the contract's end gets its periods when the contract reaches it)."""
    return list(
        session.scalars(
            select(JobBuilding.id)
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .where(PpmJob.contract_id == contract_id)
            .order_by(JobBuilding.id)
        ).all()
    )


def contract_fields(db: Database, contract_id: int) -> tuple[ContractFields, int]:
    """The contract's fields as its form shows them, and its version."""
    with db.reading() as session:
        contract = load_contract(session, contract_id)
        return _record(contract), contract.version


def create_contract(db: Database, actor: Actor, fields: ContractFields) -> int:
    """A new, active contract; its id. Refused: an unknown or archived client, a blank reference or one another
    contract has (case not minded), an end before the start, a financial-year start that is not a day of the
    calendar (29 February is one), a currency that is not an ISO 4217 code, text its column cannot hold."""
    actor.require(Permission.EDIT_CONTRACT)
    checked = _checked(fields)
    with db.transaction() as session:
        require_agent(session, actor)
        _active_client(session, checked.client_id)
        _check_reference_free(session, checked.reference, None)
        contract = Contract(
            client_id=checked.client_id,
            reference=checked.reference,
            start_date=checked.start_date,
            end_date=checked.end_date,
            fy_start_month=checked.fy_start_month,
            fy_start_day=checked.fy_start_day,
            currency=checked.currency,
            manual_generation=checked.manual_generation,
            active=True,
        )
        session.add(contract)
        _flush(session, checked.reference)
        log_change(session, actor, Record.CONTRACT, contract.id, ChangeAction.CREATED, new=checked.reference)
        return contract.id


def _editable(
    session: Session, actor: Actor, contract_id: int, version: int, fields: ContractFields, *, lock: bool = True
) -> Contract:
    """The contract (locked when ``lock``) when ``fields`` may be saved on it at ``version``."""
    require_agent(session, actor)
    contract = load_contract(session, contract_id, lock=lock)
    check_version(session, Record.CONTRACT, contract, version, contract.reference)
    refuse_archived(contract)
    _check_client_change(session, contract, fields.client_id)
    _check_reference_free(session, fields.reference, contract.id)
    return contract


def preview_contract(
    db: Database,
    actor: Actor,
    contract_id: int,
    version: int,
    fields: ContractFields,
    today: date | None = None,
) -> ContractPreview:
    """What saving ``fields`` would change in the stored periods of the contract's job buildings (only those
    that change), refused as :func:`save_contract` is. Writes nothing."""
    actor.require(Permission.EDIT_CONTRACT)
    checked = _checked(fields)
    today = today or date.today()
    with db.reading() as session:
        contract = _editable(session, actor, contract_id, version, checked, lock=False)
        if not _plan_changed(contract, checked):
            return ContractPreview(())
        schedules = read_schedules(session, _planned_job_buildings(session, contract.id), today)
    found = []
    for stored in schedules.values():
        schedule = replace(
            stored,
            contract_start=checked.start_date,
            contract_end=checked.end_date,
            financial_year_start=(checked.fy_start_month, checked.fy_start_day),
        )
        if not moves(schedule):
            continue
        found.append(
            BuildingChanges(
                job_building_id=schedule.job_building_id,
                job_description=schedule.job_description,
                building_name=schedule.building_name,
                schedule=schedule,
                changes=what_changes(schedule, schedule.current),
                fingerprint=fingerprint(schedule.current),
            )
        )
    found.sort(key=lambda item: (item.job_description.casefold(), item.building_name.casefold(), item.job_building_id))
    return ContractPreview(tuple(found))


def _changed_since_shown() -> ScheduleChangedSinceShown:
    return ScheduleChangedSinceShown(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The PPM periods that saving the contract changes are no longer those shown (a building, a visit or a "
            "work order changed meanwhile): nothing was saved. Look at the changes again, then save.",
        )
    )


def _replan(
    session: Session, actor: Actor, contract_id: int, today: date, shown: Mapping[int, str] | None
) -> list[SaveResult]:
    """Re-plan the contract's job buildings (those the re-plan changes); with ``shown``, only when the
    buildings that change, and their re-plans, are those shown."""
    ids = _planned_job_buildings(session, contract_id)
    session.flush()
    lock_job_buildings(session, dict.fromkeys(ids))
    schedules = read_schedules(session, ids, today)
    moving = [schedules[key] for key in sorted(schedules) if moves(schedules[key])]
    if shown is not None and {schedule.job_building_id for schedule in moving} != set(shown):
        raise _changed_since_shown()
    changes = [
        ScheduleChange(
            schedule.job_building_id,
            schedule.version,
            schedule.settings,
            schedule.manual_visits,
            None if shown is None else shown[schedule.job_building_id],
        )
        for schedule in moving
    ]
    return save_changes(session, actor, changes, today, Reason.CONTRACT_DATES) if changes else []


def save_contract(
    db: Database,
    actor: Actor,
    contract_id: int,
    version: int,
    fields: ContractFields,
    today: date | None = None,
    shown: Mapping[int, str] | None = None,
) -> ContractSaved:
    """Save the contract's fields. New dates or a new financial-year start re-plan its job buildings in
    the same transaction (``today``: the day they are planned for; by default the real one).

    ``shown``: :attr:`ContractPreview.shown` of the preview the agent confirmed; the save is refused with
    :class:`ScheduleChangedSinceShown` when its re-plan differs (None: save whatever the re-plan is). Refused as
    :func:`create_contract` is, when the contract was changed since ``version``, is archived or no longer
    exists, and for a change of client while PPM jobs or work orders refer to it.
    """
    actor.require(Permission.EDIT_CONTRACT)
    checked = _checked(fields)
    today = today or date.today()
    if shown is not None and not isinstance(shown, Mapping):
        raise _changed_since_shown()
    with db.transaction() as session:
        contract = _editable(session, actor, contract_id, version, checked)
        replanned = _plan_changed(contract, checked)
        old = _record(contract)
        changes = {
            name: (getattr(old, name), getattr(checked, name))
            for name in ContractFields.__dataclass_fields__
            if getattr(old, name) != getattr(checked, name)
        }
        if not changes:
            if shown:
                raise _changed_since_shown()
            return ContractSaved(())
        for name, (_old, new) in changes.items():
            setattr(contract, name, new)
        _flush(session, checked.reference)
        log_field_changes(session, actor, Record.CONTRACT, contract.id, changes)
        if not replanned:
            if shown:
                raise _changed_since_shown()
            return ContractSaved(())
        return ContractSaved(tuple(_replan(session, actor, contract.id, today, shown)))


def _set_active(db: Database, actor: Actor, contract_id: int, version: int, active: bool) -> None:
    actor.require(Permission.EDIT_CONTRACT)
    with db.transaction() as session:
        require_agent(session, actor)
        contract = load_contract(session, contract_id, lock=True)
        check_version(session, Record.CONTRACT, contract, version, contract.reference)
        if contract.active == active:
            return
        if active and not contract.client.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Contract “{reference}” belongs to the archived client “{client}”: restore the client first.",
                ),
                reference=contract.reference,
                client=contract.client.name,
            )
        contract.active = active
        session.flush()
        log_change(
            session, actor, Record.CONTRACT, contract.id, ChangeAction.RESTORED if active else ChangeAction.ARCHIVED
        )


def archive_contract(db: Database, actor: Actor, contract_id: int, version: int) -> None:
    """Archive the contract: its jobs, periods and orders stay, its PPM orders are no longer generated and it
    cannot be changed until it is restored. Archiving an archived contract changes nothing."""
    _set_active(db, actor, contract_id, version, False)


def restore_contract(db: Database, actor: Actor, contract_id: int, version: int) -> None:
    """Restore an archived contract (refused while its client is archived)."""
    _set_active(db, actor, contract_id, version, True)


__all__ = [
    "BuildingChanges",
    "ContractFields",
    "ContractPreview",
    "ContractSaved",
    "archive_contract",
    "contract_fields",
    "create_contract",
    "load_contract",
    "preview_contract",
    "refuse_archived",
    "restore_contract",
    "save_contract",
    "share_contract",
]
