"""Edit notifications and the emails to notified contacts, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Building,
    Client,
    Contact,
    OutboxEmail,
    WorkOrder,
    WorkOrderNotification,
)
from desktop.domain.errors import BureauError, ConcurrentChange, NotFound, ValidationError
from desktop.domain.workorders import ActivityKind, Status
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.notifications import NotificationChoice, edit_notifications, notification_choices
from desktop.services.outbox import SendReport, send_due
from desktop.services.users import create_user
from tests.factories import ContactSpec, actor_for, client_with_building, ppm_order, reactive_orders
from tests.smtp import loopback_smtp


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    user_id = create_user(
        db, admin, login="alice", display_name="Alice Martin", password="alice-password-1", roles=["agent"]
    )
    return actor_for(db, user_id)


@pytest.fixture
def building(db: Database) -> int:
    return client_with_building(db)


@pytest.fixture
def contacts(db: Database, building: int) -> dict[str, int]:
    """The contacts of the order's client, and one of another client, by name."""
    other_building = client_with_building(db, "Other Client", "Other Tower")
    people = {
        "Claire Petit": (building, "claire.petit@example.com"),
        "Bruno Leroy": (building, "  bruno.leroy@example.com "),
        "Anna Schmidt": (building, "anna.schmidt@example.com"),
        "No Mail": (building, None),
        "Blank Mail": (building, "  "),
        "Stranger": (other_building, "stranger@example.com"),
    }
    with db.transaction() as session:
        rows = {}
        for name, (building_id, email) in people.items():
            site = session.get(Building, building_id)
            assert site is not None
            rows[name] = Contact(client_id=site.client_id, name=name, email=email)
        session.add_all(rows.values())
        session.flush()
        return {name: contact.id for name, contact in rows.items()}


@pytest.fixture
def reactive(db: Database, admin: Actor, building: int) -> int:
    [number] = reactive_orders(db, admin, building, 1)
    return number


def version(db: Database, number: int) -> int:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order.version


def entries(db: Database, number: int) -> list[tuple[ActivityKind, str | None, str | None, str | None, str | None]]:
    with db.reading() as session:
        rows = session.scalars(
            select(ActivityEntry)
            .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.number == number, ActivityEntry.kind != ActivityKind.CREATED)
            .order_by(ActivityEntry.id)
        )
        return [(e.kind, e.field, e.old_value, e.new_value, e.text) for e in rows]


def notified(db: Database, number: int) -> list[str]:
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(Contact.name)
                .join(WorkOrderNotification, WorkOrderNotification.contact_id == Contact.id)
                .join(WorkOrder, WorkOrder.id == WorkOrderNotification.work_order_id)
                .where(WorkOrder.number == number)
            )
        )


def emails(db: Database) -> list[OutboxEmail]:
    with db.reading() as session:
        return list(session.scalars(select(OutboxEmail).order_by(OutboxEmail.id)))


def snapshot(db: Database) -> tuple[Any, ...]:
    with db.reading() as session:
        orders = session.execute(select(WorkOrder.__table__).order_by(WorkOrder.number)).all()
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (ActivityEntry, OutboxEmail, WorkOrderNotification)
        )
        return tuple(orders), counts


def refused_without_a_write(db: Database, call: Callable[[], object], error: type[BureauError]) -> BureauError:
    before = snapshot(db)
    with pytest.raises(error) as refused:
        call()
    assert snapshot(db) == before
    return refused.value


# --- choices and edits -----------------------------------------------------------------------------------------


