"""Who is acting: the signed-in agent as the services see them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db.models import User
from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.permissions import PERMISSION_LABELS, Permission


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
