"""Rates: kept by administrators, named once, an hourly amount to the cent in a currency; archived, not deleted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.domain.errors import ConcurrentChange, PermissionDenied, ValidationError
from desktop.domain.records import ChangeAction, Record
from desktop.services.actor import Actor
from desktop.services.change_log import changes_of
from desktop.services.rates import RateFields, archive_rate, create_rate, list_rates, restore_rate, save_rate
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_AMOUNTS, bad_line
from tests.time_factories import agent, rate


def test_an_administrator_keeps_the_rates(db: Database, admin: Actor) -> None:
    standard = rate(db, admin, "Standard", "85.00")
    rate(db, admin, "overtime", "127.50", "gbp")
    rows = list_rates(db)
    assert [(r.name, r.hourly_amount, r.currency) for r in rows] == [
        ("overtime", Decimal("127.50"), "GBP"),
        ("Standard", Decimal("85.00"), "EUR"),
    ]
    version = save_rate(db, admin, standard, rows[1].version, RateFields(" Standard day ", Decimal("90"), "EUR"))
    assert version == rows[1].version + 1
    changed = next(r for r in list_rates(db) if r.id == standard)
    assert (changed.name, changed.hourly_amount) == ("Standard day", Decimal("90.00"))
    logged = changes_of(db, Record.RATE, standard)
    assert {(line.field, line.new_value) for line in logged if line.action is ChangeAction.CHANGED} >= {
        ("name", "Standard day"),
        ("hourly_amount", "90.00"),
    }


def test_archived_rates_leave_the_list_and_come_back(db: Database, admin: Actor) -> None:
    standard = rate(db, admin)
    version = archive_rate(db, admin, standard, 1)
    assert list_rates(db) == []
    assert [r.active for r in list_rates(db, include_archived=True)] == [False]
    restore_rate(db, admin, standard, version)
    assert [r.name for r in list_rates(db)] == ["Standard"]
    actions = [line.action for line in changes_of(db, Record.RATE, standard)]
    assert ChangeAction.ARCHIVED in actions and ChangeAction.RESTORED in actions


def test_only_administrators_change_rates(db: Database, admin: Actor) -> None:
    standard = rate(db, admin)
    smith = agent(db, "smith")
    refused(db, lambda: create_rate(db, smith, RateFields("Mine", Decimal("1"), "EUR")), PermissionDenied)
    refused(db, lambda: save_rate(db, smith, standard, 1, RateFields("Mine", Decimal("1"), "EUR")), PermissionDenied)
    refused(db, lambda: archive_rate(db, smith, standard, 1), PermissionDenied)
    assert [r.name for r in list_rates(db)] == ["Standard"]  # anyone reads them


@pytest.mark.parametrize(
    "fields",
    [
        RateFields("", Decimal("10"), "EUR"),
        RateFields("   ", Decimal("10"), "EUR"),
        RateFields("x" * 81, Decimal("10"), "EUR"),
        RateFields("STANDARD", Decimal("10"), "EUR"),  # the name is taken, whatever its case
        RateFields("Cheap", Decimal("-0.01"), "EUR"),
        RateFields("Cheap", Decimal("10.005"), "EUR"),
        RateFields("Cheap", 10.5, "EUR"),  # type: ignore[arg-type]
        RateFields("Cheap", Decimal("10"), "EURO"),
        RateFields("Cheap", Decimal("10"), "XXX"),
    ],
)
def test_bad_rates_are_refused_and_nothing_is_written(db: Database, admin: Actor, fields: RateFields) -> None:
    rate(db, admin)
    error = refused(db, lambda: create_rate(db, admin, fields), ValidationError)
    assert error.message.text  # a translated message, not a crash


def test_an_edit_from_an_old_copy_is_refused(db: Database, admin: Actor) -> None:
    standard = rate(db, admin)
    save_rate(db, admin, standard, 1, RateFields("Standard", Decimal("86"), "EUR"))
    error = refused(db, lambda: save_rate(db, admin, standard, 1, RateFields("Old", Decimal("1"), "EUR")))
    assert isinstance(error, ConcurrentChange) and error.current_version == 2


@BAD_INPUT
@given(name=bad_line(80), amount=BAD_AMOUNTS, currency=st.sampled_from(["", "E", "eur1", "€", "XTS", "\x00EU"]))
def test_generated_bad_values_are_refused(
    db: Database, admin: Actor, name: str, amount: Decimal, currency: str
) -> None:
    refused(db, lambda: create_rate(db, admin, RateFields(name, Decimal("1"), "EUR")), ValidationError)
    refused(db, lambda: create_rate(db, admin, RateFields("Fine", amount, "EUR")), ValidationError)
    refused(db, lambda: create_rate(db, admin, RateFields("Fine", Decimal("1"), currency)), ValidationError)
