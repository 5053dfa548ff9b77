from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db.engine import Database, DatabaseUrlError, parse_url, resolve_url, sqlite_file


def test_sqlite_connections_are_configured_for_safe_concurrent_use(sqlite_db: Database) -> None:
    with sqlite_db.reading() as session:
        pragmas = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 10_000}


def test_a_write_transaction_takes_the_write_lock_at_its_start(sqlite_db: Database) -> None:
    path = sqlite_file(sqlite_db.url)
    assert path is not None
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        with sqlite_db.transaction() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_reading_does_not_block_a_writer(sqlite_db: Database) -> None:
    path = sqlite_file(sqlite_db.url)
    assert path is not None
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other, sqlite_db.reading() as session:
        session.execute(text("SELECT count(*) FROM work_order"))
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(None, tmp_path).database == str(tmp_path / "bureau.sqlite")
    monkeypatch.setenv("BUREAU_DATABASE_URL", "postgresql://agent@server/bureau")
    assert resolve_url(None, tmp_path).drivername == "postgresql+psycopg"
    assert resolve_url(str(tmp_path / "other.sqlite"), tmp_path).database == str(tmp_path / "other.sqlite")
    with pytest.raises(DatabaseUrlError):
        parse_url("mysql://someone@server/db")
