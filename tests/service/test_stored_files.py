"""Stored files: kept once per SHA-256 and read back whole on both backends; on SQLite written and read through
incremental blob I/O inside the transaction (rolled back with it) without SQLite copying the content; on PostgreSQL
written by COPY in chunks and read back in binary chunks, without a whole copy of the content in the driver."""

from __future__ import annotations

import _sqlite3
import ctypes
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select, text

from desktop.db.engine import Database
from desktop.db.models import StoredFile
from desktop.domain.errors import NotFound, ValidationError, ValueRefused
from desktop.services import attachments as attachments_service
from desktop.services.actor import Actor
from desktop.services.attachments import attach_file, attach_path
from desktop.services.stored_files import CHUNK, read_file, sha256_of, store_file
from desktop.services.users import local_administrator
from tests.bad_input_world import BAD_INPUT
from tests.factories import client_with_building, reactive_orders

MB = 1024 * 1024


def stored(db: Database) -> list[tuple[str, int]]:
    with db.reading() as session:
        return [tuple(row) for row in session.execute(select(StoredFile.sha256, StoredFile.size))]


def pdf_of(size: int) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def test_content_is_the_last_column_of_the_table(db: Database) -> None:
    # SQLite keeps a zero-filled placeholder unbuilt only in the last column: the content is written into it.
    columns = [column["name"] for column in inspect(db.engine).get_columns("stored_file")]
    assert columns[-1] == "content"
    assert [column.name for column in StoredFile.__table__.columns] == columns


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_a_content_is_stored_once_and_read_back_whole(db: Database, kind: Callable[[bytes], object]) -> None:
    content = pdf_of(3 * MB + 17)  # over many pages, not a whole number of them
    with db.transaction() as session:
        sha256 = store_file(session, kind(content))  # type: ignore[arg-type]
    with db.transaction() as session:
        assert store_file(session, content) == sha256
    assert sha256 == sha256_of(content)
    assert stored(db) == [(sha256, len(content))]
    read = read_file(db, sha256)
    assert type(read) is bytes and read == content


def test_a_hash_taken_while_reading_is_the_one_stored(db: Database) -> None:
    content = pdf_of(MB)
    with db.transaction() as session:
        assert store_file(session, content, sha256_of(content)) == sha256_of(content)
    assert read_file(db, sha256_of(content)) == content


def test_contents_stored_in_one_transaction_are_each_kept(db: Database) -> None:
    first, second = pdf_of(MB), pdf_of(2 * MB)
    with db.transaction() as session:
        names = [store_file(session, first), store_file(session, second), store_file(session, first)]
    assert names == [sha256_of(first), sha256_of(second), sha256_of(first)]
    assert read_file(db, names[0]) == first and read_file(db, names[1]) == second


def test_a_content_written_in_a_transaction_that_fails_is_not_kept(db: Database) -> None:
    content = pdf_of(2 * MB)
    with pytest.raises(ValidationError), db.transaction() as session:
        store_file(session, content)
        session.flush()
        raise ValidationError("refused after the content was written")
    assert stored(db) == []
    with pytest.raises(NotFound):
        read_file(db, sha256_of(content))
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
    with db.transaction() as session:
        store_file(session, content)
    assert read_file(db, sha256_of(content)) == content


def test_an_attachment_refused_after_its_content_was_written_leaves_nothing(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    order = reactive_orders(db, admin, client_with_building(db), 1)[0]
    path = tmp_path / "drawings.pdf"
    path.write_bytes(pdf_of(5 * MB))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("refused after the content was written")

    monkeypatch.setattr(attachments_service.activity, "record", refuse)
    with pytest.raises(ValidationError):
        attach_path(db, admin, order, path)
    assert stored(db) == []
    monkeypatch.undo()
    attached = attach_path(db, admin, order, path)
    assert attached is not None and read_file(db, attached.sha256) == path.read_bytes()


@BAD_INPUT
@given(sha256=st.one_of(st.text(max_size=80), st.text("0123456789abcdef", min_size=64, max_size=64)))
def test_a_content_never_stored_is_not_found(db: Database, sha256: str) -> None:
    with pytest.raises((NotFound, ValueRefused)):  # ValueRefused: a text the column could not hold
        read_file(db, sha256)


# --- SQLite's own memory (not traced by Python): no copy of the content ------------------------------------


class SqliteMemory:
    """The memory statistics of the SQLite library Python's sqlite3 module runs on."""

    def __init__(self) -> None:
        try:
            library = ctypes.CDLL(_sqlite3.__file__)  # its own symbols, or those of the library it loads
            self._used = library.sqlite3_memory_used
            self._highwater = library.sqlite3_memory_highwater
            version = library.sqlite3_libversion
        except (OSError, AttributeError):
            pytest.skip("SQLite's memory statistics cannot be read here")
        self._used.restype = self._highwater.restype = ctypes.c_int64
        self._highwater.argtypes = [ctypes.c_int]
        version.restype = ctypes.c_char_p
        probe = _sqlite3.connect(":memory:")
        counted = self._used() > 0
        probe.close()
        if version().decode() != _sqlite3.sqlite_version or not counted:
            pytest.skip("SQLite's memory statistics are not those of Python's sqlite3 module, or are off")

    def peak_growth(self, step: Callable[[], object]) -> int:
        """How far above what it held before SQLite's memory went while ``step`` ran, in bytes."""
        before = self._used()
        self._highwater(1)
        step()
        return self._highwater(0) - before


def test_sqlite_stores_and_reads_a_large_content_without_a_copy_of_its_own(sqlite_db: Database) -> None:
    memory = SqliteMemory()
    content = pdf_of(8 * MB)

    def store() -> None:
        with sqlite_db.transaction() as session:
            store_file(session, content)

    assert memory.peak_growth(store) < len(content) // 2
    assert memory.peak_growth(lambda: read_file(sqlite_db, sha256_of(content))) < len(content) // 2
    assert read_file(sqlite_db, sha256_of(content)) == content


def test_sqlite_attaches_a_large_file_without_a_copy_of_its_own(sqlite_db: Database) -> None:
    memory = SqliteMemory()
    admin = local_administrator(sqlite_db)
    order = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)[0]
    content = pdf_of(8 * MB)
    assert memory.peak_growth(lambda: attach_file(sqlite_db, admin, order, "drawings.pdf", content)) < MB * 4
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.length(StoredFile.content))) == len(content)
        assert session.scalar(text("SELECT count(*) FROM stored_file")) == 1


