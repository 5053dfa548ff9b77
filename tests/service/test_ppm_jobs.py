"""PPM jobs and the buildings in them: created, edited with the re-plan of their periods, buildings added with
the job's defaults, their details edited, removed with or without generated orders; on SQLite and PostgreSQL,
every refusal writing nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Building, ChangeEntry, FinancialPeriod, JobBuilding, ScheduleHistoryEntry, WorkOrder
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.history import Reason
from desktop.domain.ppm.schedule import ReplicatedField, ScheduleChange
from desktop.domain.workorders import Status
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.buildings import BuildingFields, get_building, save_building, set_building_active
from desktop.services.contract_editing import archive_contract, contract_fields, create_contract
from desktop.services.contracts import contract_ppm
from desktop.services.ppm import job_buildings as job_buildings_module
from desktop.services.ppm import jobs as jobs_module
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.history import history_of
from desktop.services.ppm.job_buildings import (
    JobBuildingFields,
    add_job_buildings,
    addable_buildings,
    job_building_fields,
    removal_needs_date,
    remove_job_building,
    save_job_building,
)
from desktop.services.ppm.jobs import create_job, job_fields, save_job
from desktop.services.ppm.loading import load_schedule
from desktop.services.ppm.replication import replicate
from desktop.services.ppm.saving import save_schedules
from desktop.services.users import create_user
from desktop.services.workorder_detail import get_detail
from tests.bad_input_world import refused
from tests.factories import actor_for
from tests.service.test_contract_editing import JOB, TODAY, a_client, fields_of


def planned(db: Database, admin: Actor) -> tuple[int, list[int], list[int]]:
    """A job of two buildings with their periods stored; (job, job buildings, buildings)."""
    client_id, buildings = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    job_id = create_job(db, admin, contract_id, JOB)
    return job_id, add_job_buildings(db, admin, job_id, buildings, TODAY), buildings


def periods(db: Database, job_building_id: int) -> list[FinancialPeriod]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(FinancialPeriod)
                .where(FinancialPeriod.job_building_id == job_building_id)
                .order_by(FinancialPeriod.financial_start)
            )
        )


def orders_of(db: Database, job_building_id: int) -> list[WorkOrder]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(WorkOrder).where(WorkOrder.job_building_id == job_building_id).order_by(WorkOrder.number)
            )
        )


def test_added_buildings_take_the_job_defaults_and_their_periods_are_stored(db: Database, admin: Actor) -> None:
    client_id, buildings = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    job_id = create_job(db, admin, contract_id, replace(JOB, default_invoice_amount=Decimal("99.5")))
    assert [building.in_job for building in addable_buildings(db, job_id)] == [False, False]
    job_buildings = add_job_buildings(db, admin, job_id, buildings, TODAY)
    assert [building.in_job for building in addable_buildings(db, job_id)] == [True, True]
    assert [building.name for building in addable_buildings(db, job_id, "zÉn")] == ["Tour Zénith"]

    (job,) = contract_ppm(db, contract_id).jobs
    assert [row.id for row in job.buildings] == job_buildings
    for row in job.buildings:
        assert (row.visit_frequency, row.invoice_frequency) == (Frequency.QUARTERLY, Frequency.MONTHLY)
        assert (row.invoice_amount, row.periods, row.end_date) == (Decimal("99.50"), 12, None)
        schedule = load_schedule(db, row.id, TODAY)
        # Stored as planned: the period editor opens on them with nothing to save.
        assert not any(period.unsaved for period in schedule.current.periods)


def test_a_building_is_added_once_and_only_an_active_one_of_the_client(db: Database, admin: Actor) -> None:
    job_id, _job_buildings, buildings = planned(db, admin)
    error = refused(db, lambda: add_job_buildings(db, admin, job_id, [buildings[1]], TODAY), ValidationError)
    assert "Tour Zénith" in str(error)
    _other_client, others = a_client(db, "Globex Corporation")
    refused(db, lambda: add_job_buildings(db, admin, job_id, [others[0]], TODAY), ValidationError)
    refused(db, lambda: add_job_buildings(db, admin, job_id, [10_000_000], TODAY), NotFound)
    with db.transaction() as session:
        client_id = session.scalar(select(Building.client_id).where(Building.id == buildings[0]))
        third = Building(
            client_id=client_id,
            name="Annexe",
            address_line="1 rue Neuve",
            postcode="75001",
            city="Paris",
            country="FR",
            start_date=date(2020, 1, 1),
        )
        session.add(third)
        session.flush()
        third_id = third.id
    set_building_active(db, admin, third_id, 1, False)
    refused(db, lambda: add_job_buildings(db, admin, job_id, [third_id], TODAY), ValidationError)
    assert [building.name for building in addable_buildings(db, job_id)] == ["Tour Horizon", "Tour Zénith"]


@pytest.mark.parametrize(
    "changes",
    [
        {"description": " "},
        {"description": "x" * 201},
        {"frequency": "quarterly"},
        {"seasonal_months": (3,)},
        {"frequency": Frequency.SEASONAL},
        {"frequency": Frequency.SEASONAL, "seasonal_months": (1, 3)},
        {"frequency": Frequency.SEASONAL, "seasonal_months": (0,)},
        {"frequency": Frequency.SEASONAL, "seasonal_months": (13,)},
        {"default_visit_frequency": Frequency.SEASONAL},
        {"lead_days": -1},
        {"lead_days": 367},
        {"lead_days": 1.5},
        {"default_invoice_amount": Decimal("-1")},
        {"default_invoice_amount": Decimal("1.005")},
        {"default_invoice_amount": Decimal("NaN")},
        {"default_invoice_amount": 1.5},
        {"certificate_based": None},
        {"exclude_dynamic_dates": 1},
        {"auto_close_days": -1},
        {"auto_close_days": 3651},
    ],
)
def test_bad_job_fields_are_refused_and_write_nothing(db: Database, admin: Actor, changes: dict[str, object]) -> None:
    client_id, _ = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    refused(db, lambda: create_job(db, admin, contract_id, replace(JOB, **changes)), ValidationError)


def test_a_seasonal_job_keeps_its_months(db: Database, admin: Actor) -> None:
    client_id, buildings = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    seasonal = replace(
        JOB, frequency=Frequency.SEASONAL, seasonal_months=(1, 12, 2), default_visit_frequency=Frequency.SEASONAL
    )
    job_id = create_job(db, admin, contract_id, seasonal)
    fields, version = job_fields(db, job_id)
    assert fields == replace(seasonal, seasonal_months=(1, 2, 12)) and version == 1
    (job_building,) = add_job_buildings(db, admin, job_id, buildings[:1], TODAY)
    visits = [period.visit_start for period in periods(db, job_building) if period.visit_start is not None]
    assert visits == [date(2026, 12, 1)]
    # Its building visits in the season: the job stays seasonal.
    quarterly = replace(
        fields, frequency=Frequency.QUARTERLY, seasonal_months=(), default_visit_frequency=JOB.frequency
    )
    error = refused(db, lambda: save_job(db, admin, job_id, version, quarterly, TODAY), ValidationError)
    assert "Boiler maintenance" in str(error)


def test_lead_days_move_the_generation_dates_of_stored_periods(db: Database, admin: Actor) -> None:
    job_id, job_buildings, _ = planned(db, admin)
    before = [period.auto_generation_date for period in periods(db, job_buildings[0])]
    fields, version = job_fields(db, job_id)
    results = save_job(db, admin, job_id, version, replace(fields, lead_days=30), TODAY)
    assert [result.job_building_id for result in results] == job_buildings
    after = [period.auto_generation_date for period in periods(db, job_buildings[0])]
    assert all(new == old - (date(2026, 1, 17) - date(2026, 1, 1)) for old, new in zip(before, after, strict=True))
    reasons = {line.reason for line in history_of(db, job_buildings[0])}
    assert reasons == {Reason.JOB_SETTINGS}
    # Only the description: nothing is re-planned.
    fields, version = job_fields(db, job_id)
    assert save_job(db, admin, job_id, version, replace(fields, description="Boilers"), TODAY) == ()
    refused(db, lambda: save_job(db, admin, job_id, version, fields, TODAY), ConcurrentChange)


def test_a_generated_job_keeps_its_frequency_months_and_certificates(db: Database, admin: Actor) -> None:
    job_id, _job_buildings, _ = planned(db, admin)
    generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    fields, version = job_fields(db, job_id)
    for changes in ({"frequency": Frequency.HALF_YEARLY}, {"certificate_based": True}):
        error = refused(db, lambda c=changes: save_job(db, admin, job_id, version, replace(fields, **c), TODAY))
        assert "Boiler maintenance" in str(error)
    kept = replace(fields, description="Boilers", auto_close_days=0, exclude_dynamic_dates=True)
    save_job(db, admin, job_id, version, kept, TODAY)
    assert job_fields(db, job_id) == (kept, version + 1)


def test_a_generation_running_meanwhile_never_leaves_a_generated_job_with_a_new_frequency(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite runs one writer at a time: the generator cannot run meanwhile")
    job_id, job_buildings, _ = planned(db, admin)
    fields, version = job_fields(db, job_id)
    generated = jobs_module._job_generated

    def generator_meanwhile(session: Session, job: int) -> bool:
        found = generated(session, job)
        generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)  # another agent's transaction
        return found

    monkeypatch.setattr(jobs_module, "_job_generated", generator_meanwhile)
    save_job(db, admin, job_id, version, replace(fields, frequency=Frequency.HALF_YEARLY), TODAY)
    assert job_fields(db, job_id)[0].frequency is Frequency.HALF_YEARLY
    # The generator left the job's periods while the job was saved: no order under the old frequency.
    assert [orders_of(db, job_building) for job_building in job_buildings] == [[], []]


def test_building_details_replan_the_building(db: Database, admin: Actor) -> None:
    job_id, job_buildings, _ = planned(db, admin)
    fields, version = job_building_fields(db, job_buildings[0])
    assert fields == JobBuildingFields(False, False, "")
    assert save_job_building(db, admin, job_buildings[0], version, fields, TODAY) is None
    result = save_job_building(
        db, admin, job_buildings[0], version, JobBuildingFields(True, True, " Ask the caretaker. "), TODAY
    )
    assert result is not None and result.version == version + 1
    assert job_building_fields(db, job_buildings[0]) == (
        JobBuildingFields(True, True, "Ask the caretaker."),
        version + 1,
    )
    refused(db, lambda: save_job_building(db, admin, job_buildings[0], version, fields, TODAY), ConcurrentChange)


def test_building_details_follow_the_rules_of_generated_buildings(db: Database, admin: Actor) -> None:
    client_id, buildings = a_client(db)
    contract_id = create_contract(db, admin, fields_of(client_id))
    job_id = create_job(db, admin, contract_id, replace(JOB, frequency=Frequency.MONTHLY))
    (job_building,) = add_job_buildings(db, admin, job_id, buildings[:1], TODAY)
    fields, version = job_building_fields(db, job_building)
    # Monthly jobs have no dynamic dates: nothing to exclude the building from.
    refused(
        db, lambda: save_job_building(db, admin, job_building, version, replace(fields, exclude_dynamic_dates=True))
    )
    generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    refused(db, lambda: save_job_building(db, admin, job_building, version, replace(fields, partial_periods=True)))
    assert save_job_building(db, admin, job_building, version, replace(fields, instructions="Key at desk"), TODAY)


def test_a_building_without_orders_leaves_the_job_entirely(db: Database, admin: Actor) -> None:
    job_id, job_buildings, _ = planned(db, admin)
    job, job_version = job_fields(db, job_id)
    save_job(db, admin, job_id, job_version, replace(job, lead_days=7), TODAY)  # some schedule history
    assert history_of(db, job_buildings[0])
    _fields, version = job_building_fields(db, job_buildings[0])
    assert not removal_needs_date(db, job_buildings[0])
    removal = remove_job_building(db, admin, job_buildings[0], version, today=TODAY)
    assert (removal.deleted, removal.end_date, removal.results) == (True, None, ())
    with db.reading() as session:
        assert session.get(JobBuilding, job_buildings[0]) is None
        left = session.scalar(
            select(func.count()).select_from(FinancialPeriod).where(FinancialPeriod.job_building_id == job_buildings[0])
        )
        history = session.scalar(
            select(func.count())
            .select_from(ScheduleHistoryEntry)
            .where(ScheduleHistoryEntry.job_building_id == job_buildings[0])
        )
        logged = session.execute(
            select(ChangeEntry.field, ChangeEntry.old_value).where(
                ChangeEntry.record == "ppm_job", ChangeEntry.field == "buildings", ChangeEntry.old_value.is_not(None)
            )
        ).all()
    assert (left, history) == (0, 0)
    assert [tuple(row) for row in logged] == [("buildings", "Tour Horizon")]
    assert [building.in_job for building in addable_buildings(db, job_id)] == [False, True]


def test_a_generation_running_meanwhile_does_not_break_the_removal_of_a_building(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generator that runs while the removal decides whether orders exist either comes first (its orders are
    seen: a date is asked for) or leaves the building's periods to the removal; never an order on a deleted row."""
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite runs one writer at a time: the generator cannot run meanwhile")
    _job_id, job_buildings, _ = planned(db, admin)
    _fields, version = job_building_fields(db, job_buildings[0])
    generated = job_buildings_module._generated

    def generator_meanwhile(session: Session, job_building_id: int) -> bool:
        found = generated(session, job_building_id)
        generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)  # another agent's transaction
        return found

    monkeypatch.setattr(job_buildings_module, "_generated", generator_meanwhile)
    removal = remove_job_building(db, admin, job_buildings[0], version, today=TODAY)
    assert removal.deleted
    assert orders_of(db, job_buildings[0]) == []
    assert orders_of(db, job_buildings[1])  # the generator did its work on the other building


