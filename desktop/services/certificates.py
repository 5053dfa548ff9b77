"""Certificates of certificate-based PPM jobs: recorded with their document for a building of the job, listed,
and their document read back to be viewed.

A certificate is recorded in one transaction with its document (kept once per content, see
:mod:`desktop.services.stored_files`). A passed certificate newer than the building's last one becomes the anchor
of its dynamic dates (``job_building.last_certificate_date``) and re-plans its stored periods at once, so the next
visit follows it (:func:`desktop.services.ppm.replanning.replan_job_buildings`). Recorded from a PPM order, the
order's activity log says so. A refusal writes nothing, the document included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.engine import Database
from desktop.db.models import (
    Building,
    Certificate,
    Client,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    StoredFile,
    User,
    WorkOrder,
)
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.ppm.history import Reason
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services import activity
from desktop.services.actor import Actor, acting_user
from desktop.services.directory_checks import a_date, a_flag, an_id, line, required_line
from desktop.services.email_language import EmailWriter, sender_language
from desktop.services.ppm.replanning import replan_job_buildings
from desktop.services.ppm.saving import SaveResult
from desktop.services.stored_files import check_size, document_type, read_file, store_file
from desktop.services.workorder_actions import concurrent_change as concurrent_order_change

# No certificate is dated earlier: a date before it is a typing mistake.
EARLIEST_ISSUE = date(1900, 1, 1)
CONTEXT = "Certificates"

PASSED_TEXT = QT_TRANSLATE_NOOP(
    "Certificates", "Certificate recorded: passed, issued on {issued}. Reference: {reference}. Document: {file}."
)
FAILED_TEXT = QT_TRANSLATE_NOOP(
    "Certificates", "Certificate recorded: failed, issued on {issued}. Reference: {reference}. Document: {file}."
)
VALID_UNTIL_TEXT = QT_TRANSLATE_NOOP("Certificates", "Valid until {date}.")
NO_REFERENCE = QT_TRANSLATE_NOOP("Certificates", "none")


@dataclass(frozen=True)
class CertificateRecorded:
    certificate_id: int
    replanned: SaveResult | None  # the re-plan of the building's periods the certificate caused, if any


@dataclass(frozen=True)
class CertificateRow:
    """A certificate as the lists show it."""

    id: int
    building_id: int
    building_name: str
    ppm_job_id: int
    job_description: str
    contract_reference: str
    issued_on: date
    passed: bool
    valid_until: date | None
    reference: str | None
    file_name: str
    media_type: str
    size: int
    work_order_number: int | None
    recorded_by: str | None
    recorded_at: datetime


@dataclass(frozen=True)
class CertificateJob:
    """A certificate-based PPM job a building is in: what a certificate is recorded for."""

    job_building_id: int
    building_id: int
    building_name: str
    ppm_job_id: int
    job_description: str
    contract_reference: str


@dataclass(frozen=True)
class CertificateTarget(CertificateJob):
    """What a certificate recorded from a PPM order is for: the order's job building, and the order."""

    work_order_id: int
    work_order_number: int


@dataclass(frozen=True)
class RemedialWork:
    """What a reactive order for the remedial work a failed certificate calls for starts from."""

    client_id: int
    client_name: str
    building_id: int
    building_name: str
    contract_id: int | None  # None when the job's contract is archived: the order is logged without it
    job_description: str
    issued_on: date
    reference: str | None


def file_name_of(name: object) -> str:
    """The file's name without any folder part (whatever the system that wrote the path)."""
    if not isinstance(name, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The document needs a file name."))
    base = re.split(r"[\\/]", name.strip())[-1].strip()
    return required_line(
        base,
        Certificate.file_name,
        ValidationError(QT_TRANSLATE_NOOP("Errors", "The document needs a file name.")),
    )


def _checked_dates(issued_on: object, valid_until: object, today: date) -> tuple[date, date | None]:
    issued = a_date(issued_on)
    valid = a_date(valid_until, optional=True)
    assert issued is not None
    if issued > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A certificate cannot be issued in the future ({date})."), date=issued
        )
    if issued < EARLIEST_ISSUE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The issue date {date} is not a plausible date for a certificate."),
            date=issued,
        )
    if valid is not None and valid < issued:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A certificate cannot be valid until {valid} when it is issued on {issued}."),
            valid=valid,
            issued=issued,
        )
    return issued, valid


