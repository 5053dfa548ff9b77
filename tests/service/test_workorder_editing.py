"""Logging a call and correcting an order: every reference checked, one activity entry per changed field, the
version check, deletion of orders logged by mistake only, priority target times; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    AppSetting,
    Building,
    Client,
    Contact,
    Contract,
    OutboxEmail,
    User,
    WorkOrder,
)
from desktop.domain.due_dates import DEFAULT_PRIORITY_TARGETS
from desktop.domain.editing import EDITABLE_FIELDS
from desktop.domain.errors import (
    BureauError,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
    ValueRefused,
)
from desktop.domain.listing import ListFilter
from desktop.domain.transitions import ReinstateMode
from desktop.domain.workorders import ActivityKind, Impact, Kind, Priority, Status, WorkOrderType
from desktop.services import app_settings, helpdesk
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.helpdesk import ListQuery, TextMode
from desktop.services.order_choices import order_choices
from desktop.services.users import ensure_default_roles
from desktop.services.workorders import (
    NewWorkOrder,
    categories_in_use,
    create_work_order,
    delete_work_order,
    deletion_refusal,
    update_work_order,
)
from tests.bad_input_world import BAD_INPUT, checksum
from tests.bad_values import OUT_OF_RANGE_INTS, UNKNOWN_IDS, bad_line, bad_text, good_line
from tests.factories import actor_for, client_with_building, ppm_order

TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class Site:
    """Two clients: ours (two active buildings, an archived one, two contacts, a live, an expired and a future
    contract) and another (a building, a contact, a contract); an agent, a supervisor and an inactive agent."""

    db: Database
    admin: Actor
    agent: Actor
    supervisor: Actor
    inactive_id: int
    building_id: int
    second_building_id: int
    archived_building_id: int
    contact_id: int
    second_contact_id: int
    contract_id: int
    second_contract_id: int
    expired_contract_id: int
    future_contract_id: int
    other_building_id: int
    other_contact_id: int
    other_contract_id: int


def _contract(client_id: int, reference: str, start: date, end: date) -> Contract:
    return Contract(
        client_id=client_id,
        reference=reference,
        start_date=start,
        end_date=end,
        fy_start_month=1,
        fy_start_day=1,
        currency="EUR",
    )


@pytest.fixture
def site(db: Database, admin: Actor) -> Site:
    building_id = client_with_building(db, "Acme Facilities", "Tour Horizon")
    other_building_id = client_with_building(db, "Globex Corporation", "Globex Tower")
    with db.transaction() as session:
        building = session.get(Building, building_id)
        other = session.get(Building, other_building_id)
        assert building is not None and other is not None
        client_id, other_client_id = building.client_id, other.client_id

        def another(name: str, active: bool = True) -> Building:
            return Building(
                client_id=client_id,
                name=name,
                address_line="1 quai de Seine",
                postcode="75019",
                city="Paris",
                country="FR",
                start_date=date(2020, 1, 1),
                active=active,
            )

        second, archived = another("Atrium Nord"), another("Ancien Entrepôt", active=False)
        contacts = [
            Contact(client_id=client_id, name="Carla Contact", email="carla@example.com"),
            Contact(client_id=client_id, name="Denis Durand", email=None),
            Contact(client_id=other_client_id, name="Otto Other", email="otto@example.com"),
        ]
        contracts = [
            _contract(client_id, "ACME-LIVE", date(2026, 1, 1), date(2027, 12, 31)),
            _contract(client_id, "ACME-LIVE-2", date(2025, 6, 1), date(2026, 6, 15)),
            _contract(client_id, "ACME-OLD", date(2020, 1, 1), date(2025, 12, 31)),
            _contract(client_id, "ACME-NEXT", date(2026, 6, 16), date(2029, 12, 31)),
            _contract(other_client_id, "GLOBEX-1", date(2026, 1, 1), date(2027, 12, 31)),
        ]
        roles = ensure_default_roles(session)
        agent = User(login="agent", display_name="Agent Smith", roles=[roles["agent"]])
        supervisor = User(login="super", display_name="Sue Pervisor", roles=[roles["supervisor"]])
        gone = User(login="gone", display_name="Gone Agent", roles=[roles["agent"]], active=False)
        session.add_all([second, archived, *contacts, *contracts, agent, supervisor, gone])
        session.flush()
        ids = {
            "second_building_id": second.id,
            "archived_building_id": archived.id,
            "contact_id": contacts[0].id,
            "second_contact_id": contacts[1].id,
            "other_contact_id": contacts[2].id,
            "contract_id": contracts[0].id,
            "second_contract_id": contracts[1].id,
            "expired_contract_id": contracts[2].id,
            "future_contract_id": contracts[3].id,
            "other_contract_id": contracts[4].id,
            "inactive_id": gone.id,
        }
        agent_id, supervisor_id = agent.id, supervisor.id
    return Site(
        db=db,
        admin=admin,
        agent=actor_for(db, agent_id),
        supervisor=actor_for(db, supervisor_id),
        building_id=building_id,
        other_building_id=other_building_id,
        **ids,
    )


def counts(db: Database) -> tuple[int, int, int]:
    """Rows of work_order, activity_entry and email_outbox."""
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (WorkOrder, ActivityEntry, OutboxEmail)
        )


def refused(db: Database, call: Callable[[], object], error: type[BureauError] = BureauError) -> BureauError:
    """``call`` raises ``error`` and writes nothing: the same rows, every row as it was."""
    before, digest = counts(db), checksum(db)
    with pytest.raises(error) as raised:
        call()
    assert counts(db) == before
    assert checksum(db) == digest, f"written before refusing: {raised.value!r}"
    return raised.value


def new_order(site: Site, **fields: Any) -> int:
    values: dict[str, Any] = {"type": WorkOrderType.REACTIVE, "title": "Leak in the basement"}
    values["building_id"] = site.building_id
    values.update(fields)
    return create_work_order(site.db, site.admin, NewWorkOrder(**values), today=TODAY)


def order_row(db: Database, number: int) -> WorkOrder:
    with db.reading() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        session.expunge(order)
        return order


def entries(db: Database, number: int) -> list[tuple[ActivityKind, str | None, str | None, str | None, int | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                ActivityEntry.kind,
                ActivityEntry.field,
                ActivityEntry.old_value,
                ActivityEntry.new_value,
                ActivityEntry.user_id,
            )
            .join(WorkOrder)
            .where(WorkOrder.number == number)
            .order_by(ActivityEntry.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def version_of(db: Database, number: int) -> int:
    return order_row(db, number).version


def update(site: Site, number: int, changes: dict[str, object], actor: Actor | None = None) -> int:
    return update_work_order(site.db, actor or site.agent, number, version_of(site.db, number), changes, today=TODAY)


# -- logging a call ---------------------------------------------------------------------------------------------


def test_a_call_is_logged_with_every_field(site: Site) -> None:
    number = new_order(
        site,
        type=WorkOrderType.QUOTE,
        title="  Burst pipe in the atrium  ",
        priority=Priority.URGENT,
        description="Water on the floor.\nSecond line.",
        due_date=date(2026, 6, 16),
        assignee_id=site.agent.user_id,
        contact_id=site.contact_id,
        contract_id=site.contract_id,
        impact=Impact.SITE_DOWN,
        kind=Kind.INCIDENT,
        category="  Plumbing ",
    )
    order = order_row(site.db, number)
    assert (order.type, order.status, order.priority) == (WorkOrderType.QUOTE, Status.NEW, 1)
    assert (order.title, order.description) == ("Burst pipe in the atrium", "Water on the floor.\nSecond line.")
    assert (order.impact, order.kind, order.category) == ("site_down", Kind.INCIDENT, "Plumbing")
    assert (order.contact_id, order.contract_id, order.assignee_id) == (
        site.contact_id,
        site.contract_id,
        site.agent.user_id,
    )
    assert (order.building_id, order.building_name, order.client_name) == (
        site.building_id,
        "Tour Horizon",
        "Acme Facilities",
    )
    assert (order.assignee_name, order.due_date, order.version) == ("Agent Smith", date(2026, 6, 16), 1)
    assert entries(site.db, number) == [(ActivityKind.CREATED, None, None, str(number), site.admin.user_id)]


def test_an_empty_category_is_none(site: Site) -> None:
    assert order_row(site.db, new_order(site, category="   ")).category is None


def test_a_contract_is_live_on_its_first_and_last_day(site: Site) -> None:
    number = new_order(site, contract_id=site.second_contract_id)  # ends on TODAY
    assert order_row(site.db, number).contract_id == site.second_contract_id


CREATE_REFUSALS: dict[str, tuple[dict[str, Any], type[BureauError], str]] = {
    "no title": ({"title": "   "}, ValidationError, "needs a title"),
    "PPM type": ({"type": WorkOrderType.PPM}, ValidationError, "generated from their contract"),
    "unknown building": ({"building_id": 999_999}, NotFound, "building no longer exists"),
    "archived building": ({"building_id": "archived_building_id"}, ValidationError, "Ancien Entrepôt"),
    "unknown contact": ({"contact_id": 999_999}, NotFound, "contact no longer exists"),
    "another client's contact": ({"contact_id": "other_contact_id"}, ValidationError, "Otto Other"),
    "unknown contract": ({"contract_id": 999_999}, NotFound, "contract no longer exists"),
    "another client's contract": ({"contract_id": "other_contract_id"}, ValidationError, "GLOBEX-1"),
    "expired contract": ({"contract_id": "expired_contract_id"}, ValidationError, "ACME-OLD is not in force"),
    "future contract": ({"contract_id": "future_contract_id"}, ValidationError, "ACME-NEXT is not in force"),
    "unknown assignee": ({"assignee_id": 999_999}, NotFound, "agent no longer exists"),
    "inactive assignee": ({"assignee_id": "inactive_id"}, ValidationError, "Gone Agent"),
    "impact not of the scale": ({"impact": "Site down"}, ValidationError, "Impact"),
    "unknown kind": ({"kind": "question"}, ValidationError, "Kind"),
    "category too long": ({"category": "x" * 81}, ValueRefused, "Category is too long"),
}


@pytest.mark.parametrize("case", sorted(CREATE_REFUSALS))
def test_a_call_with_a_bad_reference_is_refused_and_nothing_written(site: Site, case: str) -> None:
    fields, error, words = CREATE_REFUSALS[case]
    resolved = {
        name: getattr(site, value) if isinstance(value, str) and value.endswith("_id") else value
        for name, value in fields.items()
    }
    new_order(site)  # the database is not empty
    refusal = refused(site.db, lambda: new_order(site, **resolved), error)
    assert words in str(refusal)


# -- correcting an order ----------------------------------------------------------------------------------------


# field -> (new value, old value logged, new value logged); the order is new_order()'s with the contact and
# contract of the site and a due date.
def edits(site: Site) -> dict[str, tuple[object, str | None, str | None]]:
    return {
        "title": ("Leak in the car park", "Leak in the basement", "Leak in the car park"),
        "description": ("Found by the guard.\nSee photo.", "", "Found by the guard.\nSee photo."),
        "priority": (Priority.URGENT, "normal", "urgent"),
        "impact": (Impact.MAJOR, None, "major"),
        "kind": (Kind.REQUEST, None, "request"),
        "category": ("HVAC", None, "HVAC"),
        "due_date": (date(2026, 7, 1), "2026-06-20", "2026-07-01"),
        "contact_id": (site.second_contact_id, "Carla Contact", "Denis Durand"),
        "contract_id": (site.second_contract_id, "ACME-LIVE", "ACME-LIVE-2"),
        "building_id": (site.second_building_id, "Tour Horizon", "Atrium Nord"),
        "type": (WorkOrderType.AUDIT, "reactive", "audit"),
    }


ACTIVITY_FIELD = {"contact_id": "contact", "contract_id": "contract", "building_id": "building"}


def corrected_order(site: Site) -> int:
    return new_order(site, contact_id=site.contact_id, contract_id=site.contract_id, due_date=date(2026, 6, 20))


@pytest.mark.parametrize("field", EDITABLE_FIELDS)
def test_each_field_is_corrected_with_its_activity_entry(site: Site, field: str) -> None:
    number = corrected_order(site)
    value, old, new = edits(site)[field]
    before = counts(site.db)

    version = update(site, number, {field: value})

    assert version == 2
    order = order_row(site.db, number)
    stored = {"impact": "major"}.get(field, value)
    assert getattr(order, field) == stored
    assert counts(site.db) == (before[0], before[1] + 1, before[2])
    assert entries(site.db, number)[-1] == (
        ActivityKind.FIELD,
        ACTIVITY_FIELD.get(field, field),
        old,
        new,
        site.agent.user_id,
    )


def test_optional_fields_are_cleared_with_none(site: Site) -> None:
    number = new_order(
        site,
        contact_id=site.contact_id,
        contract_id=site.contract_id,
        due_date=date(2026, 6, 20),
        impact=Impact.MINOR,
        kind=Kind.CHANGE,
        category="Lifts",
    )
    cleared = ["contact_id", "contract_id", "due_date", "impact", "kind", "category"]
    update(site, number, dict.fromkeys(cleared, None))
    order = order_row(site.db, number)
    assert all(getattr(order, field) is None for field in cleared)
    assert [(field, old, new) for _, field, old, new, _ in entries(site.db, number)[1:]] == [
        ("impact", "minor", None),
        ("kind", "change", None),
        ("category", "Lifts", None),
        ("due_date", "2026-06-20", None),
        ("contact", "Carla Contact", None),
        ("contract", "ACME-LIVE", None),
    ]


def test_only_the_fields_that_change_are_written_and_logged(site: Site) -> None:
    number = corrected_order(site)
    version = update(
        site,
        number,
        {
            "title": "  Leak in the basement ",  # the same once stripped
            "priority": 3,  # the same as a number
            "building_id": site.building_id,
            "type": "reactive",
            "category": "  Plumbing",
            "kind": "incident",
        },
    )
    assert version == 2
    assert [(field, new) for _, field, _, new, _ in entries(site.db, number)[1:]] == [
        ("kind", "incident"),
        ("category", "Plumbing"),
    ]


def test_no_change_at_all_writes_nothing_and_keeps_the_version(site: Site) -> None:
    number = corrected_order(site)
    digest, before = checksum(site.db), counts(site.db)
    assert update(site, number, {}) == 1
    assert update(site, number, {"title": "Leak in the basement", "contact_id": site.contact_id}) == 1
    assert checksum(site.db) == digest and counts(site.db) == before


def test_a_changed_building_renames_the_list_copy_and_the_search_finds_the_new_title(site: Site) -> None:
    number = corrected_order(site)
    new_order(site, title="Broken window")
    update(site, number, {"title": "Burst pipe in the atrium", "building_id": site.second_building_id})
    assert order_row(site.db, number).building_name == "Atrium Nord"

    def found(text: str, mode: TextMode | None = None) -> list[int]:
        query = ListQuery.of(ListFilter(text=text), None)
        with site.db.reading() as session:
            prepared = helpdesk.prepare(session, replace(query, text_mode=mode) if mode else query)
            return [row.number for row in helpdesk.page_after(session, prepared, None, 50)]

    for mode in (None, TextMode.INDEX, TextMode.SCAN):
        assert found("Burst pipe", mode) == [number]
        assert found("Atrium Nord", mode) == [number]
        assert found("basement", mode) == []
    with site.db.reading() as session:
        [row] = helpdesk.rows_by_number(session, [number]).values()
    assert (row.title, row.building) == ("Burst pipe in the atrium", "Atrium Nord")


@pytest.mark.parametrize("status", [Status.CLOSED, Status.CANCELLED, Status.REJECTED])
def test_a_closed_cancelled_or_rejected_order_is_read_only(site: Site, status: Status) -> None:
    number = corrected_order(site)
    if status is Status.CLOSED:
        actions.start(site.db, site.admin, number, 1)
        actions.complete(site.db, site.admin, number, 2)
        actions.close(site.db, site.admin, number, 3)
    elif status is Status.CANCELLED:
        actions.cancel_job(site.db, site.admin, number, 1, "Logged twice")
    else:
        actions.reject(site.db, site.admin, number, 1, "Not ours")
    for field, (value, _, _) in edits(site).items():
        error = refused(site.db, lambda f=field, v=value: update(site, number, {f: v}), TransitionRefused)
        assert "it can no longer be changed" in str(error)
        assert error.refusal is not None


def test_a_completed_order_can_still_be_corrected(site: Site) -> None:
    number = corrected_order(site)
    actions.start(site.db, site.admin, number, 1)
    actions.complete(site.db, site.admin, number, 2)
    assert update(site, number, {"category": "Plumbing", "due_date": None}) == 4


@pytest.mark.parametrize("field", ["building_id", "type"])
def test_the_building_and_type_are_fixed_once_work_started(site: Site, field: str) -> None:
    number = corrected_order(site)
    value = edits(site)[field][0]
    actions.start(site.db, site.admin, number, 1)
    error = refused(site.db, lambda: update(site, number, {field: value, "title": "Changed too"}), TransitionRefused)
    assert "can be changed only while the work order is “New” or “Needs clarification”" in str(error)
    assert order_row(site.db, number).title == "Leak in the basement"
    # The other fields still can.
    assert update(site, number, {"title": "Changed"}) == 3


def test_the_building_and_type_can_change_while_clarification_is_needed(site: Site) -> None:
    number = corrected_order(site)
    actions.ask_for_clarification(site.db, site.admin, number, 1, "Which floor?")
    update(site, number, {"building_id": site.second_building_id, "type": WorkOrderType.PURCHASE})
    order = order_row(site.db, number)
    assert (order.building_id, order.type) == (site.second_building_id, WorkOrderType.PURCHASE)


def test_a_ppm_keeps_its_type_building_and_contract(site: Site) -> None:
    number = ppm_order(site.db, site.building_id)
    for field, value in (
        ("type", WorkOrderType.REACTIVE),
        ("building_id", site.second_building_id),
        ("contract_id", site.contract_id),
    ):
        error = refused(site.db, lambda f=field, v=value: update(site, number, {f: v}), TransitionRefused)
        assert "come from its PPM job" in str(error)
    assert update(site, number, {"title": "Boiler service, east wing", "priority": Priority.HIGH}) == 2


def test_no_order_becomes_a_ppm(site: Site) -> None:
    number = corrected_order(site)
    error = refused(site.db, lambda: update(site, number, {"type": WorkOrderType.PPM}), ValidationError)
    assert "generated from their contract" in str(error)


EDIT_REFUSALS: dict[str, tuple[str, object, type[BureauError], str]] = {
    "another client's building": ("building_id", "other_building_id", ValidationError, "Globex Tower"),
    "archived building": ("building_id", "archived_building_id", ValidationError, "Ancien Entrepôt"),
    "unknown building": ("building_id", 999_999, NotFound, "building no longer exists"),
    "another client's contact": ("contact_id", "other_contact_id", ValidationError, "Otto Other"),
    "unknown contact": ("contact_id", 999_999, NotFound, "contact no longer exists"),
    "another client's contract": ("contract_id", "other_contract_id", ValidationError, "GLOBEX-1"),
    "expired contract": ("contract_id", "expired_contract_id", ValidationError, "ACME-OLD is not in force"),
    "unknown contract": ("contract_id", 999_999, NotFound, "contract no longer exists"),
    "empty title": ("title", " \t ", ValidationError, "needs a title"),
    "title too long": ("title", "x" * 201, ValueRefused, "Title is too long"),
    "control character": ("description", "a\x00b", ValueRefused, "Description holds a character"),
    "priority out of range": ("priority", 5, ValidationError, "Priority"),
    "impact not of the scale": ("impact", "Catastrophe", ValidationError, "Impact"),
    "unknown kind": ("kind", "question", ValidationError, "Kind"),
    "unknown type": ("type", "repair", ValidationError, "Type"),
    "text for a date": ("due_date", "2026-07-01", ValidationError, "Due date"),
    "unknown field": ("status", "closed", ValidationError, "“status” is not a field"),
    "the building's client": ("client_id", 1, ValidationError, "“client_id” is not a field"),
}


@pytest.mark.parametrize("case", sorted(EDIT_REFUSALS))
def test_a_bad_correction_is_refused_and_nothing_written(site: Site, case: str) -> None:
    field, value, error, words = EDIT_REFUSALS[case]
    if isinstance(value, str) and value.endswith("_id"):
        value = getattr(site, value)
    number = corrected_order(site)
    # With a good change next to it: nothing is written at all.
    refusal = refused(site.db, lambda: update(site, number, {"category": "Roofing", field: value}), error)
    assert words in str(refusal)
    assert version_of(site.db, number) == 1


def test_an_older_free_text_impact_is_kept_unless_replaced_by_one_of_the_scale(site: Site) -> None:
    number = corrected_order(site)
    with site.db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        order.impact = "Bâtiment fermé"
    version = version_of(site.db, number)
    # Sent back unchanged by a form: nothing to do.
    assert update(site, number, {"impact": "Bâtiment fermé", "title": "Leak in the basement"}) == version
    refused(site.db, lambda: update(site, number, {"impact": "Bâtiment ouvert"}), ValidationError)
    update(site, number, {"impact": Impact.SITE_DOWN})
    assert order_row(site.db, number).impact == "site_down"
    assert entries(site.db, number)[-1][1:4] == ("impact", "Bâtiment fermé", "site_down")


def test_a_stale_version_is_refused_with_who_and_when_and_nothing_overwritten(site: Site) -> None:
    number = corrected_order(site)
    loaded = version_of(site.db, number)
    update_work_order(site.db, site.supervisor, number, loaded, {"title": "Leak under the stairs"}, today=TODAY)

    error = refused(
        site.db,
        lambda: update_work_order(site.db, site.agent, number, loaded, {"title": "Leak in the cellar"}, today=TODAY),
        ConcurrentChange,
    )
    assert isinstance(error, ConcurrentChange)
    assert "was changed by Sue Pervisor at " in str(error)
    assert error.message.args["time"].tzinfo is not None
    assert error.current_version == loaded + 1
    assert order_row(site.db, number).title == "Leak under the stairs"


def test_an_order_that_does_not_exist(site: Site) -> None:
    refused(site.db, lambda: update_work_order(site.db, site.agent, 424242, 1, {"title": "x"}), NotFound)
    refused(site.db, lambda: update_work_order(site.db, site.agent, 424242, 1, {}), NotFound)
    refused(site.db, lambda: update_work_order(site.db, site.agent, 2**40, 1, {}), ValueRefused)


# -- archived contacts and clients ------------------------------------------------------------------------------


def _archive(db: Database, model: type, row_id: int) -> None:
    with db.transaction() as session:
        row = session.get(model, row_id)
        assert row is not None
        row.active = False


def _client_id(site: Site) -> int:
    with site.db.reading() as session:
        building = session.get(Building, site.building_id)
        assert building is not None
        return building.client_id


def test_an_archived_contact_is_refused_for_a_new_call_and_a_correction(site: Site) -> None:
    number = corrected_order(site)  # with Carla Contact
    _archive(site.db, Contact, site.contact_id)
    error = refused(site.db, lambda: new_order(site, contact_id=site.contact_id), ValidationError)
    assert "Carla Contact is an archived contact" in str(error)
    other = new_order(site, contact_id=site.second_contact_id)
    error = refused(site.db, lambda: update(site, other, {"contact_id": site.contact_id}), ValidationError)
    assert "Carla Contact is an archived contact" in str(error)
    # The order that names her keeps her while other fields change; she may be replaced or removed.
    update(site, number, {"contact_id": site.contact_id, "title": "Leak in the cellar"})
    assert order_row(site.db, number).contact_id == site.contact_id
    update(site, number, {"contact_id": None})
    assert order_row(site.db, number).contact_id is None


def test_the_buildings_and_contacts_of_an_archived_client_take_no_new_work(site: Site) -> None:
    number = corrected_order(site)
    _archive(site.db, Client, _client_id(site))
    error = refused(site.db, lambda: new_order(site), ValidationError)
    assert "Tour Horizon is a building of Acme Facilities, an archived client" in str(error)
    error = refused(site.db, lambda: update(site, number, {"building_id": site.second_building_id}), ValidationError)
    assert "Atrium Nord is a building of Acme Facilities, an archived client" in str(error)
    error = refused(site.db, lambda: update(site, number, {"contact_id": site.second_contact_id}), ValidationError)
    assert "Denis Durand is a contact of Acme Facilities, an archived client" in str(error)
    update(site, number, {"title": "Leak in the cellar", "contact_id": site.contact_id})
    assert order_row(site.db, number).title == "Leak in the cellar"


def test_the_choices_offer_active_contacts_and_keep_the_orders_own_marked(site: Site) -> None:
    client_id = _client_id(site)
    choices = order_choices(site.db, client_id, today=TODAY)
    assert [(c.name, c.usable) for c in choices.contacts] == [("Carla Contact", True), ("Denis Durand", True)]
    _archive(site.db, Contact, site.contact_id)
    choices = order_choices(site.db, client_id, today=TODAY)
    assert [c.name for c in choices.contacts] == ["Denis Durand"]
    choices = order_choices(site.db, client_id, contact_id=site.contact_id, today=TODAY)
    assert [(c.name, c.usable) for c in choices.contacts] == [("Carla Contact", False), ("Denis Durand", True)]

    _archive(site.db, Client, client_id)
    choices = order_choices(
        site.db, client_id, building_id=site.building_id, contact_id=site.second_contact_id, today=TODAY
    )
    assert [(c.name, c.usable) for c in choices.contacts] == [("Denis Durand", False)]
    assert [(c.name, c.usable) for c in choices.buildings] == [("Tour Horizon", False)]


# -- bad changes, generated ---------------------------------------------------------------------------------------

NOT_TEXT = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.binary(max_size=4))
NOT_AN_ID = st.one_of(
    OUT_OF_RANGE_INTS, UNKNOWN_IDS, st.booleans(), st.floats(), st.text(max_size=5), st.just(date(2026, 1, 1))
)


def bad_values(site: Site) -> dict[str, st.SearchStrategy[object]]:
    """For each field, values it refuses on a new order of the site's first building."""
    return {
        "title": st.one_of(NOT_TEXT, bad_line(200), st.sampled_from(["", "  ", "\t\n"])),
        "description": st.one_of(NOT_TEXT, bad_text()),
        "priority": st.one_of(
            st.integers().filter(lambda n: n not in (1, 2, 3, 4)),
            st.booleans(),
            st.floats(),
            st.text(max_size=8),
            st.none(),
            st.sampled_from(["urgent", "1", 2.0]),
        ),
        "impact": st.one_of(
            st.text(max_size=20).filter(lambda t: t not in tuple(Impact)), st.integers(), st.floats(), st.booleans()
        ),
        "kind": st.one_of(
            st.text(max_size=20).filter(lambda t: t not in tuple(Kind)), st.integers(), st.sampled_from([Impact.MAJOR])
        ),
        "category": st.one_of(bad_line(80), st.integers(), st.floats(), st.booleans(), st.binary(max_size=4)),
        "due_date": st.one_of(
            st.datetimes(), st.text(max_size=10), st.integers(), st.floats(), st.sampled_from(["2026-07-01"])
        ),
        "contact_id": st.one_of(NOT_AN_ID, st.just(site.other_contact_id)),
        "contract_id": st.one_of(
            NOT_AN_ID, st.sampled_from([site.other_contract_id, site.expired_contract_id, site.future_contract_id])
        ),
        "building_id": st.one_of(
            NOT_AN_ID, st.none(), st.sampled_from([site.other_building_id, site.archived_building_id])
        ),
        "type": st.one_of(
            st.text(max_size=10).filter(lambda t: t not in tuple(WorkOrderType)),
            st.just(WorkOrderType.PPM),
            st.integers(),
            st.none(),
        ),
    }


