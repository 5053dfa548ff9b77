"""Files kept inside the database, once per content: a team's server and a copy of an SQLite file carry them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models.base import Base
from desktop.db.types import Line, UTCDateTime, utcnow


class StoredFile(Base):
    """A file's content, keyed by its SHA-256 (64 lowercase hex digits): the same content is stored once, whoever
    refers to it (certificates' documents, work orders' attachments)."""

    __tablename__ = "stored_file"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
    )

    sha256: Mapped[str] = mapped_column(Line(64), primary_key=True)
    size: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Last: SQLite writes a zero-filled placeholder of the last column in place, and the content into it
    # through incremental blob I/O (desktop.services.stored_files).
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
