"""The period editor's promise on SQLite and PostgreSQL: it shows the schedule as stored, lists what a re-plan
changes, and saving applies exactly the periods that were shown, or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import FinancialPeriod
from desktop.domain.errors import ConcurrentChange
from desktop.domain.ppm.changes import Field, ScheduleChangedSinceShown, fingerprint, stored_view, what_changes
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import OrderChange, ReplicatedField, period_values
from desktop.services.actor import Actor
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.replication import preview_replication, replicate
from desktop.services.ppm.saving import save_schedule
from tests.ppm_factories import PpmJobSpec, close_building, ppm_job, save_as_stored

TODAY = date(2026, 3, 1)
AUGUST = date(2026, 8, 1)


def stored_rows(db: Database, job_building_id: int) -> list[tuple[object, ...]]:
    table = FinancialPeriod.__table__
    with db.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(table).where(table.c.job_building_id == job_building_id).order_by(table.c.financial_start)
            )
        ]


def test_the_stored_schedule_is_shown_as_stored_and_what_a_replan_changes_is_listed(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, PpmJobSpec())
    save_as_stored(db, admin, job_building, TODAY)
    close_building(db, job_building, date(2026, 8, 3), date(2026, 8, 5))

    schedule = load_schedule(db, job_building, TODAY)
    shown = stored_view(schedule)
    august = {period.financial_start: period for period in shown.periods}[AUGUST]
    assert august.valid and not august.closed  # as stored: the closure came afterwards
    assert not any(period.unsaved for period in shown.periods)
    assert shown.site_value == Decimal("1800.00")

    changes = what_changes(schedule, schedule.current)
    assert [change.financial_start for change in changes.periods] == [AUGUST]
    (change,) = changes.periods
    assert {Field.CLOSED, Field.VALID, Field.OVERALL} <= set(change.fields)
    assert change.old is not None and change.old.valid
    assert change.new is not None and not change.new.valid
    assert (changes.site_value_before, changes.site_value_after) == (Decimal("1800.00"), Decimal("1650.00"))
    assert what_changes(schedule, shown).empty


def test_saving_applies_the_periods_that_were_shown(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, PpmJobSpec())
    save_as_stored(db, admin, job_building, TODAY)
    close_building(db, job_building, date(2026, 8, 3), date(2026, 8, 5))
    schedule = load_schedule(db, job_building, TODAY)
    settings = schedule.settings.__class__(**{**schedule.settings.__dict__, "invoice_amount": Decimal("160.00")})
    shown = preview(schedule, settings)

    save_schedule(db, admin, job_building, schedule.version, settings, (), TODAY, expected=fingerprint(shown))

    saved = load_schedule(db, job_building, TODAY)
    assert [(period.financial_start, *period_values(period)) for period in stored_view(saved).periods] == [
        (period.financial_start, *period_values(period)) for period in shown.periods
    ]
    assert stored_view(saved).site_value == shown.site_value == Decimal("1760.00")
    assert what_changes(saved, saved.current).empty


def test_a_save_whose_replan_differs_from_what_was_shown_is_refused_and_writes_nothing(
    db: Database, admin: Actor
) -> None:
    (job_building,) = ppm_job(db, PpmJobSpec())
    save_as_stored(db, admin, job_building, TODAY)
    schedule = load_schedule(db, job_building, TODAY)
    shown = fingerprint(schedule.current)
    rows = stored_rows(db, job_building)
    # While the agent looks at the editor, the building closes in August.
    close_building(db, job_building, date(2026, 8, 3), date(2026, 8, 5))

    with pytest.raises(ScheduleChangedSinceShown) as refused:
        save_schedule(db, admin, job_building, schedule.version, schedule.settings, (), TODAY, expected=shown)
    assert isinstance(refused.value, ConcurrentChange)
    assert refused.value.message.text.startswith("The schedule of {building} changed since it was shown")
    assert refused.value.message.args == {"building": "Site 0001"}
    assert stored_rows(db, job_building) == rows
    assert load_schedule(db, job_building, TODAY).version == schedule.version

    # Looked at again, the same save goes through; without a fingerprint it saves whatever the plan is.
    again = load_schedule(db, job_building, TODAY)
    save_schedule(
        db, admin, job_building, again.version, again.settings, (), TODAY, expected=fingerprint(again.current)
    )
    assert not {
        period.financial_start: period for period in stored_view(load_schedule(db, job_building, TODAY)).periods
    }[AUGUST].valid


def test_an_automatic_cancel_is_a_change_to_confirm(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, PpmJobSpec())
    save_as_stored(db, admin, job_building, TODAY)
    generate_due_ppms(db, None, date(2026, 6, 30), today=date(2026, 6, 30))
    close_building(db, job_building, date(2026, 7, 10), date(2026, 7, 12))
    schedule = load_schedule(db, job_building, TODAY)

    july = date(2026, 7, 1)
    stored = {period.financial_start: period for period in stored_view(schedule).periods}[july]
    assert stored.valid and stored.order is not None and stored.order_change is None
    change = what_changes(schedule, schedule.current).of(july)
    assert change is not None and Field.ORDER in change.fields and Field.VALID in change.fields
    assert change.new is not None and change.new.order_change is OrderChange.CANCEL

    # The same day, the same settings: the fingerprint is the one shown, and the order is cancelled.
    result = save_schedule(
        db, admin, job_building, schedule.version, schedule.settings, (), TODAY, expected=fingerprint(schedule.current)
    )
    assert result.cancelled_orders == (stored.order.number,)


def test_replication_saves_only_the_plans_it_previewed(db: Database, admin: Actor) -> None:
    """Between the replication preview and OK, a target building closes in August: OK is refused and nothing is
    written; previewed again, the copy goes through."""
    source, target = ppm_job(db, PpmJobSpec(), buildings=2)
    for job_building in (source, target):
        save_as_stored(db, admin, job_building, TODAY)
    schedule = load_schedule(db, source, TODAY)
    save_schedule(
        db, admin, source, schedule.version, replace(schedule.settings, invoice_amount=Decimal("175.00")), (), TODAY
    )
    (shown,) = preview_replication(db, source, [target], today=TODAY)
    rows = stored_rows(db, target)
    close_building(db, target, date(2026, 8, 3), date(2026, 8, 5))
    with pytest.raises(ScheduleChangedSinceShown):
        replicate(
            db,
            admin,
            source,
            [target],
            tuple(ReplicatedField),
            expected_versions={target: shown.version},
            expected_fingerprints={target: shown.fingerprint},
            today=TODAY,
        )
    assert stored_rows(db, target) == rows
    (again,) = preview_replication(db, source, [target], today=TODAY)
    assert again.fingerprint != shown.fingerprint
    (result,) = replicate(
        db,
        admin,
        source,
        [target],
        tuple(ReplicatedField),
        expected_versions={target: again.version},
        expected_fingerprints={target: again.fingerprint},
        today=TODAY,
    )
    assert result.saved is not None
    assert load_schedule(db, target, TODAY).settings.invoice_amount == Decimal("175.00")
