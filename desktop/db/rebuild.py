"""For migrations that rebuild a table on SQLite (Alembic's batch mode copies it, drops it, renames the copy).

Dropping the table drops its own triggers (the text search's), and SQLite refuses to rename the copy while
triggers of other tables (the name copies kept by migration 0002) name a table that is missing. Inside
``triggers_kept()`` every trigger is set aside, and made again, as it was, once the table is back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


@contextmanager
def triggers_kept(bind: Connection) -> Iterator[None]:
    """Drop every trigger for the block and recreate each with its own SQL after it (SQLite; elsewhere nothing)."""
    if bind.dialect.name != "sqlite":
        yield
        return
    triggers = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in triggers:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        bind.exec_driver_sql(sql)


__all__ = ["triggers_kept"]
