"""Buildings of the directory: created, edited with their closures, archived and restored, deleted while nothing
refers to them; a building's page (its open orders and the PPM jobs it is in).

The contract of :mod:`desktop.services.clients` holds here too: one transaction per function, an active agent,
translated refusals that write nothing, the change log, and the version check of edits.

Closures are the date ranges when the building is closed; the PPM planner reads them (and the building's start
and end dates) each time it plans the building's periods. A save that changes them re-plans the building's PPM
schedules in the same transaction (:mod:`desktop.services.ppm.replanning`): a period that turns invalid cancels
its never-started work order at once. The re-plan is a consequence of the building's change and needs no
permission beyond the building's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.engine import Database
from desktop.db.models import (
    Building,
    BuildingClosure,
    Client,
    ContactBuilding,
    Contract,
    JobBuilding,
    PpmJob,
    WorkOrder,
)
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.places import check_country
from desktop.domain.ppm.history import Reason
from desktop.domain.records import ChangeAction, Record
from desktop.domain.workorders import OPEN_STATUSES, Status
from desktop.services.actor import Actor
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.clients import load_client
from desktop.services.directory_checks import a_date, a_flag, an_id, line, long_text, require_agent, required_line
from desktop.services.lookup_search import MAX_LIMIT, OpenOrder
from desktop.services.ppm.replanning import replan_building
from desktop.services.ppm.saving import SaveResult

# A building's page lists at most this many open orders (the newest); the helpdesk list filtered on the
# building shows them all.
PAGE_OPEN_ORDERS = MAX_LIMIT


@dataclass(frozen=True)
class Closure:
    start_date: date
    end_date: date  # inclusive
    reason: str | None = None


@dataclass(frozen=True)
class BuildingFields:
    client_id: int
    name: str
    address_line: str
    postcode: str
    city: str
    country: str
    start_date: date
    end_date: date | None = None
    access_notes: str | None = None
    closures: tuple[Closure, ...] = ()


@dataclass(frozen=True)
class BuildingRecord:
    id: int
    client_id: int
    client_name: str
    name: str
    address_line: str
    postcode: str
    city: str
    country: str
    start_date: date
    end_date: date | None
    access_notes: str | None
    closures: tuple[Closure, ...]
    active: bool
    version: int


@dataclass(frozen=True)
class BuildingJob:
    job_id: int
    contract_id: int
    contract_reference: str
    description: str


@dataclass(frozen=True)
class BuildingPage:
    building: BuildingRecord
    open_orders: list[OpenOrder]  # newest first, at most PAGE_OPEN_ORDERS
    jobs: list[BuildingJob]


@dataclass(frozen=True)
class BuildingSaved:
    """A building's edit saved: its new version, and what the re-plan of its PPM schedules did."""

    version: int
    replanned: tuple[SaveResult, ...] = ()  # the job buildings whose periods the change moved

    @property
    def cancelled_orders(self) -> tuple[int, ...]:
        """The numbers of the PPM orders cancelled because their period is no longer valid."""
        return tuple(sorted(number for result in self.replanned for number in result.cancelled_orders))

    @property
    def started_invalid(self) -> tuple[int, ...]:
        """The numbers of started PPM orders whose period is no longer valid: left open, for the agent."""
        return tuple(sorted(number for result in self.replanned for number in result.started_invalid))


@dataclass(frozen=True)
class _Checked:
    client_id: int
    name: str
    address_line: str
    postcode: str
    city: str
    country: str
    start_date: date
    end_date: date | None
    access_notes: str | None
    closures: tuple[Closure, ...]


def _checked_closures(closures: object) -> tuple[Closure, ...]:
    if not isinstance(closures, Sequence) or isinstance(closures, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The closures of the building are not a list of dates."))
    checked = []
    for closure in closures:
        if not isinstance(closure, Closure):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The closures of the building are not a list of dates."))
        start = a_date(closure.start_date)
        end = a_date(closure.end_date)
        assert start is not None and end is not None
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A closure cannot end ({end}) before it starts ({start})."),
                start=start,
                end=end,
            )
        checked.append(Closure(start, end, line(closure.reason, BuildingClosure.reason)))
    return tuple(sorted(checked, key=lambda item: (item.start_date, item.end_date, item.reason or "")))