def good_values(site: Site) -> dict[str, st.SearchStrategy[object]]:
    return {
        "title": good_line(200),
        "priority": st.sampled_from(Priority),
        "impact": st.one_of(st.none(), st.sampled_from(Impact)),
        "kind": st.one_of(st.none(), st.sampled_from(Kind)),
        "category": st.one_of(st.none(), good_line(80)),
        "due_date": st.one_of(st.none(), st.dates()),
        "contact_id": st.sampled_from([None, site.contact_id, site.second_contact_id]),
        "building_id": st.sampled_from([site.building_id, site.second_building_id]),
    }


UNKNOWN_NAMES = st.one_of(
    st.text(max_size=20).filter(lambda name: name not in EDITABLE_FIELDS),
    st.sampled_from(["status", "number", "version", "client_id", "assignee_id", "Title", "title ", "id"]),
    st.integers(),
    st.none(),
)


@pytest.fixture
def bad_input_site(site: Site) -> tuple[Site, int]:
    return site, corrected_order(site)


@BAD_INPUT
@given(data=st.data())
def test_generated_bad_changes_are_refused_and_nothing_written(
    bad_input_site: tuple[Site, int], data: st.DataObject
) -> None:
    site, number = bad_input_site
    good = data.draw(
        st.fixed_dictionaries({}, optional=good_values(site)),  # type: ignore[arg-type]
        "good",
    )
    if data.draw(st.booleans(), "unknown name"):
        name: Any = data.draw(UNKNOWN_NAMES, "name")
        value: object = data.draw(st.one_of(st.none(), st.text(max_size=5), st.integers()), "value")
    else:
        name = data.draw(st.sampled_from(EDITABLE_FIELDS), "field")
        value = data.draw(bad_values(site)[name], "value")
    changes = {**good, name: value}
    refused(site.db, lambda: update_work_order(site.db, site.agent, number, 1, changes, today=TODAY))


