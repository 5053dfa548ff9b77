"""Target times to fix by priority, and the due date they give a work order logged at a given moment.

Targets are counted in calendar time, not in working hours: four hours after a call logged at 22:00 is 02:00
the next day, weekends and holidays included. Administrators change them for the whole database (stored in
whole hours, see ``desktop.services.app_settings``); :data:`DEFAULT_PRIORITY_TARGETS` apply until they do.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from types import MappingProxyType

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.workorders import PRIORITY_LABELS, Priority

DEFAULT_PRIORITY_TARGETS: Mapping[Priority, timedelta] = MappingProxyType(
    {
        Priority.URGENT: timedelta(hours=4),
        Priority.HIGH: timedelta(days=1),
        Priority.NORMAL: timedelta(days=5),
        Priority.LOW: timedelta(days=20),
    }
)
MIN_TARGET = timedelta(hours=1)
MAX_TARGET = timedelta(days=365)
HOUR = timedelta(hours=1)


def due_from_priority(
    priority: Priority, logged_at: datetime, targets: Mapping[Priority, timedelta], tz: tzinfo | None = None
) -> date:
    """The date a work order of ``priority`` logged at ``logged_at`` is due: ``logged_at`` plus its target.

    ``logged_at`` must be timezone-aware (a naive datetime raises ``ValueError``). The target is added as elapsed
    time (a daylight-saving change in between does not move it), and the due date is the calendar date of the
    result in ``tz``: the agent's zone, the computer's local time zone when None. A priority missing from
    ``targets`` uses its default.
    """
    if logged_at.tzinfo is None or logged_at.utcoffset() is None:
        raise ValueError("logged_at must be a timezone-aware datetime")
    target = targets.get(Priority(priority), DEFAULT_PRIORITY_TARGETS[Priority(priority)])
    due = logged_at.astimezone(UTC) + target
    return due.astimezone(tz).date()


def checked_priority_targets(targets: Mapping[object, object]) -> dict[Priority, timedelta]:
    """``targets`` as a priority → target mapping, each target a whole number of hours from 1 hour to 365 days;
    else :class:`ValidationError` naming the first one refused. Priorities may be given as their numbers."""
    if not isinstance(targets, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a target time for each priority."))
    checked: dict[Priority, timedelta] = {}
    for key, target in targets.items():
        priority = _priority(key)
        if priority is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no priority “{priority}”."), priority=_short(key)
            )
        if not isinstance(target, timedelta) or not MIN_TARGET <= target <= MAX_TARGET or target % HOUR != timedelta(0):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The target time for “{priority}” must be a whole number of hours, from 1 hour to 365 days.",
                ),
                priority=Message("Priority", PRIORITY_LABELS[priority]),
            )
        checked[priority] = target
    return checked


def _priority(key: object) -> Priority | None:
    if isinstance(key, bool) or not isinstance(key, int):
        return None
    try:
        return Priority(key)
    except ValueError:
        return None


def _short(value: object, limit: int = 40) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "DEFAULT_PRIORITY_TARGETS",
    "MAX_TARGET",
    "MIN_TARGET",
    "checked_priority_targets",
    "due_from_priority",
]