def test_the_choices_are_the_contacts_of_the_orders_client(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    assert notification_choices(db, reactive) == [
        NotificationChoice(contacts["Anna Schmidt"], "Anna Schmidt", "anna.schmidt@example.com", False),
        NotificationChoice(contacts["Blank Mail"], "Blank Mail", None, False),
        NotificationChoice(contacts["Bruno Leroy"], "Bruno Leroy", "bruno.leroy@example.com", False),
        NotificationChoice(contacts["Claire Petit"], "Claire Petit", "claire.petit@example.com", False),
        NotificationChoice(contacts["No Mail"], "No Mail", None, False),
    ]
    edit_notifications(db, agent, reactive, version(db, reactive), [contacts["Claire Petit"]])
    assert [c.name for c in notification_choices(db, reactive) if c.chosen] == ["Claire Petit"]
    with pytest.raises(NotFound):
        notification_choices(db, 424242)


def test_editing_notifications_logs_one_entry_and_welcomes_the_new_contacts(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    v = version(db, reactive)
    v2 = edit_notifications(db, agent, reactive, v, [contacts["Claire Petit"], contacts["Bruno Leroy"]])
    assert v2 == v + 1 == version(db, reactive)
    assert notified(db, reactive) == ["Bruno Leroy", "Claire Petit"]
    assert entries(db, reactive) == [(ActivityKind.FIELD, "notifications", None, "Bruno Leroy, Claire Petit", None)]
    welcome = emails(db)
    assert sorted(e.to_address for e in welcome) == ["bruno.leroy@example.com", "claire.petit@example.com"]
    for email in welcome:
        assert email.subject == f"You will be notified about work order {reactive}: Leak number 0"
        assert email.sent_at is None and email.attempts == 0
        for part in (str(reactive), "Leak number 0", "Tour Horizon", "Alice Martin", "Current status: New"):
            assert part in email.body
    assert welcome[0].body.startswith("Hello,\n") and welcome[0].body == welcome[1].body  # one text per language

    # Bruno out, Anna in: only Anna is told.
    v3 = edit_notifications(db, agent, reactive, v2, [contacts["Claire Petit"], contacts["Anna Schmidt"]])
    assert v3 == v2 + 1
    assert notified(db, reactive) == ["Anna Schmidt", "Claire Petit"]
    assert entries(db, reactive)[-1] == (
        ActivityKind.FIELD,
        "notifications",
        "Bruno Leroy, Claire Petit",
        "Anna Schmidt, Claire Petit",
        None,
    )
    assert [e.to_address for e in emails(db)][2:] == ["anna.schmidt@example.com"]

    # The same set again: nothing to write.
    before = snapshot(db)
    assert edit_notifications(db, agent, reactive, v3, [contacts["Anna Schmidt"], contacts["Claire Petit"]]) == v3
    assert snapshot(db) == before

    # Nobody any more: logged, no email.
    edit_notifications(db, agent, reactive, v3, [])
    assert notified(db, reactive) == []
    assert entries(db, reactive)[-1] == (ActivityKind.FIELD, "notifications", "Anna Schmidt, Claire Petit", None, None)
    assert len(emails(db)) == 3


def test_refusals_write_nothing(db: Database, agent: Actor, reactive: int, contacts: dict[str, int]) -> None:
    v = version(db, reactive)
    claire = contacts["Claire Petit"]
    refused = refused_without_a_write(
        db, lambda: edit_notifications(db, agent, reactive, v, [claire, contacts["Stranger"]]), ValidationError
    )
    assert str(refused) == "Stranger is not a contact of Acme Facilities, the work order's client."
    for name in ("No Mail", "Blank Mail"):
        refused = refused_without_a_write(
            db, lambda n=name: edit_notifications(db, agent, reactive, v, [claire, contacts[n]]), ValidationError
        )
        assert str(refused) == f"{name} has no email address and cannot be notified."
    refused_without_a_write(db, lambda: edit_notifications(db, agent, reactive, v, [claire, 999_999]), NotFound)
    refused_without_a_write(db, lambda: edit_notifications(db, agent, 424242, v, [claire]), NotFound)
    actions.add_comment(db, agent, reactive, v, "Called the tenant")
    refused = refused_without_a_write(
        db, lambda: edit_notifications(db, agent, reactive, v, [claire]), ConcurrentChange
    )
    assert "Alice Martin" in str(refused)


def test_a_notified_contact_who_lost_their_address_can_stay_or_go(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    claire, anna = contacts["Claire Petit"], contacts["Anna Schmidt"]
    v = edit_notifications(db, agent, reactive, version(db, reactive), [claire])
    with db.transaction() as session:
        contact = session.get(Contact, claire)
        assert contact is not None
        contact.email = None
    v = edit_notifications(db, agent, reactive, v, [claire, anna])
    assert notified(db, reactive) == ["Anna Schmidt", "Claire Petit"]
    actions.start(db, agent, reactive, v)
    assert [e.to_address for e in emails(db)][-1:] == ["anna.schmidt@example.com"]
    edit_notifications(db, agent, reactive, version(db, reactive), [anna])
    assert notified(db, reactive) == ["Anna Schmidt"]


# --- status changes ------------------------------------------------------------------------------------------------


def test_a_status_change_emails_the_notified_contacts(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    v = edit_notifications(
        db, agent, reactive, version(db, reactive), [contacts["Claire Petit"], contacts["Bruno Leroy"]]
    )
    welcomes = len(emails(db))
    v = actions.start(db, agent, reactive, v)
    started = emails(db)[welcomes:]
    subject = f"Work order {reactive} is now In progress: Leak number 0"
    assert sorted(e.to_address for e in started) == ["bruno.leroy@example.com", "claire.petit@example.com"]
    with db.reading() as session:
        order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.number == reactive))
    for email in started:
        assert email.subject == subject and email.work_order_id == order_id
        for part in ("changed from New to In progress", "Tour Horizon", "Changed by: Alice Martin"):
            assert part in email.body
    assert entries(db, reactive)[-1] == (
        ActivityKind.EMAIL,
        None,
        None,
        "bruno.leroy@example.com, claire.petit@example.com",
        subject,
    )
    # An edit that is not a status change emails nobody.
    count = len(emails(db))
    v = actions.add_comment(db, agent, reactive, v, "Parts ordered")
    actions.assign(db, agent, reactive, v, agent.user_id)
    assert len(emails(db)) == count


def test_a_ppm_cancel_emails_both_the_ppm_contacts_and_the_notified_ones(
    db: Database, admin: Actor, building: int
) -> None:
    number = ppm_order(db, building, [ContactSpec("Paul Ppm", "paul.ppm@example.com", True)])
    with db.reading() as session:
        paul = session.scalar(select(Contact.id).where(Contact.name == "Paul Ppm"))
        client_id = session.scalar(select(WorkOrder.client_id).where(WorkOrder.number == number))
    with db.transaction() as session:
        nina = Contact(client_id=client_id, name="Nina Notified", email="nina@example.com")
        session.add(nina)
        session.flush()
        nina_id = nina.id
    v = edit_notifications(db, admin, number, version(db, number), [nina_id])
    assert paul is not None
    actions.cancel_job(db, admin, number, v, "Site closed")
    sent = [(e.to_address, e.subject) for e in emails(db)][1:]
    assert sent == [
        ("paul.ppm@example.com", f"PPM work order {number} cancelled: Quarterly boiler service"),
        ("nina@example.com", f"Work order {number} is now Cancelled: Quarterly boiler service"),
    ]
    assert [entry[0] for entry in entries(db, number)][-4:] == [
        ActivityKind.STATUS,
        ActivityKind.COMMENT,
        ActivityKind.EMAIL,
        ActivityKind.EMAIL,
    ]


def test_the_status_email_reaches_the_smtp_server(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    v = edit_notifications(db, agent, reactive, version(db, reactive), [contacts["Claire Petit"]])
    actions.start(db, agent, reactive, v)
    with loopback_smtp() as server:
        assert send_due(db, server.config()) == SendReport(sent=2)
        received = server.received
    assert [r.rcpt_tos for r in received] == [["claire.petit@example.com"]] * 2
    assert [r.message["Subject"] for r in received] == [
        f"You will be notified about work order {reactive}: Leak number 0",
        f"Work order {reactive} is now In progress: Leak number 0",
    ]
    assert "changed from New to In progress" in received[1].message.get_content()
    assert all(e.sent_at is not None for e in emails(db))


def test_a_status_change_without_notified_contacts_queues_nothing(db: Database, agent: Actor, reactive: int) -> None:
    actions.start(db, agent, reactive, version(db, reactive))
    assert emails(db) == []
    assert Status.IN_PROGRESS.value in entries(db, reactive)[0]


# --- archived contacts and clients ------------------------------------------------------------------------------


def _set_active(db: Database, model: type, row_id: int, active: bool) -> None:
    with db.transaction() as session:
        row = session.get(model, row_id)
        assert row is not None
        row.active = active


def _client_of(db: Database, number: int) -> int:
    with db.reading() as session:
        client_id = session.scalar(select(WorkOrder.client_id).where(WorkOrder.number == number))
    assert client_id is not None
    return client_id


def test_an_archived_contact_is_not_offered_nor_accepted_and_receives_nothing(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    claire, bruno, anna = contacts["Claire Petit"], contacts["Bruno Leroy"], contacts["Anna Schmidt"]
    v = edit_notifications(db, agent, reactive, version(db, reactive), [claire, bruno])
    _set_active(db, Contact, claire, False)
    _set_active(db, Contact, anna, False)
    choices = notification_choices(db, reactive)
    assert [(c.name, c.chosen, c.archived) for c in choices] == [
        ("Blank Mail", False, False),
        ("Bruno Leroy", True, False),
        ("Claire Petit", True, True),  # still notified: listed, to be unchecked
        ("No Mail", False, False),
    ]
    error = refused_without_a_write(db, lambda: edit_notifications(db, agent, reactive, v, [anna]), ValidationError)
    assert "Anna Schmidt is an archived contact" in str(error)
    welcomes = len(emails(db))
    v = actions.start(db, agent, reactive, v)
    assert [e.to_address for e in emails(db)[welcomes:]] == ["bruno.leroy@example.com"]
    # Keeping the archived contact is allowed; removing them too.
    v = edit_notifications(db, agent, reactive, v, [claire, bruno])
    edit_notifications(db, agent, reactive, v, [bruno])
    assert notified(db, reactive) == ["Bruno Leroy"]


def test_the_contacts_of_an_archived_client_are_not_offered_nor_accepted(
    db: Database, agent: Actor, reactive: int, contacts: dict[str, int]
) -> None:
    claire, bruno = contacts["Claire Petit"], contacts["Bruno Leroy"]
    v = edit_notifications(db, agent, reactive, version(db, reactive), [claire])
    _set_active(db, Client, _client_of(db, reactive), False)
    assert [(c.name, c.archived) for c in notification_choices(db, reactive)] == [("Claire Petit", True)]
    error = refused_without_a_write(
        db, lambda: edit_notifications(db, agent, reactive, v, [claire, bruno]), ValidationError
    )
    assert "an archived client" in str(error)


def test_a_ppm_cancel_skips_archived_contacts(db: Database, admin: Actor, building: int) -> None:
    number = ppm_order(
        db,
        building,
        [ContactSpec("Paul Ppm", "paul.ppm@example.com", True), ContactSpec("Olga Old", "olga@example.com", True)],
    )
    with db.reading() as session:
        olga = session.scalar(select(Contact.id).where(Contact.name == "Olga Old"))
    assert olga is not None
    _set_active(db, Contact, olga, False)
    before = len(emails(db))
    actions.cancel_job(db, admin, number, version(db, number), "Site closed")
    assert [e.to_address for e in emails(db)[before:]] == ["paul.ppm@example.com"]