# -- deleting an order logged by mistake --------------------------------------------------------------------------


def test_an_order_logged_by_mistake_is_deleted(site: Site) -> None:
    number = corrected_order(site)
    assert deletion_refusal(site.db, site.supervisor, number) is None
    delete_work_order(site.db, site.supervisor, number)
    assert counts(site.db) == (0, 0, 0)
    refused(site.db, lambda: delete_work_order(site.db, site.supervisor, number), NotFound)


DELETE_REFUSALS: dict[str, tuple[Callable[[Site, int], object], str]] = {
    "started": (lambda s, n: actions.start(s.db, s.admin, n, 1), "this one is “In progress”"),
    "with a comment": (lambda s, n: actions.add_comment(s.db, s.admin, n, 1, "Called back"), "cancel it instead"),
    "corrected": (lambda s, n: update(s, n, {"title": "Leak, level -2"}), "cancel it instead"),
    "assigned": (lambda s, n: actions.assign(s.db, s.admin, n, 1, s.agent.user_id), "cancel it instead"),
    "cancelled": (lambda s, n: actions.cancel_job(s.db, s.admin, n, 1, "Twice"), "this one is “Cancelled”"),
    "reinstated": (
        lambda s, n: actions.reinstate(
            s.db, s.admin, n, actions.cancel_job(s.db, s.admin, n, 1, "Twice"), ReinstateMode.TO_PREVIOUS_STATUS, "Oops"
        ),
        "cancel it instead",
    ),
}