def _job_building(session: Session, building_id: int, ppm_job_id: int) -> JobBuilding:
    """The building's row in the job, locked; refused when either is unknown, the building is not in the job or
    the job is not certificate-based."""
    job = session.get(PpmJob, an_id(ppm_job_id))
    if job is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The PPM job no longer exists."))
    building = session.get(Building, an_id(building_id))
    if building is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building no longer exists."))
    row = session.scalar(
        select(JobBuilding)
        .where(JobBuilding.ppm_job_id == job.id, JobBuilding.building_id == building.id)
        .with_for_update()
    )
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Building “{building}” is not in the PPM job “{job}”."),
            building=building.name,
            job=job.description,
        )
    if not job.certificate_based:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The PPM job “{job}” is not certificate-based: it records no certificates."),
            job=job.description,
        )
    return row


def _order_of(session: Session, work_order_id: int, version: int, job_building: JobBuilding) -> WorkOrder:
    """The PPM order the certificate is recorded from, locked; refused when it is not one of ``job_building`` or
    someone changed it since the agent loaded it at ``version``."""
    order = session.get(WorkOrder, an_id(work_order_id), with_for_update=True)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The work order no longer exists."))
    if order.type is not WorkOrderType.PPM or order.job_building_id != job_building.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Work order {number} is not a PPM order of this building's job: record the certificate there."
            ),
            number=order.number,
        )
    if order.version != check_whole_number(version):
        raise concurrent_order_change(session, order)
    return order


def _dynamic(job_building: JobBuilding) -> bool:
    """Whether the building's visits follow its last certificate (dynamic dates, not excluded)."""
    return (
        not job_building.exclude_dynamic_dates
        and job_building.job.frequency.dynamic_dates_supported
        and job_building.visit_frequency.dynamic_dates_supported
    )


def record_certificate(
    db: Database,
    actor: Actor,
    building_id: int,
    ppm_job_id: int,
    issued_on: date,
    passed: bool,
    valid_until: date | None,
    reference: str,
    file_name: str,
    content: bytes,
    work_order_id: int | None = None,
    work_order_version: int | None = None,
    today: date | None = None,
) -> CertificateRecorded:
    """Record a certificate of the building under the PPM job with its document, in one transaction.

    A passed certificate issued after the building's last one sets it, and re-plans the building's stored periods
    for ``today`` (by default the real day) when its dates are dynamic, so the next visit follows it. Recorded from
    PPM order ``work_order_id`` (its id) as the agent loaded it at ``work_order_version``, the order's activity log
    says so.

    Refused, writing nothing: an inactive agent; an unknown building, job or order; a building not in the job; a
    job that is not certificate-based; an order that is not a PPM order of that building in that job, or that
    someone changed since ``work_order_version`` (ConcurrentChange); an issue date in the future (or before 1900);
    a validity ending before the issue; a reference or file name its column cannot hold; a document that is empty,
    larger than the limit, or neither a PDF nor an image by its content.
    """
    if work_order_id is not None and work_order_version is None:
        raise TypeError("record_certificate() needs the work order's version with its id")
    today = today or date.today()
    issued, valid = _checked_dates(issued_on, valid_until, today)
    result = a_flag(passed)
    shown_reference = line(reference, Certificate.reference)
    name = file_name_of(file_name)
    data = check_size(name, content)
    kind = document_type(name, data)
    with db.transaction() as session:
        acting_user(session, actor)
        job_building = _job_building(session, building_id, ppm_job_id)
        order = None
        if work_order_id is not None:
            assert work_order_version is not None
            order = _order_of(session, work_order_id, work_order_version, job_building)
        sha256 = store_file(session, data)
        certificate = Certificate(
            building_id=job_building.building_id,
            ppm_job_id=job_building.ppm_job_id,
            issued_on=issued,
            passed=result,
            valid_until=valid,
            reference=shown_reference,
            file_name=name,
            media_type=kind.media_type,
            file_sha256=sha256,
            work_order_id=order.id if order is not None else None,
            user_id=actor.user_id,
        )
        session.add(certificate)
        if order is not None:
            writer = EmailWriter(sender_language(actor.language))
            text = writer.text(
                PASSED_TEXT if result else FAILED_TEXT,
                context=CONTEXT,
                issued=issued,
                reference=shown_reference or writer.text(NO_REFERENCE, context=CONTEXT),
                file=name,
            )
            if valid is not None:
                text += " " + writer.text(VALID_UNTIL_TEXT, context=CONTEXT, date=valid)
            activity.record(session, order, actor, ActivityKind.COMMENT, text=text)
            flag_modified(order, "status")  # a new version, as for any entry of its activity
        replanned = None
        last = job_building.last_certificate_date
        if result and (last is None or issued > last):
            job_building.last_certificate_date = issued
            has_periods = session.scalar(select(exists().where(FinancialPeriod.job_building_id == job_building.id)))
            if has_periods and _dynamic(job_building):
                saved = replan_job_buildings(session, [job_building.id], today, Reason.CERTIFICATE, actor)
                replanned = saved[0] if saved else None
        session.flush()
        return CertificateRecorded(certificate.id, replanned)


