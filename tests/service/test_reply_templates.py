"""Quick-reply templates kept by administrators, and replies posted (and emailed) with them, on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Building, ChangeEntry, Contact, OutboxEmail, WorkOrder
from desktop.db.models import WorkOrderNotification as Notification
from desktop.domain.errors import (
    BureauError,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValueRefused,
)
from desktop.domain.workorders import ActivityKind
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.email_language import install_translator
from desktop.services.reply_templates import (
    ReplyPreview,
    TemplateFields,
    archive_template,
    create_template,
    get_template,
    list_templates,
    preview_reply,
    reply_from_template,
    save_template,
    set_template_active,
)
from desktop.services.users import create_user
from tests.bad_input_world import BAD_INPUT, checksum
from tests.bad_values import bad_line, bad_text
from tests.factories import actor_for, client_with_building, reactive_orders

BODY = "Hello {contact},\nwork order {number} ({title}) at {building} is planned for {due_date}.\n{assignee}"
FRENCH = "Bonjour {contact},\nl’ordre {number} ({title}) à {building} est prévu le {due_date}.\n{assignee}"
DUTCH = "Beste {contact},\nwerkorder {number} ({title}) in {building} staat gepland op {due_date}."
TEXTS = {("fr", "Emails", "About work order {number}: {title}"): "À propos de l’ordre de travail {number} : {title}"}


class Table:
    def translate(self, language: str, context: str, text: str) -> str:
        return TEXTS.get((language, context, text), "")


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    user_id = create_user(
        db, admin, login="alice", display_name="Alice Martin", password="alice-password-1", roles=["agent"]
    )
    return actor_for(db, user_id)


@pytest.fixture
def order(db: Database, admin: Actor) -> int:
    """A reactive order due on 5 March 2026 whose contact reads French; Claire (French), Hans (German) and
    Nina (no language of her own) are notified, and so is Bob, who has no address."""
    building_id = client_with_building(db)
    [number] = reactive_orders(db, admin, building_id, 1)
    with db.transaction() as session:
        building = session.get(Building, building_id)
        assert building is not None
        people = [
            Contact(client_id=building.client_id, name="Claire Petit", email="claire@example.com", language="fr"),
            Contact(client_id=building.client_id, name="Hans Weber", email="hans@example.com", language="de"),
            Contact(client_id=building.client_id, name="Nina Jansen", email="nina@example.com"),
            Contact(client_id=building.client_id, name="Bob NoMail", email=None),
        ]
        session.add_all(people)
        session.flush()
        work_order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert work_order is not None
        work_order.contact_id = people[0].id
        work_order.due_date = date(2026, 3, 5)
        session.add_all(Notification(work_order_id=work_order.id, contact_id=person.id) for person in people)
    return number


@pytest.fixture
def template(db: Database, admin: Actor) -> int:
    return create_template(db, admin, TemplateFields("Visit planned", BODY, {"fr": FRENCH, "nl": DUTCH}))


def version(db: Database, number: int) -> int:
    with db.reading() as session:
        found = session.scalar(select(WorkOrder.version).where(WorkOrder.number == number))
        assert found is not None
        return found


def refused(db: Database, call: Callable[[], Any], error: type[BureauError] = BureauError) -> BureauError:
    before = checksum(db)
    with pytest.raises(error) as raised:
        call()
    assert checksum(db) == before, f"written before refusing: {raised.value!r}"
    return raised.value


# --- keeping templates -------------------------------------------------------------------------------------


def test_administrators_create_save_archive_and_restore_templates(db: Database, admin: Actor) -> None:
    first = create_template(db, admin, TemplateFields("  Visit planned ", f"  {BODY}\n", {"fr": FRENCH, "de": "  "}))
    second = create_template(db, admin, TemplateFields("acknowledged", "We received work order {number}."))
    row = get_template(db, first)
    assert (row.title, row.body, row.bodies, row.active) == ("Visit planned", BODY, {"fr": FRENCH}, True)
    assert [r.title for r in list_templates(db)] == ["acknowledged", "Visit planned"]

    v2 = save_template(db, admin, first, row.version, TemplateFields("Visit planned", BODY, {"nl": DUTCH, "fr": ""}))
    assert v2 == row.version + 1
    assert get_template(db, first).bodies == {"nl": DUTCH}
    # Nothing changed: the same version, nothing written.
    before = checksum(db)
    assert save_template(db, admin, first, v2, TemplateFields("Visit planned", BODY, {"nl": DUTCH})) == v2
    assert checksum(db) == before

    v3 = archive_template(db, admin, second, get_template(db, second).version)
    assert [r.title for r in list_templates(db)] == ["Visit planned"]
    assert [(r.title, r.active) for r in list_templates(db, archived=True)] == [
        ("Visit planned", True),
        ("acknowledged", False),
    ]
    set_template_active(db, admin, second, v3, True)
    assert len(list_templates(db)) == 2

    with db.reading() as session:
        log = session.execute(
            select(ChangeEntry.record_id, ChangeEntry.action, ChangeEntry.field)
            .where(ChangeEntry.record == "reply_template")
            .order_by(ChangeEntry.id)
        ).all()
    assert [tuple(entry) for entry in log] == [
        (first, "created", None),
        (second, "created", None),
        (first, "changed", "body_fr"),
        (first, "changed", "body_nl"),
        (second, "archived", None),
        (second, "restored", None),
    ]


def test_an_unknown_placeholder_is_refused_when_saved(db: Database, admin: Actor, template: int) -> None:
    error = refused(db, lambda: create_template(db, admin, TemplateFields("Other", "Dear {customer}")), ValidationError)
    assert str(error) == (
        "The placeholder “{customer}” is unknown: use one of "
        "{number}, {title}, {client}, {building}, {contact}, {assignee}, {due_date}."
    )
    row = get_template(db, template)
    error = refused(
        db,
        lambda: save_template(
            db, admin, template, row.version, TemplateFields(row.title, BODY, {"de": "Hallo {kunde"})
        ),
        ValidationError,
    )
    assert str(error).startswith("The German body: A brace is not closed or not opened near “{kunde”")
    for body in ("{0}", "{due_date:%d}", "{title!r}", "}"):
        refused(db, lambda b=body: create_template(db, admin, TemplateFields("Other", b)), ValidationError)


def test_title_and_body_are_required_and_titles_unique(db: Database, admin: Actor, template: int) -> None:
    cases = [
        (TemplateFields("  ", BODY), "The template needs a title."),
        (TemplateFields("Other", " \n "), "The template needs a body."),
        (TemplateFields("VISIT PLANNED", BODY), "A reply template named “VISIT PLANNED” already exists."),
        (TemplateFields("Other", BODY, {"es": "Hola"}), "Bureau does not write in the language “es”."),
    ]
    for fields, message in cases:
        assert str(refused(db, lambda f=fields: create_template(db, admin, f), ValidationError)) == message
    refused(db, lambda: create_template(db, admin, TemplateFields("x" * 121, BODY)), ValueRefused)
    refused(db, lambda: save_template(db, admin, 999_999, 1, TemplateFields("Other", BODY)), NotFound)


def test_titles_differing_only_in_the_case_of_accented_letters_are_the_same(db: Database, admin: Actor) -> None:
    first = create_template(db, admin, TemplateFields("Élan", BODY))
    for title in ("ÉLAN", "élan"):
        error = refused(db, lambda t=title: create_template(db, admin, TemplateFields(t, BODY)), ValidationError)
        assert str(error) == f"A reply template named “{title}” already exists."
    other = create_template(db, admin, TemplateFields("Other", BODY))
    row = get_template(db, other)
    refused(db, lambda: save_template(db, admin, other, row.version, TemplateFields("ÉLAN", BODY)), ValidationError)
    # A template keeps its own title in another case.
    row = get_template(db, first)
    save_template(db, admin, first, row.version, TemplateFields("ÉLAN", BODY))
    assert get_template(db, first).title == "ÉLAN"


def test_only_administrators_keep_templates(db: Database, admin: Actor, agent: Actor, template: int) -> None:
    row = get_template(db, template)
    refused(db, lambda: create_template(db, agent, TemplateFields("Other", BODY)), PermissionDenied)
    refused(db, lambda: save_template(db, agent, template, row.version, TemplateFields("X", BODY)), PermissionDenied)
    refused(db, lambda: archive_template(db, agent, template, row.version), PermissionDenied)


def test_a_template_saved_by_someone_else_meanwhile_is_refused(db: Database, admin: Actor, template: int) -> None:
    row = get_template(db, template)
    save_template(db, admin, template, row.version, TemplateFields("Visit booked", BODY))
    error = refused(
        db, lambda: save_template(db, admin, template, row.version, TemplateFields("Mine", BODY)), ConcurrentChange
    )
    assert "Reply template “Visit booked” was changed by" in str(error)
    refused(db, lambda: archive_template(db, admin, template, row.version), ConcurrentChange)


@BAD_INPUT
@given(title=bad_line(120), body=bad_text(100_000), language=st.sampled_from(["", "en", "fr", "de", "nl"]))
def test_bad_titles_and_bodies_are_refused_writing_nothing(
    db: Database, admin: Actor, title: str, body: str, language: str
) -> None:
    refused(db, lambda: create_template(db, admin, TemplateFields(title, BODY)), ValidationError)
    bodies = {language: body} if language else {}
    refused(db, lambda: create_template(db, admin, TemplateFields("Fine", body if not language else BODY, bodies)))


@BAD_INPUT
@given(body=st.text(st.sampled_from("{}:!0ab x_"), min_size=1, max_size=20))
def test_random_bodies_are_saved_or_refused_never_half_written(db: Database, admin: Actor, body: str) -> None:
    before = checksum(db)
    try:
        template_id = create_template(db, admin, TemplateFields(f"T {body}", body))
    except ValidationError:
        assert checksum(db) == before
    else:
        assert get_template(db, template_id).body == body.strip()


# --- previews and replies ------------------------------------------------------------------------------------


def test_the_preview_is_filled_in_the_contacts_language(db: Database, admin: Actor, order: int, template: int) -> None:
    french = preview_reply(db, order, template)
    assert french == ReplyPreview(
        "fr",
        f"Bonjour Claire Petit,\nl’ordre {order} (Leak number 0) à Tour Horizon est prévu le 5 mars 2026.\n",
    )
    dutch = preview_reply(db, order, template, "nl")
    assert dutch.text.endswith("in Tour Horizon staat gepland op 5 maart 2026.")
    # German has no body of its own: the default body, its date in German.
    german = preview_reply(db, order, template, "de")
    assert german.language == "de"
    assert german.text.startswith("Hello Claire Petit,") and "is planned for 5. März 2026." in german.text
    # A contact without a language: the application's (English here), the assignee filled in.
    actions.assign(db, admin, order, version(db, order), admin.user_id)
    with db.transaction() as session:
        session.execute(update(Contact).where(Contact.name == "Claire Petit").values(language=None))
    english = preview_reply(db, order, template)
    assert english.language == "en"
    assert english.text.endswith(f"is planned for March 5, 2026.\n{admin.display_name}")
    with pytest.raises(NotFound):
        preview_reply(db, 424242, template)
    with pytest.raises(NotFound):
        preview_reply(db, order, 424242)


def emails(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        rows = session.scalars(select(OutboxEmail).order_by(OutboxEmail.to_address)).all()
        return [(row.to_address, row.subject, row.body) for row in rows]


def activity(db: Database, number: int) -> list[tuple[ActivityKind, str | None, str | None]]:
    with db.reading() as session:
        rows = session.scalars(
            select(ActivityEntry)
            .join(WorkOrder, ActivityEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.number == number, ActivityEntry.kind != ActivityKind.CREATED)
            .order_by(ActivityEntry.id)
        )
        return [(entry.kind, entry.new_value, entry.text) for entry in rows]


def test_a_reply_is_a_comment_and_an_email_to_each_notified_contact_in_their_language(
    db: Database, agent: Actor, order: int, template: int
) -> None:
    install_translator(Table(), lambda: "en")
    text = preview_reply(db, order, template).text + "\nSee you then."
    v = version(db, order)
    assert reply_from_template(db, agent, order, v, template, text, email=True) == v + 1
    reply = text.strip()
    assert activity(db, order) == [
        (ActivityKind.COMMENT, None, reply),
        (
            ActivityKind.EMAIL,
            "claire@example.com, hans@example.com, nina@example.com",
            f"About work order {order}: Leak number 0",
        ),
    ]
    footer = "\n\n-- \nYou receive this email because you are notified about this work order.\n"
    assert emails(db) == [
        ("claire@example.com", f"À propos de l’ordre de travail {order} : Leak number 0", reply + footer),
        ("hans@example.com", f"About work order {order}: Leak number 0", reply + footer),
        ("nina@example.com", f"About work order {order}: Leak number 0", reply + footer),
    ]
    # Without the email: a comment only.
    reply_from_template(db, agent, order, v + 1, template, "Done.", email=False)
    assert activity(db, order)[-1] == (ActivityKind.COMMENT, None, "Done.")
    assert len(emails(db)) == 3


def test_replies_refused_write_nothing(db: Database, admin: Actor, agent: Actor, order: int, template: int) -> None:
    v = version(db, order)
    actions.add_comment(db, admin, order, v, "Someone else got there first")
    error = refused(db, lambda: reply_from_template(db, agent, order, v, template, "Hi", True), ConcurrentChange)
    assert "was changed by" in str(error)
    v = version(db, order)
    assert str(refused(db, lambda: reply_from_template(db, agent, order, v, template, " \n", True))) == (
        "Write the reply first."
    )
    refused(db, lambda: reply_from_template(db, agent, order, v, 424242, "Hi", True), NotFound)
    refused(db, lambda: reply_from_template(db, agent, 424242, v, template, "Hi", True), NotFound)
    refused(db, lambda: reply_from_template(db, agent, order, v, template, "Hi\x00", True), ValueRefused)
    # Nobody with an address is notified: the email is refused, and so is the comment with it.
    with db.transaction() as session:
        session.execute(update(Contact).where(Contact.email.is_not(None)).values(active=False))
    error = refused(db, lambda: reply_from_template(db, agent, order, v, template, "Hi", True), ValidationError)
    assert str(error).startswith(f"No notified contact of work order {order} has an email address")


@BAD_INPUT
@given(text=bad_text(100_000), template_id=st.sampled_from([0, -1, 2**40]))
def test_bad_replies_are_refused_writing_nothing(
    db: Database, agent: Actor, order: int, template: int, text: str, template_id: int
) -> None:
    v = version(db, order)
    refused(db, lambda: reply_from_template(db, agent, order, v, template, text, True), ValidationError)
    refused(db, lambda: reply_from_template(db, agent, order, v, template_id, "Hi", True))
    refused(db, lambda: reply_from_template(db, agent, order, 2**40, template, "Hi", True), ValueRefused)