@pytest.mark.parametrize("case", sorted(DELETE_REFUSALS))
def test_an_order_with_a_history_is_not_deleted(site: Site, case: str) -> None:
    before, words = DELETE_REFUSALS[case]
    number = corrected_order(site)
    before(site, number)
    reason = deletion_refusal(site.db, site.supervisor, number)
    assert reason is not None and words in reason.english()
    error = refused(site.db, lambda: delete_work_order(site.db, site.supervisor, number), TransitionRefused)
    assert str(error) == f"Work order {number} cannot be deleted. {reason.english()}"


def test_deleting_needs_the_permission(site: Site) -> None:
    number = corrected_order(site)
    reason = deletion_refusal(site.db, site.agent, number)
    assert reason is not None and "Delete work orders" in reason.english()
    refused(site.db, lambda: delete_work_order(site.db, site.agent, number), PermissionDenied)


# -- priority target times ---------------------------------------------------------------------------------------


def test_priority_targets_default_until_an_administrator_sets_them(site: Site) -> None:
    assert app_settings.priority_targets(site.db) == {
        Priority.URGENT: timedelta(hours=4),
        Priority.HIGH: timedelta(days=1),
        Priority.NORMAL: timedelta(days=5),
        Priority.LOW: timedelta(days=20),
    }
    assert app_settings.priority_targets_and_version(site.db) == (dict(DEFAULT_PRIORITY_TARGETS), 0)

    version = app_settings.set_priority_targets(
        site.db, site.admin, {Priority.URGENT: timedelta(hours=2), Priority.LOW: timedelta(days=365)}, 0
    )
    assert version == 1
    expected = {**DEFAULT_PRIORITY_TARGETS, Priority.URGENT: timedelta(hours=2), Priority.LOW: timedelta(days=365)}
    assert app_settings.priority_targets_and_version(site.db) == (expected, 1)
    with site.db.reading() as session:
        stored = session.get(AppSetting, app_settings.PRIORITY_TARGETS_KEY)
        assert stored is not None
        assert stored.value == {"urgent": 2, "high": 24, "normal": 120, "low": 8760}

    assert app_settings.set_priority_targets(site.db, site.admin, {2: timedelta(hours=12)}, 1) == 2
    assert app_settings.priority_targets(site.db)[Priority.HIGH] == timedelta(hours=12)
    # The same targets again: nothing written.
    assert app_settings.set_priority_targets(site.db, site.admin, {Priority.HIGH: timedelta(hours=12)}, 2) == 2
    # The due date they give: 12 hours after 13:00 UTC is the next day.
    logged = datetime(2026, 6, 15, 13, tzinfo=UTC)
    assert app_settings.suggested_due_date(site.db, Priority.HIGH, logged, UTC) == date(2026, 6, 16)
    assert app_settings.suggested_due_date(site.db, Priority.URGENT, logged, UTC) == date(2026, 6, 15)