def test_a_generated_building_leaves_the_job_on_a_date(db: Database, admin: Actor) -> None:
    job_id, job_buildings, _ = planned(db, admin)
    generate_due_ppms(db, None, date(2026, 7, 17), today=TODAY)
    april, may, june, july = orders_of(db, job_buildings[0])  # April and July visits, May and June invoice only
    assert (april.invoice_only, july.invoice_only) == (False, False)
    actions.start(db, admin, april.number, get_detail(db, admin, april.number).version)
    assert removal_needs_date(db, job_buildings[0])
    _fields, version = job_building_fields(db, job_buildings[0])
    remove = remove_job_building
    refused(db, lambda: remove(db, admin, job_buildings[0], version, None, TODAY), ValidationError)
    refused(db, lambda: remove(db, admin, job_buildings[0], version, date(2026, 3, 31), TODAY), ValidationError)
    refused(db, lambda: remove(db, admin, job_buildings[0], version, date(2027, 4, 1), TODAY), ValidationError)
    refused(db, lambda: remove(db, admin, job_buildings[0], version + 1, date(2026, 6, 30), TODAY), ConcurrentChange)

    removal = remove(db, admin, job_buildings[0], version, date(2026, 4, 1), TODAY)
    assert (removal.deleted, removal.end_date) == (False, date(2026, 4, 1))
    (result,) = removal.results
    # April's started visit stays open on its invalid period; July's never-started one is cancelled.
    assert result.started_invalid == (april.number,)
    assert result.cancelled_orders == (july.number,)
    statuses = {order.number: order.status for order in orders_of(db, job_buildings[0])}
    assert statuses[april.number] is Status.IN_PROGRESS and statuses[july.number] is Status.CANCELLED
    stored = periods(db, job_buildings[0])
    assert stored and not any(period.valid for period in stored)
    assert {line.reason for line in history_of(db, job_buildings[0])} == {Reason.LEFT_JOB}
    (job,) = contract_ppm(db, load_schedule(db, job_buildings[0], TODAY).contract_id).jobs
    assert job.buildings[0].end_date == date(2026, 4, 1)
    # The other building of the job is left as it was.
    assert all(period.valid for period in periods(db, job_buildings[1]))
    # Generation no longer makes orders for the building.
    generate_due_ppms(db, None, date(2026, 12, 31), today=TODAY)
    assert len(orders_of(db, job_buildings[0])) == 4


