"""What agents add to a work order while they work it: attachments, time entries at a rate, the running timer,
and the quick-reply templates they answer with."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models.base import Base, Versioned
from desktop.db.types import Int32, Line, LongText, Money, UTCDateTime, utcnow


class Attachment(Base):
    """A file attached to a work order. The content is a ``StoredFile`` (once per SHA-256, however often it is
    attached); the agent's file name is kept to show, never used as a path."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size"),
        Index("ix_attachment_work_order_id_id", "work_order_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(Line(255))
    media_type: Mapped[str] = mapped_column(Line(100))
    size: Mapped[int] = mapped_column(Int32)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Rate(Versioned, Base):
    """An hourly rate time is recorded at (kept by administrators); archived rates stay on their entries."""

    __tablename__ = "rate"
    __table_args__ = (CheckConstraint("hourly_amount >= 0", name="hourly_amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Line(80), unique=True)
    hourly_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(Line(3))  # ISO 4217
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TimeEntry(Versioned, Base):
    """Time spent on a work order: by a technician (or none), at a rate whose amount and currency are copied when
    the entry is saved, so that a later change of the rate leaves recorded time as it was billed."""

    __tablename__ = "time_entry"
    __table_args__ = (
        CheckConstraint("ended_at > started_at", name="ends_after_start"),
        CheckConstraint("hourly_amount >= 0", name="hourly_amount"),
        Index("ix_time_entry_work_order_id_started_at", "work_order_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    rate_id: Mapped[int | None] = mapped_column(ForeignKey("rate.id"))
    hourly_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(Line(3))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str] = mapped_column(LongText(), default="")
    # Who recorded it (may edit and delete it, as may administrators).
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RunningTimer(Base):
    """The timer an agent runs on a work order: one per agent, kept across restarts by its stored start."""

    __tablename__ = "running_timer"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReplyTemplate(Versioned, Base):
    """A quick reply: a title and a body with placeholders ({number}, {title}, …), with optional bodies per
    language (``ReplyTemplateBody``); the body here is used for the languages without one."""

    __tablename__ = "reply_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Line(120), unique=True)
    body: Mapped[str] = mapped_column(LongText())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReplyTemplateBody(Base):
    """A template's body in one language (en, fr, de or nl)."""

    __tablename__ = "reply_template_body"
    __table_args__ = (UniqueConstraint("template_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("reply_template.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(Line(10))
    body: Mapped[str] = mapped_column(LongText())
