"""Inserting many rows at once for data loads (demo data, scale tests), bypassing the ORM's unit of work.

Rows hold the same Python values the mapped classes take (tz-aware datetimes, Decimal, date, bool, str).
Each value goes through its column type's own bind processor, so what is stored is exactly what the ORM
would have stored; only the per-row bookkeeping of the ORM and of Core's parameter handling is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table, insert

BATCH_SIZE = 10_000

Processor = Callable[[Any], Any]


def insert_rows(connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``; returns how many were inserted.

    Runs in the connection's current transaction. SQLite gets ``executemany`` in batches, PostgreSQL a
    ``COPY``; any other database goes through Core's ``insert``.
    """
    backend = connection.dialect.name
    if backend == "sqlite":
        return _executemany(connection, table, columns, _bound(connection, table, columns, rows))
    if backend == "postgresql":
        return _copy(connection, table, columns, _bound(connection, table, columns, rows))
    return _core_insert(connection, table, columns, rows)


def _bound(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[Any, ...]]:
    """The rows as the driver receives them: every value through its column's bind processor."""
    dialect = connection.dialect
    processors: list[tuple[int, Processor]] = []
    for index, name in enumerate(columns):
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            processors.append((index, processor))
    if not processors:
        yield from (tuple(row) for row in rows)
        return
    for row in rows:
        values = list(row)
        for index, process in processors:
            values[index] = process(values[index])
        yield tuple(values)


def _executemany(connection: Connection, table: Table, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> int:
    quote = connection.dialect.identifier_preparer.quote
    statement = "INSERT INTO {table} ({columns}) VALUES ({placeholders})".format(
        table=quote(table.name),
        columns=", ".join(quote(name) for name in columns),
        placeholders=", ".join("?" for _ in columns),
    )
    count = 0
    while batch := list(islice(rows, BATCH_SIZE)):
        connection.exec_driver_sql(statement, batch)
        count += len(batch)
    return count


def _copy(connection: Connection, table: Table, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> int:
    quote = connection.dialect.identifier_preparer.quote
    statement = "COPY {table} ({columns}) FROM STDIN".format(
        table=quote(table.name), columns=", ".join(quote(name) for name in columns)
    )
    count = 0
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None
    with driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _core_insert(connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH_SIZE)):
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in batch])
        count += len(batch)
    return count


# Page cache for a bulk load on SQLite, in KiB (negative PRAGMA cache_size): index pages stay in memory
# instead of being written and read back for every batch.
BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_loading(connection: Connection, *tables: Table) -> Iterator[None]:
    """Around a large insert on SQLite: a bigger page cache, and the tables' indexes built once at the end.

    Everything happens in the connection's transaction, so a failure leaves the indexes as they were.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    indexes = [index for table in tables for index in table.indexes]
    try:
        for index in indexes:
            index.drop(connection)
        yield
        for index in indexes:
            index.create(connection)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")
