"""Contracts, their PPM jobs, the buildings of a job and its financial periods."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, Versioned, str_enum
from desktop.db.models.clients import Building, Client
from desktop.db.types import Int32, Line, LongText, Money, UTCDateTime, utcnow
from desktop.domain.ppm import Frequency


class Contract(Versioned, Base):
    __tablename__ = "contract"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates"),
        CheckConstraint("fy_start_month BETWEEN 1 AND 12", name="fy_month"),
        CheckConstraint("fy_start_day BETWEEN 1 AND 31", name="fy_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    reference: Mapped[str] = mapped_column(Line(40), unique=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    fy_start_month: Mapped[int] = mapped_column(Int32)
    fy_start_day: Mapped[int] = mapped_column(Int32)
    currency: Mapped[str] = mapped_column(Line(3))  # ISO 4217
    # Its PPM orders are generated only by an agent, from the generation preview: never by a run without one.
    manual_generation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Archived contracts (false) stay with their orders and periods; they are never deleted once referred to.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    client: Mapped[Client] = relationship()
    jobs: Mapped[list[PpmJob]] = relationship(back_populates="contract")


class PpmJob(Versioned, Base):
    __tablename__ = "ppm_job"
    __table_args__ = (
        CheckConstraint("lead_days >= 0", name="lead_days"),
        CheckConstraint("auto_close_days IS NULL OR auto_close_days >= 0", name="auto_close_days"),
        CheckConstraint("default_invoice_amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id"), index=True)
    description: Mapped[str] = mapped_column(Line(200))
    frequency: Mapped[Frequency] = mapped_column(str_enum(Frequency, "frequency"))
    # Seasonal jobs: the chosen months, comma-separated numbers ("3,9").
    seasonal_months: Mapped[str | None] = mapped_column(Line(40))
    certificate_based: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_days: Mapped[int] = mapped_column(Int32, default=14)
    default_visit_frequency: Mapped[Frequency] = mapped_column(str_enum(Frequency, "default_visit_frequency"))
    default_invoice_frequency: Mapped[Frequency] = mapped_column(str_enum(Frequency, "default_invoice_frequency"))
    default_invoice_amount: Mapped[Decimal] = mapped_column(Money)
    exclude_dynamic_dates_default: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_close_days: Mapped[int | None] = mapped_column(Int32)
    contract: Mapped[Contract] = relationship(back_populates="jobs")
    buildings: Mapped[list[JobBuilding]] = relationship(back_populates="job")


class JobBuilding(Versioned, Base):
    __tablename__ = "job_building"
    __table_args__ = (
        UniqueConstraint("ppm_job_id", "building_id"),
        CheckConstraint("invoice_amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ppm_job_id: Mapped[int] = mapped_column(ForeignKey("ppm_job.id"))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    visit_frequency: Mapped[Frequency] = mapped_column(str_enum(Frequency, "visit_frequency"))
    invoice_frequency: Mapped[Frequency] = mapped_column(str_enum(Frequency, "invoice_frequency"))
    invoice_amount: Mapped[Decimal] = mapped_column(Money)
    partial_periods: Mapped[bool] = mapped_column(Boolean, default=False)
    exclude_dynamic_dates: Mapped[bool] = mapped_column(Boolean, default=False)
    next_visit_required_by: Mapped[date | None]
    # Certificate-based jobs: the date of the last certificate issued for this building under the job.
    last_certificate_date: Mapped[date | None]
    # The last completed visit (or certificate) the stored periods were planned from, under dynamic dates:
    # generation re-plans the building only when it changes.
    planned_anchor: Mapped[date | None]
    instructions: Mapped[str | None] = mapped_column(LongText())
    # The building's last day in the job, once it was removed after orders were generated (empty: still in it).
    end_date: Mapped[date | None]
    job: Mapped[PpmJob] = relationship(back_populates="buildings")
    building: Mapped[Building] = relationship()
    periods: Mapped[list[FinancialPeriod]] = relationship(
        back_populates="job_building", order_by="FinancialPeriod.financial_start"
    )


class FinancialPeriod(Versioned, Base):
    __tablename__ = "financial_period"
    __table_args__ = (
        UniqueConstraint("job_building_id", "financial_start"),
        CheckConstraint("financial_end >= financial_start", name="financial_dates"),
        CheckConstraint(
            "(visit_start IS NULL AND visit_end IS NULL) OR (visit_start IS NOT NULL AND visit_end IS NOT NULL)",
            name="visit_both_or_none",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_building_id: Mapped[int] = mapped_column(ForeignKey("job_building.id", ondelete="CASCADE"))
    financial_start: Mapped[date]
    financial_end: Mapped[date]
    visit_start: Mapped[date | None]
    visit_end: Mapped[date | None]
    # The agent set the visit window by hand (only allowed when dynamic dates are off).
    visit_set_manually: Mapped[bool] = mapped_column(Boolean, default=False)
    invoiced: Mapped[bool] = mapped_column(Boolean, default=False)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate_required: Mapped[bool] = mapped_column(Boolean, default=False)
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    auto_generation_date: Mapped[date | None] = mapped_column(index=True)
    job_building: Mapped[JobBuilding] = relationship(back_populates="periods")


class ScheduleHistoryEntry(Base):
    """One change of a stored PPM period, written in the transaction that made it: what moved, from what to
    what, why and when (``user_id`` empty: an automatic change, such as generation re-planning a building)."""

    __tablename__ = "schedule_history"
    __table_args__ = (Index("ix_schedule_history_job_building_id_id", "job_building_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_building_id: Mapped[int] = mapped_column(ForeignKey("job_building.id", ondelete="CASCADE"))
    financial_start: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(Line(30))
    what: Mapped[str] = mapped_column(Line(30))
    old_value: Mapped[str | None] = mapped_column(Line(60))
    new_value: Mapped[str | None] = mapped_column(Line(60))


class Certificate(Base):
    """A certificate issued for a building under a certificate-based PPM job, with its document (the content is a
    ``StoredFile``). The last passed one anchors the job's dynamic dates for the building."""

    __tablename__ = "certificate"
    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_until >= issued_on", name="valid_until"),
        Index("ix_certificate_building_id_ppm_job_id_issued_on", "building_id", "ppm_job_id", "issued_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    ppm_job_id: Mapped[int] = mapped_column(ForeignKey("ppm_job.id"), index=True)
    issued_on: Mapped[date]
    passed: Mapped[bool] = mapped_column(Boolean)
    valid_until: Mapped[date | None]
    reference: Mapped[str | None] = mapped_column(Line(80))
    # The document: its name as the agent chose it (shown, never used as a path), its type and its content's hash.
    file_name: Mapped[str] = mapped_column(Line(255))
    media_type: Mapped[str] = mapped_column(Line(100))
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    # The PPM order it was recorded from, if any.
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
