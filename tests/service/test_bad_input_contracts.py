"""Bad input to the contract, PPM job and job building editors: refused with a BureauError, nothing written, on
both databases (see tests/service/test_bad_input.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import JobBuilding
from desktop.domain.errors import BureauError, ValidationError
from desktop.domain.ppm import Frequency
from desktop.services.actor import Actor
from desktop.services.contract_editing import (
    ContractFields,
    archive_contract,
    contract_fields,
    create_contract,
    preview_contract,
    restore_contract,
    save_contract,
)
from desktop.services.ppm.job_buildings import (
    JobBuildingFields,
    add_job_buildings,
    addable_buildings,
    job_building_fields,
    removal_needs_date,
    remove_job_building,
    save_job_building,
)
from desktop.services.ppm.jobs import JobFields, create_job, job_fields, save_job
from tests.bad_input_world import BAD_INPUT, World, build_world, harmless, refused, today
from tests.bad_values import (
    BAD_AMOUNTS,
    BAD_IDS,
    EXTREME_DATES,
    OUT_OF_RANGE_INTS,
    UNKNOWN_IDS,
    amount_refusal,
    bad_line,
    bad_text,
)
from tests.service.test_bad_input_ppm import missing

BAD_CURRENCIES = st.one_of(
    st.sampled_from(["", "EURO", "EU", "XXX", "XTS", "ZZZ", "E1R", "€", "eur\x00", " ", "US D"]),
    bad_line(3),
    st.integers(),
    st.none(),
)
NOT_WHOLE = st.one_of(st.none(), st.booleans(), st.just(1.5), st.just("3"), st.just(Decimal("2")))
BAD_MONTHS = st.one_of(OUT_OF_RANGE_INTS, st.integers(min_value=-1000, max_value=0), st.integers(13, 1000), NOT_WHOLE)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def job_of(world: World) -> int:
    with world.db.reading() as session:
        job_id = session.scalar(select(JobBuilding.ppm_job_id).where(JobBuilding.id == world.job_building_ids[0]))
    assert job_id is not None
    return job_id


def bad_contract_fields(data: st.DataObject, fields: ContractFields) -> ContractFields:
    """``fields`` with one bad value, or a bad financial-year day for its month."""
    name = data.draw(
        st.sampled_from(["reference", "dates", "end before start", "month", "day", "currency", "manual"]), "field"
    )
    if name == "reference":
        return replace(fields, reference=data.draw(st.one_of(bad_line(40), st.just("  "), st.none()), name))
    if name == "dates":
        return replace(fields, **{data.draw(st.sampled_from(["start_date", "end_date"])): data.draw(EXTREME_DATES)})
    if name == "end before start":
        return replace(fields, end_date=fields.start_date.replace(day=1) - (date(2000, 1, 2) - date(2000, 1, 1)))
    if name == "month":
        return replace(fields, fy_start_month=data.draw(BAD_MONTHS, name))
    if name == "day":
        month = data.draw(st.integers(1, 12), "month")
        days = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}[month]
        day = data.draw(st.one_of(st.integers(days + 1, 1000), st.integers(-1000, 0), OUT_OF_RANGE_INTS, NOT_WHOLE))
        return replace(fields, fy_start_month=month, fy_start_day=day)
    if name == "currency":
        return replace(fields, currency=data.draw(BAD_CURRENCIES, name))
    return replace(fields, manual_generation=data.draw(st.one_of(st.none(), st.just(1), st.just("true")), name))


@BAD_INPUT
@given(data=st.data())
def test_a_contract_with_a_bad_value_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    fields, version = contract_fields(db, world.contract_id)
    bad = bad_contract_fields(data, replace(fields, reference="CT-NEW"))
    call = data.draw(st.sampled_from(["create", "preview", "save"]), "use case")
    if call == "create":
        refused(db, lambda: create_contract(db, admin, bad), ValidationError)
    elif call == "preview":
        refused(db, lambda: preview_contract(db, admin, world.contract_id, version, bad, today()), ValidationError)
    else:
        refused(db, lambda: save_contract(db, admin, world.contract_id, version, bad, today()), ValidationError)


@BAD_INPUT
@given(data=st.data())
def test_contract_use_cases_refuse_ids_and_versions_no_row_has(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    bad = data.draw(BAD_IDS, "id")
    fields, version = contract_fields(db, world.contract_id)
    stale = data.draw(st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS), "version")
    other = replace(fields, reference="CT-NEW", end_date=date(2027, 12, 31))
    calls: dict[str, Any] = {
        "fields": (lambda: contract_fields(db, bad), missing(bad)),
        "create for a client": (lambda: create_contract(db, admin, replace(other, client_id=bad)), missing(bad)),
        "save": (lambda: save_contract(db, admin, bad, version, other, today()), missing(bad)),
        "preview": (lambda: preview_contract(db, admin, bad, version, other, today()), missing(bad)),
        "archive": (lambda: archive_contract(db, admin, bad, version), missing(bad)),
        "restore": (lambda: restore_contract(db, admin, bad, version), missing(bad)),
        "save stale": (lambda: save_contract(db, admin, world.contract_id, stale, other, today()), BureauError),
        "preview stale": (lambda: preview_contract(db, admin, world.contract_id, stale, other, today()), BureauError),
        "archive stale": (lambda: archive_contract(db, admin, world.contract_id, stale), BureauError),
        "save unseen": (
            lambda: save_contract(db, admin, world.contract_id, version, other, today(), {bad: "x"}),
            BureauError,
        ),
    }
    name = data.draw(st.sampled_from(sorted(calls)), "use case")
    call, error = calls[name]
    refused(db, call, error)


def bad_job_fields(data: st.DataObject, fields: JobFields) -> tuple[JobFields, type[BureauError]]:
    name = data.draw(st.sampled_from(["description", "frequency", "months", "lead", "amount", "auto", "flag"]), "field")
    if name == "description":
        return replace(fields, description=data.draw(st.one_of(bad_line(200), st.just(" "), st.none()))), BureauError
    if name == "frequency":
        which = data.draw(st.sampled_from(["frequency", "default_visit_frequency", "default_invoice_frequency"]))
        value = data.draw(st.one_of(st.sampled_from(["weekly", "", None, 4]), bad_line(30)))
        return replace(fields, **{which: value}), ValidationError
    if name == "months":
        months = data.draw(st.lists(BAD_MONTHS, min_size=1, max_size=3))
        frequency = data.draw(st.sampled_from(Frequency))
        return replace(fields, frequency=frequency, seasonal_months=tuple(months)), ValidationError
    if name == "lead":
        lead = data.draw(st.one_of(OUT_OF_RANGE_INTS, st.integers(367, 10**6), st.integers(-(10**6), -1), NOT_WHOLE))
        return replace(fields, lead_days=lead), ValidationError
    if name == "amount":
        amount = data.draw(st.one_of(BAD_AMOUNTS, st.just(Decimal("0.001")), st.just(Decimal("-0.01"))))
        kind = ValidationError if amount.is_finite() and abs(amount) < 1 else amount_refusal(amount)
        return replace(fields, default_invoice_amount=amount), kind
    if name == "auto":
        days = data.draw(st.one_of(OUT_OF_RANGE_INTS, st.integers(3651, 10**6), st.integers(-(10**6), -1), NOT_WHOLE))
        if days is None:
            days = -1
        return replace(fields, auto_close_days=days), ValidationError
    which = data.draw(st.sampled_from(["certificate_based", "exclude_dynamic_dates"]))
    return replace(fields, **{which: data.draw(st.one_of(st.none(), st.just(0), st.just("no")))}), ValidationError


@BAD_INPUT
@given(data=st.data())
def test_a_job_with_a_bad_value_is_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    job_id = job_of(world)
    fields, version = job_fields(db, job_id)
    bad, kind = bad_job_fields(data, fields)
    if data.draw(st.booleans(), "create"):
        error = refused(db, lambda: create_job(db, admin, world.contract_id, bad), kind)
    else:
        error = refused(db, lambda: save_job(db, admin, job_id, version, bad, today()), kind)
    assert isinstance(error, kind)


@BAD_INPUT
@given(data=st.data())
def test_job_use_cases_refuse_ids_and_versions_no_row_has(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    bad = data.draw(BAD_IDS, "id")
    stale = data.draw(st.one_of(OUT_OF_RANGE_INTS, UNKNOWN_IDS), "version")
    job_id = job_of(world)
    fields, version = job_fields(db, job_id)
    job_building = world.job_building_ids[0]
    details, details_version = job_building_fields(db, job_building)
    changed = replace(details, instructions="Call first")
    calls: dict[str, Any] = {
        "job fields": (lambda: job_fields(db, bad), missing(bad)),
        "create in contract": (lambda: create_job(db, admin, bad, fields), missing(bad)),
        "save job": (lambda: save_job(db, admin, bad, version, fields, today()), missing(bad)),
        "save job stale": (lambda: save_job(db, admin, job_id, stale, fields, today()), BureauError),
        "addable": (lambda: addable_buildings(db, bad), missing(bad)),
        "add to job": (lambda: add_job_buildings(db, admin, bad, [world.building_id], today()), missing(bad)),
        "add building": (lambda: add_job_buildings(db, admin, job_id, [bad], today()), missing(bad)),
        "building fields": (lambda: job_building_fields(db, bad), missing(bad)),
        "save building": (lambda: save_job_building(db, admin, bad, details_version, changed), missing(bad)),
        "save building stale": (lambda: save_job_building(db, admin, job_building, stale, changed), BureauError),
        "needs date": (lambda: removal_needs_date(db, bad), missing(bad)),
        "remove": (lambda: remove_job_building(db, admin, bad, details_version), missing(bad)),
        "remove stale": (lambda: remove_job_building(db, admin, job_building, stale), BureauError),
    }
    name = data.draw(st.sampled_from(sorted(calls)), "use case")
    call, error = calls[name]
    refused(db, call, error)


@BAD_INPUT
@given(data=st.data())
def test_bad_building_details_and_leaving_dates_are_refused(world: World, data: st.DataObject) -> None:
    db, admin = world.db, world.admin
    job_building = data.draw(st.sampled_from([*world.job_building_ids, world.other_job_building_id]), "job building")
    details, version = job_building_fields(db, job_building)
    choice = data.draw(st.sampled_from(["instructions", "flag", "leave"]), "what")
    if choice == "instructions":
        bad = replace(details, instructions=data.draw(st.one_of(bad_text(), st.integers()), "instructions"))
        refused(db, lambda: save_job_building(db, admin, job_building, version, bad, today()), ValidationError)
    elif choice == "flag":
        which = data.draw(st.sampled_from(["exclude_dynamic_dates", "partial_periods"]))
        bad = replace(details, **{which: data.draw(st.one_of(st.none(), st.just(1), st.just("yes")))})
        refused(db, lambda: save_job_building(db, admin, job_building, version, bad, today()), ValidationError)
    else:
        # The generated building: its leaving date must be a date from its first period to the contract's end.
        generated = world.other_job_building_id
        details, version = job_building_fields(db, generated)
        day = data.draw(st.one_of(EXTREME_DATES, st.none(), st.just("2026-06-30"), st.just(date(2025, 12, 31))))
        refused(db, lambda: remove_job_building(db, admin, generated, version, day, today()), ValidationError)


@BAD_INPUT
@given(search=st.one_of(st.text(max_size=300), st.integers(), st.none()))
def test_any_search_of_addable_buildings_is_harmless(world: World, search: Any) -> None:
    result = harmless(world.db, lambda: addable_buildings(world.db, job_of(world), search))
    assert isinstance(result, list | BureauError)


def test_the_generated_job_building_needs_a_date(world: World) -> None:
    assert removal_needs_date(world.db, world.other_job_building_id)
    assert not removal_needs_date(world.db, world.job_building_ids[0])
    details, version = job_building_fields(world.db, world.job_building_ids[0])
    assert details == JobBuildingFields(False, False, "")
    assert isinstance(version, int)
