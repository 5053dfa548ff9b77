"""A database held by another program, and a read that runs too long: said in words, nothing written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

import desktop.db.engine as engine_module
from desktop.db import budget
from desktop.db.budget import time_budget
from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.db.models import ActivityEntry
from desktop.domain.errors import DatabaseBusy, QueryTooSlow, ValidationError
from desktop.domain.listing import SEARCH_MAX_LENGTH, ListFilter
from desktop.services import helpdesk, workorder_actions
from desktop.services.actor import Actor
from desktop.services.helpdesk import ListQuery
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from tests.factories import client_with_building, reactive_orders

BUSY_MESSAGE = "The database is busy: another program is writing to it. Try again in a moment."


@contextmanager
def write_locked(path: Path) -> Iterator[None]:
    """Another program holds the SQLite file's write lock."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


def test_a_write_locked_sqlite_file_says_busy_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "bureau.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    try:
        admin = local_administrator(db)
        (number,) = reactive_orders(db, admin, client_with_building(db), 1)
        version = get_detail(db, admin, number).version
        with db.reading() as session:
            entries = session.scalar(select(func.count()).select_from(ActivityEntry))

        with write_locked(path), pytest.raises(DatabaseBusy) as refused:
            workorder_actions.add_comment(db, admin, number, version, "Called the caretaker")
        assert refused.value.message.english() == BUSY_MESSAGE

        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(ActivityEntry)) == entries
        # Once the other program is done, the same action goes through.
        workorder_actions.add_comment(db, admin, number, version, "Called the caretaker")
    finally:
        db.dispose()


@pytest.mark.parametrize("seconds", [0.05])
def test_a_statement_past_its_budget_is_stopped(db: Database, seconds: float) -> None:
    slow = {
        "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
        "postgresql": "SELECT pg_sleep(5)",
    }[db.engine.dialect.name]
    with db.engine.connect() as connection:
        with pytest.raises(QueryTooSlow), time_budget(connection, seconds):
            connection.execute(text(slow)).scalar()
    # The connection goes back to the pool unbudgeted: a quick statement still runs.
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_a_list_read_past_its_budget_is_stopped(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin: Actor = local_administrator(sqlite_db)
    reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 200)
    monkeypatch.setattr(budget, "_SQLITE_STEPS", 100)  # look at the clock often: a small list is enough
    monkeypatch.setattr(helpdesk, "PAGE_BUDGET_SECONDS", 0.0)
    monkeypatch.setattr(helpdesk, "COUNT_BUDGET_SECONDS", 0.0)
    query = ListQuery.of(ListFilter(text="zz"), None)
    with sqlite_db.engine.connect() as connection:
        with pytest.raises(QueryTooSlow):
            helpdesk.count(connection, query)
    with sqlite_db.engine.connect() as connection:
        with pytest.raises(QueryTooSlow):
            helpdesk.page_after(connection, query, None, 100)


def test_search_text_is_bounded(db_url: URL) -> None:
    assert ListFilter(text="x" * SEARCH_MAX_LENGTH).validated().text == "x" * SEARCH_MAX_LENGTH
    with pytest.raises(ValidationError, match="too long"):
        ListFilter(text="x" * (SEARCH_MAX_LENGTH + 1)).validated()
    for bad in ("a\x00b", "a\ud800", "tab\there"):
        with pytest.raises(ValidationError):
            ListFilter(text=bad).validated()
