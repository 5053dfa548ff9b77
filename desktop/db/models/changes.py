"""The change log of the directory and of the agents and roles: who changed which record, when, and how."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base
from desktop.db.models.people import User
from desktop.db.types import Int32, Line, LongText, UTCDateTime, utcnow


class ChangeEntry(Base):
    """One change of a client, building, contact, agent or role, written in the same transaction as the change.

    ``record`` names the kind of record (``client``, ``building``, ``contact``, ``agent``, ``role``) and
    ``record_id`` its row; ``action`` says what happened (``created``, ``changed``, ``archived``, ``restored``,
    ...) and, for a changed field, ``field`` with its old and new values as text.
    """

    __tablename__ = "change_entry"
    __table_args__ = (Index("ix_change_entry_record_record_id_id", "record", "record_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record: Mapped[str] = mapped_column(Line(20))
    record_id: Mapped[int] = mapped_column(Int32)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(Line(20))
    field: Mapped[str | None] = mapped_column(Line(60))
    old_value: Mapped[str | None] = mapped_column(LongText())
    new_value: Mapped[str | None] = mapped_column(LongText())

    user: Mapped[User | None] = relationship()
