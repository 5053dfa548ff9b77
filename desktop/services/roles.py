"""Administering the roles: their names and the permissions they grant (SPEC section 6).

Every function needs :attr:`Permission.ADMIN`, runs in one transaction, logs its changes (``Record.ROLE``) and
writes nothing when it refuses. Taking ``admin`` away from the last role that gives it to an active agent is
refused: Bureau always keeps an administrator (and, on the embedded database, its local administrator keeps it).
Each change runs in :func:`desktop.services.agents.administering`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.engine import Database
from desktop.db.fields import LABELS
from desktop.db.models import Role, RolePermission, user_role
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.records import ChangeAction, Record
from desktop.domain.values import check_text, check_whole_number
from desktop.services.actor import Actor
from desktop.services.agents import active_administrators, administering, keep_local_administrator
from desktop.services.change_log import check_version, log_change, log_field_changes

ROLE_NAME_MAX_LENGTH = 60  # role.name


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    permissions: frozenset[Permission]
    agents: int  # how many agents, active or not, hold the role
    version: int


def list_roles(db: Database, actor: Actor) -> list[RoleRow]:
    """Every role, by name."""
    actor.require(Permission.ADMIN)
    with db.reading() as session:
        holders = {
            role_id: count
            for role_id, count in session.execute(
                select(user_role.c.role_id, func.count()).group_by(user_role.c.role_id)
            )
        }
        rows = [
            RoleRow(role.id, role.name, role.permission_set, holders.get(role.id, 0), role.version)
            for role in session.scalars(select(Role))
        ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name, row.id))


def _checked_permissions(permissions: Iterable[Permission | str]) -> frozenset[Permission]:
    checked = set()
    for permission in permissions:
        try:
            checked.add(Permission(permission))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown permission: {permission}"),
                permission=str(permission)[:60],
            ) from None
    return frozenset(checked)


def _checked_name(session: Session, name: str, role_id: int | None) -> str:
    check_text(name, ROLE_NAME_MAX_LENGTH, multiline=False, field=LABELS["role.name"])
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The role needs a name."))
    if _name_taken(session, name, role_id):
        raise _name_taken_error(name)
    return name


def _name_taken(session: Session, name: str, role_id: int | None) -> bool:
    """True when another role is named ``name``, whatever its case."""
    taken = session.scalar(
        select(Role.id).where(func.lower(Role.name, type_=Role.name.type) == name.lower(), Role.id != (role_id or 0))
    )
    return taken is not None


def _name_taken_error(name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "A role named “{name}” already exists."), name=name)


def _flush_role(session: Session, name: str) -> None:
    """Write the role now; a name another transaction took meanwhile is refused as existing already."""
    try:
        session.flush()
    except IntegrityError:
        raise _name_taken_error(name) from None


def create_role(db: Database, actor: Actor, name: str, permissions: Iterable[Permission | str]) -> int:
    """A new role granting ``permissions``; returns its id."""
    actor.require(Permission.ADMIN)
    granted = _checked_permissions(permissions)
    with administering(db, actor, Record.ROLE) as session:
        role = Role(
            name=_checked_name(session, name, None),
            permissions=[RolePermission(permission=p) for p in sorted(granted)],
        )
        session.add(role)
        _flush_role(session, role.name)
        log_change(session, actor, Record.ROLE, role.id, ChangeAction.CREATED)
        log_change(session, actor, Record.ROLE, role.id, ChangeAction.CHANGED, "permissions", None, sorted(granted))
        return role.id


def update_role(
    db: Database, actor: Actor, role_id: int, version: int, name: str, permissions: Iterable[Permission | str]
) -> int:
    """Rename a role read at ``version`` and set the permissions it grants; returns the new version."""
    actor.require(Permission.ADMIN)
    granted = _checked_permissions(permissions)
    check_whole_number(role_id)
    with administering(db, actor, Record.ROLE, role_id) as session:
        role = session.get(Role, role_id, with_for_update=True)
        if role is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This role no longer exists."))
        check_version(session, Record.ROLE, role, version, role.name)
        new_name = _checked_name(session, name, role.id)
        before = role.permission_set
        changes = {"name": (role.name, new_name), "permissions": (sorted(before), sorted(granted))}
        if new_name == role.name and before == granted:
            return role.version
        role.name = new_name
        if before != granted:
            kept = [entry for entry in role.permissions if entry.permission in granted]
            role.permissions = kept + [RolePermission(permission=p) for p in sorted(granted - before)]
            flag_modified(role, "name")  # the permissions live in another table: still a new version
        _flush_role(session, new_name)
        keep_local_administrator(session)
        if Permission.ADMIN in before and Permission.ADMIN not in granted and not active_administrators(session):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The role “{name}” is the last one that makes an active agent an administrator: "
                    "give another agent an administrator role first.",
                ),
                name=role.name,
            )
        log_field_changes(session, actor, Record.ROLE, role.id, changes)
        session.flush()
        return role.version


__all__ = ["RoleRow", "create_role", "list_roles", "update_role"]