def _rows() -> Select:
    recorder = aliased(User)
    return (
        select(
            Certificate.id,
            Certificate.building_id,
            Building.name.label("building_name"),
            Certificate.ppm_job_id,
            PpmJob.description.label("job_description"),
            Contract.reference.label("contract_reference"),
            Certificate.issued_on,
            Certificate.passed,
            Certificate.valid_until,
            Certificate.reference,
            Certificate.file_name,
            Certificate.media_type,
            StoredFile.size,
            WorkOrder.number.label("work_order_number"),
            recorder.display_name.label("recorded_by"),
            Certificate.created_at.label("recorded_at"),
        )
        .join(Building, Building.id == Certificate.building_id)
        .join(PpmJob, PpmJob.id == Certificate.ppm_job_id)
        .join(Contract, Contract.id == PpmJob.contract_id)
        .join(StoredFile, StoredFile.sha256 == Certificate.file_sha256)
        .outerjoin(WorkOrder, WorkOrder.id == Certificate.work_order_id)
        .outerjoin(recorder, recorder.id == Certificate.user_id)
    )


def _row(row: object) -> CertificateRow:
    return CertificateRow(**row._mapping)  # type: ignore[attr-defined]


def last_certificate(db: Database, job_building_id: int) -> CertificateRow | None:
    """The latest certificate (by issue date, then as recorded) of the job building's building under its job."""
    with db.reading() as session:
        job_building = session.get(JobBuilding, an_id(job_building_id))
        if job_building is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The building is no longer in this PPM job."))
        row = session.execute(
            _rows()
            .where(
                Certificate.building_id == job_building.building_id,
                Certificate.ppm_job_id == job_building.ppm_job_id,
            )
            .order_by(Certificate.issued_on.desc(), Certificate.id.desc())
            .limit(1)
        ).first()
        return _row(row) if row is not None else None


def certificates_of_building(db: Database, building_id: int) -> list[CertificateRow]:
    """The building's certificates, newest first."""
    with db.reading() as session:
        rows = session.execute(
            _rows()
            .where(Certificate.building_id == an_id(building_id))
            .order_by(Certificate.issued_on.desc(), Certificate.id.desc())
        ).all()
        return [_row(row) for row in rows]


@dataclass(frozen=True)
class CertificateFile:
    """A certificate's document as stored, without its content: its name, media type, SHA-256 and size."""

    file_name: str
    media_type: str
    sha256: str
    size: int


