"""Two windows of one agent starting the timer at the same moment on PostgreSQL: one timer runs, the other start is
refused with a translated message (never the database's IntegrityError), and nothing of it is written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from desktop.db.engine import Database
from desktop.domain.errors import ValidationError
from desktop.services import timers
from desktop.services.actor import Actor
from desktop.services.timers import running_timer, start_timer, switch_timer
from tests.time_factories import T0, order

pytestmark = pytest.mark.postgres

WAIT = 60.0  # seconds: only a hung test waits this long


@pytest.fixture
def pg(db: Database) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time")
    return db


def _waiting_to_insert_a_timer(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO running_timer%'"
                )
            )
        )


def _thread(call: Callable[[], Any], outcome: dict[str, Any]) -> threading.Thread:
    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def both_at_once(
    db: Database, monkeypatch: pytest.MonkeyPatch, first: Callable[[], Any], second: Callable[[], Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run ``first`` until its timer is written but not committed, run ``second`` until it waits to write its own,
    then let ``first`` commit; the outcomes of both."""
    paused, go = threading.Event(), threading.Event()
    original = timers._start
    holder: list[threading.Thread] = []

    def pausing(*args: Any, **kwargs: Any) -> Any:
        state = original(*args, **kwargs)
        if holder and threading.current_thread() is holder[0]:
            paused.set()
            assert go.wait(WAIT)
        return state

    monkeypatch.setattr(timers, "_start", pausing)
    first_outcome: dict[str, Any] = {}
    second_outcome: dict[str, Any] = {}
    holder.append(_thread(first, first_outcome))
    second_thread: threading.Thread | None = None
    try:
        assert paused.wait(WAIT), first_outcome
        second_thread = _thread(second, second_outcome)
        for _ in range(int(WAIT * 20)):
            if not second_thread.is_alive() or _waiting_to_insert_a_timer(db):
                break
            threading.Event().wait(0.05)
    finally:
        go.set()
    holder[0].join(WAIT)
    assert second_thread is not None
    second_thread.join(WAIT)
    assert not holder[0].is_alive() and not second_thread.is_alive()
    return first_outcome, second_outcome


def test_two_windows_starting_at_once_run_one_timer(
    pg: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, other = order(pg, admin, 2)
    first, second = both_at_once(
        pg, monkeypatch, lambda: start_timer(pg, admin, one, now=T0), lambda: start_timer(pg, admin, other, now=T0)
    )
    assert "error" not in first, first
    assert isinstance(second.get("error"), ValidationError), second
    state = running_timer(pg, admin)
    assert state is not None and state.work_order_id == one


def test_a_switch_racing_a_start_is_refused_cleanly(
    pg: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, other = order(pg, admin, 2)
    first, second = both_at_once(
        pg, monkeypatch, lambda: start_timer(pg, admin, one, now=T0), lambda: switch_timer(pg, admin, other, now=T0)
    )
    assert "error" not in first, first
    assert isinstance(second.get("error"), ValidationError), second
    state = running_timer(pg, admin)
    assert state is not None and state.work_order_id == one
