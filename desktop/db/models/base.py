"""Declarative base, naming convention and the version column for optimistic locking."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop.db.types import Int32

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Ids, keys and counts: checked against PostgreSQL's integer range on every database.
    type_annotation_map = {int: Int32}


class Versioned:
    """Rows an agent edits: the ORM checks and bumps ``version`` on every UPDATE."""

    version: Mapped[int] = mapped_column(Int32, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}


def str_enum(enum_cls: type[enum.Enum], name: str, length: int = 30) -> Enum:
    """A string column holding the enum's values, with a CHECK constraint listing them."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
