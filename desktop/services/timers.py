"""The ticket timer: each agent runs at most one, on one work order, kept in the database by its start so that
it survives closing Bureau (``running_timer``).

Stopping gives the start and the end of the time to record; the time entry is then saved by the agent
(:func:`desktop.services.time_entries.add_time_entry`). ``idle_since`` trims the end to the moment the agent
stopped working. Starting a timer while another runs is refused with :class:`TimerAlreadyRunning`, which names
the order it runs on; :func:`switch_timer` stops it and starts the other in one transaction. Time cannot be
timed on a closed order. Every function runs in one transaction and writes nothing when it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import RunningTimer, WorkOrder
from desktop.db.types import utcnow
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.actor import Actor, acting_user
from desktop.services.time_entries import a_moment, order_for_time


class TimerAlreadyRunning(ValidationError):
    """The agent's timer already runs on a work order (``number``, ``work_order_id``): stop it first."""

    def __init__(self, text: str, *, number: int, work_order_id: int) -> None:
        super().__init__(text, number=number)
        self.number = number
        self.work_order_id = work_order_id


@dataclass(frozen=True)
class TimerState:
    """The timer an agent runs."""

    work_order_id: int
    number: int
    title: str
    started_at: datetime

    def elapsed(self, now: datetime) -> timedelta:
        return max(now - self.started_at, timedelta())


@dataclass(frozen=True)
class StoppedTimer:
    """The time a stopped timer measured: what the time entry is pre-filled with."""

    work_order_id: int
    number: int
    started_at: datetime
    ended_at: datetime

    @property
    def duration(self) -> timedelta:
        return self.ended_at - self.started_at


def _now(now: datetime | None) -> datetime:
    return a_moment(utcnow() if now is None else now)


def _state(session: Session, timer: RunningTimer) -> TimerState:
    order = session.get(WorkOrder, timer.work_order_id)
    assert order is not None  # the timer goes with its order (ON DELETE CASCADE)
    return TimerState(order.id, order.number, order.title, timer.started_at)


def running_timer(db: Database, actor: Actor) -> TimerState | None:
    """The timer the agent runs, if any."""
    with db.reading() as session:
        timer = session.get(RunningTimer, actor.user_id)
        return _state(session, timer) if timer is not None else None


def _start(session: Session, actor: Actor, work_order_id: int, now: datetime) -> TimerState:
    order = order_for_time(session, work_order_id)
    running = session.get(RunningTimer, actor.user_id, with_for_update=True)
    if running is not None:
        state = _state(session, running)
        raise TimerAlreadyRunning(
            QT_TRANSLATE_NOOP("Errors", "Your timer already runs on work order {number}: stop it first."),
            number=state.number,
            work_order_id=state.work_order_id,
        )
    session.add(RunningTimer(user_id=actor.user_id, work_order_id=order.id, started_at=now))
    try:
        session.flush()
    except IntegrityError:  # another window of the same agent started one meanwhile
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Your timer was started elsewhere meanwhile: look at the status bar.")
        ) from None
    return TimerState(order.id, order.number, order.title, now)


def start_timer(db: Database, actor: Actor, work_order_id: int, now: datetime | None = None) -> TimerState:
    """Start the agent's timer on the order; refused (:class:`TimerAlreadyRunning`) while one runs."""
    moment = _now(now)
    with db.transaction() as session:
        acting_user(session, actor)
        return _start(session, actor, work_order_id, moment)


def _stop(session: Session, actor: Actor, now: datetime, idle_since: datetime | None) -> StoppedTimer:
    timer = session.get(RunningTimer, actor.user_id, with_for_update=True)
    if timer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Your timer is not running."))
    state = _state(session, timer)
    end = now if idle_since is None else min(now, idle_since)
    end = max(end, state.started_at)
    session.delete(timer)
    session.flush()
    return StoppedTimer(state.work_order_id, state.number, state.started_at, end)


def stop_timer(
    db: Database, actor: Actor, now: datetime | None = None, idle_since: datetime | None = None
) -> StoppedTimer:
    """Stop the agent's timer; returns the time it measured, ended at ``idle_since`` when given (the idle time
    dropped). The time is recorded only when the agent then saves a time entry."""
    moment = _now(now)
    idle = a_moment(idle_since) if idle_since is not None else None
    with db.transaction() as session:
        acting_user(session, actor)
        return _stop(session, actor, moment, idle)


def switch_timer(
    db: Database, actor: Actor, work_order_id: int, now: datetime | None = None
) -> tuple[StoppedTimer | None, TimerState]:
    """Stop the agent's timer (if one runs) and start it on the order, at the same moment: the stopped time to
    record, and the new timer."""
    moment = _now(now)
    with db.transaction() as session:
        acting_user(session, actor)
        order_for_time(session, work_order_id)  # refused before the running timer is stopped
        running = session.get(RunningTimer, actor.user_id, with_for_update=True)
        stopped = _stop(session, actor, moment, None) if running is not None else None
        return stopped, _start(session, actor, work_order_id, moment)


def discard_timer(db: Database, actor: Actor) -> bool:
    """Stop the agent's timer without recording its time; False when none ran."""
    with db.transaction() as session:
        acting_user(session, actor)
        timer = session.get(RunningTimer, actor.user_id, with_for_update=True)
        if timer is None:
            return False
        session.delete(timer)
        return True


def timers_on(db: Database, work_order_id: int) -> list[int]:
    """The agents (user ids) whose timer runs on the order."""
    with db.reading() as session:
        return list(session.scalars(select(RunningTimer.user_id).where(RunningTimer.work_order_id == work_order_id)))


__all__ = [
    "StoppedTimer",
    "TimerAlreadyRunning",
    "TimerState",
    "discard_timer",
    "running_timer",
    "start_timer",
    "stop_timer",
    "switch_timer",
    "timers_on",
]
