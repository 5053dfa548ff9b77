"""Files kept inside the database, once per content (its SHA-256): a team's server and a copy of an SQLite file
carry them. A file is accepted by what its content is, never by the extension of its name: the document of a
certificate is a PDF or an image (:func:`document_type`).

On SQLite a content goes in and out through incremental blob I/O: the row is inserted with a zero-filled
placeholder of the content's size (``content`` is the table's last column, so SQLite does not build it in memory)
and the content is written into it in the same transaction, then read straight into one ``bytes``. A 25 MB file is
so held once in memory, not copied again as a bound parameter and a record.

On PostgreSQL a content goes in by ``COPY`` in binary format on the session's connection, written a megabyte at a
time (no copy of it is made as a bound parameter), and comes back a megabyte at a time as raw bytes (binary results,
not hex text) into one buffer.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import filetype
from filetype.types import archive, image
from sqlalchemy import func, literal_column, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db import failures
from desktop.db.engine import Database
from desktop.db.models import StoredFile
from desktop.db.types import utcnow
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# The largest file kept, in bytes (the attachments' default limit).
MAX_FILE_SIZE = 25 * 1024 * 1024

# The part of a content sent to or read from PostgreSQL at a time, in bytes.
CHUNK = 1024 * 1024

# COPY's binary format: what the data starts with, what ends it; PostgreSQL's times count from this one.
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"
_COPY_END = struct.pack("!h", -1)
_POSTGRES_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

# What a certificate's document may be, recognised by its first bytes.
DOCUMENT_MATCHERS = (archive.Pdf(), image.Png(), image.Jpeg(), image.Tiff(), image.Webp())


@dataclass(frozen=True)
class FileType:
    """What a file's content is: its media type and the extension a file of that type is given."""

    media_type: str
    extension: str


# The extensions of the accepted media types, for a copy written out to be opened.
EXTENSIONS = {matcher.mime: matcher.extension for matcher in DOCUMENT_MATCHERS}


def check_size(file_name: str, content: object, limit: int = MAX_FILE_SIZE) -> bytes:
    """``content`` as bytes; refused when it is not a file's content, is empty or is larger than ``limit``."""
    if not isinstance(content, bytes | bytearray | memoryview):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not the content of a file."), name=file_name)
    data = bytes(content)
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is empty."), name=file_name)
    check_file_size(file_name, len(data), limit)
    return data


def check_file_size(file_name: str, size: int, limit: int = MAX_FILE_SIZE) -> None:
    """Refuse a file of ``size`` bytes larger than ``limit`` (before reading it)."""
    if size > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is larger than {limit} MB: choose a smaller file."),
            name=file_name,
            limit=limit // (1024 * 1024),
        )


def document_type(file_name: str, content: bytes) -> FileType:
    """The type of a document's content: a PDF, PNG, JPEG, TIFF or WebP image; refused otherwise, whatever the
    file's name says."""
    found = filetype.match(content, matchers=DOCUMENT_MATCHERS)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not a PDF document or an image (PNG, JPEG, TIFF, WebP)."),
            name=file_name,
        )
    return FileType(found.mime, found.extension)


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def store_file(session: Session, content: bytes | bytearray | memoryview, sha256: str | None = None) -> str:
    """Keep ``content`` (checked by the caller) in the caller's transaction; its SHA-256 (``sha256`` when the caller
    took it while reading the content, else computed here). The same content is stored once: a row already there
    (its content is then not sent to the database again), or one another transaction stores at the same moment, is
    used as it is."""
    sha256 = sha256 or sha256_of(content)
    if session.scalar(select(StoredFile.sha256).where(StoredFile.sha256 == sha256)) is not None:
        return sha256
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        _store_on_sqlite(session, sha256, content)
        return sha256
    if dialect == "postgresql":
        _store_on_postgresql(session, sha256, content)
        return sha256
    with session.begin_nested():
        session.add(StoredFile(sha256=sha256, size=len(content), content=content, created_at=utcnow()))
    return sha256


def _store_on_sqlite(session: Session, sha256: str, content: bytes | bytearray | memoryview) -> None:
    """Insert the row with a zero-filled content of the right size, then write the content into it: part of the
    session's transaction, rolled back with it."""
    with memoryview(content) as view:
        size = view.nbytes
        rowid = session.scalar(
            sqlite.insert(StoredFile)
            .values(sha256=sha256, size=size, content=func.zeroblob(size), created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["sha256"])
            .returning(literal_column("rowid"))
        )
        if rowid is None:  # stored by another transaction meanwhile
            return
        with _blob(session, rowid, readonly=False) as blob:
            blob.write(view.cast("B"))