def _checked(fields: BuildingFields) -> _Checked:
    name = required_line(
        fields.name, Building.name, ValidationError(QT_TRANSLATE_NOOP("Errors", "A building needs a name."))
    )
    address_line = required_line(
        fields.address_line,
        Building.address_line,
        ValidationError(QT_TRANSLATE_NOOP("Errors", "A building needs an address.")),
    )
    postcode = required_line(
        fields.postcode, Building.postcode, ValidationError(QT_TRANSLATE_NOOP("Errors", "A building needs a postcode."))
    )
    city = required_line(
        fields.city, Building.city, ValidationError(QT_TRANSLATE_NOOP("Errors", "A building needs a city."))
    )
    country = check_country(fields.country)
    start = a_date(fields.start_date)
    end = a_date(fields.end_date, optional=True)
    assert start is not None
    if end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A building cannot end ({end}) before it starts ({start})."),
            start=start,
            end=end,
        )
    return _Checked(
        client_id=an_id(fields.client_id),
        name=name,
        address_line=address_line,
        postcode=postcode,
        city=city,
        country=country,
        start_date=start,
        end_date=end,
        access_notes=long_text(fields.access_notes, Building.access_notes),
        closures=_checked_closures(fields.closures),
    )


def _active_client(session: Session, client_id: int) -> Client:
    client = load_client(session, client_id)
    if not client.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client “{name}” is archived: restore it before adding to it."),
            name=client.name,
        )
    return client


def _check_name_free(session: Session, client_id: int, name: str, building_id: int | None) -> None:
    statement = select(Building.id).where(Building.client_id == client_id, func.lower(Building.name) == name.lower())
    if building_id is not None:
        statement = statement.where(Building.id != building_id)
    if session.scalar(statement.limit(1)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This client already has a building named “{name}”: choose another name."),
            name=name,
        )


def load_building(session: Session, building_id: int, *, lock: bool = False) -> Building:
    building = session.get(Building, an_id(building_id), with_for_update=lock or None)
    if building is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
    return building


def _closures(session: Session, building_id: int) -> tuple[Closure, ...]:
    rows = session.execute(
        select(BuildingClosure.start_date, BuildingClosure.end_date, BuildingClosure.reason)
        .where(BuildingClosure.building_id == building_id)
        .order_by(BuildingClosure.start_date, BuildingClosure.end_date, BuildingClosure.id)
    ).all()
    return tuple(Closure(row.start_date, row.end_date, row.reason) for row in rows)


def _closures_text(closures: tuple[Closure, ...]) -> list[str]:
    """The closures as the change log shows them: one "start..end reason" per line."""
    return [
        f"{closure.start_date.isoformat()}..{closure.end_date.isoformat()}"
        + (f" {closure.reason}" if closure.reason else "")
        for closure in closures
    ]


def _write_closures(session: Session, building_id: int, closures: tuple[Closure, ...]) -> None:
    session.execute(delete(BuildingClosure).where(BuildingClosure.building_id == building_id))
    session.add_all(
        BuildingClosure(
            building_id=building_id, start_date=closure.start_date, end_date=closure.end_date, reason=closure.reason
        )
        for closure in closures
    )


def _referring_work(session: Session, building_id: int) -> bool:
    """Whether a work order or a PPM job names the building."""
    return bool(
        session.scalar(select(exists().where(WorkOrder.building_id == building_id)))
        or session.scalar(select(exists().where(JobBuilding.building_id == building_id)))
    )


