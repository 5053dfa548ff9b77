"""The activity log of a demo work order: the status changes that led to its status, and a few comments.

The "created" entry is not made here: every demo order gets it in one INSERT ... SELECT (see demo.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from random import Random
from typing import Any

from desktop.demo.orders import DONE, STOPPED, DraftOrder
from desktop.demo.texts import DemoTexts
from desktop.domain.workorders import ActivityKind, Status

ACTIVITY_COLUMNS = ("work_order_id", "user_id", "created_at", "kind", "field", "old_value", "new_value", "text")
COMMENTS_PER_ORDER = (0, 0, 1, 1, 2)

Entry = tuple[Any, ...]  # values in the order of ACTIVITY_COLUMNS


class OrderHistory:
    def __init__(self, texts: DemoTexts, agents: Sequence[int], rng: Random, now: datetime) -> None:
        self._texts = texts
        self._agents = tuple(agents)
        self._rng = rng
        self._now = now

    def entries(self, order: DraftOrder, order_id: int) -> list[Entry]:
        """The entries after "created", oldest first: the order they must be inserted in."""
        rng, now, texts = self._rng, self._now, self._texts
        agent = order.assignee_id or rng.choice(self._agents)
        events: list[tuple[datetime, Entry]] = []

        def change(at: datetime, old: Status, new: Status, note: str | None = None) -> None:
            events.append((at, (order_id, agent, at, ActivityKind.STATUS, "status", old.value, new.value, None)))
            if note is not None:
                events.append((at, (order_id, agent, at, ActivityKind.COMMENT, None, None, None, note)))

        def between(start: datetime, end: datetime) -> datetime:
            return start + (end - start) * rng.random()

        status, previous, created = order.status, order.previous_status, order.created_at
        started, completed = order.started_at, order.completed_at
        if started is not None:
            change(started, Status.NEW, Status.IN_PROGRESS)
            if status is Status.AWAITING_VERIFICATION:
                change(between(started, now), Status.IN_PROGRESS, Status.AWAITING_VERIFICATION)
            elif status is Status.ON_HOLD:
                change(between(started, now), Status.IN_PROGRESS, Status.ON_HOLD, rng.choice(texts.hold_reasons))
            elif status in DONE:
                assert completed is not None
                if rng.random() < 0.3:
                    change(between(started, completed), Status.IN_PROGRESS, Status.AWAITING_VERIFICATION)
                    change(completed, Status.AWAITING_VERIFICATION, Status.COMPLETED)
                else:
                    change(completed, Status.IN_PROGRESS, Status.COMPLETED)
                if status is Status.CLOSED:
                    change(between(completed, now), Status.COMPLETED, Status.CLOSED)
        elif status is not Status.NEW:
            # Never started: it may have waited for an answer, then was held, cancelled or rejected.
            current, since = Status.NEW, created
            if status is Status.NEEDS_CLARIFICATION or previous is Status.NEEDS_CLARIFICATION:
                since = between(created, now)
                current = Status.NEEDS_CLARIFICATION
                change(since, Status.NEW, current, rng.choice(texts.clarification_questions))
            if status in STOPPED or status is Status.ON_HOLD:
                notes = {
                    Status.CANCELLED: texts.cancel_notes,
                    Status.REJECTED: texts.reject_reasons,
                    Status.ON_HOLD: texts.hold_reasons,
                }[status]
                change(between(since, now), current, status, rng.choice(notes))

        last = completed or now
        for _ in range(rng.choice(COMMENTS_PER_ORDER)):
            at = between(created, last)
            author, comment = rng.choice(self._agents), rng.choice(texts.comments)
            events.append((at, (order_id, author, at, ActivityKind.COMMENT, None, None, None, comment)))
        events.sort(key=lambda event: event[0])
        return [entry for _, entry in events]
