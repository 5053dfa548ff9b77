from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import aliased

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.db.models import (
    ActivityEntry,
    Building,
    Client,
    Contact,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    User,
    WorkOrder,
)
from desktop.demo import DEMO_LOGIN, DemoSummary, load_demo
from desktop.demo.orders import FIRST_NUMBER
from desktop.demo.texts import ENGLISH, FRENCH
from desktop.domain.errors import ValidationError
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Impact, Kind, Priority, Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.workorders import NewWorkOrder, create_work_order

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
STARTED = {Status.IN_PROGRESS, Status.AWAITING_VERIFICATION, Status.COMPLETED, Status.CLOSED}
DONE = {Status.COMPLETED, Status.CLOSED}
RETURNS_TO_PREVIOUS = {Status.ON_HOLD, Status.CANCELLED, Status.REJECTED, Status.NOT_DONE}


@pytest.fixture
def demo(db: Database, admin: Actor) -> DemoSummary:
    return load_demo(db, "en", now=NOW)


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def fresh_sqlite(path: Path) -> Database:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return Database(engine)


def test_the_demo_has_every_type_status_and_priority(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        types = Counter(session.scalars(select(WorkOrder.type)))
        statuses = Counter(session.scalars(select(WorkOrder.status)))
        priorities = Counter(session.scalars(select(WorkOrder.priority)))
    assert set(types) == set(WorkOrderType)
    assert set(statuses) == set(Status)
    assert set(priorities) == {int(priority) for priority in Priority}
    assert 450 <= demo.work_orders <= 550
    assert demo.work_orders == count(db, WorkOrder)
    assert demo.activity_entries == count(db, ActivityEntry)
    assert (demo.clients, demo.contracts) == (6, 3)
    assert 20 <= demo.buildings <= 30
    assert demo.periods == count(db, FinancialPeriod)


def test_every_order_is_at_a_building_of_its_client(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        wrong_building = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Building, WorkOrder.building_id == Building.id)
            .where(Building.client_id != WorkOrder.client_id)
        )
        wrong_contact = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Contact, WorkOrder.contact_id == Contact.id)
            .where(Contact.client_id != WorkOrder.client_id)
        )
        wrong_contract = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Contract, WorkOrder.contract_id == Contract.id)
            .where(Contract.client_id != WorkOrder.client_id)
        )
    assert (wrong_building, wrong_contact, wrong_contract) == (0, 0, 0)


def test_ppm_orders_point_at_a_period_of_their_job_building(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        rows = session.execute(
            select(WorkOrder, FinancialPeriod, JobBuilding, PpmJob)
            .join(FinancialPeriod, WorkOrder.financial_period_id == FinancialPeriod.id)
            .join(JobBuilding, WorkOrder.job_building_id == JobBuilding.id)
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
        ).all()
        ppm_orders = session.scalar(select(func.count()).where(WorkOrder.type == WorkOrderType.PPM))
    assert rows and len(rows) == ppm_orders
    for order, period, job_building, job in rows:
        assert order.type is WorkOrderType.PPM
        assert period.job_building_id == order.job_building_id
        assert period.financial_end == order.financial_end_date
        assert job_building.building_id == order.building_id
        assert job.contract_id == order.contract_id
        assert period.auto_generation_date is not None and period.auto_generation_date <= NOW.date()
    assert len({(order.job_building_id, order.financial_period_id) for order, *_ in rows}) == len(rows)


def test_contracts_cover_buildings_of_their_own_client(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        contracts = session.scalars(select(Contract)).all()
        strangers = session.scalar(
            select(func.count())
            .select_from(JobBuilding)
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, PpmJob.contract_id == Contract.id)
            .join(Building, JobBuilding.building_id == Building.id)
            .where(Building.client_id != Contract.client_id)
        )
        countries = {contract.id: contract.client.buildings[0].country for contract in contracts}
        jobs_per_contract = Counter(session.scalars(select(PpmJob.contract_id)))
        periods_outside_term = session.scalar(
            select(func.count())
            .select_from(FinancialPeriod)
            .join(JobBuilding, FinancialPeriod.job_building_id == JobBuilding.id)
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, PpmJob.contract_id == Contract.id)
            .where(
                (FinancialPeriod.financial_start < Contract.start_date)
                | (FinancialPeriod.financial_end > Contract.end_date)
                | (FinancialPeriod.visit_start < FinancialPeriod.financial_start)
                | (FinancialPeriod.visit_end > FinancialPeriod.financial_end)
            )
        )
    assert strangers == 0
    assert periods_outside_term == 0
    assert all(1 <= jobs_per_contract[contract.id] <= 3 for contract in contracts)
    assert {contract.currency for contract in contracts if countries[contract.id] == "GB"} == {"GBP"}
    assert {contract.currency for contract in contracts if countries[contract.id] != "GB"} == {"EUR"}


