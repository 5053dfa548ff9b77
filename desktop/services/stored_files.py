"""Files kept inside the database, once per content (its SHA-256): a team's server and a copy of an SQLite file
carry them. A file is accepted by what its content is, never by the extension of its name: the document of a
certificate is a PDF or an image (:func:`document_type`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import filetype
from filetype.types import archive, image
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import StoredFile
from desktop.db.types import utcnow
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# The largest file kept, in bytes (the attachments' default limit).
MAX_FILE_SIZE = 25 * 1024 * 1024

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


def store_file(session: Session, content: bytes) -> str:
    """Keep ``content`` (checked by the caller) in the caller's transaction; its SHA-256. The same content is
    stored once: a row already there (its content is then not sent to the database again), or one another
    transaction stores at the same moment, is used as it is."""
    sha256 = sha256_of(content)
    if session.scalar(select(StoredFile.sha256).where(StoredFile.sha256 == sha256)) is not None:
        return sha256
    values = {"sha256": sha256, "size": len(content), "content": content, "created_at": utcnow()}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(StoredFile).values(values).on_conflict_do_nothing(index_elements=["sha256"]))
    elif dialect == "sqlite":
        session.execute(sqlite.insert(StoredFile).values(values).on_conflict_do_nothing(index_elements=["sha256"]))
    else:
        with session.begin_nested():
            session.add(StoredFile(**values))
    return sha256


def read_file(db: Database, sha256: str) -> bytes:
    """The content stored under ``sha256``; NotFound when there is none."""
    with db.reading() as session:
        content = session.scalar(select(StoredFile.content).where(StoredFile.sha256 == sha256))
    if content is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The file is no longer in the database."))
    return bytes(content)


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