def test_priority_targets_changed_since_loaded_are_not_overwritten(site: Site) -> None:
    app_settings.set_priority_targets(site.db, site.admin, {Priority.URGENT: timedelta(hours=2)}, 0)
    error = refused(
        site.db,
        lambda: app_settings.set_priority_targets(site.db, site.admin, {Priority.URGENT: timedelta(hours=8)}, 0),
        ConcurrentChange,
    )
    assert "changed by someone else" in str(error)
    assert app_settings.priority_targets(site.db)[Priority.URGENT] == timedelta(hours=2)


def test_only_an_administrator_sets_priority_targets(site: Site) -> None:
    for actor in (site.agent, site.supervisor):
        error = refused(
            site.db,
            lambda a=actor: app_settings.set_priority_targets(site.db, a, {Priority.URGENT: timedelta(hours=2)}),
            PermissionDenied,
        )
        assert "Administer users and settings" in str(error)


@pytest.mark.parametrize(
    "targets",
    [
        {Priority.URGENT: timedelta(0)},
        {Priority.URGENT: timedelta(minutes=59)},
        {Priority.HIGH: timedelta(hours=1, minutes=30)},
        {Priority.NORMAL: timedelta(days=365, hours=1)},
        {Priority.LOW: timedelta(days=-1)},
        {Priority.LOW: 48},
        {Priority.LOW: None},
        {5: timedelta(hours=4)},
        {"urgent": timedelta(hours=4)},
        {True: timedelta(hours=4)},
        [(Priority.URGENT, timedelta(hours=4))],
    ],
)
def test_priority_targets_out_of_range_are_refused(site: Site, targets: Any) -> None:
    app_settings.set_priority_targets(site.db, site.admin, {Priority.URGENT: timedelta(hours=3)})
    refused(site.db, lambda: app_settings.set_priority_targets(site.db, site.admin, targets), ValidationError)


# -- completing the category ---------------------------------------------------------------------------------------


def test_categories_in_use_are_distinct_alphabetical_and_bounded(site: Site) -> None:
    for category in ["Plumbing", "HVAC", "plumbing", "Lifts", "Plumbing", None, "Électricité", "50%_off", "Roofing"]:
        new_order(site, category=category)
    assert categories_in_use(site.db) == ["50%_off", "Électricité", "HVAC", "Lifts", "Plumbing", "plumbing", "Roofing"]
    assert categories_in_use(site.db, "pl") == ["Plumbing", "plumbing"]
    assert categories_in_use(site.db, " PLUM ") == ["Plumbing", "plumbing"]
    assert categories_in_use(site.db, "50%") == ["50%_off"]
    assert categories_in_use(site.db, "5_") == []
    assert categories_in_use(site.db, "%") == []
    assert categories_in_use(site.db, "x") == []
    assert len(categories_in_use(site.db, limit=3)) == 3
    with pytest.raises(ValueRefused):
        categories_in_use(site.db, "a\x00")
    with pytest.raises(ValueError):
        categories_in_use(site.db, limit=0)
