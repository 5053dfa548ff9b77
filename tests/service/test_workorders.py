from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, WorkOrder
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services.actor import Actor
from desktop.services.users import create_user, sign_in
from desktop.services.workorders import NewWorkOrder, create_work_order, delete_work_order
from tests.factories import client_with_building, reactive_orders


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(WorkOrder)) or 0,
            session.scalar(select(func.count()).select_from(ActivityEntry)) or 0,
        )


def test_a_new_order_is_logged_in_its_activity(db: Database, admin: Actor) -> None:
    [number] = reactive_orders(db, admin, client_with_building(db), 1)
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None and order.status is Status.NEW
        [entry] = session.scalars(select(ActivityEntry).where(ActivityEntry.work_order_id == order.id))
        assert entry.kind is ActivityKind.CREATED and entry.user_id == admin.user_id
        assert entry.created_at.tzinfo is not None


def test_numbers_are_unique_and_increasing(db: Database, admin: Actor) -> None:
    numbers = reactive_orders(db, admin, client_with_building(db), 3)
    assert numbers == sorted(set(numbers))


def test_an_agent_without_the_permission_cannot_delete_and_nothing_changes(db: Database, admin: Actor) -> None:
    [number] = reactive_orders(db, admin, client_with_building(db), 1)
    create_user(db, admin, login="agent", display_name="Agent", password="agent-password", roles=["agent"])
    agent = sign_in(db, "agent", "agent-password")
    before = counts(db)
    with pytest.raises(PermissionDenied) as refused:
        delete_work_order(db, agent, number)
    assert "Delete work orders" in str(refused.value)
    assert counts(db) == before
    delete_work_order(db, admin, number)
    assert counts(db) == (0, 0)


def test_bad_input_is_refused_without_a_write(db: Database, admin: Actor) -> None:
    building = client_with_building(db)
    with pytest.raises(ValidationError):
        create_work_order(db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title="  ", building_id=building))
    with pytest.raises(ValidationError):
        create_work_order(db, admin, NewWorkOrder(type=WorkOrderType.PPM, title="Boiler", building_id=building))
    assert counts(db) == (0, 0)


def test_the_list_copies_of_names_follow_renames(db: Database, admin: Actor) -> None:
    from desktop.db.models import Building, Client, User

    building_id = client_with_building(db)
    with db.transaction() as session:
        admin_user = session.get(User, admin.user_id)
        assert admin_user is not None
        admin_name = admin_user.display_name
    number = create_work_order(
        db,
        admin,
        NewWorkOrder(type=WorkOrderType.REACTIVE, title="Leak", building_id=building_id, assignee_id=admin.user_id),
    )

    def names() -> tuple[str, str, str | None]:
        with db.reading() as session:
            order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
            assert order is not None
            return order.client_name, order.building_name, order.assignee_name

    assert names() == ("Acme Facilities", "Tour Horizon", admin_name)
    with db.transaction() as session:
        building = session.get(Building, building_id)
        assert building is not None
        building.name = "Tour Horizon B"
        client = session.get(Client, building.client_id)
        assert client is not None
        client.name = "Acme FM"
        user = session.get(User, admin.user_id)
        assert user is not None
        user.display_name = "Chef"
    assert names() == ("Acme FM", "Tour Horizon B", "Chef")
