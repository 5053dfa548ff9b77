"""Bad input to the contracts screen, the PPM schedule editor, replication and generation: refused with a
BureauError, nothing written, on both databases (see tests/service/test_bad_input.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.domain.errors import BureauError, ConcurrentChange, NotFound, ValidationError, ValueRefused
from desktop.domain.ppm.merge import preview
from desktop.domain.ppm.schedule import ReplicatedField
from desktop.domain.values import in_whole_number_range
from desktop.services.actor import Actor
from desktop.services.contracts import contract_ppm
from desktop.services.ppm.generation import generate_due_ppms, generation_limit
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.replication import preview_replication, replicate
from desktop.services.ppm.saving import save_schedule
from tests.bad_input_world import BAD_INPUT, World, build_world, harmless, refused, today
from tests.bad_values import (
    BAD_AMOUNTS,
    BAD_IDS,
    EXTREME_DATES,
    OUT_OF_RANGE_INTS,
    UNKNOWN_IDS,
    amount_refusal,
    bad_text,
)

EXTREME_OR_NONE = st.one_of(st.none(), EXTREME_DATES)
FIELDS = st.lists(st.sampled_from(ReplicatedField), min_size=1, unique=True)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def job_buildings(world: World) -> st.SearchStrategy[int]:
    return st.sampled_from([*world.job_building_ids, world.other_job_building_id])


def manual_visits() -> st.SearchStrategy[list[tuple[date, date, date]]]:
    return st.lists(st.tuples(EXTREME_DATES, EXTREME_DATES, EXTREME_DATES), max_size=2)


def missing(key: int) -> type[BureauError]:
    return NotFound if in_whole_number_range(key) else ValueRefused


@BAD_INPUT
@given(data=st.data())
def test_ppm_use_cases_refuse_ids_no_row_can_have(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    bad = data.draw(BAD_IDS, "id")
    source, target = world.job_building_ids
    calls = {
        "contract": lambda: contract_ppm(db, bad),
        "load": lambda: load_schedule(db, bad, today()),
        "preview replication from": lambda: preview_replication(db, bad, [target], today=today()),
        "preview replication to": lambda: preview_replication(db, source, [target, bad], today=today()),
        "replicate from": lambda: replicate(db, admin, bad, [target], list(ReplicatedField), today=today()),
        "replicate to": lambda: replicate(db, admin, source, [bad, target], list(ReplicatedField), today=today()),
        "save": lambda: save_schedule(db, admin, bad, 1, load_schedule(db, source, today()).settings, today=today()),
    }
    name = data.draw(st.sampled_from(sorted(calls)), "use case")
    refused(db, calls[name], missing(bad))


@BAD_INPUT
@given(data=st.data())
def test_a_schedule_with_a_bad_value_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    job_building = data.draw(job_buildings(world), "job building")
    day = data.draw(st.one_of(st.just(today()), EXTREME_DATES), "today")
    schedule = load_schedule(db, job_building, today())
    settings = replace(schedule.settings, next_visit_required_by=data.draw(EXTREME_OR_NONE, "next visit"))
    visits = data.draw(manual_visits(), "manual visits")
    if data.draw(st.booleans(), "bad amount"):
        amount = data.draw(BAD_AMOUNTS, "amount")
        settings = replace(settings, invoice_amount=amount)
        refused(db, lambda: preview(schedule, settings, visits), ValueRefused)
        error = refused(db, lambda: save_schedule(db, admin, job_building, schedule.version, settings, visits, day))
        assert type(error) is amount_refusal(amount)
    else:
        settings = replace(settings, instructions=data.draw(bad_text(), "instructions"))
        refused(db, lambda: save_schedule(db, admin, job_building, schedule.version, settings, visits, day))


@BAD_INPUT
@given(data=st.data())
def test_a_schedule_saved_over_a_version_no_one_saw_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    job_building = data.draw(job_buildings(world), "job building")
    schedule = load_schedule(db, job_building, today())
    version = data.draw(st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS), "version")
    settings = replace(schedule.settings, invoice_amount=Decimal("175.00"))
    refused(db, lambda: save_schedule(db, admin, job_building, version, settings, (), today()), ConcurrentChange)
    source, target = world.job_building_ids
    versions = {target: version}
    what = data.draw(FIELDS, "fields")
    refused(db, lambda: replicate(db, admin, source, [target], what, versions, today()), ConcurrentChange)


@BAD_INPUT
@given(data=st.data())
def test_replication_to_another_job_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    source, target = world.job_building_ids
    foreign = world.other_job_building_id
    targets = data.draw(st.permutations([target, foreign]), "targets")
    what = data.draw(FIELDS, "fields")
    day = data.draw(st.one_of(st.just(today()), EXTREME_DATES), "today")
    refused(db, lambda: preview_replication(db, source, targets, what, today=day), ValidationError)
    refused(db, lambda: replicate(db, admin, source, targets, what, today=day), ValidationError)


@BAD_INPUT
@given(data=st.data())
def test_extreme_dates_in_a_schedule_are_read_and_previewed_without_writing(world: World, data: st.DataObject) -> None:
    db = world.db
    job_building = data.draw(job_buildings(world), "job building")
    day = data.draw(EXTREME_DATES, "today")
    next_visit = data.draw(EXTREME_OR_NONE, "next visit")
    visits = data.draw(manual_visits(), "manual visits")

    def read() -> object:
        schedule = load_schedule(db, job_building, day)
        current = schedule.current
        settings = replace(schedule.settings, next_visit_required_by=next_visit)
        return current, preview(schedule, settings, visits)

    harmless(db, read)
    source, target = world.job_building_ids
    harmless(db, lambda: preview_replication(db, source, [target], data.draw(FIELDS), today=day))


@BAD_INPUT
@given(
    until=st.one_of(EXTREME_DATES, st.dates()),
    day=st.one_of(st.none(), EXTREME_DATES),
    batch=st.one_of(st.none(), OUT_OF_RANGE_INTS, st.integers(-3, 0)),
)
def test_generation_up_to_an_extreme_date_writes_nothing_and_refuses_a_bad_batch_size(
    world: World, until: date, day: date | None, batch: int | None
) -> None:
    """Nothing is due in the world (its PPM job has no periods yet, its PPM orders exist already). A date more
    than a year ahead is refused unless asked for explicitly; asked for, it writes nothing either."""
    if batch is not None:
        refused(world.db, lambda: generate_due_ppms(world.db, world.admin, until, batch, day), ValueRefused)
        return
    result = harmless(world.db, lambda: generate_due_ppms(world.db, None, until, today=day, far_ahead=True))
    assert not isinstance(result, BureauError) and result.created == 0
    if until > generation_limit(day or date.today()):
        refused(world.db, lambda: generate_due_ppms(world.db, None, until, today=day), ValidationError)


def test_a_schedule_with_an_amount_that_is_not_one_is_refused(world: World) -> None:
    db, admin = world.db, world.admin
    for amount in ("NaN", "sNaN", "Infinity", "-Infinity", "1E+30", "1E12", "-1E12"):
        for job_building in (world.job_building_ids[0], world.other_job_building_id):
            schedule = load_schedule(db, job_building, today())
            settings = replace(schedule.settings, invoice_amount=Decimal(amount))
            save = partial(save_schedule, db, admin, job_building, schedule.version, settings, (), today())
            error = refused(db, save, ValidationError)
            assert type(error) is amount_refusal(Decimal(amount)), amount


def test_a_schedule_with_an_extreme_next_visit_is_saved_or_refused(world: World) -> None:
    db, admin = world.db, world.admin
    job_building = world.job_building_ids[0]
    for next_visit in (date.min, date.max, date(9999, 12, 31), date(1, 1, 2)):
        schedule = load_schedule(db, job_building, today())
        settings = replace(schedule.settings, next_visit_required_by=next_visit)
        try:
            save_schedule(db, admin, job_building, schedule.version, settings, (), today())
        except BureauError:
            assert load_schedule(db, job_building, today()).version == schedule.version
        else:
            assert load_schedule(db, job_building, today()).settings.next_visit_required_by == next_visit
