"""Each contact hears from Bureau in their language, else the sender's; on SQLite and PostgreSQL.

The translator is a table standing in for the translation files, so that the texts checked here do not depend
on which translations have been compiled.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from babel.dates import format_date, get_timezone
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, Contact, OutboxEmail, WorkOrder
from desktop.domain.languages import LANGUAGES
from desktop.domain.transitions import Action
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.bulk_actions import bulk_transition
from desktop.services.email_language import install_translator
from desktop.services.notifications import edit_notifications
from desktop.services.order_intake import log_work_order
from desktop.services.workorders import NewWorkOrder, create_work_order
from tests.bad_input_world import FEW
from tests.bad_values import good_line
from tests.factories import ContactSpec, client_with_building, ppm_order, reactive_orders

NBSP = "\u00a0"
TEXTS = {
    "fr": {
        ("Emails", "Hello,"): "Bonjour,",
        ("Emails", "Work order {number} is now {status}: {title}"): (
            f"L’ordre de travail {{number}} est maintenant «{NBSP}{{status}}{NBSP}»{NBSP}: {{title}}"
        ),
        ("Emails", "The status of work order {number} changed from {old} to {new}."): (
            f"Le statut de l’ordre de travail {{number}} est passé de «{NBSP}{{old}}{NBSP}» à «{NBSP}{{new}}{NBSP}»."
        ),
        ("Emails", "Changed on: {date}"): f"Modifié le{NBSP}: {{date}}",
        ("Emails", "Due date: {date}"): f"Échéance{NBSP}: {{date}}",
        ("Emails", "You will be notified about work order {number}: {title}"): (
            f"Vous serez notifié des changements de l’ordre de travail {{number}}{NBSP}: {{title}}"
        ),
        ("Emails", "Current status: {status}"): f"Statut actuel{NBSP}: {{status}}",
        (
            "Emails",
            "PPM work order {number} cancelled: {title}",
        ): f"Ordre de travail PPM {{number}} annulé{NBSP}: {{title}}",
        ("Emails", "Period: {start} to {end}"): f"Période{NBSP}: du {{start}} au {{end}}",
        ("Status", "New"): "Nouveau",
        ("Status", "In progress"): "En cours",
        ("Status", "On hold"): "En attente",
        ("Status", "Cancelled"): "Annulé",
    },
    "de": {
        ("Emails", "Hello,"): "Guten Tag,",
        (
            "Emails",
            "Work order {number} is now {status}: {title}",
        ): "Arbeitsauftrag {number} ist jetzt „{status}“: {title}",
        ("Emails", "Changed on: {date}"): "Geändert am: {date}",
        ("Emails", "You will be notified about work order {number}: {title}"): (
            "Sie werden über den Arbeitsauftrag {number} benachrichtigt: {title}"
        ),
        ("Status", "New"): "Neu",
        ("Status", "In progress"): "In Bearbeitung",
    },
    "nl": {("Emails", "Hello,"): "Goedendag,", ("Status", "In progress"): "In uitvoering"},
}


class TableTranslator:
    def translate(self, language: str, context: str, text: str) -> str:
        return TEXTS.get(language, {}).get((context, text), "")


@pytest.fixture
def translated() -> Iterator[None]:
    """French, German and Dutch emails; the application's language is English."""
    install_translator(TableTranslator(), lambda: "en")
    yield


@pytest.fixture
def building(db: Database) -> int:
    return client_with_building(db)


def add_contacts(db: Database, building: int, people: dict[str, str | None]) -> dict[str, int]:
    """Contacts of the building's client by name, each with an address and the given language."""
    with db.transaction() as session:
        site = session.get(Building, building)
        assert site is not None
        rows = {
            name: Contact(
                client_id=site.client_id,
                name=name,
                email=name.lower().replace(" ", ".") + "@example.com",
                language=language,
            )
            for name, language in people.items()
        }
        session.add_all(rows.values())
        session.flush()
        return {name: contact.id for name, contact in rows.items()}


def version(db: Database, number: int) -> int:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order.version


def emails(db: Database) -> list[OutboxEmail]:
    with db.reading() as session:
        return list(session.scalars(select(OutboxEmail).order_by(OutboxEmail.id)))


def by_address(rows: list[OutboxEmail]) -> dict[str, OutboxEmail]:
    return {row.to_address: row for row in rows}


def email_entries(db: Database, number: int) -> list[tuple[str | None, str | None]]:
    with db.reading() as session:
        rows = session.scalars(
            select(ActivityEntry)
            .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.number == number, ActivityEntry.kind == ActivityKind.EMAIL)
            .order_by(ActivityEntry.id)
        )
        return [(entry.new_value, entry.text) for entry in rows]


def day(email: OutboxEmail, language: str) -> str:
    """The day the email was written, as ``language`` writes it out (babel, the local time zone)."""
    return format_date(email.created_at.astimezone(get_timezone()).date(), "long", locale=language)


