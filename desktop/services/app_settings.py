"""Settings of the whole database that administrators set (table ``app_setting``): the priority target times,
the size limit of attachments and the work-order types whose completion asks for the customer's signature.

A setting is one row: its key, its value as JSON and a version. A change names the version the administrator
loaded (0: nothing stored yet, the defaults) and is refused with :class:`ConcurrentChange` when someone saved
the setting since, so that no one overwrites another's change unseen.

``priority_targets`` is stored as ``{"urgent": 4, "high": 24, "normal": 120, "low": 480}``: whole hours by
priority name. A priority missing from it, or stored with a value that is not a whole number of hours within
the limits, takes its default. ``attachment_size_limit`` is a whole number of MB (default 25);
``signature_on_completing`` a list of work-order type values (default none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import AppSetting
from desktop.db.types import utcnow
from desktop.domain.due_dates import (
    DEFAULT_PRIORITY_TARGETS,
    MAX_TARGET,
    MIN_TARGET,
    checked_priority_targets,
    due_from_priority,
)
from desktop.domain.errors import ConcurrentChange, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.workorders import Priority, WorkOrderType
from desktop.services.actor import Actor, acting_user

PRIORITY_TARGETS_KEY = "priority_targets"
ATTACHMENT_LIMIT_KEY = "attachment_size_limit"
SIGNATURE_TYPES_KEY = "signature_on_completing"
# The size limit of an attachment, in MB: the default and what an administrator may choose.
DEFAULT_ATTACHMENT_LIMIT = 25
MIN_ATTACHMENT_LIMIT = 1
MAX_ATTACHMENT_LIMIT = 100
MB = 1024 * 1024


def priority_targets(db: Database) -> dict[Priority, timedelta]:
    """The target time to fix an order of each priority: the stored ones, else the defaults."""
    return priority_targets_and_version(db)[0]


def priority_targets_and_version(db: Database) -> tuple[dict[Priority, timedelta], int]:
    """The targets and the version of the setting, to give back to :func:`set_priority_targets` (0: defaults)."""
    with db.reading() as session:
        setting = session.get(AppSetting, PRIORITY_TARGETS_KEY)
        if setting is None:
            return dict(DEFAULT_PRIORITY_TARGETS), 0
        return _targets_from_json(setting.value), setting.version


def set_priority_targets(
    db: Database,
    actor: Actor,
    targets: Mapping[Priority, timedelta],
    expected_version: int | None = None,
) -> int:
    """Store the target times of the priorities given (the others keep theirs); returns the setting's version.

    Needs ``admin``. Each target is a whole number of hours from 1 hour to 365 days, else ValidationError.
    ``expected_version`` is the version the administrator loaded (see :func:`priority_targets_and_version`):
    when someone saved the targets since, :class:`ConcurrentChange` and nothing written. None: no check.
    Targets equal to those stored write nothing.
    """
    actor.require(Permission.ADMIN)
    wanted = checked_priority_targets(targets)
    try:
        with db.transaction() as session:
            setting = session.get(AppSetting, PRIORITY_TARGETS_KEY, with_for_update=True)
            version = setting.version if setting is not None else 0
            if expected_version is not None and expected_version != version:
                raise _targets_changed()
            current = _targets_from_json(setting.value) if setting is not None else dict(DEFAULT_PRIORITY_TARGETS)
            merged = {**current, **wanted}
            if setting is not None and merged == current:
                return version
            value = {priority.name.lower(): int(merged[priority] / timedelta(hours=1)) for priority in Priority}
            if setting is None:
                setting = AppSetting(key=PRIORITY_TARGETS_KEY, value=value)
                session.add(setting)
            else:
                setting.value = value
            session.flush()
            return setting.version
    except IntegrityError:
        # Another administrator stored the first targets at the same moment (PostgreSQL).
        raise _targets_changed() from None


def suggested_due_date(
    db: Database, priority: Priority, logged_at: datetime | None = None, tz: tzinfo | None = None
) -> date:
    """The due date of an order of ``priority`` logged at ``logged_at`` (now when None), by the stored targets,
    as a date in ``tz`` (the computer's local time zone when None): see :func:`due_from_priority`."""
    return due_from_priority(priority, logged_at or utcnow(), priority_targets(db), tz)


def _targets_changed() -> ConcurrentChange:
    return ConcurrentChange(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The priority target times were changed by someone else since you opened them. Reload them and try again.",
        )
    )


def _targets_from_json(value: object) -> dict[Priority, timedelta]:
    targets = dict(DEFAULT_PRIORITY_TARGETS)
    if not isinstance(value, dict):
        return targets
    for priority in Priority:
        hours = value.get(priority.name.lower())
        if isinstance(hours, int) and not isinstance(hours, bool):
            target = timedelta(hours=hours) if abs(hours) <= MAX_TARGET.days * 24 else None
            if target is not None and MIN_TARGET <= target <= MAX_TARGET:
                targets[priority] = target
    return targets


# --- attachments and signatures ----------------------------------------------------------------------------


