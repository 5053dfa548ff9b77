"""Settings of the whole database, set by administrators (one row a setting)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models.base import Base, Versioned
from desktop.db.types import Line


class AppSetting(Versioned, Base):
    """One setting: its key, its value as JSON, and a version so that two administrators never overwrite each
    other's change unseen. The first is ``priority_targets`` (see ``desktop.services.app_settings``)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(Line(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
