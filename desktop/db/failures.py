"""What the database refuses, said in the user's words: every error a statement raises passes through here.

- A value refused on its way in (``desktop.db.types``) reaches the caller as the ``ValueRefused`` it is, not
  wrapped in SQLAlchemy's ``StatementError``.
- A database another program holds for writing longer than Bureau waits: :class:`DatabaseBusy`.
- A read stopped by its time budget (``desktop.db.budget``): :class:`QueryTooSlow`.
- A value the driver or the server still cannot take (a number, a text, a character): ``ValueRefused``.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine, event, exc
from sqlalchemy.engine import ExceptionContext

from desktop.domain.errors import BureauError, DatabaseBusy, QueryTooSlow, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP


def busy() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP("Errors", "The database is busy: another program is writing to it. Try again in a moment.")
    )


def too_slow() -> QueryTooSlow:
    return QueryTooSlow(
        QT_TRANSLATE_NOOP(
            "Errors", "The search took too long and was stopped. Narrow it down: a longer text, a client, a date range."
        )
    )


def cannot_store() -> ValueRefused:
    return ValueRefused(
        QT_TRANSLATE_NOOP("Errors", "A value is too long, out of range or holds a character that cannot be stored.")
    )


_SQLITE_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
# PostgreSQL: lock_not_available, deadlock_detected; query_canceled (statement_timeout).
_POSTGRES_BUSY = ("55P03", "40P01")
_POSTGRES_CANCELED = "57014"
_POSTGRES_DATA_CLASS = "22"


def translated(error: BaseException) -> BureauError | None:
    """The BureauError that says what ``error`` (raised by a statement or its driver) means, if one does."""
    if isinstance(error, BureauError):
        return error
    if isinstance(error, sqlite3.OperationalError):
        name = getattr(error, "sqlite_errorname", "") or ""
        if name.startswith(_SQLITE_BUSY) or "database is locked" in str(error):
            return busy()
        if name.startswith("SQLITE_INTERRUPT") or str(error) == "interrupted":
            return too_slow()
        return None
    if isinstance(error, OverflowError | UnicodeError):
        return cannot_store()
    state = getattr(error, "sqlstate", None)
    if isinstance(state, str):
        if state in _POSTGRES_BUSY:
            return busy()
        if state == _POSTGRES_CANCELED:
            return too_slow()
        if state.startswith(_POSTGRES_DATA_CLASS):
            return cannot_store()
    if isinstance(error, ValueError) and "NUL" in str(error):
        # psycopg refuses a NUL character in a text before sending it.
        return cannot_store()
    return None


def install(engine: Engine) -> None:
    """Raise the translated error in place of SQLAlchemy's, for every statement ``engine`` runs."""
    if event.contains(engine, "handle_error", _handle_error):
        return
    event.listen(engine, "handle_error", _handle_error)


def _handle_error(context: ExceptionContext) -> BaseException | None:
    found = translated(context.original_exception)
    if found is None and isinstance(context.sqlalchemy_exception, exc.DataError):
        # The driver's own refusal of a value, before the server saw it (psycopg: a NUL character in a text).
        return cannot_store()
    return found


__all__ = ["busy", "cannot_store", "install", "too_slow", "translated"]
