"""A time budget for reads: a statement that runs past it is stopped, and the caller gets ``QueryTooSlow``.

SQLite: a progress handler on the connection interrupts the statement (``desktop.db.failures`` turns the
"interrupted" error into ``QueryTooSlow``). PostgreSQL: ``statement_timeout`` for the rest of the transaction.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

# How many SQLite virtual-machine steps run between two looks at the clock: a few milliseconds' work.
_SQLITE_STEPS = 20_000


@contextmanager
def time_budget(connection: Connection, seconds: float) -> Iterator[None]:
    """Stop any statement ``connection`` runs in this block once ``seconds`` have passed since it began."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        raw = connection.connection.driver_connection
        deadline = time.monotonic() + seconds

        def past_deadline() -> int:
            return 1 if time.monotonic() > deadline else 0

        raw.set_progress_handler(past_deadline, _SQLITE_STEPS)
        try:
            yield
        finally:
            raw.set_progress_handler(None, 0)
    elif dialect == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, round(seconds * 1000))}")
        yield
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
    else:
        yield


__all__ = ["time_budget"]
