"""Translated labels of the domain's vocabulary (statuses, types, priorities)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.transitions import ACTION_LABELS, EDIT_LABELS, Action, Edit
from desktop.domain.workorders import PRIORITY_LABELS, STATUS_LABELS, TYPE_LABELS, Priority, Status, WorkOrderType


def status_label(status: Status | str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS[Status(status)])


def type_label(kind: WorkOrderType | str) -> str:
    return QCoreApplication.translate("WorkOrderType", TYPE_LABELS[WorkOrderType(kind)])


def priority_label(priority: int) -> str:
    return QCoreApplication.translate("Priority", PRIORITY_LABELS[Priority(priority)])


def action_label(action: Action) -> str:
    return QCoreApplication.translate("Action", ACTION_LABELS[action])


def edit_label(edit: Edit) -> str:
    return QCoreApplication.translate("Action", EDIT_LABELS[edit])
