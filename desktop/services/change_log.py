"""The change log of clients, buildings, contacts, agents and roles, and the version check of their edits.

Every service that changes one of these records writes its entries here, in the transaction of the change:
:func:`log_change` for one event, :func:`log_field_changes` for an edit (one entry per changed field). An edit
made from a record read earlier passes that version to :func:`check_version`, which refuses it with the
"changed by X at T" message when someone saved the record in between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.bulk import insert_rows
from desktop.db.engine import Database
from desktop.db.models import ChangeEntry
from desktop.db.types import utcnow
from desktop.domain.errors import ConcurrentChange
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.records import RECORD_LABELS, ChangeAction, Record
from desktop.domain.values import check_whole_number
from desktop.services.actor import Actor


def as_text(value: Any) -> str | None:
    """A field's value as the change log stores it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple | set | frozenset):
        return "\n".join(sorted(str(item) for item in value))
    return str(value)


def log_change(
    session: Session,
    actor: Actor | None,
    record: Record,
    record_id: int,
    action: ChangeAction,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    """One entry of ``record``'s log; ``actor`` None for a change Bureau made by itself."""
    session.add(
        ChangeEntry(
            record=record.value,
            record_id=record_id,
            user_id=None if actor is None else actor.user_id,
            action=action.value,
            field=field,
            old_value=as_text(old),
            new_value=as_text(new),
        )
    )


def log_many(
    session: Session, actor: Actor | None, record: Record, record_ids: Sequence[int], action: ChangeAction
) -> None:
    """The same ``action`` entry for each of ``record_ids`` (a bulk import), written at once, not one by one."""
    if not record_ids:
        return
    now = utcnow()
    user_id = None if actor is None else actor.user_id
    columns = ("record", "record_id", "user_id", "action", "created_at")
    rows = ((record.value, record_id, user_id, action.value, now) for record_id in record_ids)
    insert_rows(session.connection(), ChangeEntry.__table__, columns, rows)


def log_field_changes(
    session: Session, actor: Actor | None, record: Record, record_id: int, changes: Mapping[str, tuple[Any, Any]]
) -> None:
    """One ``changed`` entry for each field in ``changes`` (field -> (old, new)) whose value did change."""
    for field, (old, new) in changes.items():
        if as_text(old) != as_text(new):
            log_change(session, actor, record, record_id, ChangeAction.CHANGED, field, old, new)


def concurrent_change(session: Session, record: Record, record_id: int, name: str) -> ConcurrentChange:
    """The refusal of an edit made from an outdated copy: who changed the record, and when, from its last entry."""
    entry = session.scalars(
        select(ChangeEntry)
        .where(ChangeEntry.record == record.value, ChangeEntry.record_id == record_id)
        .order_by(ChangeEntry.id.desc())
        .limit(1)
    ).first()
    what = Message("Record", RECORD_LABELS[record])
    if entry is None or entry.user is None:
        return ConcurrentChange(
            QT_TRANSLATE_NOOP(
                "Errors", "{record} “{name}” was changed by someone else since you opened it. Reload it and try again."
            ),
            record=what,
            name=name,
        )
    return ConcurrentChange(
        QT_TRANSLATE_NOOP(
            "Errors", "{record} “{name}” was changed by {user} at {time} since you opened it. Reload it and try again."
        ),
        record=what,
        name=name,
        user=entry.user.display_name,
        time=entry.created_at,
    )


def check_version(session: Session, record: Record, row: Any, version: int, name: str) -> None:
    """Refuse (ConcurrentChange, with the version now stored) unless ``row`` is still at ``version``.

    ``row`` is a Versioned model instance loaded in ``session``; its flush then bumps the version.
    """
    check_whole_number(version)
    if row.version != version:
        error = concurrent_change(session, record, row.id, name)
        error.current_version = row.version
        raise error


@dataclass(frozen=True)
class ChangeLine:
    created_at: datetime
    user: str | None  # None: Bureau itself
    action: ChangeAction
    field: str | None
    old_value: str | None
    new_value: str | None


def changes_of(db: Database, record: Record, record_id: int, limit: int = 200) -> list[ChangeLine]:
    """``record``'s log, newest first (at most ``limit`` entries)."""
    with db.reading() as session:
        entries = session.scalars(
            select(ChangeEntry)
            .where(ChangeEntry.record == record.value, ChangeEntry.record_id == check_whole_number(record_id))
            .order_by(ChangeEntry.id.desc())
            .limit(limit)
        ).all()
        return [
            ChangeLine(
                entry.created_at,
                None if entry.user is None else entry.user.display_name,
                ChangeAction(entry.action),
                entry.field,
                entry.old_value,
                entry.new_value,
            )
            for entry in entries
        ]


__all__ = [
    "ChangeLine",
    "as_text",
    "changes_of",
    "check_version",
    "concurrent_change",
    "log_change",
    "log_field_changes",
    "log_many",
]
