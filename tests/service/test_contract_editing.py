"""Contracts created, edited (with the re-plan of their PPM periods, previewed first), archived and restored, on
SQLite and PostgreSQL; every refusal writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import Building, ChangeEntry, Client, FinancialPeriod, WorkOrder
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.changes import ScheduleChangedSinceShown
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.clients import set_client_active
from desktop.services.contract_editing import (
    ContractFields,
    archive_contract,
    contract_fields,
    create_contract,
    preview_contract,
    restore_contract,
    save_contract,
)
from desktop.services.contracts import contract_ppm, list_contracts
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.generation_preview import preview_generation
from desktop.services.ppm.job_buildings import add_job_buildings
from desktop.services.ppm.jobs import JobFields, create_job
from desktop.services.ppm.loading import load_schedule
from desktop.services.users import create_user
from tests.bad_input_world import refused
from tests.factories import actor_for, client_with_building
from tests.ppm_factories import close_building

TODAY = date(2026, 3, 1)
JOB = JobFields(
    description="Boiler maintenance",
    frequency=Frequency.QUARTERLY,
    seasonal_months=(),
    certificate_based=False,
    lead_days=14,
    default_visit_frequency=Frequency.QUARTERLY,
    default_invoice_frequency=Frequency.MONTHLY,
    default_invoice_amount=Decimal("150.00"),
    exclude_dynamic_dates=False,
    auto_close_days=None,
)


def a_client(db: Database, name: str = "Acme Facilities") -> tuple[int, list[int]]:
    """A client with two buildings; (client id, building ids)."""
    first = client_with_building(db, name, "Tour Horizon")
    with db.transaction() as session:
        building = session.get(Building, first)
        assert building is not None
        second = Building(
            client_id=building.client_id,
            name="Tour Zénith",
            address_line="3 quai de Seine",
            postcode="75019",
            city="Paris",
            country="FR",
            start_date=date(2020, 1, 1),
        )
        session.add(second)
        session.flush()
        return building.client_id, [first, second.id]


def fields_of(client_id: int, **changes: object) -> ContractFields:
    fields = ContractFields(
        client_id=client_id,
        reference="CT-0001",
        start_date=date(2026, 4, 1),
        end_date=date(2027, 3, 31),
        fy_start_month=4,
        fy_start_day=1,
        currency="eur",
    )
    return replace(fields, **changes)


def planned_contract(db: Database, admin: Actor) -> tuple[int, int, list[int]]:
    """A contract with one job of two buildings, their periods stored; (contract, job, job buildings)."""
    client_id, buildings = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    job_id = create_job(db, admin, contract_id, JOB)
    return contract_id, job_id, add_job_buildings(db, admin, job_id, buildings, TODAY)


def period_starts(db: Database, job_building_id: int) -> list[date]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(FinancialPeriod.financial_start)
                .where(FinancialPeriod.job_building_id == job_building_id)
                .order_by(FinancialPeriod.financial_start)
            )
        )


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    """An agent without edit_contract."""
    return actor_for(
        db, create_user(db, admin, login="alice", display_name="Alice Martin", password="alice-pass-1", roles=["agent"])
    )


def test_a_contract_is_created_with_its_fields_as_stored(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id, reference="  CT-0001 ", manual_generation=True))
    fields, version = contract_fields(db, contract_id)
    assert fields == fields_of(client_id, currency="EUR", manual_generation=True)
    assert version == 1
    (row,) = list_contracts(db)
    assert (row.reference, row.active, row.manual_generation, row.currency) == ("CT-0001", True, True, "EUR")
    with db.reading() as session:
        logged = session.execute(select(ChangeEntry.record, ChangeEntry.action, ChangeEntry.new_value)).all()
    assert [tuple(entry) for entry in logged] == [("contract", "created", "CT-0001")]


def test_29_february_starts_a_financial_year(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id, fy_start_month=2, fy_start_day=29))
    assert contract_fields(db, contract_id)[0].fy_start_day == 29


@pytest.mark.parametrize(
    "changes",
    [
        {"reference": "   "},
        {"reference": "x" * 41},
        {"reference": "CT\n1"},
        {"end_date": date(2026, 3, 31)},
        {"fy_start_month": 13},
        {"fy_start_month": 0},
        {"fy_start_month": 4, "fy_start_day": 31},
        {"fy_start_month": 2, "fy_start_day": 30},
        {"fy_start_day": 0},
        {"fy_start_month": True},
        {"currency": "EURO"},
        {"currency": "ZZZ"},
        {"currency": "XXX"},
        {"currency": ""},
        {"manual_generation": "yes"},
        {"start_date": date(1, 1, 1)},
        {"end_date": date(9999, 12, 31)},
        {"end_date": date(2056, 4, 1)},
    ],
)
def test_bad_fields_are_refused_and_write_nothing(db: Database, admin: Actor, changes: dict[str, object]) -> None:
    client_id, _ = a_client(db)
    refused(db, lambda: create_contract(db, admin, fields_of(client_id, **changes)), ValidationError)


def test_a_reference_is_unique_whatever_its_case(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    create_contract(db, admin, fields_of(client_id))
    error = refused(db, lambda: create_contract(db, admin, fields_of(client_id, reference="ct-0001")), ValidationError)
    assert "ct-0001" in str(error)
    other = create_contract(db, admin, fields_of(client_id, reference="CT-0002"))
    fields, version = contract_fields(db, other)
    refused(db, lambda: save_contract(db, admin, other, version, replace(fields, reference="CT-0001")))


def test_a_reference_with_accented_letters_is_unique_whatever_its_case(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    create_contract(db, admin, fields_of(client_id, reference="ÉTÉ-2026"))
    error = refused(db, lambda: create_contract(db, admin, fields_of(client_id, reference="été-2026")), ValidationError)
    assert "été-2026" in str(error)
    other = create_contract(db, admin, fields_of(client_id, reference="HIVER-2026"))
    fields, version = contract_fields(db, other)
    refused(db, lambda: save_contract(db, admin, other, version, replace(fields, reference="Été-2026")))
    # The contract keeps its own reference in another case.
    save_contract(db, admin, other, version, replace(fields, reference="Hiver-2026"))
    assert contract_fields(db, other)[0].reference == "Hiver-2026"


def test_the_client_must_exist_and_be_active(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    refused(db, lambda: create_contract(db, admin, fields_of(10_000_000)), NotFound)
    with db.reading() as session:
        client = session.get(Client, client_id)
        assert client is not None
        version = client.version
    set_client_active(db, admin, client_id, version, False)
    refused(db, lambda: create_contract(db, admin, fields_of(client_id)), ValidationError)


def test_writing_needs_edit_contract(db: Database, admin: Actor, agent: Actor) -> None:
    client_id, _ = a_client(db)
    refused(db, lambda: create_contract(db, agent, fields_of(client_id)), PermissionDenied)
    contract_id = create_contract(db, admin, fields_of(client_id))
    fields, version = contract_fields(db, contract_id)
    refused(db, lambda: save_contract(db, agent, contract_id, version, fields), PermissionDenied)
    refused(db, lambda: archive_contract(db, agent, contract_id, version), PermissionDenied)


def test_a_stale_version_is_refused(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    fields, version = contract_fields(db, contract_id)
    save_contract(db, admin, contract_id, version, replace(fields, currency="GBP"))
    error = refused(db, lambda: save_contract(db, admin, contract_id, version, fields), ConcurrentChange)
    assert error.current_version == version + 1


def test_a_contract_with_jobs_keeps_its_client(db: Database, admin: Actor) -> None:
    contract_id, _job, _ = planned_contract(db, admin)
    other_client, _ = a_client(db, "Globex Corporation")
    fields, version = contract_fields(db, contract_id)
    refused(db, lambda: save_contract(db, admin, contract_id, version, replace(fields, client_id=other_client)))


def test_new_dates_are_previewed_then_saved_with_what_was_shown(db: Database, admin: Actor) -> None:
    contract_id, _job, job_buildings = planned_contract(db, admin)
    assert all(len(period_starts(db, job_building)) == 12 for job_building in job_buildings)
    fields, version = contract_fields(db, contract_id)
    shorter = replace(fields, end_date=date(2026, 12, 31))

    preview = preview_contract(db, admin, contract_id, version, shorter, TODAY)
    assert [building.job_building_id for building in preview.buildings] == job_buildings
    first = preview.buildings[0]
    assert (first.job_description, first.building_name) == ("Boiler maintenance", "Tour Horizon")
    removed = [change.financial_start for change in first.changes.periods if change.removed]
    assert removed == [date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    assert first.changes.site_value_after == Decimal("1350.00")
    assert contract_fields(db, contract_id) == (fields, version)  # the preview wrote nothing

    saved = save_contract(db, admin, contract_id, version, shorter, TODAY, shown=preview.shown)
    assert [result.deleted for result in saved.results] == [3, 3]
    assert all(period_starts(db, job_building)[-1] == date(2026, 12, 1) for job_building in job_buildings)
    assert contract_fields(db, contract_id)[0] == shorter
    history = load_schedule(db, job_buildings[0], TODAY)
    assert history.contract_end == date(2026, 12, 31)


def test_a_building_without_periods_yet_is_planned_when_the_contract_reaches_it(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    with db.transaction() as session:
        opening = Building(
            client_id=client_id,
            name="Tour Nouvelle",
            address_line="9 rue du Chantier",
            postcode="75013",
            city="Paris",
            country="FR",
            start_date=date(2027, 6, 1),  # opens after the contract's end
        )
        session.add(opening)
        session.flush()
        opening_id = opening.id
    contract_id = create_contract(db, admin, fields_of(client_id))
    job_id = create_job(db, admin, contract_id, JOB)
    (job_building,) = add_job_buildings(db, admin, job_id, [opening_id], TODAY)
    assert period_starts(db, job_building) == []
    fields, version = contract_fields(db, contract_id)
    renewed = replace(fields, end_date=date(2028, 3, 31))

    preview = preview_contract(db, admin, contract_id, version, renewed, TODAY)
    (shown,) = preview.buildings
    assert shown.job_building_id == job_building
    assert all(change.added for change in shown.changes.periods)
    save_contract(db, admin, contract_id, version, renewed, TODAY, shown=preview.shown)
    starts = period_starts(db, job_building)
    assert (starts[0], starts[-1], len(starts)) == (date(2027, 6, 1), date(2028, 3, 1), 10)


def test_a_new_financial_year_start_replans_the_periods(db: Database, admin: Actor) -> None:
    contract_id, _job, job_buildings = planned_contract(db, admin)
    fields, version = contract_fields(db, contract_id)
    moved = replace(fields, fy_start_day=15)
    preview = preview_contract(db, admin, contract_id, version, moved, TODAY)
    assert len(preview.buildings) == 2
    save_contract(db, admin, contract_id, version, moved, TODAY, shown=preview.shown)
    # Without partial periods, 1-14 April is not a period of its own.
    assert period_starts(db, job_buildings[0])[:2] == [date(2026, 4, 15), date(2026, 5, 15)]


def test_a_change_that_moves_no_period_previews_nothing(db: Database, admin: Actor) -> None:
    contract_id, _job, job_buildings = planned_contract(db, admin)
    fields, version = contract_fields(db, contract_id)
    renamed = replace(fields, reference="CT-0009", currency="CHF")
    assert preview_contract(db, admin, contract_id, version, renamed, TODAY).buildings == ()
    assert save_contract(db, admin, contract_id, version, renamed, TODAY, shown={}).results == ()
    assert contract_fields(db, contract_id) == (renamed, version + 1)


def test_a_replan_that_changed_since_the_preview_is_refused(db: Database, admin: Actor) -> None:
    contract_id, _job, job_buildings = planned_contract(db, admin)
    fields, version = contract_fields(db, contract_id)
    shorter = replace(fields, end_date=date(2026, 12, 31))
    preview = preview_contract(db, admin, contract_id, version, shorter, TODAY)
    close_building(db, job_buildings[0], date(2026, 7, 1), date(2026, 7, 31))  # meanwhile
    refused(
        db,
        lambda: save_contract(db, admin, contract_id, version, shorter, TODAY, shown=preview.shown),
        ScheduleChangedSinceShown,
    )
    tampered = {**preview.shown, job_buildings[1]: "0" * 32}
    refused(db, lambda: save_contract(db, admin, contract_id, version, shorter, TODAY, tampered))
    fewer = {job_buildings[1]: preview.shown[job_buildings[1]]}
    refused(db, lambda: save_contract(db, admin, contract_id, version, shorter, TODAY, fewer))
    # Without a preview (a script), the save re-plans whatever the plan is.
    saved = save_contract(db, admin, contract_id, version, shorter, TODAY)
    assert len(saved.results) == 2


def test_shortening_cancels_the_orders_of_periods_that_go(db: Database, admin: Actor) -> None:
    contract_id, _job, job_buildings = planned_contract(db, admin)
    generate_due_ppms(db, None, date(2026, 7, 17), today=TODAY)
    fields, version = contract_fields(db, contract_id)
    shorter = replace(fields, end_date=date(2026, 5, 31))
    preview = preview_contract(db, admin, contract_id, version, shorter, TODAY)
    saved = save_contract(db, admin, contract_id, version, shorter, TODAY, shown=preview.shown)
    with db.reading() as session:
        cancelled = session.scalars(
            select(WorkOrder.number).where(WorkOrder.status == Status.CANCELLED).order_by(WorkOrder.number)
        ).all()
    # The July visits (generated on 2026-06-17) of both buildings leave with their periods.
    assert saved.cancelled_orders == tuple(cancelled) and len(cancelled) == 2


def test_an_archived_contract_is_listed_on_request_never_generated_and_not_edited(db: Database, admin: Actor) -> None:
    contract_id, _job, _ = planned_contract(db, admin)
    fields, version = contract_fields(db, contract_id)
    archive_contract(db, admin, contract_id, version)
    assert list_contracts(db) == []
    (row,) = list_contracts(db, include_archived=True)
    assert not row.active and contract_ppm(db, contract_id).contract.active is False
    assert preview_generation(db, date(2026, 4, 17), today=TODAY).orders == 0
    assert generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY).created == 0
    archived = version + 1
    refused(db, lambda: save_contract(db, admin, contract_id, archived, replace(fields, currency="GBP")))
    refused(db, lambda: create_job(db, admin, contract_id, JOB), ValidationError)
    refused(db, lambda: archive_contract(db, admin, contract_id, version), ConcurrentChange)

    restore_contract(db, admin, contract_id, archived)
    assert generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY).created == 4
    with db.reading() as session:
        actions = session.scalars(
            select(ChangeEntry.action).where(ChangeEntry.record == "contract").order_by(ChangeEntry.id)
        ).all()
    assert actions == ["created", "archived", "restored"]


def test_a_contract_of_an_archived_client_is_restored_after_it(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    archive_contract(db, admin, contract_id, 1)
    with db.reading() as session:
        client_version = session.scalar(select(Client.version).where(Client.id == client_id))
        assert client_version is not None
    set_client_active(db, admin, client_id, client_version, False)
    refused(db, lambda: restore_contract(db, admin, contract_id, 2), ValidationError)


def test_edits_are_logged_field_by_field(db: Database, admin: Actor) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    fields, version = contract_fields(db, contract_id)
    save_contract(db, admin, contract_id, version, replace(fields, currency="gbp", manual_generation=True))
    with db.reading() as session:
        changed = session.execute(
            select(ChangeEntry.field, ChangeEntry.old_value, ChangeEntry.new_value)
            .where(ChangeEntry.action == "changed")
            .order_by(ChangeEntry.field)
        ).all()
        count = session.scalar(select(func.count()).select_from(ChangeEntry))
    assert [tuple(row) for row in changed] == [("currency", "EUR", "GBP"), ("manual_generation", "false", "true")]
    assert count == 3