def test_dates_follow_the_status(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        orders = session.scalars(select(WorkOrder)).all()
    for order in orders:
        assert order.created_at.tzinfo is not None and order.created_at <= NOW
        if order.status is Status.NOT_DONE:
            # Closed by auto-close from whatever open status it had, started or not.
            assert order.type is WorkOrderType.PPM and order.previous_status in OPEN_STATUSES, order.number
            if order.previous_status in (Status.IN_PROGRESS, Status.AWAITING_VERIFICATION):
                assert order.started_at is not None, order.number
            elif order.previous_status in (Status.NEW, Status.NEEDS_CLARIFICATION):
                assert order.started_at is None, order.number
        else:
            assert (order.started_at is not None) == (
                order.status in STARTED or order.previous_status is Status.IN_PROGRESS
            ), order.number
        assert (order.completed_at is not None) == (order.status in DONE), order.number
        assert (order.previous_status is not None) == (order.status in RETURNS_TO_PREVIOUS), order.number
        if order.started_at is not None:
            assert order.created_at <= order.started_at <= NOW
        if order.completed_at is not None:
            assert order.started_at is not None and order.started_at <= order.completed_at <= NOW
        if order.status is Status.REJECTED:
            assert order.type in (WorkOrderType.REACTIVE, WorkOrderType.QUOTE)
    overdue = [o for o in orders if o.status in OPEN_STATUSES and o.due_date and o.due_date < NOW.date()]
    assert overdue
    assert {o.assignee_id is None for o in orders} == {True, False}


def test_every_order_has_its_created_entry_and_a_history_in_order(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        created = Counter(
            session.scalars(select(ActivityEntry.work_order_id).where(ActivityEntry.kind == ActivityKind.CREATED))
        )
        orders = session.scalars(select(WorkOrder)).all()
        kinds = set(session.scalars(select(ActivityEntry.kind).distinct()))
        for order in orders:
            assert created[order.id] == 1
            entries = order.activity
            assert entries[0].kind is ActivityKind.CREATED
            assert entries[0].created_at == order.created_at
            assert [e.created_at for e in entries] == sorted(e.created_at for e in entries)
            assert entries[-1].created_at <= NOW
            status_changes = [e for e in entries if e.kind is ActivityKind.STATUS]
            if status_changes:
                assert status_changes[-1].new_value == order.status.value
            else:
                assert order.status is Status.NEW
    assert {ActivityKind.CREATED, ActivityKind.STATUS, ActivityKind.COMMENT} <= kinds


def test_agents_are_added_and_the_administrator_logs_orders_too(db: Database, admin: Actor) -> None:
    summary = load_demo(db, "en", size=200, now=NOW)
    with db.reading() as session:
        roles = {user.login: {role.name for role in user.roles} for user in session.scalars(select(User))}
        logged_by_admin = session.scalar(
            select(func.count()).where(
                ActivityEntry.user_id == admin.user_id, ActivityEntry.kind == ActivityKind.CREATED
            )
        )
    assert summary.users == 5
    assert roles[DEMO_LOGIN] == {"supervisor"}
    assert roles["admin"] == {"administrator"}
    assert sum(names == {"agent"} for names in roles.values()) == 4
    assert logged_by_admin


def test_loading_twice_is_refused_and_writes_nothing(db: Database, demo: DemoSummary) -> None:
    tables = (User, Client, Building, Contract, FinancialPeriod, WorkOrder, ActivityEntry)
    before = [count(db, table) for table in tables]
    with pytest.raises(ValidationError) as refusal:
        load_demo(db, "fr")
    assert refusal.value.message.args == {"orders": demo.work_orders, "clients": demo.clients}
    assert [count(db, table) for table in tables] == before


def test_orders_logged_after_the_demo_follow_its_numbers(db: Database, admin: Actor) -> None:
    summary = load_demo(db, "nl", size=100, now=NOW)
    with db.reading() as session:
        building_id = session.scalars(select(Building.id)).first()
    assert building_id is not None
    number = create_work_order(
        db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title="Lekkage in de kelder", building_id=building_id)
    )
    assert number == FIRST_NUMBER + summary.work_orders
    assert count(db, ActivityEntry) == summary.activity_entries + 1


def test_size_below_one_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError):
        load_demo(db, size=0)
    assert count(db, User) == 0


