"""PPM jobs of a contract: created and edited (``edit_contract``).

The rules of :mod:`desktop.services.contract_editing` hold here too: one transaction per function, an active
agent with ``edit_contract``, translated refusals that write nothing, version checks, the change log
(``Record.PPM_JOB``), and no change at all while the contract is archived.

A job's frequency, seasonal months and certificate requirement are fixed once orders were generated for it. A
change of them or of the lead days re-plans the job's buildings in the same transaction
(:mod:`desktop.services.ppm.replanning`), so that generation dates follow: the never-started order of a period
that turns invalid is cancelled, a started one is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import to_money
from desktop.domain.permissions import Permission
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.history import Reason
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.change_log import check_version, log_change, log_field_changes
from desktop.services.contract_editing import load_contract, refuse_archived, share_contract
from desktop.services.directory_checks import a_flag, an_id, require_agent, required_line
from desktop.services.ppm.loading import chunks
from desktop.services.ppm.replanning import replan_job_buildings
from desktop.services.ppm.saving import SaveResult
from desktop.services.ppm.storage import lock_job_buildings

MAX_LEAD_DAYS = 366
MAX_AUTO_CLOSE_DAYS = 3650


@dataclass(frozen=True)
class JobFields:
    description: str
    frequency: Frequency
    seasonal_months: tuple[int, ...]  # the months (1-12) of a seasonal job; empty for the other frequencies
    certificate_based: bool
    lead_days: int
    default_visit_frequency: Frequency
    default_invoice_frequency: Frequency
    default_invoice_amount: Decimal
    exclude_dynamic_dates: bool  # the default for buildings added later
    auto_close_days: int | None  # None: never; 0: as soon as the period's financial end has passed


# --- checks ---------------------------------------------------------------------------------------------------


def _whole(value: object, low: int, high: int, refusal: ValidationError) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise refusal
    return value


def _frequency(value: object) -> Frequency:
    if not isinstance(value, Frequency):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown frequency: {value}"), value=str(value)[:40])
    return value


def _months(frequency: Frequency, months: object) -> tuple[int, ...]:
    refusal = ValidationError(QT_TRANSLATE_NOOP("Errors", "The months of a seasonal job must be months 1 to 12."))
    if not isinstance(months, Sequence) or isinstance(months, str):
        raise refusal
    chosen = tuple(sorted({_whole(month, 1, 12, refusal) for month in months}))
    if frequency is not Frequency.SEASONAL:
        if chosen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a seasonal job has months."))
        return ()
    if not chosen:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A seasonal job needs at least one month."))
    firsts = [month for month in chosen if (month - 2) % 12 + 1 not in chosen]
    if len(chosen) < 12 and len(firsts) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The months of a seasonal job must follow one another (such as 12, 1 and 2).")
        )
    return chosen


def _amount(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The invoice amount is not an amount."))
    amount = Decimal(value)
    if amount.is_finite() and amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The invoice amount cannot be negative."))
    money = to_money(amount)  # not a number, or too large to store: refused
    if money != amount:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The invoice amount has at most two decimals."))
    return money


def _checked(fields: JobFields) -> JobFields:
    description = required_line(
        fields.description,
        PpmJob.description,
        ValidationError(QT_TRANSLATE_NOOP("Errors", "A PPM job needs a description.")),
    )
    frequency = _frequency(fields.frequency)
    visits = _frequency(fields.default_visit_frequency)
    invoices = _frequency(fields.default_invoice_frequency)
    if frequency is not Frequency.SEASONAL and Frequency.SEASONAL in (visits, invoices):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Seasonal visits or invoices need a seasonal job, with its months.")
        )
    auto_close = fields.auto_close_days
    if auto_close is not None:
        auto_close = _whole(
            auto_close,
            0,
            MAX_AUTO_CLOSE_DAYS,
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Auto-close must be a whole number of days from 0 to {most}, or never."),
                most=MAX_AUTO_CLOSE_DAYS,
            ),
        )
    return JobFields(
        description=description,
        frequency=frequency,
        seasonal_months=_months(frequency, fields.seasonal_months),
        certificate_based=a_flag(fields.certificate_based),
        lead_days=_whole(
            fields.lead_days,
            0,
            MAX_LEAD_DAYS,
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The lead days must be a whole number from 0 to {most}."),
                most=MAX_LEAD_DAYS,
            ),
        ),
        default_visit_frequency=visits,
        default_invoice_frequency=invoices,
        default_invoice_amount=_amount(fields.default_invoice_amount),
        exclude_dynamic_dates=a_flag(fields.exclude_dynamic_dates),
        auto_close_days=auto_close,
    )


# --- jobs -----------------------------------------------------------------------------------------------------


def _months_text(months: tuple[int, ...]) -> str | None:
    return ",".join(str(month) for month in months) or None


def _stored_months(text: str | None) -> tuple[int, ...]:
    return tuple(sorted({int(part) for part in (text or "").split(",") if part.strip()}))


def _job_record(job: PpmJob) -> JobFields:
    return JobFields(
        description=job.description,
        frequency=job.frequency,
        seasonal_months=_stored_months(job.seasonal_months),
        certificate_based=job.certificate_based,
        lead_days=job.lead_days,
        default_visit_frequency=job.default_visit_frequency,
        default_invoice_frequency=job.default_invoice_frequency,
        default_invoice_amount=job.default_invoice_amount,
        exclude_dynamic_dates=job.exclude_dynamic_dates_default,
        auto_close_days=job.auto_close_days,
    )


def load_job(session: Session, job_id: int, *, lock: bool = False) -> PpmJob:
    """The job, locked for the rest of the transaction when ``lock``; NotFound when it no longer exists."""
    job = session.get(PpmJob, an_id(job_id), with_for_update=lock or None)
    if job is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This PPM job no longer exists."))
    return job


def lock_job(session: Session, job_id: int) -> PpmJob:
    """The job, locked for the rest of the transaction after its contract is held (:func:`share_contract`);
    NotFound when it no longer exists."""
    contract_id = session.scalar(select(PpmJob.contract_id).where(PpmJob.id == an_id(job_id)))
    if contract_id is not None:
        share_contract(session, contract_id)
    return load_job(session, job_id, lock=True)


def writable(session: Session, actor: Actor) -> None:
    """Refuse a writer without ``edit_contract`` or an active account."""
    actor.require(Permission.EDIT_CONTRACT)
    require_agent(session, actor)


def _job_generated(session: Session, job_id: int) -> bool:
    return bool(
        session.scalar(
            select(exists().where(WorkOrder.job_building_id == JobBuilding.id).where(JobBuilding.ppm_job_id == job_id))
        )
    )


def _generated_locked(session: Session, job_id: int) -> bool:
    """Whether orders were generated for the job, its buildings and their period rows locked first (in the order
    every schedule save takes them): a generator that got to them first has committed its orders, one that comes
    later skips them until the job is saved."""
    ids = session.scalars(select(JobBuilding.id).where(JobBuilding.ppm_job_id == job_id).order_by(JobBuilding.id)).all()
    lock_job_buildings(session, dict.fromkeys(ids))
    for chunk in chunks(list(ids)):
        session.execute(
            select(FinancialPeriod.id)
            .where(FinancialPeriod.job_building_id.in_(chunk))
            .order_by(FinancialPeriod.id)
            .with_for_update()
        ).all()
    return _job_generated(session, job_id)


def _has_seasonal_buildings(session: Session, job_id: int) -> bool:
    """Whether a building of the job has seasonal visits or invoices (planned with the job's months)."""
    seasonal = Frequency.SEASONAL
    either = or_(JobBuilding.visit_frequency == seasonal, JobBuilding.invoice_frequency == seasonal)
    return bool(session.scalar(select(exists().where(JobBuilding.ppm_job_id == job_id, either))))


def _apply(job: PpmJob, fields: JobFields) -> None:
    job.description = fields.description
    job.frequency = fields.frequency
    job.seasonal_months = _months_text(fields.seasonal_months)
    job.certificate_based = fields.certificate_based
    job.lead_days = fields.lead_days
    job.default_visit_frequency = fields.default_visit_frequency
    job.default_invoice_frequency = fields.default_invoice_frequency
    job.default_invoice_amount = fields.default_invoice_amount
    job.exclude_dynamic_dates_default = fields.exclude_dynamic_dates
    job.auto_close_days = fields.auto_close_days


def job_fields(db: Database, job_id: int) -> tuple[JobFields, int]:
    """The job's fields as its form shows them, and its version."""
    with db.reading() as session:
        job = load_job(session, job_id)
        return _job_record(job), job.version


def create_job(db: Database, actor: Actor, contract_id: int, fields: JobFields) -> int:
    """A new PPM job of the contract, without buildings; its id. Refused: an archived or unknown contract, a blank
    description, months for a job that is not seasonal (a seasonal one needs consecutive months), lead days
    outside 0-366, a negative amount or one with more than two decimals, auto-close outside 0-3650 days."""
    actor.require(Permission.EDIT_CONTRACT)
    checked = _checked(fields)
    with db.transaction() as session:
        writable(session, actor)
        contract = load_contract(session, contract_id, lock=True)
        refuse_archived(contract)
        job = PpmJob(contract_id=contract.id)
        _apply(job, checked)
        session.add(job)
        session.flush()
        log_change(session, actor, Record.PPM_JOB, job.id, ChangeAction.CREATED, new=checked.description)
        return job.id


def save_job(
    db: Database, actor: Actor, job_id: int, version: int, fields: JobFields, today: date | None = None
) -> tuple[SaveResult, ...]:
    """Save the job's fields; the results of the re-plan of its buildings, which a change of frequency,
    seasonal months, certificate requirement or lead days brings (``today``: the day they are planned for).

    Refused as :func:`create_job` is, when the job was changed since ``version`` or no longer exists, when its
    contract is archived, and for a new frequency, seasonal months or certificate requirement once orders were
    generated for the job.
    """
    actor.require(Permission.EDIT_CONTRACT)
    checked = _checked(fields)
    today = today or date.today()
    with db.transaction() as session:
        writable(session, actor)
        job = lock_job(session, job_id)
        check_version(session, Record.PPM_JOB, job, version, job.description)
        refuse_archived(job.contract)
        old = _job_record(job)
        fixed = ("frequency", "seasonal_months", "certificate_based")
        if any(getattr(old, name) != getattr(checked, name) for name in fixed) and _generated_locked(session, job.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "PPM work orders have been generated for job “{job}”: its frequency, seasonal months and "
                    "certificate requirement can no longer change.",
                ),
                job=job.description,
            )
        if checked.frequency is not Frequency.SEASONAL and _has_seasonal_buildings(session, job.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Buildings of job “{job}” have seasonal visits or invoices: the job must stay seasonal."
                ),
                job=job.description,
            )
        changes = {
            name: (getattr(old, name), getattr(checked, name))
            for name in JobFields.__dataclass_fields__
            if getattr(old, name) != getattr(checked, name)
        }
        if not changes:
            return ()
        _apply(job, checked)
        session.flush()
        log_field_changes(session, actor, Record.PPM_JOB, job.id, changes)
        if not changes.keys() & {*fixed, "lead_days"}:
            return ()
        # Every building of the job, one without any period yet too: its plan was stored when it was added.
        ids = session.scalars(
            select(JobBuilding.id).where(JobBuilding.ppm_job_id == job.id).order_by(JobBuilding.id)
        ).all()
        results = replan_job_buildings(session, ids, today, Reason.JOB_SETTINGS, actor)
        return tuple(sorted(results, key=lambda result: result.job_building_id))


__all__ = ["JobFields", "create_job", "job_fields", "load_job", "lock_job", "save_job", "writable"]
