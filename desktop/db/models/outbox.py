"""Email outbox: messages are rows written with the change that causes them, sent later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models.base import Base
from desktop.db.types import Int32, Line, LongText, UTCDateTime, utcnow


class OutboxEmail(Base):
    __tablename__ = "email_outbox"
    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts"),
        Index("ix_email_outbox_pending", "sent_at", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(Line(254))
    subject: Mapped[str] = mapped_column(Line(300))
    # Generated from the order (its description included): room for the longest.
    body: Mapped[str] = mapped_column(LongText(1_000_000))
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Int32, default=0)
    last_error: Mapped[str | None] = mapped_column(LongText())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
