"""The ticket timer: one per agent, kept in the database across restarts, stopped into the time to record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from desktop.db.engine import Database, make_engine
from desktop.db.models import WorkOrder
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.timers import (
    TimerAlreadyRunning,
    discard_timer,
    running_timer,
    start_timer,
    stop_timer,
    switch_timer,
    timers_on,
)
from tests.bad_input_world import FEW, refused
from tests.bad_values import BAD_IDS
from tests.time_factories import T0, agent, order


def test_the_timer_survives_a_restart(db: Database, db_url: URL, admin: Actor) -> None:
    (wo,) = order(db, admin)
    started = start_timer(db, admin, wo, now=T0)
    assert started.started_at == T0
    db.dispose()
    again = Database(make_engine(db_url))  # Bureau started again on the same database
    try:
        state = running_timer(again, admin)
        assert state is not None and (state.work_order_id, state.started_at) == (wo, T0)
        assert state.number == started.number and state.elapsed(T0 + timedelta(minutes=5)) == timedelta(minutes=5)
        stopped = stop_timer(again, admin, now=T0 + timedelta(minutes=42, seconds=7))
        assert (stopped.work_order_id, stopped.started_at) == (wo, T0)
        assert stopped.duration == timedelta(minutes=42, seconds=7)
        assert running_timer(again, admin) is None
    finally:
        again.dispose()


def test_one_timer_per_agent(db: Database, admin: Actor) -> None:
    first, second = order(db, admin, 2)
    smith = agent(db, "smith")
    start_timer(db, admin, first, now=T0)
    start_timer(db, smith, first, now=T0)  # another agent times the same order
    error = refused(db, lambda: start_timer(db, admin, second, now=T0), TimerAlreadyRunning)
    assert isinstance(error, TimerAlreadyRunning) and error.work_order_id == first
    assert str(error.number) in error.message.english()
    refused(db, lambda: start_timer(db, admin, first, now=T0), TimerAlreadyRunning)
    assert sorted(timers_on(db, first)) == sorted([admin.user_id, smith.user_id])


def test_switching_stops_the_first_and_starts_the_other(db: Database, admin: Actor) -> None:
    first, second = order(db, admin, 2)
    start_timer(db, admin, first, now=T0)
    stopped, started = switch_timer(db, admin, second, now=T0 + timedelta(hours=1))
    assert stopped is not None and (stopped.work_order_id, stopped.duration) == (first, timedelta(hours=1))
    assert (started.work_order_id, started.started_at) == (second, T0 + timedelta(hours=1))
    state = running_timer(db, admin)
    assert state is not None and state.work_order_id == second
    nothing, _ = switch_timer(db, agent(db, "smith"), first, now=T0)
    assert nothing is None


def test_idle_time_is_trimmed(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    start_timer(db, admin, wo, now=T0)
    stopped = stop_timer(db, admin, now=T0 + timedelta(hours=2), idle_since=T0 + timedelta(minutes=50))
    assert stopped.ended_at == T0 + timedelta(minutes=50)
    start_timer(db, admin, wo, now=T0)
    # Idle since before it started: no time at all.
    idle = stop_timer(db, admin, now=T0 + timedelta(hours=1), idle_since=T0 - timedelta(hours=1))
    assert idle.duration == timedelta()


def test_refusals_write_nothing(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    refused(db, lambda: stop_timer(db, admin, now=T0), NotFound)
    refused(db, lambda: start_timer(db, admin, 10_000_000, now=T0), NotFound)
    refused(db, lambda: start_timer(db, admin, wo, now=T0.replace(tzinfo=None)), ValidationError)
    gone = agent(db, "gone", active=False)
    refused(db, lambda: start_timer(db, gone, wo, now=T0))
    with db.transaction() as session:
        row = session.get(WorkOrder, wo)
        assert row is not None
        row.status = Status.CLOSED
    refused(db, lambda: start_timer(db, admin, wo, now=T0), ValidationError)


def test_switching_to_a_closed_order_keeps_the_running_timer(db: Database, admin: Actor) -> None:
    first, closed = order(db, admin, 2)
    start_timer(db, admin, first, now=T0)
    with db.transaction() as session:
        row = session.get(WorkOrder, closed)
        assert row is not None
        row.status = Status.CLOSED
    refused(db, lambda: switch_timer(db, admin, closed, now=T0 + timedelta(hours=1)), ValidationError)
    state = running_timer(db, admin)
    assert state is not None and state.work_order_id == first


def test_discarding_forgets_the_time(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    start_timer(db, admin, wo, now=T0)
    assert discard_timer(db, admin) is True
    assert running_timer(db, admin) is None
    assert discard_timer(db, admin) is False


@FEW
@given(bad_id=BAD_IDS, when=st.sampled_from([T0.replace(tzinfo=None), datetime.max, datetime.min.replace(tzinfo=UTC)]))
def test_generated_bad_values_are_refused(db: Database, admin: Actor, bad_id: int, when: datetime) -> None:
    refused(db, lambda: start_timer(db, admin, bad_id, now=T0))
    refused(db, lambda: switch_timer(db, admin, bad_id, now=T0))
    refused(db, lambda: stop_timer(db, admin, now=when))