def certificate_file(db: Database, certificate_id: int) -> CertificateFile:
    """A certificate's document, its content left in the database (read it with
    :func:`desktop.services.stored_files.read_file`)."""
    with db.reading() as session:
        row = session.execute(
            select(Certificate.file_name, Certificate.media_type, Certificate.file_sha256, StoredFile.size)
            .join(StoredFile, StoredFile.sha256 == Certificate.file_sha256)
            .where(Certificate.id == an_id(certificate_id))
        ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The certificate no longer exists."))
    return CertificateFile(row.file_name, row.media_type, row.file_sha256, row.size)


def certificate_document(db: Database, certificate_id: int) -> tuple[str, str, bytes]:
    """A certificate's document: its file name, media type and content."""
    document = certificate_file(db, certificate_id)
    return document.file_name, document.media_type, read_file(db, document.sha256)


def remedial_work(db: Database, certificate_id: int) -> RemedialWork:
    """The building, client, contract and job of a certificate, for the order of the remedial work it calls for."""
    with db.reading() as session:
        row = session.execute(
            select(
                Client.id.label("client_id"),
                Client.name.label("client_name"),
                Building.id.label("building_id"),
                Building.name.label("building_name"),
                Contract.id.label("contract_id"),
                Contract.active.label("contract_active"),
                PpmJob.description.label("job_description"),
                Certificate.issued_on,
                Certificate.reference,
            )
            .join(Building, Building.id == Certificate.building_id)
            .join(Client, Client.id == Building.client_id)
            .join(PpmJob, PpmJob.id == Certificate.ppm_job_id)
            .join(Contract, Contract.id == PpmJob.contract_id)
            .where(Certificate.id == an_id(certificate_id))
        ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The certificate no longer exists."))
    return RemedialWork(
        client_id=row.client_id,
        client_name=row.client_name,
        building_id=row.building_id,
        building_name=row.building_name,
        contract_id=row.contract_id if row.contract_active else None,
        job_description=row.job_description,
        issued_on=row.issued_on,
        reference=row.reference,
    )


def _jobs() -> Select:
    return (
        select(
            JobBuilding.id.label("job_building_id"),
            JobBuilding.building_id,
            Building.name.label("building_name"),
            JobBuilding.ppm_job_id,
            PpmJob.description.label("job_description"),
            Contract.reference.label("contract_reference"),
        )
        .join(PpmJob, PpmJob.id == JobBuilding.ppm_job_id)
        .join(Contract, Contract.id == PpmJob.contract_id)
        .join(Building, Building.id == JobBuilding.building_id)
        .where(PpmJob.certificate_based.is_(True))
    )


def certificate_jobs(db: Database, building_id: int) -> list[CertificateJob]:
    """The certificate-based PPM jobs the building is in, by contract and job."""
    with db.reading() as session:
        rows = session.execute(
            _jobs()
            .where(JobBuilding.building_id == an_id(building_id))
            .order_by(Contract.reference, PpmJob.description, JobBuilding.id)
        ).all()
        return [CertificateJob(**row._mapping) for row in rows]


def certificate_target(db: Database, work_order_number: int) -> CertificateTarget | None:
    """What a certificate recorded from this order is for; None unless it is a PPM order of a certificate-based
    job."""
    with db.reading() as session:
        row = session.execute(
            _jobs()
            .add_columns(WorkOrder.id.label("work_order_id"), WorkOrder.number.label("work_order_number"))
            .join(WorkOrder, WorkOrder.job_building_id == JobBuilding.id)
            .where(WorkOrder.number == an_id(work_order_number), WorkOrder.type == WorkOrderType.PPM)
        ).first()
        return CertificateTarget(**row._mapping) if row is not None else None


__all__ = [
    "EARLIEST_ISSUE",
    "CertificateFile",
    "CertificateJob",
    "CertificateRecorded",
    "CertificateRow",
    "CertificateTarget",
    "RemedialWork",
    "certificate_document",
    "certificate_file",
    "certificate_jobs",
    "certificate_target",
    "certificates_of_building",
    "file_name_of",
    "last_certificate",
    "record_certificate",
    "remedial_work",
]
