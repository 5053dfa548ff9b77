"""Translated labels of the domain's vocabulary (statuses, types, priorities)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.permissions import DEFAULT_ROLE_LABELS
from desktop.domain.transitions import ACTION_LABELS, EDIT_LABELS, Action, Edit
from desktop.domain.workorders import (
    IMPACT_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Impact,
    Kind,
    Priority,
    Status,
    WorkOrderType,
)


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


def impact_label(impact: Impact | str | None) -> str:
    """An impact's name; older free text (not an Impact value) as it is; empty for none."""
    if impact is None:
        return ""
    if impact in tuple(Impact):
        return QCoreApplication.translate("Impact", IMPACT_LABELS[Impact(impact)])
    return str(impact)


def kind_label(kind: Kind | str | None) -> str:
    """A kind's name; empty for none."""
    if kind is None:
        return ""
    if kind in tuple(Kind):
        return QCoreApplication.translate("Kind", KIND_LABELS[Kind(kind)])
    return str(kind)


def role_label(name: str) -> str:
    """A role's name as shown: a shipped role under its translated name, any other as it was named."""
    if name in DEFAULT_ROLE_LABELS:
        return QCoreApplication.translate("Role", DEFAULT_ROLE_LABELS[name])
    return name
