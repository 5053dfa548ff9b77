"""The Edit notifications dialog: the client's contacts to check, OK only on a change, refusals keep it open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Client, Contact, OutboxEmail, WorkOrder
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.notifications import notification_choices
from desktop.services.users import local_administrator
from desktop.services.workorder_detail import get_detail
from desktop.ui.workorder.notifications_dialog import NotificationsDialog
from tests.factories import client_with_building, reactive_orders
from tests.ui.modal import answer_reload_offers


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


@pytest.fixture
def number(sqlite_db: Database, admin: Actor) -> int:
    [number] = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 1)
    with sqlite_db.transaction() as session:
        client_id = session.scalar(select(WorkOrder.client_id).where(WorkOrder.number == number))
        session.add_all(
            Contact(client_id=client_id, name=name, email=email)
            for name, email in (
                ("Claire Petit", "claire.petit@example.com"),
                ("Bruno Leroy", "bruno.leroy@example.com"),
                ("Front desk", None),
            )
        )
    return number


def dialog_for(qtbot: QtBot, db: Database, actor: Actor, number: int) -> NotificationsDialog:
    dialog = NotificationsDialog(db, actor, number, get_detail(db, actor, number).version)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def lines(dialog: NotificationsDialog) -> list[tuple[str, bool, bool]]:
    """Each contact's text, whether it is checked, whether it can be changed."""
    found = []
    for row in range(dialog.contacts.count()):
        item = dialog.contacts.item(row)
        enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        found.append((item.text(), item.checkState() == Qt.CheckState.Checked, enabled))
    return found


def check(dialog: NotificationsDialog, name: str, checked: bool = True) -> None:
    for row in range(dialog.contacts.count()):
        item = dialog.contacts.item(row)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(name)


def test_choosing_the_notified_contacts(qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int) -> None:
    dialog = dialog_for(qtbot, sqlite_db, admin, number)
    assert dialog.windowTitle() == f"Edit notifications: work order {number}"
    assert "each contact you add receives an email" in dialog.intro.text()
    assert lines(dialog) == [
        ("Bruno Leroy <bruno.leroy@example.com>", False, True),
        ("Claire Petit <claire.petit@example.com>", False, True),
        ("Front desk (no email address)", False, False),
    ]
    assert dialog.contacts.item(2).toolTip() == "This contact has no email address, so they cannot be notified."
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Check or uncheck contacts to change who is notified."

    check(dialog, "Claire Petit")
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    check(dialog, "Claire Petit", False)
    assert not dialog.ok_button.isEnabled()  # back to what is saved: nothing to do
    check(dialog, "Claire Petit")
    old_version = dialog.version
    dialog.ok_button.click()
    assert dialog.result() == NotificationsDialog.DialogCode.Accepted
    assert dialog.new_version == old_version + 1
    assert [c.name for c in notification_choices(sqlite_db, number) if c.chosen] == ["Claire Petit"]
    assert get_detail(sqlite_db, admin, number).notified == ("Claire Petit",)
    with sqlite_db.reading() as session:
        assert list(session.scalars(select(OutboxEmail.to_address))) == ["claire.petit@example.com"]

    # Opened again: Claire is checked; unchecking her is the change.
    again = dialog_for(qtbot, sqlite_db, admin, number)
    assert lines(again)[1] == ("Claire Petit <claire.petit@example.com>", True, True)
    check(again, "Claire Petit", False)
    again.ok_button.click()
    assert again.result() == NotificationsDialog.DialogCode.Accepted
    assert get_detail(sqlite_db, admin, number).notified == ()


def test_a_refusal_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int
) -> None:
    dialog = dialog_for(qtbot, sqlite_db, admin, number)
    check(dialog, "Bruno Leroy")
    # Meanwhile Bruno moved to another client.
    with sqlite_db.transaction() as session:
        other = Client(name="Other Client", reference="OTH-1")
        session.add(other)
        session.flush()
        bruno = session.scalar(select(Contact).where(Contact.name == "Bruno Leroy"))
        assert bruno is not None
        bruno.client_id = other.id
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.new_version is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Bruno Leroy is not a contact of Acme Facilities, the work order's client."
    with sqlite_db.reading() as session:
        assert list(session.scalars(select(OutboxEmail))) == []
    dialog.reject()


def test_a_change_by_someone_else_offers_to_reload(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, sqlite_db, admin, number)
    workorder_actions.add_comment(sqlite_db, admin, number, dialog.version, "Called the tenant")
    check(dialog, "Claire Petit")
    shown = answer_reload_offers(monkeypatch, False, True)
    dialog.ok_button.click()
    assert dialog.isVisible() and not dialog.reload_requested  # Cancel: stays open
    assert "was changed by Administrator" in shown[0]
    dialog.ok_button.click()
    assert dialog.reload_requested and not dialog.isVisible()
    assert dialog.new_version is None


def test_an_order_that_no_longer_exists(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    dialog = NotificationsDialog(sqlite_db, admin, 424242, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and dialog.error.text() == "Work order 424242 does not exist."
    assert not dialog.ok_button.isEnabled() and dialog.contacts.count() == 0


def test_a_client_without_contacts(qtbot: QtBot, sqlite_db: Database, admin: Actor) -> None:
    [number] = reactive_orders(sqlite_db, admin, client_with_building(sqlite_db, "Lonely Client"), 1)
    dialog = dialog_for(qtbot, sqlite_db, admin, number)
    assert dialog.hint.text() == "The client of this work order has no contacts to notify."
    assert not dialog.ok_button.isEnabled()


def test_an_archived_contact_is_listed_only_while_notified_and_marked(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, number: int
) -> None:
    dialog = dialog_for(qtbot, sqlite_db, admin, number)
    check(dialog, "Claire Petit")
    dialog.ok_button.click()
    with sqlite_db.transaction() as session:
        for contact in session.scalars(select(Contact).where(Contact.name.in_(["Claire Petit", "Bruno Leroy"]))):
            contact.active = False
    again = dialog_for(qtbot, sqlite_db, admin, number)
    assert lines(again) == [("Claire Petit (archived)", True, True), ("Front desk (no email address)", False, False)]
    assert again.contacts.item(0).toolTip() == "This contact is archived and receives nothing: uncheck them."
    check(again, "Claire Petit", False)
    again.ok_button.click()
    assert get_detail(sqlite_db, admin, number).notified == ()
    assert [c.name for c in notification_choices(sqlite_db, number)] == ["Front desk"]