def test_size_makes_exactly_that_many_coherent_orders(db: Database, admin: Actor) -> None:
    summary = load_demo(db, "de", size=2000, now=NOW)
    period = aliased(FinancialPeriod)
    with db.reading() as session:
        numbers = session.scalars(select(WorkOrder.number).order_by(WorkOrder.number)).all()
        building_of_other_client = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Building, WorkOrder.building_id == Building.id)
            .where(Building.client_id != WorkOrder.client_id)
        )
        ppm = session.execute(
            select(
                WorkOrder.job_building_id, period.job_building_id, WorkOrder.financial_end_date, period.financial_end
            )
            .join(period, WorkOrder.financial_period_id == period.id)
            .where(WorkOrder.type == WorkOrderType.PPM)
        ).all()
        without_created_entry = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .where(~select(ActivityEntry.id).where(ActivityEntry.work_order_id == WorkOrder.id).exists())
        )
    assert summary.work_orders == 2000
    assert numbers == list(range(FIRST_NUMBER, FIRST_NUMBER + 2000))
    assert building_of_other_client == 0
    assert ppm and all(jb == period_jb and end == period_end for jb, period_jb, end, period_end in ppm)
    assert without_created_entry == 0
    assert summary.activity_entries == count(db, ActivityEntry) == 2000


def test_a_sized_demo_has_buildings_and_contacts_in_proportion(db: Database, admin: Actor) -> None:
    summary = load_demo(db, "en", size=5000, now=NOW)
    with db.reading() as session:
        wrong = session.execute(
            select(
                select(func.count())
                .select_from(WorkOrder)
                .join(Building, WorkOrder.building_id == Building.id)
                .where(Building.client_id != WorkOrder.client_id)
                .scalar_subquery(),
                select(func.count())
                .select_from(WorkOrder)
                .join(Contact, WorkOrder.contact_id == Contact.id)
                .where(Contact.client_id != WorkOrder.client_id)
                .scalar_subquery(),
            )
        ).one()
        buildings_used = session.scalar(select(func.count(WorkOrder.building_id.distinct())))
        contacts_used = session.scalar(select(func.count(WorkOrder.contact_id.distinct())))
        clients_with_buildings = session.scalar(select(func.count(Building.client_id.distinct())))
        mismatched_names = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Building, WorkOrder.building_id == Building.id)
            .where(Building.name != WorkOrder.building_name)
        )
    assert (summary.buildings, summary.contacts) == (100, 300)
    assert (count(db, Building), count(db, Contact)) == (100, 300)
    assert tuple(wrong) == (0, 0)
    assert mismatched_names == 0
    assert clients_with_buildings == count(db, Client)
    # The orders are spread over the new buildings and contacts, not only the plain demo's.
    assert buildings_used is not None and buildings_used > 90
    assert contacts_used is not None and contacts_used > 250


