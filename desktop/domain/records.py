"""The records of the directory and of the administration whose changes are logged, and what can happen to them."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Record(enum.StrEnum):
    CLIENT = "client"
    BUILDING = "building"
    CONTACT = "contact"
    AGENT = "agent"
    ROLE = "role"
    CONTRACT = "contract"
    PPM_JOB = "ppm_job"
    REPLY_TEMPLATE = "reply_template"
    RATE = "rate"


RECORD_LABELS: dict[Record, str] = {
    Record.CLIENT: QT_TRANSLATE_NOOP("Record", "Client"),
    Record.BUILDING: QT_TRANSLATE_NOOP("Record", "Building"),
    Record.CONTACT: QT_TRANSLATE_NOOP("Record", "Contact"),
    Record.AGENT: QT_TRANSLATE_NOOP("Record", "Agent"),
    Record.ROLE: QT_TRANSLATE_NOOP("Record", "Role"),
    Record.CONTRACT: QT_TRANSLATE_NOOP("Record", "Contract"),
    Record.PPM_JOB: QT_TRANSLATE_NOOP("Record", "PPM job"),
    Record.REPLY_TEMPLATE: QT_TRANSLATE_NOOP("Record", "Reply template"),
    Record.RATE: QT_TRANSLATE_NOOP("Record", "Rate"),
}


class ChangeAction(enum.StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    ARCHIVED = "archived"
    RESTORED = "restored"
    PASSWORD_SET = "password_set"
    PASSWORD_RESET = "password_reset"  # a new password is required at the next sign-in
    DELETED = "deleted"


CHANGE_ACTION_LABELS: dict[ChangeAction, str] = {
    ChangeAction.CREATED: QT_TRANSLATE_NOOP("ChangeAction", "Created"),
    ChangeAction.CHANGED: QT_TRANSLATE_NOOP("ChangeAction", "Changed"),
    ChangeAction.ARCHIVED: QT_TRANSLATE_NOOP("ChangeAction", "Archived"),
    ChangeAction.RESTORED: QT_TRANSLATE_NOOP("ChangeAction", "Restored"),
    ChangeAction.PASSWORD_SET: QT_TRANSLATE_NOOP("ChangeAction", "Password set"),
    ChangeAction.PASSWORD_RESET: QT_TRANSLATE_NOOP("ChangeAction", "New password required at next sign-in"),
    ChangeAction.DELETED: QT_TRANSLATE_NOOP("ChangeAction", "Deleted"),
}