# --- PostgreSQL: written by COPY, read back in binary chunks --------------------------------------------------


@pytest.fixture
def pg(db: Database) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's COPY and binary results")
    return db


def test_every_byte_value_is_stored_and_read_back_exactly(db: Database) -> None:
    # Bytes a text format would take for a separator, an escape or the end of the data.
    content = b"%PDF-1.7\n" + bytes(range(256)) * (CHUNK // 256) + b"\t\\.\n\r\\\x00" + os.urandom(CHUNK + 3)
    with db.transaction() as session:
        sha256 = store_file(session, content)
    with db.reading() as session:
        row = session.execute(select(StoredFile.size, StoredFile.content, StoredFile.created_at)).one()
    assert row.size == len(content) and row.content == content  # as any reader of the table sees it
    assert datetime.now(UTC) - timedelta(minutes=5) < row.created_at <= datetime.now(UTC)
    assert read_file(db, sha256) == content


@pytest.mark.parametrize("size", [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_a_content_of_any_size_around_a_chunk_round_trips(db: Database, size: int) -> None:
    content = os.urandom(size)
    with db.transaction() as session:
        sha256 = store_file(session, memoryview(content))
    read = read_file(db, sha256)
    assert type(read) is bytes and read == content


def test_the_same_large_content_stored_by_two_transactions_at_once_is_kept_once(pg: Database) -> None:
    content, other_content = pdf_of(3 * MB + 17), pdf_of(MB)
    outcome: dict[str, object] = {}

    def second() -> None:
        try:
            with pg.transaction() as session:
                outcome["sha256"] = store_file(session, bytearray(content))
                outcome["other"] = store_file(session, other_content)  # its transaction goes on
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    other = threading.Thread(target=second, daemon=True)
    with pg.transaction() as session:
        first = store_file(session, content)
        session.flush()
        other.start()  # finds no committed row, then waits for this transaction's one
        other.join(1.0)
    other.join(60.0)
    assert not other.is_alive() and "error" not in outcome, outcome
    assert outcome == {"sha256": first, "other": sha256_of(other_content)}
    assert sorted(stored(pg)) == sorted([(first, len(content)), (sha256_of(other_content), len(other_content))])
    assert read_file(pg, first) == content and read_file(pg, sha256_of(other_content)) == other_content


def test_a_content_stored_after_a_refused_one_in_another_transaction_is_kept(pg: Database) -> None:
    content = pdf_of(2 * MB)
    with pytest.raises(ValidationError), pg.transaction() as session:
        store_file(session, content)
        raise ValidationError("refused after the content was written")
    with pg.transaction() as session:
        assert store_file(session, content) == sha256_of(content)
    assert stored(pg) == [(sha256_of(content), len(content))]


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def peak_rss_growth(step: Callable[[], object]) -> int:
    """How far above what it held before the process's resident memory went while ``step`` ran, in bytes (Linux:
    memory freed earlier is first given back to the system, then the peak is reset)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
        Path("/proc/self/clear_refs").write_text("5")
        before = _status("VmRSS")
    except (OSError, AttributeError, LookupError):
        pytest.skip("the process's peak resident memory cannot be read here")
    step()
    return _status("VmHWM") - before


def test_postgresql_stores_and_reads_a_large_content_without_a_whole_copy_in_the_driver(pg: Database) -> None:
    content = pdf_of(16 * MB)

    def store() -> None:
        with pg.transaction() as session:
            store_file(session, content)

    # Sent a chunk at a time: no bound parameter, no hex text of the whole content.
    assert peak_rss_growth(store) < len(content) // 2
    read: list[bytes] = []
    # The content read into one buffer, then made bytes: neither its hex text (6 times its size with the decoded
    # copies) nor a whole result of the driver (3 times) besides.
    assert peak_rss_growth(lambda: read.append(read_file(pg, sha256_of(content)))) < len(content) * 11 // 4
    assert read == [content]
