"""Work orders and their activity log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, Versioned, str_enum
from desktop.db.models.clients import Building, Client, Contact
from desktop.db.models.contracts import Contract, FinancialPeriod, JobBuilding
from desktop.db.models.people import User
from desktop.db.types import Int16, Int32, Line, LongText, Money, UTCDateTime, utcnow
from desktop.domain.workorders import ActivityKind, Kind, Status, WorkOrderType

# The helpdesk list sorts on these columns, with the number as tie-breaker, and filters on them:
# one (column, number) index each serves both the sort and a keyset page.
LIST_SORT_COLUMNS = (
    "type",
    "status",
    "priority",
    "title",
    "client_id",
    "building_id",
    "assignee_id",
    "client_name",
    "building_name",
    "assignee_name",
    "created_at",
    "due_date",
)


class WorkOrder(Versioned, Base):
    __tablename__ = "work_order"
    __table_args__ = (
        UniqueConstraint("job_building_id", "financial_period_id"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("priority BETWEEN 1 AND 4", name="priority"),
        CheckConstraint(
            "type <> 'ppm' OR (job_building_id IS NOT NULL AND financial_period_id IS NOT NULL)",
            name="ppm_has_period",
        ),
        CheckConstraint(
            "type = 'ppm' OR (job_building_id IS NULL AND financial_period_id IS NULL)",
            name="period_only_for_ppm",
        ),
        *(Index(f"ix_work_order_{column}_number", column, "number") for column in LIST_SORT_COLUMNS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Int32, unique=True)
    type: Mapped[WorkOrderType] = mapped_column(str_enum(WorkOrderType, "type", 20))
    status: Mapped[Status] = mapped_column(str_enum(Status, "status"))
    # The status before a hold, a cancel or a reject: Resume and Reinstate return to it.
    previous_status: Mapped[Status | None] = mapped_column(str_enum(Status, "previous_status"))
    priority: Mapped[int] = mapped_column(Int16)
    # An Impact value, or free text written by older versions (kept and shown as it is).
    impact: Mapped[str | None] = mapped_column(Line(60))
    kind: Mapped[Kind | None] = mapped_column(str_enum(Kind, "kind", 20))
    category: Mapped[str | None] = mapped_column(Line(80), index=True)
    title: Mapped[str] = mapped_column(Line(200))
    description: Mapped[str] = mapped_column(LongText(), default="")
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    # Copies of the names the helpdesk list shows and sorts by, so that one index serves each sort.
    # Services set them with the ids; database triggers follow renames of clients, buildings and users.
    client_name: Mapped[str] = mapped_column(Line(200), server_default=text("''"))
    building_name: Mapped[str] = mapped_column(Line(200), server_default=text("''"))
    assignee_name: Mapped[str | None] = mapped_column(Line(120))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    job_building_id: Mapped[int | None] = mapped_column(ForeignKey("job_building.id"))
    financial_period_id: Mapped[int | None] = mapped_column(ForeignKey("financial_period.id"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_date: Mapped[date | None]
    financial_end_date: Mapped[date | None]
    balance: Mapped[Decimal] = mapped_column(Money, server_default=text("0"))
    fixed_cost: Mapped[Decimal | None] = mapped_column(Money)
    invoice_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    client_reference: Mapped[str | None] = mapped_column(Line(80))
    # Cancelled with the PPM-cancel action: PPM regeneration never brings it back.
    ppm_cancel_final: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    client: Mapped[Client] = relationship()
    building: Mapped[Building] = relationship()
    contact: Mapped[Contact | None] = relationship()
    contract: Mapped[Contract | None] = relationship()
    job_building: Mapped[JobBuilding | None] = relationship()
    financial_period: Mapped[FinancialPeriod | None] = relationship()
    assignee: Mapped[User | None] = relationship()
    activity: Mapped[list[ActivityEntry]] = relationship(
        back_populates="work_order", order_by="ActivityEntry.id", cascade="all, delete-orphan"
    )
    notifications: Mapped[list[WorkOrderNotification]] = relationship(
        back_populates="work_order", order_by="WorkOrderNotification.id", cascade="all, delete-orphan"
    )


class ActivityEntry(Base):
    """One line of a work order's history; written in the same transaction as the change."""

    __tablename__ = "activity_entry"
    __table_args__ = (Index("ix_activity_entry_work_order_id_id", "work_order_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind, "kind", 20))
    field: Mapped[str | None] = mapped_column(Line(60))
    old_value: Mapped[str | None] = mapped_column(LongText())
    new_value: Mapped[str | None] = mapped_column(LongText())
    text: Mapped[str | None] = mapped_column(LongText())

    work_order: Mapped[WorkOrder] = relationship(back_populates="activity")
    user: Mapped[User | None] = relationship()


class WorkOrderNotification(Base):
    """A contact of the order's client who is emailed about the order's changes."""

    __tablename__ = "work_order_notification"
    __table_args__ = (UniqueConstraint("work_order_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)

    work_order: Mapped[WorkOrder] = relationship(back_populates="notifications")
    contact: Mapped[Contact] = relationship()
