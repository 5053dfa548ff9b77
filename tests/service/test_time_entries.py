"""Time entries: recorded on an order at a rate, the end after the start, totals and billable amounts per
currency, changed and deleted by their author or an administrator, each change in the order's activity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, User, WorkOrder
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError
from desktop.domain.permissions import Permission
from desktop.domain.workorders import ActivityKind, Status
from desktop.services.actor import Actor
from desktop.services.rates import RateFields, archive_rate, save_rate
from desktop.services.time_entries import (
    TimeEntryFields,
    add_time_entry,
    delete_time_entry,
    get_time_entry,
    overlaps,
    save_time_entry,
    time_summary,
)
from desktop.services.users import ensure_default_roles
from tests.bad_input_world import FEW, refused
from tests.bad_values import BAD_IDS, bad_text
from tests.time_factories import T0, agent, order, rate


def fields(
    technician: int | None = None,
    rate_id: int | None = None,
    start: datetime = T0,
    minutes: int = 90,
    *,
    billable: bool = True,
    description: str = "",
) -> TimeEntryFields:
    return TimeEntryFields(technician, rate_id, start, start + timedelta(minutes=minutes), billable, description)


def time_activity(db: Database, order_id: int) -> list[tuple[str | None, str | None]]:
    with db.reading() as session:
        return [
            (entry.field, entry.text)
            for entry in session.scalars(
                select(ActivityEntry)
                .where(ActivityEntry.work_order_id == order_id, ActivityEntry.kind == ActivityKind.TIME_ENTRY)
                .order_by(ActivityEntry.id)
            )
        ]


def test_time_is_recorded_with_the_rate_copied_and_totalled(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    smith = agent(db, "smith")
    standard = rate(db, admin, "Standard", "85.00")
    pounds = rate(db, admin, "London", "60.00", "GBP")
    add_time_entry(db, smith, wo, fields(smith.user_id, standard, minutes=90, description=" Fixed the leak "))
    add_time_entry(db, smith, wo, fields(smith.user_id, standard, T0 + timedelta(hours=3), 20))
    add_time_entry(db, smith, wo, fields(None, pounds, T0 + timedelta(hours=5), 45))
    add_time_entry(db, smith, wo, fields(None, standard, T0 + timedelta(hours=6), 60, billable=False))
    add_time_entry(db, smith, wo, fields(None, None, T0 + timedelta(hours=8), 30))
    summary = time_summary(db, wo)
    assert [e.duration for e in summary.entries] == [timedelta(minutes=m) for m in (90, 20, 45, 60, 30)]
    assert summary.total == timedelta(minutes=245)
    assert summary.billable_time == timedelta(minutes=185)
    # 1.5 h + 1/3 h at 85 (127.50 + 28.33), 0.75 h at 60; not the unbillable hour, nothing without a rate.
    assert summary.billable_amounts == {"EUR": Decimal("155.83"), "GBP": Decimal("45.00")}
    first = summary.entries[0]
    assert (first.technician, first.rate, first.hourly_amount, first.currency) == ("Smith", "Standard", 85, "EUR")
    assert first.description == "Fixed the leak"
    assert summary.entries[-1].currency is None and summary.entries[-1].amount == 0
    # A later change of the rate leaves recorded time as it was billed.
    save_rate(db, admin, standard, 1, RateFields("Standard", Decimal("100"), "EUR"))
    assert time_summary(db, wo).billable_amounts["EUR"] == Decimal("155.83")
    added = time_activity(db, wo)
    assert [f for f, _ in added] == ["time_added"] * 5
    assert "Smith" in (added[0][1] or "") and "1:30" in (added[0][1] or "") and "Fixed the leak" in (added[0][1] or "")


def test_the_end_must_come_after_the_start(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    for bad in (
        fields(minutes=0),
        fields(minutes=-30),
        fields(minutes=24 * 60 + 1),  # a timer left running, or a typing mistake
        TimeEntryFields(None, None, T0.replace(tzinfo=None), T0.replace(tzinfo=None) + timedelta(hours=1)),
        TimeEntryFields(None, None, datetime(1999, 12, 31, tzinfo=UTC), datetime(2000, 1, 1, 1, tzinfo=UTC)),
        TimeEntryFields(None, None, datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))), T0),
        TimeEntryFields(None, None, T0.date(), T0),  # type: ignore[arg-type]
    ):
        refused(db, lambda bad=bad: add_time_entry(db, admin, wo, bad), ValidationError)
    assert time_summary(db, wo).entries == ()
    # Local times are stored in UTC.
    paris = timezone(timedelta(hours=2))
    add_time_entry(db, admin, wo, fields(start=T0.astimezone(paris)))
    assert time_summary(db, wo).entries[0].started_at == T0


def test_technician_and_rate_must_be_active(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    gone = agent(db, "gone", active=False)
    old = rate(db, admin, "Old")
    archive_rate(db, admin, old, 1)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(gone.user_id)), ValidationError)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(rate_id=old)), ValidationError)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(10_000_000)), NotFound)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(rate_id=10_000_000)), NotFound)
    refused(db, lambda: add_time_entry(db, admin, 10_000_000, fields()), NotFound)


def test_an_entry_keeps_its_archived_rate_and_amount_when_edited(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    standard = rate(db, admin, "Standard", "85")
    entry = add_time_entry(db, admin, wo, fields(rate_id=standard))
    version = save_rate(db, admin, standard, 1, RateFields("Standard", Decimal("99"), "EUR"))
    archive_rate(db, admin, standard, version)
    save_time_entry(db, admin, entry, 1, fields(rate_id=standard, description="More detail"))
    row = get_time_entry(db, entry)
    assert (row.rate_id, row.hourly_amount, row.description, row.version) == (standard, 85, "More detail", 2)
    cheap = rate(db, admin, "Cheap", "10")
    save_time_entry(db, admin, entry, 2, fields(rate_id=cheap))
    assert get_time_entry(db, entry).hourly_amount == 10  # another rate: its amount copied


def test_only_the_author_or_an_administrator_changes_an_entry(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    smith, jones = agent(db, "smith"), agent(db, "jones")
    mine = add_time_entry(db, smith, wo, fields(smith.user_id))
    refused(db, lambda: save_time_entry(db, jones, mine, 1, fields(jones.user_id)), PermissionDenied)
    refused(db, lambda: delete_time_entry(db, jones, mine, 1), PermissionDenied)
    assert save_time_entry(db, smith, mine, 1, fields(smith.user_id, minutes=60)) == 2
    assert save_time_entry(db, admin, mine, 2, fields(smith.user_id, minutes=45)) == 3
    refused(db, lambda: save_time_entry(db, smith, mine, 2, fields(minutes=5)), ConcurrentChange)
    delete_time_entry(db, smith, mine, 3)
    assert time_summary(db, wo).entries == ()
    assert [f for f, _ in time_activity(db, wo)] == ["time_added", "time_changed", "time_changed", "time_deleted"]
    refused(db, lambda: delete_time_entry(db, smith, mine, 3), NotFound)


def test_an_unchanged_save_changes_nothing(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    entry = add_time_entry(db, admin, wo, fields(description="Same"))
    assert save_time_entry(db, admin, entry, 1, fields(description="Same ")) == 1
    assert len(time_activity(db, wo)) == 1


def test_time_on_a_closed_order_cannot_change(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    entry = add_time_entry(db, admin, wo, fields())
    with db.transaction() as session:
        row = session.get(WorkOrder, wo)
        assert row is not None
        row.status = Status.CLOSED
    refused(db, lambda: add_time_entry(db, admin, wo, fields(start=T0 + timedelta(hours=2))), ValidationError)
    refused(db, lambda: delete_time_entry(db, admin, entry, 1), ValidationError)


def test_overlapping_entries_of_a_technician_are_allowed_and_reported(db: Database, admin: Actor) -> None:
    first, second = order(db, admin, 2)
    smith = agent(db, "smith")
    morning = add_time_entry(db, admin, first, fields(smith.user_id, minutes=120))
    add_time_entry(db, admin, second, fields(None, start=T0 + timedelta(hours=1)))  # nobody's: no overlap
    later = T0 + timedelta(hours=1)
    found = overlaps(db, smith.user_id, later, later + timedelta(hours=2))
    assert [(o.id, o.started_at) for o in found] == [(morning, T0)]
    add_time_entry(db, admin, second, fields(smith.user_id, start=later))
    assert overlaps(db, smith.user_id, T0, T0 + timedelta(hours=2), except_id=morning)[0].started_at == later
    assert overlaps(db, smith.user_id, T0 + timedelta(hours=2), T0 + timedelta(hours=2, minutes=30)) == [
        o for o in overlaps(db, smith.user_id, later, later + timedelta(hours=2)) if o.id != morning
    ]
    assert overlaps(db, smith.user_id, T0 - timedelta(hours=1), T0) == []  # touching is not overlapping
    assert overlaps(db, None, T0, later) == []


@FEW
@given(
    description=bad_text(),
    bad_id=BAD_IDS,
    flag=st.sampled_from([None, 0, 1, "yes"]),
    when=st.sampled_from([None, "2026-06-15T08:00", 0, datetime.max, datetime.min.replace(tzinfo=UTC)]),
)
def test_generated_bad_values_are_refused(
    db: Database, admin: Actor, description: str, bad_id: int, flag: object, when: object
) -> None:
    wo = order_of(db, admin)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(description=description)), ValidationError)
    refused(db, lambda: add_time_entry(db, admin, wo, fields(bad_id)))
    refused(db, lambda: add_time_entry(db, admin, wo, fields(rate_id=bad_id)))
    refused(db, lambda: add_time_entry(db, admin, bad_id, fields()))
    refused(db, lambda: add_time_entry(db, admin, wo, fields(billable=flag)))  # type: ignore[arg-type]
    bad_start = TimeEntryFields(None, None, when, T0)  # type: ignore[arg-type]
    refused(db, lambda: add_time_entry(db, admin, wo, bad_start), ValidationError)


_orders: dict[int, int] = {}


def order_of(db: Database, admin: Actor) -> int:
    """One order per database, made at the first example."""
    key = id(db)
    if key not in _orders:
        _orders[key] = order(db, admin)[0]
    return _orders[key]


@pytest.fixture(autouse=True)
def _forget_orders() -> None:
    _orders.clear()


def test_an_entry_across_the_spring_forward_night_lasts_its_real_time(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    paris = ZoneInfo("Europe/Paris")  # 29 March 2026: 02:00 becomes 03:00
    standard = rate(db, admin, "Standard", "60.00")
    start, end = datetime(2026, 3, 29, 1, 30, tzinfo=paris), datetime(2026, 3, 29, 3, 30, tzinfo=paris)
    add_time_entry(db, admin, wo, TimeEntryFields(None, standard, start, end))
    (entry,) = time_summary(db, wo).entries
    assert entry.started_at == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert entry.ended_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert entry.started_at.tzinfo is UTC and entry.duration == timedelta(hours=1)  # read back tagged UTC
    assert time_summary(db, wo).billable_amounts == {"EUR": Decimal("60.00")}
    # The autumn night: 02:30 twice; an hour from the first to the second is an hour.
    first, second = datetime(2026, 10, 25, 2, 30, tzinfo=paris), datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=paris)
    add_time_entry(db, admin, wo, TimeEntryFields(None, None, first, second))
    assert time_summary(db, wo).entries[-1].duration == timedelta(hours=1)


def test_an_administrator_demoted_since_signing_in_no_longer_changes_others_time(db: Database, admin: Actor) -> None:
    (wo,) = order(db, admin)
    smith, boss = agent(db, "smith"), agent(db, "boss", role="administrator")
    theirs = add_time_entry(db, smith, wo, fields(smith.user_id))
    with db.transaction() as session:  # another administrator takes the role away; boss's copy still has it
        user = session.get(User, boss.user_id)
        assert user is not None
        user.roles = [ensure_default_roles(session)["agent"]]
    assert boss.can(Permission.ADMIN)
    refused(db, lambda: save_time_entry(db, boss, theirs, 1, fields(minutes=5)), PermissionDenied)
    refused(db, lambda: delete_time_entry(db, boss, theirs, 1), PermissionDenied)
    assert save_time_entry(db, smith, theirs, 1, fields(smith.user_id, minutes=60)) == 2  # the author still may
