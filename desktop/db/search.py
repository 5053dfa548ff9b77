"""The work-order text search structures made by migration 0002, as the app needs to know them.

SQLite: an FTS5 table with the trigram tokenizer over number, title and building name, kept up to date by
triggers. PostgreSQL: a trigram GIN index over the same text (pg_trgm).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Connection, Text, cast, literal_column

from desktop.db.models import WorkOrder

SQLITE_TABLE = "work_order_search"
SQLITE_INSERT_TRIGGER = "work_order_search_insert"
SQLITE_INSERT_TRIGGER_SQL = """CREATE TRIGGER work_order_search_insert AFTER INSERT ON work_order BEGIN
        INSERT INTO work_order_search (rowid, number, title, building_name)
        VALUES (new.id, new.number, new.title, new.building_name);
    END"""
# The shortest text the trigram index can look up.
MIN_INDEXED_LENGTH = 3


def postgres_search_text() -> ColumnElement[str]:
    """The expression the trigram index is built on; a query must use it as is for the index to serve."""
    space = literal_column("' '")
    return cast(WorkOrder.number, Text) + space + WorkOrder.title + space + WorkOrder.building_name


@contextmanager
def search_index_suspended(connection: Connection) -> Iterator[None]:
    """For a bulk load on SQLite: index the new rows in one pass at the end, not row by row."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {SQLITE_INSERT_TRIGGER}")
    yield
    connection.exec_driver_sql(SQLITE_INSERT_TRIGGER_SQL)
    connection.exec_driver_sql(f"INSERT INTO {SQLITE_TABLE} ({SQLITE_TABLE}) VALUES ('rebuild')")
