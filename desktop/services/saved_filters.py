"""The helpdesk list's saved filters, per agent: the filters last used and named views.

Every agent sees only their own rows. Only filters the list can use are saved (``ListFilter.validated``),
stored as ``ListFilter.to_json()``; a row that was damaged or written by another version reads back through
``ListFilter.from_json``, which falls back to the default for whatever it cannot read. View names are compared
without regard to case, so that "Mine" and "mine" are the same view whatever the database's collation.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import LAST_USED, SavedFilter
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.listing import ListFilter
from desktop.services.actor import Actor

MAX_VIEW_NAME_LENGTH = 100


def load_last_filter(db: Database, actor: Actor) -> ListFilter | None:
    """The filters the agent last used, or None when nothing was saved yet."""
    with db.reading() as session:
        row = _row(session, actor.user_id, LAST_USED)
        return _read(row.filters) if row is not None else None


def save_last_filter(db: Database, actor: Actor, list_filter: ListFilter) -> None:
    """Remember ``list_filter`` as the agent's last used filters (one row per agent, replaced)."""
    data = list_filter.validated().to_json()
    with db.transaction() as session:
        _upsert(session, actor.user_id, LAST_USED, data)


def list_views(db: Database, actor: Actor) -> list[str]:
    """The names of the agent's views, sorted without regard to case."""
    with db.reading() as session:
        names = session.scalars(
            select(SavedFilter.name).where(SavedFilter.user_id == actor.user_id, SavedFilter.name != LAST_USED)
        ).all()
    return sorted(names, key=lambda name: (name.casefold(), name))


def save_view(db: Database, actor: Actor, name: str, list_filter: ListFilter) -> str:
    """Save ``list_filter`` under ``name``, replacing the view of that name; returns the name as stored."""
    name = view_name(name)
    data = list_filter.validated().to_json()
    with db.transaction() as session:
        existing = _view(session, actor.user_id, name)
        if existing is not None:
            existing.name = name  # keeps the case the agent typed last
            existing.filters = data
        else:
            _upsert(session, actor.user_id, name, data)
    return name


def load_view(db: Database, actor: Actor, name: str) -> ListFilter:
    with db.reading() as session:
        row = _view(session, actor.user_id, name.strip(), lock=False)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no saved view named {name}."), name=name.strip())
        return _read(row.filters)


def delete_view(db: Database, actor: Actor, name: str) -> None:
    """Delete the agent's view ``name``; deleting a view that is already gone does nothing."""
    with db.transaction() as session:
        row = _view(session, actor.user_id, name.strip())
        if row is not None:
            session.delete(row)


def view_name(name: str) -> str:
    """``name`` as a view name: stripped, 1 to 100 characters."""
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the view a name."))
    if len(name) > MAX_VIEW_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A view name must not be longer than {count} characters."),
            count=MAX_VIEW_NAME_LENGTH,
        )
    return name


def _read(data: Any) -> ListFilter:
    return ListFilter.from_json(data if isinstance(data, dict) else {})


def _row(session: Session, user_id: int, name: str, lock: bool = False) -> SavedFilter | None:
    statement = select(SavedFilter).where(SavedFilter.user_id == user_id, SavedFilter.name == name)
    if lock:
        statement = statement.with_for_update()
    return session.scalar(statement)


def _view(session: Session, user_id: int, name: str, lock: bool = True) -> SavedFilter | None:
    """The view called ``name`` whatever its case (folded in Python: the databases' lower() differ)."""
    if not name:
        return None
    wanted = name.casefold()
    statement = (
        select(SavedFilter)
        .where(SavedFilter.user_id == user_id, SavedFilter.name != LAST_USED)
        .order_by(SavedFilter.id)
    )
    rows = session.scalars(statement.with_for_update() if lock else statement).all()
    return next((row for row in rows if row.name.casefold() == wanted), None)


def _upsert(session: Session, user_id: int, name: str, data: dict[str, Any]) -> None:
    """Insert or replace the row (user_id, name); the last writer wins when two sessions race."""
    row = _row(session, user_id, name, lock=True)
    if row is None:
        try:
            with session.begin_nested():
                session.add(SavedFilter(user_id=user_id, name=name, filters=data))
            return
        except IntegrityError:
            # Another session inserted the same row meanwhile: replace its filters instead.
            row = _row(session, user_id, name, lock=True)
            if row is None:
                raise
    row.filters = data
