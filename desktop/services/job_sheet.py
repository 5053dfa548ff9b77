"""The job sheet of one work order: everything a technician takes to the building, read in one go.

The sheet holds the order's header (number, title, type, status, priority, dates), the client, the building with
its address and access notes, the contact, the description, for a PPM order its job, period, visit window and
the job building's instructions, the time recorded on it, the customer's latest signature (the newest attachment
named ``Signature.png``, with who signed when the activity log says so) and, when asked, the activity log. The UI
prints it or writes it as a PDF (:mod:`desktop.ui.workorder.job_sheet`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Attachment, Rate, StoredFile, TimeEntry, User, WorkOrder
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import CENT
from desktop.domain.values import check_whole_number
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services.workorder_detail import DEFAULT_CURRENCY, ActivityView

SIGNATURE_FILE_NAME = "Signature.png"


@dataclass(frozen=True)
class SheetTime:
    """One time entry as the sheet lists it."""

    started_at: datetime
    ended_at: datetime
    technician: str | None
    rate: str | None
    hourly_amount: Decimal
    currency: str | None
    billable: bool
    description: str

    @property
    def duration(self) -> timedelta:
        return self.ended_at - self.started_at

    @property
    def amount(self) -> Decimal:
        """The time at its hourly amount, to the cent."""
        seconds = Decimal(int(self.duration.total_seconds()))
        return (seconds * self.hourly_amount / Decimal(3600)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Signature:
    """The customer's latest signature: the PNG image, when it was taken and (when logged) who signed."""

    png: bytes
    signed_at: datetime
    signer: str | None


@dataclass(frozen=True)
class JobSheet:
    number: int
    title: str
    type: WorkOrderType
    status: Status
    priority: int
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    due_date: date | None
    client: str
    client_reference: str | None
    building: str
    address_line: str
    postcode: str
    city: str
    country: str
    access_notes: str | None
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    assignee: str | None
    description: str
    contract_reference: str | None
    currency: str
    ppm_job: str | None
    period_start: date | None
    period_end: date | None
    visit_start: date | None
    visit_end: date | None
    instructions: str | None
    time_entries: tuple[SheetTime, ...]
    signature: Signature | None
    activity: tuple[ActivityView, ...]  # empty unless asked for

    @property
    def total_time(self) -> timedelta:
        return sum((entry.duration for entry in self.time_entries), timedelta())

    @property
    def billable_time(self) -> timedelta:
        return sum((entry.duration for entry in self.time_entries if entry.billable), timedelta())

    def billable_amounts(self) -> dict[str, Decimal]:
        """The billable amount per currency (entries without a rate add none)."""
        amounts: dict[str, Decimal] = {}
        for entry in self.time_entries:
            if entry.billable and entry.currency:
                amounts[entry.currency] = amounts.get(entry.currency, Decimal("0.00")) + entry.amount
        return amounts


def job_sheet(db: Database, number: int, *, include_activity: bool = False) -> JobSheet:
    """The sheet of work order ``number`` as it is now; NotFound when it does not exist."""
    check_whole_number(number)
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        building = order.building
        contact = order.contact
        contract = order.contract
        period = order.financial_period
        job_building = order.job_building
        return JobSheet(
            number=order.number,
            title=order.title,
            type=order.type,
            status=order.status,
            priority=order.priority,
            created_at=order.created_at,
            started_at=order.started_at,
            completed_at=order.completed_at,
            due_date=order.due_date,
            client=order.client_name,
            client_reference=order.client_reference,
            building=order.building_name,
            address_line=building.address_line,
            postcode=building.postcode,
            city=building.city,
            country=building.country,
            access_notes=building.access_notes,
            contact_name=contact.name if contact is not None else None,
            contact_email=contact.email if contact is not None else None,
            contact_phone=contact.phone if contact is not None else None,
            assignee=order.assignee_name,
            description=order.description,
            contract_reference=contract.reference if contract is not None else None,
            currency=contract.currency if contract is not None else DEFAULT_CURRENCY,
            ppm_job=job_building.job.description if job_building is not None else None,
            period_start=period.financial_start if period is not None else None,
            period_end=period.financial_end if period is not None else None,
            visit_start=period.visit_start if period is not None else None,
            visit_end=period.visit_end if period is not None else None,
            instructions=job_building.instructions if job_building is not None else None,
            time_entries=_time_entries(session, order.id),
            signature=_signature(session, order.id),
            activity=_activity(session, order.id) if include_activity else (),
        )


def _time_entries(session: Session, order_id: int) -> tuple[SheetTime, ...]:
    technician = aliased(User)
    rows = session.execute(
        select(
            TimeEntry.started_at,
            TimeEntry.ended_at,
            technician.display_name,
            Rate.name,
            TimeEntry.hourly_amount,
            TimeEntry.currency,
            TimeEntry.billable,
            TimeEntry.description,
        )
        .outerjoin(technician, technician.id == TimeEntry.technician_id)
        .outerjoin(Rate, Rate.id == TimeEntry.rate_id)
        .where(TimeEntry.work_order_id == order_id)
        .order_by(TimeEntry.started_at, TimeEntry.id)
    )
    return tuple(
        SheetTime(started, ended, name, rate, amount, currency, billable, description or "")
        for started, ended, name, rate, amount, currency, billable, description in rows
    )


def _signature(session: Session, order_id: int) -> Signature | None:
    found = session.execute(
        select(StoredFile.content, Attachment.created_at)
        .join(StoredFile, StoredFile.sha256 == Attachment.file_sha256)
        .where(Attachment.work_order_id == order_id, Attachment.file_name == SIGNATURE_FILE_NAME)
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    content, signed_at = found
    # Who gave this signature: the first "signed" entry logged from the moment it was attached (a later signature,
    # removed since, has its own later entry).
    signer = session.scalar(
        select(ActivityEntry.new_value)
        .where(
            ActivityEntry.work_order_id == order_id,
            ActivityEntry.kind == ActivityKind.ATTACHMENT,
            ActivityEntry.field == "signed",
            ActivityEntry.created_at >= signed_at,
        )
        .order_by(ActivityEntry.created_at, ActivityEntry.id)
        .limit(1)
    )
    return Signature(bytes(content), signed_at, signer)


def _activity(session: Session, order_id: int) -> tuple[ActivityView, ...]:
    rows = session.execute(
        select(
            ActivityEntry.created_at,
            User.display_name,
            ActivityEntry.kind,
            ActivityEntry.field,
            ActivityEntry.old_value,
            ActivityEntry.new_value,
            ActivityEntry.text,
        )
        .outerjoin(User, User.id == ActivityEntry.user_id)
        .where(ActivityEntry.work_order_id == order_id)
        .order_by(ActivityEntry.id)
    )
    return tuple(ActivityView(*row) for row in rows)


__all__ = ["JobSheet", "SheetTime", "Signature", "job_sheet"]