def test_a_building_that_left_the_job_is_not_added_again_and_says_so(db: Database, admin: Actor) -> None:
    job_id, job_buildings, buildings = planned(db, admin)
    generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    _fields, version = job_building_fields(db, job_buildings[0])
    remove_job_building(db, admin, job_buildings[0], version, date(2026, 9, 30), TODAY)
    error = refused(db, lambda: add_job_buildings(db, admin, job_id, [buildings[0]], TODAY), ValidationError)
    assert "left the PPM job" in str(error) and "already in" not in str(error)
    assert error.message.args["date"] == date(2026, 9, 30)
    listed = {building.name: building for building in addable_buildings(db, job_id)}
    assert listed["Tour Horizon"].in_job and listed["Tour Horizon"].left_job_on == date(2026, 9, 30)
    assert listed["Tour Zénith"].in_job and listed["Tour Zénith"].left_job_on is None


def test_a_building_that_left_the_job_cannot_leave_it_again_on_another_day(db: Database, admin: Actor) -> None:
    _job_id, job_buildings, _ = planned(db, admin)
    generate_due_ppms(db, None, date(2026, 7, 17), today=TODAY)
    _fields, version = job_building_fields(db, job_buildings[0])
    remove_job_building(db, admin, job_buildings[0], version, date(2026, 6, 30), TODAY)
    _fields, version = job_building_fields(db, job_buildings[0])
    later = date(2026, 12, 31)
    again = remove_job_building
    error = refused(db, lambda: again(db, admin, job_buildings[0], version, later, TODAY), ValidationError)
    assert error.message.args["date"] == date(2026, 6, 30)
    assert not any(period.valid for period in periods(db, job_buildings[0]) if period.financial_start.month >= 7)