def create_building(db: Database, actor: Actor, fields: BuildingFields) -> int:
    """A new, active building; its id. Refused: an unknown or archived client, a blank name, address, postcode
    or city, a name the client's other buildings have (case not minded), a country that is not an ISO code, an
    end before the start, a closure ending before it starts, text its column cannot hold."""
    checked = _checked(fields)
    with db.transaction() as session:
        require_agent(session, actor)
        client = _active_client(session, checked.client_id)
        _check_name_free(session, client.id, checked.name, None)
        building = Building(
            client_id=client.id,
            name=checked.name,
            address_line=checked.address_line,
            postcode=checked.postcode,
            city=checked.city,
            country=checked.country,
            start_date=checked.start_date,
            end_date=checked.end_date,
            access_notes=checked.access_notes,
            active=True,
        )
        session.add(building)
        session.flush()
        _write_closures(session, building.id, checked.closures)
        log_change(session, actor, Record.BUILDING, building.id, ChangeAction.CREATED, new=checked.name)
        return building.id


def update_building(
    db: Database, actor: Actor, building_id: int, version: int, fields: BuildingFields, today: date | None = None
) -> int:
    """Save the building and replace its closures with ``fields.closures``; its new version (see
    :func:`save_building`)."""
    return save_building(db, actor, building_id, version, fields, today).version


def save_building(
    db: Database, actor: Actor, building_id: int, version: int, fields: BuildingFields, today: date | None = None
) -> BuildingSaved:
    """Save the building and replace its closures with ``fields.closures``. A new name reaches its work orders'
    copies (and the helpdesk list's search) in the same transaction. New closures or start or end dates re-plan
    its PPM schedules there too (``today``: the day they are planned for; by default the real one): the
    never-started orders of periods that turn invalid are cancelled, started ones are listed.

    Refused as :func:`create_building` is (the client must be active only when it changes), when the building
    was changed since ``version`` or no longer exists, and for a change of client while work orders, PPM jobs
    or contacts of its client refer to the building.
    """
    checked = _checked(fields)
    today = today or date.today()
    with db.transaction() as session:
        require_agent(session, actor)
        building = load_building(session, building_id, lock=True)
        check_version(session, Record.BUILDING, building, version, building.name)
        if checked.client_id != building.client_id:
            _active_client(session, checked.client_id)
            linked = session.scalar(select(exists().where(ContactBuilding.building_id == building.id)))
            if linked or _referring_work(session, building.id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Building “{name}” cannot move to another client: work orders, PPM jobs or contacts of its"
                        " client refer to it.",
                    ),
                    name=building.name,
                )
        _check_name_free(session, checked.client_id, checked.name, building.id)
        old_closures = _closures(session, building.id)
        changes = {
            "client_id": (building.client_id, checked.client_id),
            "name": (building.name, checked.name),
            "address_line": (building.address_line, checked.address_line),
            "postcode": (building.postcode, checked.postcode),
            "city": (building.city, checked.city),
            "country": (building.country, checked.country),
            "start_date": (building.start_date, checked.start_date),
            "end_date": (building.end_date, checked.end_date),
            "access_notes": (building.access_notes, checked.access_notes),
        }
        building.client_id = checked.client_id
        building.name = checked.name
        building.address_line = checked.address_line
        building.postcode = checked.postcode
        building.city = checked.city
        building.country = checked.country
        building.start_date = checked.start_date
        building.end_date = checked.end_date
        building.access_notes = checked.access_notes
        if checked.closures != old_closures:
            _write_closures(session, building.id, checked.closures)
            changes["closures"] = (_closures_text(old_closures), _closures_text(checked.closures))
            # The closures are part of the building: changing them alone makes a new version too.
            flag_modified(building, "access_notes")
        session.flush()
        log_field_changes(session, actor, Record.BUILDING, building.id, changes)
        new_version = building.version
        dates_changed = changes["start_date"][0] != changes["start_date"][1] or (
            changes["end_date"][0] != changes["end_date"][1]
        )
        if not dates_changed and "closures" not in changes:
            return BuildingSaved(new_version)
        reason = Reason.BUILDING_DATES if dates_changed else Reason.CLOSURE
        replanned = replan_building(session, building.id, today, reason, actor)
        return BuildingSaved(new_version, tuple(replanned))