def _store_on_postgresql(session: Session, sha256: str, content: bytes | bytearray | memoryview) -> None:
    """Insert the row by ``COPY`` in binary format on the session's connection (in its transaction, under a
    savepoint): the fixed fields, then the content's length and the content itself one chunk after another. A row of
    the same content that another transaction stored meanwhile makes it a no-op."""
    import psycopg  # the PostgreSQL driver, installed with the "postgres" extra

    statement = f"COPY {StoredFile.__tablename__} (sha256, size, created_at, content) FROM STDIN (FORMAT BINARY)"
    with memoryview(content) as view, view.cast("B") as data:
        try:
            with session.begin_nested():
                # Asked for inside the savepoint: that is when the session sets it.
                connection = session.connection().connection.driver_connection
                with connection.cursor() as cursor, cursor.copy(statement) as copy:
                    copy.write(_copy_head(sha256, data.nbytes))
                    for start in range(0, data.nbytes, CHUNK):
                        copy.write(data[start : start + CHUNK])
                    copy.write(_COPY_END)
        except psycopg.errors.UniqueViolation:  # stored by another transaction meanwhile
            return
        except psycopg.Error as error:
            raise _statement_error(session, statement, error, psycopg.Error) from error


def _copy_head(sha256: str, size: int) -> bytes:
    """The start of a stored_file row in COPY's binary format up to its content's bytes: the signature, no flags, no
    header extension; the row's 4 fields, each its length then its value in network order (``sha256`` as text,
    ``size`` as an integer, the time as microseconds since 2000, then the content's length)."""
    key = sha256.encode()
    since = (utcnow() - _POSTGRES_EPOCH) // timedelta(microseconds=1)
    return _COPY_SIGNATURE + struct.pack(f"!iih i{len(key)}s ii iq i", 0, 0, 4, len(key), key, 4, size, 8, since, size)


def read_file(db: Database, sha256: str) -> bytes:
    """The content stored under ``sha256``; NotFound when there is none."""
    with db.reading() as session:
        if session.get_bind().dialect.name == "sqlite":
            rowid = session.scalar(select(literal_column("rowid")).where(StoredFile.sha256 == sha256))
            if rowid is None:
                raise _not_stored()
            with _blob(session, rowid, readonly=True) as blob:
                return blob.read()  # straight into one bytes object
        size = session.scalar(select(StoredFile.size).where(StoredFile.sha256 == sha256))
        if size is None:
            raise _not_stored()
        if session.get_bind().dialect.name == "postgresql":
            return _read_on_postgresql(session, sha256, size)
        content = session.scalar(select(StoredFile.content).where(StoredFile.sha256 == sha256))
    if content is None:
        raise _not_stored()
    return bytes(content)


def _read_on_postgresql(session: Session, sha256: str, size: int) -> bytes:
    """The ``size`` bytes stored under ``sha256``, fetched as raw bytes (not hex text) a chunk at a time on the
    session's connection into one buffer: neither the whole content nor its hex text passes through the driver, which
    keeps its buffers as large as the largest result it was given."""
    import psycopg  # the PostgreSQL driver, installed with the "postgres" extra

    connection = session.connection().connection.driver_connection
    query = (
        f"SELECT substring(content from %s::integer for %s::integer) FROM {StoredFile.__tablename__} WHERE sha256 = %s"
    )
    content = bytearray(size)
    try:
        with connection.cursor(binary=True) as cursor:
            for start in range(0, size, CHUNK):
                row = cursor.execute(query, (start + 1, CHUNK, sha256)).fetchone()
                if row is None:  # removed since it was looked up
                    raise _not_stored()
                content[start : start + CHUNK] = row[0]
    except psycopg.Error as error:
        raise _statement_error(session, query, error, psycopg.Error) from error
    return bytes(content)


@contextmanager
def _blob(session: Session, rowid: int, readonly: bool) -> Iterator[sqlite3.Blob]:
    """The content of stored_file's row ``rowid`` opened for incremental I/O on the session's connection (in its
    transaction); the driver's errors raised as a statement's would be."""
    connection = session.connection().connection.driver_connection
    try:
        with connection.blobopen(StoredFile.__tablename__, "content", rowid, readonly=readonly) as blob:
            yield blob
    except sqlite3.Error as error:
        translated = failures.translated(error)
        if translated is not None:
            raise translated from error
        raise DBAPIError.instance(
            "blob I/O on stored_file.content", None, error, sqlite3.Error, dialect=session.get_bind().dialect
        ) from error


def _statement_error(session: Session, statement: str, error: Exception, base: type[Exception]) -> Exception:
    """What a driver's ``error`` is raised as, had a statement run through SQLAlchemy raised it."""
    translated = failures.translated(error)
    if translated is not None:
        return translated
    return DBAPIError.instance(statement, None, error, base, dialect=session.get_bind().dialect)


def _not_stored() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "The file is no longer in the database."))


__all__ = [
    "DOCUMENT_MATCHERS",
    "EXTENSIONS",
    "MAX_FILE_SIZE",
    "FileType",
    "check_file_size",
    "check_size",
    "document_type",
    "read_file",
    "sha256_of",
    "store_file",
]