def test_an_archived_contract_keeps_its_schedules_as_archived(db: Database, admin: Actor) -> None:
    """Neither the period editor, replication nor a change of the building re-plans them."""
    _job_id, job_buildings, buildings = planned(db, admin)
    schedule = load_schedule(db, job_buildings[0], TODAY)
    fields, version = contract_fields(db, schedule.contract_id)
    archive_contract(db, admin, schedule.contract_id, version)
    change = ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
    refused(db, lambda: save_schedules(db, admin, [change], TODAY), ValidationError)
    copied = [ReplicatedField.VISIT_FREQUENCY]
    targets = [job_buildings[1]]
    refused(db, lambda: replicate(db, admin, job_buildings[0], targets, copied, today=TODAY), ValidationError)
    before = [(period.id, period.version, period.valid) for period in periods(db, job_buildings[0])]
    record = get_building(db, buildings[0])
    kept = {name: getattr(record, name) for name in BuildingFields.__dataclass_fields__}
    save_building(
        db, admin, record.id, record.version, BuildingFields(**{**kept, "end_date": date(2026, 6, 30)}), today=TODAY
    )
    assert [(period.id, period.version, period.valid) for period in periods(db, job_buildings[0])] == before


def test_leaving_mid_year_keeps_the_periods_before_the_date(db: Database, admin: Actor) -> None:
    _job_id, job_buildings, _ = planned(db, admin)
    generate_due_ppms(db, None, date(2026, 4, 17), today=TODAY)
    _fields, version = job_building_fields(db, job_buildings[1])
    removal = remove_job_building(db, admin, job_buildings[1], version, date(2026, 9, 30), TODAY)
    (result,) = removal.results
    assert result.cancelled_orders == () and result.deleted == 6
    assert [period.financial_start.month for period in periods(db, job_buildings[1])] == [4, 5, 6, 7, 8, 9]


