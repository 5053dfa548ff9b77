"""Everything the detail view shows of one work order, read in one go, with what the agent may do to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, WorkOrder, WorkOrderNotification
from desktop.domain import transitions
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.transitions import Action, Edit, Refusal
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Kind, Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.workorder_actions import order_state, permissions_of

# The same check as delete_work_order's, in this reading's session.
from desktop.services.workorders import _deletion_refusal as order_deletion_refusal

DEFAULT_CURRENCY = "EUR"


@dataclass(frozen=True)
class ActivityView:
    """One line of the timeline."""

    created_at: datetime
    user: str | None  # None: done automatically
    kind: ActivityKind
    field: str | None
    old_value: str | None
    new_value: str | None
    text: str | None


@dataclass(frozen=True)
class WorkOrderDetail:
    number: int
    version: int
    type: WorkOrderType
    status: Status
    previous_status: Status | None
    priority: int
    title: str
    description: str
    client: str
    building: str
    address: str
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    contract_reference: str | None
    currency: str
    assignee_id: int | None
    assignee: str | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    due_date: date | None
    financial_end_date: date | None
    fixed_cost: Decimal | None
    balance: Decimal
    client_reference: str | None
    invoice_only: bool
    ppm_job: str | None
    period_start: date | None
    period_end: date | None
    notified: tuple[str, ...]
    actions: dict[Action, Refusal | None]
    edits: dict[Edit, Refusal | None]
    activity: tuple[ActivityView, ...]
    # What the edit dialog starts from: the references by id, the impact as stored (an Impact value or older text).
    client_id: int
    building_id: int
    contact_id: int | None
    contract_id: int | None
    impact: str | None
    kind: Kind | None
    category: str | None
    deletion: Message | None  # why the agent cannot delete the order; None when they can

    def overdue(self, today: date) -> bool:
        return self.due_date is not None and self.due_date < today and self.status in OPEN_STATUSES


def get_detail(db: Database, actor: Actor, number: int) -> WorkOrderDetail:
    """The order as it is now; raises :class:`NotFound` when it was deleted."""
    with db.reading() as session:
        order = session.scalar(
            select(WorkOrder)
            .where(WorkOrder.number == number)
            .options(
                selectinload(WorkOrder.activity).selectinload(ActivityEntry.user),
                selectinload(WorkOrder.notifications).selectinload(WorkOrderNotification.contact),
            )
        )
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)
        state = order_state(order)
        building = order.building
        contact = order.contact
        contract = order.contract
        period = order.financial_period
        job_building = order.job_building
        return WorkOrderDetail(
            number=order.number,
            version=order.version,
            type=order.type,
            status=order.status,
            previous_status=order.previous_status,
            priority=order.priority,
            title=order.title,
            description=order.description,
            client=order.client_name,
            building=order.building_name,
            address=f"{building.address_line}, {building.postcode} {building.city}, {building.country}",
            contact_name=contact.name if contact is not None else None,
            contact_email=contact.email if contact is not None else None,
            contact_phone=contact.phone if contact is not None else None,
            contract_reference=contract.reference if contract is not None else None,
            currency=contract.currency if contract is not None else DEFAULT_CURRENCY,
            assignee_id=order.assignee_id,
            assignee=order.assignee_name,
            created_at=order.created_at,
            started_at=order.started_at,
            completed_at=order.completed_at,
            due_date=order.due_date,
            financial_end_date=order.financial_end_date,
            fixed_cost=order.fixed_cost,
            balance=order.balance,
            client_reference=order.client_reference,
            invoice_only=order.invoice_only,
            ppm_job=job_building.job.description if job_building is not None else None,
            period_start=period.financial_start if period is not None else None,
            period_end=period.financial_end if period is not None else None,
            notified=tuple(sorted(n.contact.name for n in order.notifications)),
            actions=transitions.available_actions(state, permissions_of(actor)),
            edits=transitions.available_edits(state),
            activity=tuple(
                ActivityView(
                    created_at=entry.created_at,
                    user=entry.user.display_name if entry.user is not None else None,
                    kind=entry.kind,
                    field=entry.field,
                    old_value=entry.old_value,
                    new_value=entry.new_value,
                    text=entry.text,
                )
                for entry in order.activity
            ),
            client_id=order.client_id,
            building_id=order.building_id,
            contact_id=order.contact_id,
            contract_id=order.contract_id,
            impact=order.impact,
            kind=order.kind,
            category=order.category,
            deletion=_deletion(session, actor, order),
        )


def _deletion(session: Session, actor: Actor, order: WorkOrder) -> Message | None:
    if not actor.can(Permission.DELETE_WORK_ORDER):
        return Message(
            "Refusal",
            QT_TRANSLATE_NOOP("Refusal", "Deleting a work order needs the permission “{permission}”."),
            {"permission": Message("Permission", PERMISSION_LABELS[Permission.DELETE_WORK_ORDER])},
        )
    return order_deletion_refusal(session, order)