def set_building_active(db: Database, actor: Actor, building_id: int, version: int, active: bool) -> int:
    """Archive (``active`` False) or restore the building; its new version. Restoring the building of an
    archived client is refused (restore the client first)."""
    active = a_flag(active)
    with db.transaction() as session:
        require_agent(session, actor)
        building = load_building(session, building_id, lock=True)
        check_version(session, Record.BUILDING, building, version, building.name)
        if building.active == active:
            return building.version
        if active and not building.client.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Building “{name}” belongs to the archived client “{client}”: restore the client first."
                ),
                name=building.name,
                client=building.client.name,
            )
        building.active = active
        session.flush()
        log_change(
            session,
            actor,
            Record.BUILDING,
            building.id,
            ChangeAction.RESTORED if active else ChangeAction.ARCHIVED,
        )
        return building.version


def delete_building(db: Database, actor: Actor, building_id: int, version: int) -> None:
    """Delete a building entered by mistake, with its closures: refused while work orders, PPM jobs or contacts
    refer to it (archive it instead), or when it was changed since ``version``."""
    with db.transaction() as session:
        require_agent(session, actor)
        building = load_building(session, building_id, lock=True)
        check_version(session, Record.BUILDING, building, version, building.name)
        linked = session.scalar(select(exists().where(ContactBuilding.building_id == building.id)))
        if linked or _referring_work(session, building.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Building “{name}” cannot be deleted: work orders, PPM jobs or contacts refer to it."
                    " Archive it instead.",
                ),
                name=building.name,
            )
        log_change(session, actor, Record.BUILDING, building.id, ChangeAction.DELETED, old=building.name)
        session.execute(delete(BuildingClosure).where(BuildingClosure.building_id == building.id))
        session.delete(building)


def _record(session: Session, building: Building) -> BuildingRecord:
    return BuildingRecord(
        id=building.id,
        client_id=building.client_id,
        client_name=building.client.name,
        name=building.name,
        address_line=building.address_line,
        postcode=building.postcode,
        city=building.city,
        country=building.country,
        start_date=building.start_date,
        end_date=building.end_date,
        access_notes=building.access_notes,
        closures=_closures(session, building.id),
        active=building.active,
        version=building.version,
    )


def get_building(db: Database, building_id: int) -> BuildingRecord:
    with db.reading() as session:
        return _record(session, load_building(session, building_id))


def building_page(db: Database, building_id: int) -> BuildingPage:
    """The building with its open work orders (newest first, at most PAGE_OPEN_ORDERS) and the PPM jobs it is
    in (by contract reference and description)."""
    with db.reading() as session:
        building = load_building(session, building_id)
        record = _record(session, building)
        orders = session.execute(
            select(WorkOrder.number, WorkOrder.title, WorkOrder.status, WorkOrder.created_at)
            .where(WorkOrder.building_id == building.id, WorkOrder.status.in_(OPEN_STATUSES))
            .order_by(WorkOrder.created_at.desc(), WorkOrder.number.desc())
            .limit(PAGE_OPEN_ORDERS)
        ).all()
        jobs = session.execute(
            select(PpmJob.id, Contract.id, Contract.reference, PpmJob.description)
            .join(JobBuilding, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, Contract.id == PpmJob.contract_id)
            .where(JobBuilding.building_id == building.id)
            .order_by(Contract.reference, PpmJob.description, PpmJob.id)
        ).all()
    return BuildingPage(
        building=record,
        open_orders=[OpenOrder(row.number, row.title, Status(row.status), row.created_at) for row in orders],
        jobs=[BuildingJob(row[0], row[1], row[2], row[3]) for row in jobs],
    )


__all__ = [
    "PAGE_OPEN_ORDERS",
    "BuildingFields",
    "BuildingJob",
    "BuildingPage",
    "BuildingRecord",
    "BuildingSaved",
    "Closure",
    "building_page",
    "create_building",
    "delete_building",
    "get_building",
    "load_building",
    "save_building",
    "set_building_active",
    "update_building",
]