# --- status changes ----------------------------------------------------------------------------------------------


def test_each_language_group_reads_the_status_change_in_its_language(
    db: Database, admin: Actor, building: int, translated: None
) -> None:
    [number] = reactive_orders(db, admin, building, 1)
    people = {"Claire Petit": "fr", "Bruno Leroy": "fr", "Hans Weber": "de", "Anna Smith": None}
    ids = add_contacts(db, building, people)
    v = edit_notifications(db, admin, number, version(db, number), list(ids.values()))
    welcomes = len(emails(db))

    actions.start(db, admin, number, v)

    sent = emails(db)[welcomes:]
    rows = by_address(sent)
    assert len(sent) == 4 and len(rows) == 4  # one row per address
    claire, bruno = rows["claire.petit@example.com"], rows["bruno.leroy@example.com"]
    hans, anna = rows["hans.weber@example.com"], rows["anna.smith@example.com"]
    # Two French contacts and a German one: one French text and one German text.
    assert (claire.subject, claire.body) == (bruno.subject, bruno.body)
    assert Counter((row.subject, row.body) for row in sent).most_common(1)[0][1] == 2
    assert claire.subject == f"L’ordre de travail {number} est maintenant «{NBSP}En cours{NBSP}»{NBSP}: Leak number 0"
    assert claire.body.startswith("Bonjour,\n\n")
    assert f"est passé de «{NBSP}Nouveau{NBSP}» à «{NBSP}En cours{NBSP}»." in claire.body
    assert f"Modifié le{NBSP}: {day(claire, 'fr')}\n" in claire.body
    assert "Changed by: Administrator" in claire.body  # a line without French in the table stays English
    assert hans.subject == f"Arbeitsauftrag {number} ist jetzt „In Bearbeitung“: Leak number 0"
    assert hans.body.startswith("Guten Tag,\n") and f"Geändert am: {day(hans, 'de')}\n" in hans.body
    # Without a language of her own, Anna reads the sender's: the administrator has none, the application is English.
    assert anna.subject == f"Work order {number} is now In progress: Leak number 0"
    assert anna.body.startswith("Hello,\n") and f"Changed on: {day(anna, 'en')}\n" in anna.body
    assert "changed from New to In progress." in anna.body
    # One activity entry, as before: every address (by name), the subject in the sender's language.
    assert email_entries(db, number) == [
        (
            "anna.smith@example.com, bruno.leroy@example.com, claire.petit@example.com, hans.weber@example.com",
            f"Work order {number} is now In progress: Leak number 0",
        )
    ]


@pytest.mark.parametrize(
    ("agent_language", "application", "greeting"),
    [("de", "en", "Guten Tag,"), (None, "nl", "Goedendag,"), (None, None, "Hello,"), ("fr", "de", "Bonjour,")],
)
def test_a_contact_without_a_language_reads_the_senders(
    db: Database,
    admin: Actor,
    building: int,
    agent_language: str | None,
    application: str | None,
    greeting: str,
) -> None:
    install_translator(TableTranslator(), lambda: application)
    sender = dataclasses.replace(admin, language=agent_language)
    [number] = reactive_orders(db, admin, building, 1)
    ids = add_contacts(db, building, {"Anna Smith": None, "Old Row": "xx"})  # "xx": not a language Bureau speaks
    v = edit_notifications(db, sender, number, version(db, number), list(ids.values()))
    actions.start(db, sender, number, v)
    sent = emails(db)
    assert len(sent) == 4
    assert all(row.body.startswith(greeting + "\n") for row in sent)
    assert len({row.body for row in sent[2:]}) == 1
    [(_addresses, subject)] = email_entries(db, number)
    assert subject == sent[-1].subject  # the sender's language


def test_a_bulk_status_change_writes_in_each_contacts_language(
    db: Database, admin: Actor, building: int, translated: None
) -> None:
    [number] = reactive_orders(db, admin, building, 1)
    ids = add_contacts(db, building, {"Claire Petit": "fr"})
    edit_notifications(db, admin, number, version(db, number), list(ids.values()))
    result = bulk_transition(db, admin, [number], Action.PUT_ON_HOLD)
    assert result.done == [number]
    assert (
        emails(db)[-1].subject
        == f"L’ordre de travail {number} est maintenant «{NBSP}En attente{NBSP}»{NBSP}: Leak number 0"
    )


# --- PPM cancellation ----------------------------------------------------------------------------------------------


