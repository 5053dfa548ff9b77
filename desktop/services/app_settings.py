"""Settings of the whole database that administrators set (table ``app_setting``): the priority target times.

A setting is one row: its key, its value as JSON and a version. A change names the version the administrator
loaded (0: nothing stored yet, the defaults) and is refused with :class:`ConcurrentChange` when someone saved
the setting since, so that no one overwrites another's change unseen.

``priority_targets`` is stored as ``{"urgent": 4, "high": 24, "normal": 120, "low": 480}``: whole hours by
priority name. A priority missing from it, or stored with a value that is not a whole number of hours within
the limits, takes its default.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.exc import IntegrityError

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
from desktop.domain.errors import ConcurrentChange
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.workorders import Priority
from desktop.services.actor import Actor

PRIORITY_TARGETS_KEY = "priority_targets"


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


__all__ = [
    "PRIORITY_TARGETS_KEY",
    "priority_targets",
    "priority_targets_and_version",
    "set_priority_targets",
    "suggested_due_date",
]