def test_stored_values_are_those_the_orm_writes(db: Database, admin: Actor) -> None:
    load_demo(db, "en", size=300, now=NOW)
    with db.reading() as session:
        orders = session.scalars(select(WorkOrder).where(WorkOrder.completed_at.is_not(None)).limit(20)).all()
        assert orders
        for order in orders:
            # The comparison binds each value through its column type: equal only if stored alike.
            found = session.scalar(
                select(WorkOrder.number).where(
                    WorkOrder.created_at == order.created_at,
                    WorkOrder.started_at == order.started_at,
                    WorkOrder.completed_at == order.completed_at,
                    WorkOrder.due_date == order.due_date,
                    WorkOrder.balance == order.balance,
                    WorkOrder.status == order.status,
                    WorkOrder.ppm_cancel_final.is_(False),
                )
            )
            assert found == order.number
            assert order.completed_at is not None and order.completed_at.tzinfo is not None
        if db.engine.dialect.name == "sqlite":
            formats = session.execute(
                text("SELECT DISTINCT typeof(created_at), length(created_at), typeof(due_date) FROM work_order")
            ).all()
            assert formats == [("text", 26, "text")]


def test_the_language_changes_the_texts_not_the_data(tmp_path: Path) -> None:
    english, french = fresh_sqlite(tmp_path / "en.sqlite"), fresh_sqlite(tmp_path / "fr.sqlite")
    try:
        load_demo(english, "en", now=NOW)
        load_demo(french, "fr", now=NOW)
        query = select(WorkOrder.number, WorkOrder.status, WorkOrder.title).order_by(WorkOrder.number)
        with english.reading() as session:
            english_orders = session.execute(query).all()
            english_clients = set(session.scalars(select(Client.name)))
        with french.reading() as session:
            french_orders = session.execute(query).all()
            french_clients = set(session.scalars(select(Client.name)))
    finally:
        english.dispose()
        french.dispose()
    assert [row[:2] for row in english_orders] == [row[:2] for row in french_orders]
    assert all(en.title != fr.title for en, fr in zip(english_orders, french_orders, strict=True))
    french_titles = {text.title for texts in FRENCH.orders.values() for text in texts}
    assert french_titles & {row.title for row in french_orders}
    assert english_clients == set(ENGLISH.client_names.values())
    assert french_clients == set(FRENCH.client_names.values())


def test_an_unknown_language_falls_back_to_english(sqlite_db: Database) -> None:
    load_demo(sqlite_db, "es-MX", size=50, now=NOW)
    with sqlite_db.reading() as session:
        names = set(session.scalars(select(Client.name)))
        languages = set(session.scalars(select(User.language)))
    assert names == set(ENGLISH.client_names.values())
    assert languages == {"en"}


def test_the_list_copies_of_names_match_their_rows(db: Database, demo: DemoSummary) -> None:
    from desktop.db.models import Client, User

    with db.reading() as session:
        mismatched = session.scalar(
            select(func.count())
            .select_from(WorkOrder)
            .join(Building, WorkOrder.building_id == Building.id)
            .join(Client, WorkOrder.client_id == Client.id)
            .outerjoin(User, WorkOrder.assignee_id == User.id)
            .where(
                (WorkOrder.building_name != Building.name)
                | (WorkOrder.client_name != Client.name)
                | (func.coalesce(WorkOrder.assignee_name, "") != func.coalesce(User.display_name, ""))
            )
        )
        assigned = session.scalar(select(func.count()).where(WorkOrder.assignee_name.is_not(None)))
    assert mismatched == 0
    assert assigned


@pytest.mark.parametrize("size", [0, -3, 10_000_001, 2**63])
def test_a_demo_size_out_of_bounds_is_refused_and_writes_nothing(db: Database, size: int) -> None:
    with pytest.raises(ValidationError):
        load_demo(db, "en", size=size)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(WorkOrder)) == 0
        assert session.scalar(select(func.count()).select_from(Client)) == 0


def test_demo_orders_carry_an_impact_and_a_kind_of_the_scales(db: Database, demo: DemoSummary) -> None:
    with db.reading() as session:
        impacts = set(session.scalars(select(WorkOrder.impact).distinct()))
        kinds = set(session.scalars(select(WorkOrder.kind).distinct()))
    assert impacts <= {impact.value for impact in Impact} and len(impacts) == 4
    assert kinds == {Kind.INCIDENT, Kind.PROBLEM, Kind.REQUEST}
