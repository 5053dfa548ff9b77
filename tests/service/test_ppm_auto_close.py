"""Auto-close of PPM orders as Not done, on SQLite and PostgreSQL: due strictly after the period's financial end
plus the job's days (0: the day after it ends; empty: never), closed with an activity entry that says why and the
status-change email, once; manual contracts only from the preview; deselected and changed orders left open;
Reinstate "with visit: work completed" leads out of Not done, the other modes are refused and write nothing;
bad input is refused or harmless."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, Contact, Contract, OutboxEmail, PpmJob, WorkOrder
from desktop.db.models.workorders import WorkOrderNotification
from desktop.domain.errors import TransitionRefused, ValueRefused
from desktop.domain.listing import ListFilter
from desktop.domain.transitions import Action, ReinstateMode
from desktop.domain.workorders import OPEN_STATUSES, ActivityKind, Status
from desktop.services import bulk_actions, helpdesk
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.email_language import install_translator
from desktop.services.ppm.auto_close import auto_close_due, due_closes
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.generation_preview import preview_generation
from desktop.services.workorders import update_work_order
from tests.bad_input_world import FEW, checksum, harmless, refused
from tests.bad_values import BAD_IDS, EXTREME_DATES, OUT_OF_RANGE_INTS
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored

# Monthly periods from April 2026, quarterly visits: generating on 1 April creates April's order (a visit: New)
# and none of the invoice-only months yet. April's period ends on 30 April.
SPEC = PpmJobSpec()
GENERATED = date(2026, 4, 1)
END = date(2026, 4, 30)


def open_orders(db: Database, admin: Actor, days: int | None, contracts: int = 1, buildings: int = 1) -> list[int]:
    """``contracts`` contracts of ``buildings`` buildings, each with its April order open (New); the numbers."""
    before = set(numbers(db))
    for _ in range(contracts):
        for job_building in ppm_job(db, SPEC, buildings=buildings):
            save_as_stored(db, admin, job_building, date(2026, 3, 1))
    generate_due_ppms(db, None, date(2026, 4, 10), today=GENERATED)
    with db.transaction() as session:
        session.execute(update(PpmJob).values(auto_close_days=days))
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(WorkOrder.number).where(
                    WorkOrder.number.not_in(before), WorkOrder.status == Status.NEW, WorkOrder.financial_end_date == END
                )
            )
        )


def numbers(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(WorkOrder.number)))


def status_of(db: Database, number: int) -> Status:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        return order.status


def order_row(db: Database, number: int) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        session.expunge(order)
        return order


@pytest.mark.parametrize("days", [0, 1, 3, 30])
def test_an_open_order_is_due_strictly_after_the_end_plus_the_days(db: Database, admin: Actor, days: int) -> None:
    (number,) = open_orders(db, admin, days)
    last_open_day = END + timedelta(days=days)
    assert due_closes(db, last_open_day) == []
    assert auto_close_due(db, None, last_open_day).closed == ()
    assert status_of(db, number) is Status.NEW
    (due,) = due_closes(db, last_open_day + timedelta(days=1))
    assert (due.number, due.financial_end, due.days, due.status) == (number, END, days, Status.NEW)
    result = auto_close_due(db, None, last_open_day + timedelta(days=1))
    assert result.closed == (number,) and result.skipped == ()
    assert status_of(db, number) is Status.NOT_DONE


def test_zero_closes_the_day_after_the_financial_end(db: Database, admin: Actor) -> None:
    (number,) = open_orders(db, admin, 0)
    assert auto_close_due(db, None, END).closed == ()
    assert auto_close_due(db, None, END + timedelta(days=1)).closed == (number,)


def test_an_empty_setting_never_closes(db: Database, admin: Actor) -> None:
    (number,) = open_orders(db, admin, None)
    before = checksum(db)
    far = date(2099, 1, 1)
    assert due_closes(db, far) == []
    assert auto_close_due(db, None, far).closed == ()
    assert generate_due_ppms(db, None, far, today=far).not_done == ()
    assert status_of(db, number) is Status.NEW
    assert checksum(db) == before


def test_a_close_writes_status_previous_status_activity_version_and_email(db: Database, admin: Actor) -> None:
    (number,) = open_orders(db, admin, 2)
    order = order_row(db, number)
    version = actions.start(db, admin, number, order.version)
    with db.transaction() as session:
        contact = Contact(client_id=order.client_id, name="Ann Client", email="ann@example.com")
        session.add(contact)
        session.flush()
        session.add(WorkOrderNotification(work_order_id=order.id, contact_id=contact.id))
    day = END + timedelta(days=3)

    result = auto_close_due(db, None, day)

    assert result.closed == (number,) and dict(result.by_contract) == {order.contract_id: 1}
    closed = order_row(db, number)
    assert (closed.status, closed.previous_status, closed.version) == (Status.NOT_DONE, Status.IN_PROGRESS, version + 1)
    with db.reading() as session:
        entry = session.scalars(
            select(ActivityEntry).where(ActivityEntry.work_order_id == order.id).order_by(ActivityEntry.id.desc())
        ).all()
        status = next(e for e in entry if e.kind is ActivityKind.STATUS)
        assert (status.field, status.old_value, status.new_value, status.user_id) == (
            "status",
            "in_progress",
            "not_done",
            None,
        )
        assert status.text == (
            "Closed automatically as not done: still open more than 2 days after its PPM period ended on April 30, "
            "2026."
        )
        emails = session.scalars(select(OutboxEmail).where(OutboxEmail.work_order_id == order.id)).all()
        assert [email.to_address for email in emails] == ["ann@example.com"]
        assert "Not done" in emails[0].subject
    # Twice: nothing more.
    before = checksum(db)
    assert auto_close_due(db, None, day) == type(result)((), (), {})
    assert checksum(db) == before


class FrenchTable:
    """French for the texts of a status-change email and the activity entry, standing in for the translations."""

    TEXTS = {
        (
            "Emails",
            "Work order {number} is now {status}: {title}",
        ): "L’ordre de travail {number} est maintenant « {status} » : {title}",
        ("Status", "Not done"): "Non réalisé",
        ("PpmOrders", "Closed automatically as not done: still open after its PPM period ended on {end}."): (
            "Clôturé automatiquement comme non réalisé : encore ouvert après la fin de sa période PPM le {end}."
        ),
    }

    def translate(self, language: str, context: str, text: str) -> str:
        return self.TEXTS.get((context, text), "") if language == "fr" else ""


def test_each_notified_contact_is_emailed_in_their_language(db: Database, admin: Actor) -> None:
    """The email goes in each contact's language; the activity entry in the sender's (an agent writing French)."""
    install_translator(FrenchTable(), lambda: "en")
    (number,) = open_orders(db, admin, 0)
    order = order_row(db, number)
    with db.transaction() as session:
        for name, address, language in (("Ann", "ann@example.com", "en"), ("Marc", "marc@example.com", "fr")):
            contact = Contact(client_id=order.client_id, name=name, email=address, language=language)
            session.add(contact)
            session.flush()
            session.add(WorkOrderNotification(work_order_id=order.id, contact_id=contact.id))
    french_agent = dataclasses.replace(admin, language="fr")
    assert auto_close_due(db, french_agent, date(2026, 6, 1)).closed == (number,)
    with db.reading() as session:
        subjects = dict(
            session.execute(
                select(OutboxEmail.to_address, OutboxEmail.subject).where(OutboxEmail.work_order_id == order.id)
            ).all()
        )
        text = session.scalar(
            select(ActivityEntry.text).where(
                ActivityEntry.work_order_id == order.id, ActivityEntry.kind == ActivityKind.STATUS
            )
        )
    assert subjects == {
        "ann@example.com": f"Work order {number} is now Not done: {order.title}",
        "marc@example.com": f"L’ordre de travail {number} est maintenant « Non réalisé » : {order.title}",
    }
    assert text is not None and text.startswith("Clôturé automatiquement comme non réalisé")


def test_terminal_and_other_orders_are_never_closed(db: Database, admin: Actor) -> None:
    first, second, third = open_orders(db, admin, 0, buildings=3)
    actions.cancel_job(db, admin, first, order_row(db, first).version, "Not needed")
    version = actions.start(db, admin, second, order_row(db, second).version)
    actions.complete(db, admin, second, version)
    result = auto_close_due(db, None, date(2026, 6, 1))
    assert result.closed == (third,)
    assert (status_of(db, first), status_of(db, second)) == (Status.CANCELLED, Status.COMPLETED)


def test_batches_close_each_due_order_once(db: Database, admin: Actor) -> None:
    orders = open_orders(db, admin, 0, contracts=2, buildings=3)
    result = auto_close_due(db, None, date(2026, 6, 1), batch_size=2)
    assert sorted(result.closed) == orders and len(orders) == 6
    assert {status_of(db, number) for number in orders} == {Status.NOT_DONE}


def test_manual_contracts_are_closed_only_from_the_preview(db: Database, admin: Actor) -> None:
    automatic, manual = open_orders(db, admin, 0, contracts=2)
    with db.transaction() as session:
        session.execute(update(Contract).where(Contract.reference == "CT-0002").values(manual_generation=True))
    day = date(2026, 6, 1)
    preview = preview_generation(db, day, today=day)
    assert [(c.reference, c.manual_generation, [d.number for d in c.closes]) for c in preview.contracts] == [
        ("CT-0001", False, [automatic]),
        ("CT-0002", True, [manual]),
    ]
    assert preview.closes == 2 and list(preview.automatic_closes()) == [preview.contracts[0].closes[0].order_id]
    # The command line's run: the manual contract's order stays open.
    result = generate_due_ppms(db, None, day, today=day)
    assert result.not_done == (automatic,) and status_of(db, manual) is Status.NEW
    assert [(c.reference, c.not_done) for c in result.contracts if c.not_done] == [("CT-0001", 1)]
    # Ticked in the preview: closed.
    (close,) = preview_generation(db, day, today=day).contracts[-1].closes
    ticked = generate_due_ppms(
        db, admin, day, today=day, only=[], include_manual=True, close_only={close.order_id: close.version}
    )
    assert ticked.not_done == (manual,) and ticked.created == 0
    assert status_of(db, manual) is Status.NOT_DONE


def test_deselected_rows_stay_open_and_changed_ones_are_skipped(db: Database, admin: Actor) -> None:
    first, second, third = open_orders(db, admin, 0, buildings=3)
    day = date(2026, 6, 1)
    (contract,) = preview_generation(db, day, today=day).contracts
    shown = {close.number: close for close in contract.closes}
    # The agent unticks the first; someone starts the second after the preview was read.
    actions.start(db, admin, second, shown[second].version)
    ticked = {shown[n].order_id: shown[n].version for n in (second, third)}
    result = generate_due_ppms(db, admin, day, today=day, only=[], include_manual=True, close_only=ticked)
    assert result.not_done == (third,) and result.not_done_skipped == (second,)
    assert [status_of(db, n) for n in (first, second, third)] == [Status.NEW, Status.IN_PROGRESS, Status.NOT_DONE]
    # A run kept to chosen periods, with no orders to close given, closes none.
    assert generate_due_ppms(db, admin, day, today=day, only=[]).not_done == ()
    assert status_of(db, first) is Status.NEW


def test_the_preview_lists_exactly_what_the_run_closes_and_writes_nothing(db: Database, admin: Actor) -> None:
    open_orders(db, admin, 0, contracts=2, buildings=2)
    day = date(2026, 6, 1)
    before = checksum(db)
    preview = preview_generation(db, day, today=day)
    assert checksum(db) == before
    listed = sorted(close.number for c in preview.contracts for close in c.closes)
    result = generate_due_ppms(db, None, day, today=day)
    assert sorted(result.not_done) == listed and len(listed) == 4
    assert preview_generation(db, day, today=day).closes == 0


def test_reinstate_with_visit_work_completed_leads_out_of_not_done(db: Database, admin: Actor) -> None:
    (number,) = open_orders(db, admin, 0)
    auto_close_due(db, None, date(2026, 6, 1))
    version = order_row(db, number).version
    for mode in (ReinstateMode.TO_PREVIOUS_STATUS, ReinstateMode.REVISIT_REQUIRED):
        error = refused(
            db, lambda mode=mode: actions.reinstate(db, admin, number, version, mode, "Visited"), TransitionRefused
        )
        assert "reinstated only with a visit that completed the work" in str(error.message.args["reason"].text)
    for action in (actions.start, actions.close, actions.resume):
        refused(db, lambda action=action: action(db, admin, number, version), TransitionRefused)

    new_version = actions.reinstate(db, admin, number, version, ReinstateMode.WORK_COMPLETED, "Visit of 28 April")
    order = order_row(db, number)
    assert (order.status, order.version) == (Status.COMPLETED, new_version)
    assert order.completed_at is not None and order.started_at is not None
    with db.reading() as session:
        kinds = session.execute(
            select(ActivityEntry.kind, ActivityEntry.old_value, ActivityEntry.new_value, ActivityEntry.text)
            .where(ActivityEntry.work_order_id == order.id)
            .order_by(ActivityEntry.id.desc())
            .limit(4)
        ).all()
    assert (ActivityKind.STATUS, "not_done", "completed", None) in kinds
    assert (ActivityKind.COMMENT, None, None, "Visit of 28 April") in kinds
    # Completed now: auto-close leaves it alone.
    assert auto_close_due(db, None, date(2026, 7, 1)).closed == ()


def test_a_not_done_order_is_terminal_and_the_helpdesk_lists_it(db: Database, admin: Actor) -> None:
    """Only Reinstate leads out of Not done: no other action, no field correction, no assignee, nothing in
    bulk; a comment is still allowed. The status filter finds it."""
    closed, still_open = open_orders(db, admin, 0, buildings=2)
    auto_close_due(db, None, date(2026, 6, 1), only={order_row(db, closed).id: order_row(db, closed).version})
    version = order_row(db, closed).version
    for action in Action:
        if action is not Action.REINSTATE:
            refused(db, lambda action=action: actions.perform(db, admin, closed, version, action, "A note."))
    for changes in ({"title": "Visit done after all"}, {"due_date": date(2026, 7, 1)}, {"priority": 1}):
        refused(db, lambda changes=changes: update_work_order(db, admin, closed, version, changes), TransitionRefused)
    refused(db, lambda: actions.assign(db, admin, closed, version, admin.user_id), TransitionRefused)
    before = checksum(db)
    assert [number for number, _ in bulk_actions.bulk_transition(db, admin, [closed], Action.CLOSE).refused] == [closed]
    assert [number for number, _ in bulk_actions.bulk_assign(db, admin, [closed], admin.user_id).refused] == [closed]
    assert [n for n, _ in bulk_actions.bulk_close_ppm(db, admin, [closed], date(2026, 6, 1)).refused] == [closed]
    assert checksum(db) == before and status_of(db, closed) is Status.NOT_DONE
    assert actions.add_comment(db, admin, closed, version, "The client called.") == version + 1
    query = helpdesk.ListQuery.of(ListFilter(statuses=frozenset({Status.NOT_DONE})), admin.user_id)
    with db.engine.connect() as connection:
        assert [row.number for row in helpdesk.page_after(connection, query, None, 50)] == [closed]
    assert status_of(db, still_open) is Status.NEW


@FEW
@given(
    day=st.one_of(EXTREME_DATES, st.dates(max_value=END)),
    batch=st.one_of(st.none(), OUT_OF_RANGE_INTS, st.integers(-3, 0)),
    only=st.one_of(st.none(), st.dictionaries(BAD_IDS, st.one_of(OUT_OF_RANGE_INTS, st.integers()), max_size=4)),
)
def test_bad_input_is_refused_or_closes_only_what_is_due(
    db: Database, admin: Actor, day: date, batch: int | None, only: dict[int, int] | None
) -> None:
    """A bad batch size is refused and writes nothing; ids and versions no order has close nothing; an extreme
    day closes the open orders only when it is after their period's end (0 days)."""
    with db.reading() as session:
        has_orders = session.scalar(select(WorkOrder.id).limit(1)) is not None
    if not has_orders:
        open_orders(db, admin, 0, buildings=2)
    if batch is not None:
        refused(db, lambda: auto_close_due(db, admin, day, only=only, batch_size=batch), ValueRefused)
        return
    if only is not None or day <= END:
        harmless(db, lambda: auto_close_due(db, admin, day, only=only, include_manual=True))
        return
    result = auto_close_due(db, admin, day)
    with db.reading() as session:
        still_open = session.scalar(select(WorkOrder.id).where(WorkOrder.status.in_(sorted(OPEN_STATUSES))).limit(1))
    assert still_open is None and all(status_of(db, number) is Status.NOT_DONE for number in result.closed)
