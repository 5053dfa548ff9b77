"""Agents, roles and the permissions roles grant."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Table, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, Versioned, str_enum
from desktop.db.types import Line
from desktop.domain.permissions import Permission

user_role = Table(
    "user_role",
    Base.metadata,
    Column("user_id", ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
)


class Role(Versioned, Base):
    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Line(60), unique=True)
    permissions: Mapped[list[RolePermission]] = relationship(
        back_populates="role", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def permission_set(self) -> frozenset[Permission]:
        return frozenset(p.permission for p in self.permissions)


class RolePermission(Base):
    __tablename__ = "role_permission"
    __table_args__ = (UniqueConstraint("role_id", "permission"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    permission: Mapped[Permission] = mapped_column(str_enum(Permission, "permission"))
    role: Mapped[Role] = relationship(back_populates="permissions")


class User(Versioned, Base):
    # "user" is reserved in PostgreSQL.
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(Line(80), unique=True)
    display_name: Mapped[str] = mapped_column(Line(120))
    email: Mapped[str | None] = mapped_column(Line(254))
    language: Mapped[str | None] = mapped_column(Line(10))
    # argon2id hash; None for the embedded database's local administrator, who does not sign in.
    password_hash: Mapped[str | None] = mapped_column(Line(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set by an administrator: the agent must choose a new password at their next sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    roles: Mapped[list[Role]] = relationship(secondary=user_role, lazy="selectin")

    @property
    def permissions(self) -> frozenset[Permission]:
        return frozenset().union(*(role.permission_set for role in self.roles))