def attachment_limit_in(session: Session) -> int:
    """The size limit of an attachment in bytes, read in the caller's transaction."""
    setting = session.get(AppSetting, ATTACHMENT_LIMIT_KEY)
    return _megabytes(setting.value if setting is not None else None) * MB


def attachment_limit(db: Database) -> int:
    """The size limit of an attachment, in bytes."""
    with db.reading() as session:
        return attachment_limit_in(session)


def attachment_limit_and_version(db: Database) -> tuple[int, int]:
    """The size limit in whole MB and the version of the setting (0: the default)."""
    with db.reading() as session:
        setting = session.get(AppSetting, ATTACHMENT_LIMIT_KEY)
        if setting is None:
            return DEFAULT_ATTACHMENT_LIMIT, 0
        return _megabytes(setting.value), setting.version


def set_attachment_limit(db: Database, actor: Actor, megabytes: int, expected_version: int | None = None) -> int:
    """Store the size limit of attachments in whole MB (1 to 100); the setting's version. Needs ``admin``;
    ConcurrentChange when someone saved it since ``expected_version`` (None: no check)."""
    actor.require(Permission.ADMIN)
    if (
        not isinstance(megabytes, int)
        or isinstance(megabytes, bool)
        or not MIN_ATTACHMENT_LIMIT <= megabytes <= MAX_ATTACHMENT_LIMIT
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The size limit of attachments is a whole number of MB from {low} to {high}."),
            low=MIN_ATTACHMENT_LIMIT,
            high=MAX_ATTACHMENT_LIMIT,
        )
    return _store(db, actor, ATTACHMENT_LIMIT_KEY, megabytes, expected_version, _settings_changed)


def signature_types_in(session: Session) -> frozenset[WorkOrderType]:
    """The work-order types whose completion asks for the customer's signature, in the caller's transaction."""
    setting = session.get(AppSetting, SIGNATURE_TYPES_KEY)
    return _types(setting.value if setting is not None else None)


def signature_types(db: Database) -> frozenset[WorkOrderType]:
    """The work-order types whose completion asks for the customer's signature."""
    with db.reading() as session:
        return signature_types_in(session)


def signature_types_and_version(db: Database) -> tuple[frozenset[WorkOrderType], int]:
    with db.reading() as session:
        setting = session.get(AppSetting, SIGNATURE_TYPES_KEY)
        if setting is None:
            return frozenset(), 0
        return _types(setting.value), setting.version


def set_signature_types(
    db: Database, actor: Actor, types: Iterable[WorkOrderType], expected_version: int | None = None
) -> int:
    """Store the work-order types whose completion asks for a signature; the setting's version. Needs ``admin``."""
    actor.require(Permission.ADMIN)
    try:
        wanted = {WorkOrderType(value) for value in types}
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose work-order types from the list.")) from None
    value = [kind.value for kind in WorkOrderType if kind in wanted]
    return _store(db, actor, SIGNATURE_TYPES_KEY, value, expected_version, _settings_changed)


def _store(
    db: Database,
    actor: Actor,
    key: str,
    value: object,
    expected_version: int | None,
    changed: Callable[[], ConcurrentChange],
) -> int:
    """Store ``value`` under ``key`` when ``expected_version`` is still the setting's (0: none stored yet) and the
    actor's account, as stored now, is active and still an administrator's."""
    try:
        with db.transaction() as session:
            acting_user(session, actor, Permission.ADMIN)
            setting = session.get(AppSetting, key, with_for_update=True)
            version = setting.version if setting is not None else 0
            if expected_version is not None and expected_version != version:
                raise changed()
            if setting is not None and setting.value == value:
                return version
            if setting is None:
                setting = AppSetting(key=key, value=value)
                session.add(setting)
            else:
                setting.value = value
            session.flush()
            return setting.version
    except IntegrityError:
        raise changed() from None


def _settings_changed() -> ConcurrentChange:
    return ConcurrentChange(
        QT_TRANSLATE_NOOP(
            "Errors", "This setting was changed by someone else since you opened it. Reload it and try again."
        )
    )


def _megabytes(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and MIN_ATTACHMENT_LIMIT <= value <= MAX_ATTACHMENT_LIMIT:
        return value
    return DEFAULT_ATTACHMENT_LIMIT


def _types(value: object) -> frozenset[WorkOrderType]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(kind for kind in WorkOrderType if kind.value in value)


__all__ = [
    "ATTACHMENT_LIMIT_KEY",
    "DEFAULT_ATTACHMENT_LIMIT",
    "MAX_ATTACHMENT_LIMIT",
    "MIN_ATTACHMENT_LIMIT",
    "SIGNATURE_TYPES_KEY",
    "attachment_limit",
    "attachment_limit_and_version",
    "attachment_limit_in",
    "set_attachment_limit",
    "set_signature_types",
    "signature_types",
    "signature_types_and_version",
    "signature_types_in",
    "PRIORITY_TARGETS_KEY",
    "priority_targets",
    "priority_targets_and_version",
    "set_priority_targets",
    "suggested_due_date",
]
