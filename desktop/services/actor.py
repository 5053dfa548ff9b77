"""Who is acting: the signed-in agent as the services see them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.db.models import User
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.domain.values import check_whole_number


@dataclass(frozen=True)
class Actor:
    user_id: int
    login: str
    display_name: str
    language: str | None
    permissions: frozenset[Permission]

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.login, user.display_name, user.language, user.permissions)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions or Permission.ADMIN in self.permissions

    def require(self, permission: Permission) -> None:
        """Refuse, before anything is written, when the actor lacks ``permission``."""
        if not self.can(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "You do not have the permission to do this ({permission})."),
                permission=Message("Permission", PERMISSION_LABELS[permission]),
            )


def acting_user(session: Session, actor: Actor, permission: Permission | None = None) -> User:
    """The actor's account as stored now, refused unless it exists, is active and (given ``permission``) its
    current roles still grant ``permission``: the copy taken at sign-in may be out of date."""
    user = session.get(User, check_whole_number(actor.user_id))
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Your account no longer exists."))
    if not user.active:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Your account has been deactivated."))
    if permission is not None and not Actor.of(user).can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "You do not have the permission to do this ({permission})."),
            permission=Message("Permission", PERMISSION_LABELS[permission]),
        )
    return user
