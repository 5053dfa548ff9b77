"""The type-ahead lookups of the New work order dialog, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from desktop.db.engine import Database
from desktop.db.models import Building, Client, Contact, Contract, User, WorkOrder
from desktop.db.types import utcnow
from desktop.domain.errors import BureauError, ValueRefused
from desktop.domain.workorders import Status
from desktop.services import workorder_actions
from desktop.services.actor import Actor
from desktop.services.lookup_search import (
    active_agents,
    find_buildings,
    find_clients,
    find_contacts,
    live_contracts,
    open_orders_at,
)
from desktop.services.users import create_user
from desktop.services.workorder_detail import get_detail
from tests.bad_input_world import BAD_INPUT
from tests.bad_values import OUT_OF_RANGE_INTS, REFUSED_EVERYWHERE, REFUSED_IN_LINE_ONLY
from tests.factories import reactive_orders

TODAY = date(2026, 5, 14)


@dataclass(frozen=True)
class Sites:
    acme: int
    brico: int
    horizon: int  # Acme, Paris 75002
    lumiere: int  # Acme, Lyon 69002
    archived: int  # Acme, archived
    depot: int  # Brico, Lille 59000
    carla: int  # Acme
    bruno: int  # Brico


@pytest.fixture
def sites(db: Database) -> Sites:
    with db.transaction() as session:
        acme = Client(name="Acme Facilities", reference="ACM-001")
        brico = Client(name="Brico Dépôt Nord", reference="BRI-7")

        def building(client: Client, name: str, postcode: str, city: str, active: bool = True) -> Building:
            return Building(
                client=client,
                name=name,
                address_line="1 rue de la Paix",
                postcode=postcode,
                city=city,
                country="FR",
                start_date=date(2020, 1, 1),
                active=active,
            )

        horizon = building(acme, "Tour Horizon", "75002", "Paris")
        lumiere = building(acme, "Résidence Lumière", "69002", "Lyon")
        archived = building(acme, "Old Horizon Annex", "75011", "Paris", active=False)
        depot = building(brico, "Dépôt Horizon", "59000", "Lille")
        carla = Contact(client=acme, name="Carla Dupont", email="carla@acme.example", phone="+33 1 23 45 67 89")
        bruno = Contact(client=brico, name="Bruno Carlier", email="bruno@brico.example", phone="03 20 00 00 00")
        session.add_all([acme, brico, horizon, lumiere, archived, depot, carla, bruno])
        session.flush()
        return Sites(acme.id, brico.id, horizon.id, lumiere.id, archived.id, depot.id, carla.id, bruno.id)


# --- clients ---------------------------------------------------------------------------------------------------


def test_clients_are_found_by_name_or_reference_case_not_minded(db: Database, sites: Sites) -> None:
    assert [hit.name for hit in find_clients(db, "acme")] == ["Acme Facilities"]
    assert [hit.name for hit in find_clients(db, "FACIL")] == ["Acme Facilities"]
    assert [hit.name for hit in find_clients(db, "bri-7")] == ["Brico Dépôt Nord"]
    assert find_clients(db, "  acm-001  ")[0].reference == "ACM-001"
    assert find_clients(db, "nobody") == []


def test_an_empty_text_lists_clients_alphabetically(db: Database, sites: Sites) -> None:
    assert [hit.name for hit in find_clients(db, "")] == ["Acme Facilities", "Brico Dépôt Nord"]


def test_those_that_start_with_the_text_come_first(db: Database, sites: Sites) -> None:
    with db.transaction() as session:
        session.add(Client(name="Zeta Brico", reference="ZET-1"))
    assert [hit.name for hit in find_clients(db, "bri")] == ["Brico Dépôt Nord", "Zeta Brico"]


def test_a_lookup_returns_at_most_its_limit(db: Database) -> None:
    with db.transaction() as session:
        session.add_all(Client(name=f"Client {index:02d}", reference=f"C{index:02d}") for index in range(30))
    assert len(find_clients(db, "client")) == 20
    assert [hit.name for hit in find_clients(db, "client", limit=3)] == ["Client 00", "Client 01", "Client 02"]
    with pytest.raises(ValueError):
        find_clients(db, "client", limit=0)


def test_percent_and_underscore_are_searched_as_themselves(db: Database, sites: Sites) -> None:
    with db.transaction() as session:
        session.add(Client(name="100% Clean_Co", reference="PCT"))
    assert [hit.name for hit in find_clients(db, "%")] == ["100% Clean_Co"]
    assert [hit.name for hit in find_clients(db, "_")] == ["100% Clean_Co"]
    assert find_clients(db, "a%c") == []


# --- buildings -------------------------------------------------------------------------------------------------


def test_buildings_are_found_by_name_city_postcode_or_client_reference(db: Database, sites: Sites) -> None:
    assert [hit.id for hit in find_buildings(db, "HORIZON")] == [sites.depot, sites.horizon]
    assert [hit.id for hit in find_buildings(db, "lyon")] == [sites.lumiere]
    assert [hit.id for hit in find_buildings(db, "6900")] == [sites.lumiere]
    assert [hit.id for hit in find_buildings(db, "bri-")] == [sites.depot]
    found = find_buildings(db, "tour")[0]
    assert (found.client_id, found.client_name, found.postcode, found.city) == (
        sites.acme,
        "Acme Facilities",
        "75002",
        "Paris",
    )


def test_archived_buildings_are_never_offered(db: Database, sites: Sites) -> None:
    assert sites.archived not in {hit.id for hit in find_buildings(db, "annex")}
    assert sites.archived not in {hit.id for hit in find_buildings(db, "")}
    assert sites.archived not in {hit.id for hit in find_buildings(db, "75011")}


def test_case_is_not_minded_in_any_alphabet_from_three_characters(db: Database, sites: Sites) -> None:
    assert [hit.id for hit in find_buildings(db, "RÉSIDENCE")] == [sites.lumiere]
    assert [hit.id for hit in find_buildings(db, "dÉpÔt")] == [sites.depot]
    assert [hit.id for hit in find_buildings(db, "ly")] == [sites.lumiere]  # short: a scan


def test_buildings_are_found_by_their_address_line(db: Database, sites: Sites) -> None:
    assert {hit.id for hit in find_buildings(db, "RUE DE LA PAIX")} == {sites.horizon, sites.lumiere, sites.depot}


def test_quotes_and_search_syntax_are_searched_as_text(db: Database, sites: Sites) -> None:
    with db.transaction() as session:
        hall = Building(
            client_id=sites.acme,
            name='Le "Grand" Hall AND OR NOT*',
            address_line="2 rue (haute)",
            postcode="75003",
            city="Paris",
            country="FR",
            start_date=date(2020, 1, 1),
        )
        session.add(hall)
        session.flush()
        hall_id = hall.id
    assert [hit.id for hit in find_buildings(db, '"grand"')] == [hall_id]
    assert [hit.id for hit in find_buildings(db, "and or not*")] == [hall_id]
    assert [hit.id for hit in find_buildings(db, "(haute)")] == [hall_id]
    assert find_buildings(db, '"grand" hall"') == []


def test_a_renamed_building_or_contact_is_found_by_its_new_name(db: Database, sites: Sites) -> None:
    with db.transaction() as session:
        session.execute(update(Building).where(Building.id == sites.horizon).values(name="Tour Zéphyr"))
        session.execute(update(Contact).where(Contact.id == sites.carla).values(email="carla@zephyr.example"))
    assert [hit.id for hit in find_buildings(db, "zéphyr")] == [sites.horizon]
    assert sites.horizon not in {hit.id for hit in find_buildings(db, "tour horizon")}
    assert [hit.id for hit in find_contacts(db, "zephyr")] == [sites.carla]
    assert find_contacts(db, "acme.example") == []


def test_archived_clients_and_contacts_and_what_is_theirs_are_never_offered(db: Database, sites: Sites) -> None:
    with db.transaction() as session:
        session.execute(update(Client).where(Client.id == sites.brico).values(active=False))
        session.execute(update(Contact).where(Contact.id == sites.carla).values(active=False))
    assert [hit.id for hit in find_clients(db, "")] == [sites.acme]
    assert sites.depot not in {hit.id for hit in find_buildings(db, "horizon")}
    assert find_contacts(db, "carl") == []


def test_a_client_narrows_the_buildings(db: Database, sites: Sites) -> None:
    assert [hit.id for hit in find_buildings(db, "horizon", client_id=sites.acme)] == [sites.horizon]
    assert [hit.id for hit in find_buildings(db, "", client_id=sites.acme)] == [sites.lumiere, sites.horizon]
    assert find_buildings(db, "", client_id=10_000_000) == []


# --- contacts --------------------------------------------------------------------------------------------------


def test_contacts_are_found_by_name_email_or_phone(db: Database, sites: Sites) -> None:
    assert [hit.id for hit in find_contacts(db, "carl")] == [sites.carla, sites.bruno]  # Carla starts with it
    assert [hit.id for hit in find_contacts(db, "BRICO.EXAMPLE")] == [sites.bruno]
    assert [hit.id for hit in find_contacts(db, "45 67")] == [sites.carla]
    hit = find_contacts(db, "dupont")[0]
    assert (hit.client_id, hit.client_name, hit.email, hit.phone) == (
        sites.acme,
        "Acme Facilities",
        "carla@acme.example",
        "+33 1 23 45 67 89",
    )


def test_a_client_narrows_the_contacts(db: Database, sites: Sites) -> None:
    assert [hit.id for hit in find_contacts(db, "carl", client_id=sites.brico)] == [sites.bruno]
    assert [hit.id for hit in find_contacts(db, "", client_id=sites.acme)] == [sites.carla]


# --- the text typed is user input ------------------------------------------------------------------------------


def test_a_text_longer_than_every_column_is_clipped_not_refused(db: Database, sites: Sites) -> None:
    assert find_clients(db, "Acme Facilities" + "x" * 500) == []
    assert find_buildings(db, "Tour Horizon" + " " * 300) != []  # blanks at the end are stripped
    assert find_contacts(db, "c" * 10_000) == []
    # Longer than a reference, still a client's name: looked for where it fits.
    long_name = "Syndicat des copropriétaires de la Résidence du Parc"
    with db.transaction() as session:
        session.add(Client(name=long_name, reference="SYN"))
    assert len(long_name) > 40
    assert [hit.name for hit in find_clients(db, long_name.lower())] == [long_name]


@pytest.mark.parametrize("char", REFUSED_EVERYWHERE + REFUSED_IN_LINE_ONLY + ("\ud800",))
def test_a_control_character_is_refused_with_a_message(db: Database, sites: Sites, char: str) -> None:
    for search in (find_clients, find_buildings, find_contacts):
        with pytest.raises(ValueRefused) as refused:
            search(db, f"Tour{char}Horizon")
        assert "Search text" in str(refused.value)


@BAD_INPUT
@given(text=st.text(max_size=400))
def test_any_text_gives_hits_or_a_bureau_error(db: Database, sites: Sites, text: str) -> None:
    for search in (find_clients, find_buildings, find_contacts):
        try:
            search(db, text)
        except BureauError:
            pass


@BAD_INPUT
@given(client_id=OUT_OF_RANGE_INTS)
def test_an_impossible_client_id_is_refused(db: Database, sites: Sites, client_id: int) -> None:
    with pytest.raises(ValueRefused):
        find_buildings(db, "", client_id=client_id)
    with pytest.raises(ValueRefused):
        find_contacts(db, "", client_id=client_id)
    with pytest.raises(ValueRefused):
        live_contracts(db, client_id, TODAY)
    with pytest.raises(ValueRefused):
        open_orders_at(db, client_id)


# --- contracts, open orders, agents ----------------------------------------------------------------------------


def test_live_contracts_are_those_in_force_today(db: Database, sites: Sites) -> None:
    with db.transaction() as session:

        def contract(client_id: int, reference: str, start: date, end: date) -> Contract:
            return Contract(
                client_id=client_id,
                reference=reference,
                start_date=start,
                end_date=end,
                fy_start_month=1,
                fy_start_day=1,
                currency="EUR",
            )

        session.add_all(
            [
                contract(sites.acme, "CT-LIVE", date(2026, 1, 1), date(2026, 12, 31)),
                contract(sites.acme, "CT-ENDS-TODAY", date(2025, 1, 1), TODAY),
                contract(sites.acme, "CT-OLD", date(2020, 1, 1), date(2025, 12, 31)),
                contract(sites.acme, "CT-FUTURE", TODAY + timedelta(days=1), date(2027, 12, 31)),
                contract(sites.brico, "CT-BRICO", date(2026, 1, 1), date(2026, 12, 31)),
            ]
        )
    assert [hit.reference for hit in live_contracts(db, sites.acme, TODAY)] == ["CT-ENDS-TODAY", "CT-LIVE"]
    assert live_contracts(db, sites.acme, TODAY + timedelta(days=1))[0].reference == "CT-FUTURE"


def test_open_orders_of_a_building_newest_first(db: Database, admin: Actor, sites: Sites) -> None:
    first, second, cancelled, third = reactive_orders(db, admin, sites.horizon, 4)
    reactive_orders(db, admin, sites.lumiere, 2)
    workorder_actions.cancel_job(db, admin, cancelled, get_detail(db, admin, cancelled).version, "Duplicate")
    workorder_actions.start(db, admin, second, get_detail(db, admin, second).version)
    with db.transaction() as session:  # the first was logged last, whatever its number
        session.execute(
            update(WorkOrder).where(WorkOrder.number == first).values(created_at=utcnow() + timedelta(days=1))
        )
    found = open_orders_at(db, sites.horizon)
    assert [order.number for order in found] == [first, third, second]
    assert [order.status for order in found] == [Status.NEW, Status.NEW, Status.IN_PROGRESS]
    assert found[1].title == "Leak number 3"
    assert found[0].created_at.tzinfo is not None
    assert [order.number for order in open_orders_at(db, sites.horizon, limit=1)] == [first]
    assert open_orders_at(db, sites.depot) == []


def test_only_active_agents_can_be_assigned(db: Database, admin: Actor) -> None:
    kept = create_user(db, admin, login="bea", display_name="Béa Martin", password="bea-password-1", roles=["agent"])
    gone = create_user(db, admin, login="al", display_name="Al Gone", password="al-password-12", roles=["agent"])
    with db.transaction() as session:
        session.execute(update(User).where(User.id == gone).values(active=False))
    agents = active_agents(db)
    assert (kept, "Béa Martin") in agents
    assert gone not in {user_id for user_id, _name in agents}
    assert (admin.user_id, admin.display_name) in agents
