"""Permissions and the roles that grant them (SPEC section 6)."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Permission(enum.StrEnum):
    CANCEL_PPM = "cancel_ppm"
    BULK_CLOSE_PPM = "bulk_close_ppm"
    EDIT_CONTRACT = "edit_contract"
    DELETE_WORK_ORDER = "delete_work_order"
    ADMIN = "admin"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CANCEL_PPM: QT_TRANSLATE_NOOP("Permission", "Cancel PPM work orders"),
    Permission.BULK_CLOSE_PPM: QT_TRANSLATE_NOOP("Permission", "Bulk close PPM work orders"),
    Permission.EDIT_CONTRACT: QT_TRANSLATE_NOOP("Permission", "Edit contracts"),
    Permission.DELETE_WORK_ORDER: QT_TRANSLATE_NOOP("Permission", "Delete work orders"),
    Permission.ADMIN: QT_TRANSLATE_NOOP("Permission", "Administer users and settings"),
}

# Roles created with every new database; an administrator may change them.
DEFAULT_ROLES: dict[str, frozenset[Permission]] = {
    "administrator": frozenset(Permission),
    "supervisor": frozenset(
        {Permission.CANCEL_PPM, Permission.BULK_CLOSE_PPM, Permission.EDIT_CONTRACT, Permission.DELETE_WORK_ORDER}
    ),
    "agent": frozenset(),
}
# How the window names the shipped roles while they keep their shipped names (the names stored are these keys).
DEFAULT_ROLE_LABELS: dict[str, str] = {
    "administrator": QT_TRANSLATE_NOOP("Role", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
    "agent": QT_TRANSLATE_NOOP("Role", "Agent"),
}
