"""The emails translated with Bureau's compiled translations, through to a real (loopback) SMTP server."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date, get_timezone
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Building, Contact, OutboxEmail, WorkOrder
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.email_language import installed_translator, sender_language
from desktop.services.notifications import edit_notifications
from desktop.services.outbox import SendReport, send_due
from desktop.ui.email_translator import QtEmailTranslator, install_email_translator
from desktop.ui.i18n import translations
from tests.factories import client_with_building, reactive_orders
from tests.smtp import loopback_smtp


def test_the_compiled_translations_of_every_language_are_read() -> None:
    translator = QtEmailTranslator()
    assert translator.languages == {"fr", "de", "nl"}
    assert translator.translate("fr", "Status", "In progress") == "En cours"
    assert translator.translate("en", "Status", "In progress") == "In progress"
    assert translator.translate("fr", "Status", "Not a status") == "Not a status"
    assert translator.translate("xx", "Status", "In progress") == "In progress"


def test_without_translation_files_the_emails_are_english(tmp_path: Path) -> None:
    translator = QtEmailTranslator(tmp_path)
    assert translator.languages == frozenset()
    assert translator.translate("fr", "Status", "In progress") == "In progress"


def test_the_sender_without_a_language_writes_in_the_screens_language(qapp: QApplication) -> None:
    install_email_translator()
    assert isinstance(installed_translator(), QtEmailTranslator)
    try:
        translations().switch("fr")
        assert sender_language(None) == "fr"
        assert sender_language("de") == "de"
    finally:
        translations().switch("en")
    assert sender_language(None) == "en"


def test_a_french_contact_receives_french_through_the_smtp_server(db: Database, admin: Actor) -> None:
    install_email_translator()
    building = client_with_building(db)
    [number] = reactive_orders(db, admin, building, 1)
    with db.transaction() as session:
        site = session.get(Building, building)
        assert site is not None
        people = [
            Contact(client_id=site.client_id, name="Claire Petit", email="claire@example.com", language="fr"),
            Contact(client_id=site.client_id, name="Anna Smith", email="anna@example.com"),
        ]
        session.add_all(people)
        session.flush()
        ids = [contact.id for contact in people]
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        v = order.version
    v = edit_notifications(db, admin, number, v, ids)
    actions.start(db, admin, number, v)
    with db.reading() as session:
        created = session.scalars(select(OutboxEmail.created_at).order_by(OutboxEmail.id.desc())).first()
    assert created is not None
    day = created.astimezone(get_timezone()).date()

    with loopback_smtp() as server:
        assert send_due(db, server.config()) == SendReport(sent=4)
        received = server.received
    # The welcomes first, then the status change: one email to each address.
    status_change = {r.rcpt_tos[0]: r.message for r in received[2:]}
    assert set(status_change) == {"claire@example.com", "anna@example.com"}

    claire = status_change["claire@example.com"]
    assert "En cours" in str(claire["Subject"]) and "In progress" not in str(claire["Subject"])
    text = claire.get_content()
    assert "Nouveau" in text and "En cours" in text
    assert format_date(day, "long", locale="fr") in text
    anna = status_change["anna@example.com"]
    assert str(anna["Subject"]) == f"Work order {number} is now In progress: Leak number 0"
    assert format_date(day, "long", locale="en") in anna.get_content()