def test_job_writes_need_edit_contract_and_an_active_contract(db: Database, admin: Actor) -> None:
    job_id, job_buildings, buildings = planned(db, admin)
    agent = actor_for(
        db, create_user(db, admin, login="alice", display_name="Alice Martin", password="alice-pass-1", roles=["agent"])
    )
    fields, version = job_fields(db, job_id)
    building_fields, building_version = job_building_fields(db, job_buildings[0])
    refused(db, lambda: save_job(db, agent, job_id, version, fields, TODAY), PermissionDenied)
    refused(
        db, lambda: save_job_building(db, agent, job_buildings[0], building_version, building_fields), PermissionDenied
    )
    refused(db, lambda: remove_job_building(db, agent, job_buildings[0], building_version), PermissionDenied)
    contract_id = load_schedule(db, job_buildings[0], TODAY).contract_id
    archive_contract(db, admin, contract_id, contract_fields(db, contract_id)[1])
    refused(db, lambda: save_job(db, admin, job_id, version, replace(fields, lead_days=3), TODAY), ValidationError)
    changed = replace(building_fields, instructions="x")
    refused(db, lambda: save_job_building(db, admin, job_buildings[0], building_version, changed), ValidationError)
    refused(db, lambda: remove_job_building(db, admin, job_buildings[0], building_version), ValidationError)
    refused(db, lambda: add_job_buildings(db, admin, job_id, buildings, TODAY), ValidationError)
