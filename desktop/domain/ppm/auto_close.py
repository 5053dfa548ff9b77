"""When a PPM order still open is closed as Not done (SPEC sections 2 and 4): the job's ``auto_close_days``.

``auto_close_days`` N means "N days after the period's financial end", counted strictly: the order is due on
the first day *after* ``financial_end + N``. With 0, the day after the financial end (the period has ended);
with 1, two days after it; None (empty) never. The financial end is the order's period's
(``financial_period.financial_end``), which a schedule save keeps; the order's ``financial_end_date`` is a copy
of it for the helpdesk list and bulk close.
"""

from __future__ import annotations

from datetime import date, timedelta


def first_due_day(financial_end: date, days: int | None) -> date | None:
    """The first day an order of a period ending on ``financial_end`` is closed as Not done; None: never (no
    setting, or a day past the last a date can hold)."""
    if days is None:
        return None
    try:
        return financial_end + timedelta(days=days + 1)
    except OverflowError:
        return None


def is_due(financial_end: date, days: int | None, today: date) -> bool:
    """Whether, on ``today``, the order of a period ending on ``financial_end`` is due to be closed as Not
    done (if still open): ``today > financial_end + days``."""
    first = first_due_day(financial_end, days)
    return first is not None and today >= first


def latest_due_end(days: int, today: date) -> date | None:
    """The last financial end whose orders are due on ``today`` with ``days``; None when none is (``today``
    too early in the calendar for that many days)."""
    try:
        return today - timedelta(days=days + 1)
    except OverflowError:
        return None
