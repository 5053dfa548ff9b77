"""New role / Edit role: its name and the permissions it grants, ticked by their translated labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from desktop.db.engine import Database
from desktop.domain.permissions import PERMISSION_LABELS, Permission
from desktop.services.actor import Actor
from desktop.services.roles import RoleRow, create_role, update_role
from desktop.ui.admin.form_dialog import FormDialog
from desktop.ui.widgets import buddy_label

NAME_MAX = 60


def permission_label(permission: Permission) -> str:
    return QCoreApplication.translate("Permission", PERMISSION_LABELS[permission])


class RoleDialog(FormDialog):
    """``role`` None: a new role. After OK, ``role_id`` is the role's id."""

    def __init__(self, db: Database, actor: Actor, role: RoleRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.setObjectName("roleDialog")
        self.role = role
        self.role_id: int | None = None if role is None else role.id
        self.name = self.line("name", NAME_MAX, "" if role is None else role.name)
        self.form.addRow(buddy_label(self.name), self.name)
        self.permissions_box = QGroupBox(self)
        self.permissions_box.setObjectName("permissions")
        box_layout = QVBoxLayout(self.permissions_box)
        self.permission_checks: dict[Permission, QCheckBox] = {}
        for permission in Permission:
            check = QCheckBox(self.permissions_box)
            check.setObjectName(f"permission_{permission.value}")
            check.setChecked(role is not None and permission in role.permissions)
            box_layout.addWidget(check)
            self.permission_checks[permission] = check
        self.form.addRow(self.permissions_box)
        self.setMinimumWidth(420)
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        if self.role is None:
            self.setWindowTitle(self.tr("New role"))
            self.ok_button.setText(self.tr("Create role"))
        else:
            self.setWindowTitle(self.tr("Edit role"))
            self.ok_button.setText(self.tr("Save"))
        self.intro.setText(
            self.tr("A role grants its permissions to every agent who holds it, from their next sign-in.")
        )
        self.form.labelForField(self.name).setText(self.tr("&Name:"))
        self.permissions_box.setTitle(self.tr("Permissions"))
        for permission, check in self.permission_checks.items():
            check.setText(permission_label(permission))
        super().retranslate()

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Give the role a name.")
        return None

    def permissions(self) -> frozenset[Permission]:
        return frozenset(permission for permission, check in self.permission_checks.items() if check.isChecked())

    def save(self) -> None:
        if self.role is None:
            self.role_id = create_role(self.db, self.actor, self.name.text(), self.permissions())
        else:
            update_role(self.db, self.actor, self.role.id, self.role.version, self.name.text(), self.permissions())


__all__ = ["RoleDialog", "permission_label"]