def test_a_french_ppm_contact_reads_the_cancellation_in_french(
    db: Database, admin: Actor, building: int, translated: None
) -> None:
    number = ppm_order(
        db,
        building,
        [
            ContactSpec("Paul Ppm", "paul.ppm@example.com", True),
            ContactSpec("Petra Ppm", "petra.ppm@example.com", True),
        ],
    )
    with db.transaction() as session:
        paul = session.scalar(select(Contact).where(Contact.name == "Paul Ppm"))
        assert paul is not None
        paul.language = "fr"
    actions.cancel_job(db, admin, number, version(db, number), "Site fermé")
    rows = by_address(emails(db))
    assert set(rows) == {"paul.ppm@example.com", "petra.ppm@example.com"}
    paul_email, petra_email = rows["paul.ppm@example.com"], rows["petra.ppm@example.com"]
    assert paul_email.subject == f"Ordre de travail PPM {number} annulé{NBSP}: Quarterly boiler service"
    assert paul_email.body.startswith("Bonjour,\n")
    assert f"Période{NBSP}: du 1 avril 2026 au 30 juin 2026\n" in paul_email.body
    assert f"Échéance{NBSP}: 31 mai 2026\n" in paul_email.body
    assert "\nSite fermé\n" in paul_email.body
    assert petra_email.subject == f"PPM work order {number} cancelled: Quarterly boiler service"
    assert "Period: April 1, 2026 to June 30, 2026\n" in petra_email.body
    assert email_entries(db, number) == [
        ("paul.ppm@example.com, petra.ppm@example.com", f"PPM work order {number} cancelled: Quarterly boiler service")
    ]


# --- notifications on save -----------------------------------------------------------------------------------------


def test_a_french_contact_is_welcomed_in_french_when_the_notifications_are_saved(
    db: Database, admin: Actor, building: int, translated: None
) -> None:
    [number] = reactive_orders(db, admin, building, 1)
    ids = add_contacts(db, building, {"Claire Petit": "fr", "Hans Weber": "de", "Anna Smith": None})
    edit_notifications(db, admin, number, version(db, number), list(ids.values()))
    rows = by_address(emails(db))
    claire = rows["claire.petit@example.com"]
    assert claire.subject == f"Vous serez notifié des changements de l’ordre de travail {number}{NBSP}: Leak number 0"
    assert claire.body.startswith("Bonjour,\n") and f"Statut actuel{NBSP}: Nouveau\n" in claire.body
    assert rows["hans.weber@example.com"].subject == (
        f"Sie werden über den Arbeitsauftrag {number} benachrichtigt: Leak number 0"
    )
    assert rows["anna.smith@example.com"].subject == f"You will be notified about work order {number}: Leak number 0"
    assert email_entries(db, number) == []  # the notifications' own entry says who was added


def test_a_french_contact_notified_when_the_order_is_logged_is_welcomed_in_french(
    db: Database, admin: Actor, building: int, translated: None
) -> None:
    ids = add_contacts(db, building, {"Claire Petit": "fr", "Anna Smith": None})
    due = date(2026, 7, 14)
    number = log_work_order(
        db,
        admin,
        NewWorkOrder(type=WorkOrderType.REACTIVE, title="Fuite au parking", building_id=building, due_date=due),
        list(ids.values()),
        today=date(2026, 7, 1),
    )
    rows = by_address(emails(db))
    claire, anna = rows["claire.petit@example.com"], rows["anna.smith@example.com"]
    assert claire.subject.startswith(f"Vous serez notifié des changements de l’ordre de travail {number}")
    assert f"Échéance{NBSP}: 14 juillet 2026\n" in claire.body
    assert "Due date: July 14, 2026\n" in anna.body


# --- whatever the rows hold -------------------------------------------------------------------------------------

ODD_LANGUAGES = st.one_of(
    st.sampled_from(["", "EN", "fr_FR", "fr-FR", "es", "xx", "en ", "english"]),
    good_line(10).filter(lambda code: code not in LANGUAGES),
)
ODD_TITLES = st.one_of(st.sampled_from(["{title}", "{0} and {", "Prix: 100 € {number}}", "}{"]), good_line(200))


@FEW
@given(data=st.data())
def test_any_stored_language_and_title_give_an_email_in_the_senders_language(
    db: Database, admin: Actor, building: int, data: st.DataObject
) -> None:
    """A language Bureau does not speak (an older row) is the sender's; braces in a title are only text."""
    install_translator(TableTranslator(), lambda: "en")
    language = data.draw(ODD_LANGUAGES, "language")
    title = data.draw(ODD_TITLES, "title")
    sender = dataclasses.replace(admin, language="de")
    number = create_work_order(db, admin, NewWorkOrder(type=WorkOrderType.REACTIVE, title=title, building_id=building))
    with db.transaction() as session:
        site = session.get(Building, building)
        assert site is not None
        contact = Contact(client_id=site.client_id, name="Odd Row", email="odd@example.com", language=language)
        session.add(contact)
        session.flush()
        contact_id = contact.id
    before = len(emails(db))
    edit_notifications(db, sender, number, version(db, number), [contact_id])
    [welcome] = emails(db)[before:]
    stored_title = title.strip()
    expected = f"Sie werden über den Arbeitsauftrag {number} benachrichtigt: {stored_title}"
    assert welcome.subject == expected[:300]
    assert welcome.body.startswith("Guten Tag,\n") and f"{number} - {stored_title}\n" in welcome.body
