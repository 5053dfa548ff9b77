"""Buildings and contacts for a sized demo, in proportion to its orders.

A sized demo of N orders has about N / 50 buildings and 3 N / 50 contacts (2 and 6 per 100 orders; never
fewer than the plain demo's), spread over the demo's clients in proportion to their own sites, and written in
bulk. The orders keep the work-order generator's random stream: an order first draws one of the plain
demo's sites as before (which decides its client), then ``ScaleSites`` moves it to one of that client's
buildings, and its contact to one of that client's contacts, with a random stream of their own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from sqlalchemy import Connection, func, select

from desktop.db.bulk import insert_rows
from desktop.db.models import Building, Client, Contact
from desktop.demo.sites import CLIENTS, ClientDef
from desktop.demo.texts import DemoTexts
from desktop.demo.world import Site

BUILDINGS_PER_ORDER = 0.02
CONTACTS_PER_ORDER = 0.06
# Mixed into the demo's seed for the stream of this module, so that the orders' own stream is untouched.
SEED_OFFSET = 7_919

BUILDING_COLUMNS = ("client_id", "name", "address_line", "postcode", "city", "country", "start_date", "active")
CONTACT_COLUMNS = ("client_id", "name", "email", "phone", "receives_ppm_emails")


def wanted(size: int, per_order: float, plain: int) -> int:
    """How many a sized demo of ``size`` orders has: in proportion, at least what the plain demo has."""
    return max(plain, round(size * per_order))


@dataclass(frozen=True)
class _ClientSites:
    sites: tuple[Site, ...]
    contact_ids: tuple[int, ...]


class ScaleSites:
    """Moves an order drawn at one of the plain demo's sites to one of its client's buildings and contacts."""

    def __init__(self, by_client: dict[int, _ClientSites], rng: Random, buildings: int, contacts: int) -> None:
        self._by_client = by_client
        self._random = rng.random
        self.buildings = buildings
        self.contacts = contacts

    def site(self, site: Site) -> Site:
        sites = self._by_client[site.client_id].sites
        return sites[int(self._random() * len(sites))]

    def contact(self, client_id: int, contact_id: int | None) -> int | None:
        if contact_id is None:
            return None
        ids = self._by_client[client_id].contact_ids
        return ids[int(self._random() * len(ids))]


def add_scale_sites(
    connection: Connection,
    texts: DemoTexts,
    sites: Sequence[Site],
    size: int,
    seed: int,
    today: date,
) -> ScaleSites:
    """Write the buildings and contacts a demo of ``size`` orders has beyond the plain demo's ``sites``."""
    rng = Random(seed + SEED_OFFSET)
    plain_contacts = {contact for site in sites for contact in site.contact_ids}
    extra_buildings = wanted(size, BUILDINGS_PER_ORDER, len(sites)) - len(sites)
    extra_contacts = wanted(size, CONTACTS_PER_ORDER, len(plain_contacts)) - len(plain_contacts)
    client_ids = dict(connection.execute(select(Client.reference, Client.id)).all())
    definitions = {client_ids[definition.reference]: definition for definition in CLIENTS}
    # The plain sites in turn, so every client gets extra buildings and contacts in proportion to its sites.
    building = Building.__table__
    contact = Contact.__table__
    last_building = connection.scalar(select(func.coalesce(func.max(building.c.id), 0)))
    last_contact = connection.scalar(select(func.coalesce(func.max(contact.c.id), 0)))
    insert_rows(
        connection, building, BUILDING_COLUMNS, _buildings(texts, sites, definitions, extra_buildings, rng, today)
    )
    insert_rows(connection, contact, CONTACT_COLUMNS, _contacts(sites, definitions, extra_contacts, rng))

    by_client: dict[int, tuple[list[Site], list[int]]] = {}
    for site in sites:
        found = by_client.setdefault(site.client_id, ([], []))
        found[0].append(site)
        if not found[1]:
            found[1].extend(site.contact_ids)
    first = {site.client_id: site for site in sites}
    rows = connection.execute(
        select(building.c.id, building.c.client_id, building.c.name).where(building.c.id > last_building)
    )
    for building_id, client_id, name in rows:
        model = first[client_id]
        by_client[client_id][0].append(
            Site(
                building_id=building_id,
                client_id=client_id,
                name=name,
                client_name=model.client_name,
                contact_ids=model.contact_ids,
                contract_id=model.contract_id,
            )
        )
    rows = connection.execute(select(contact.c.id, contact.c.client_id).where(contact.c.id > last_contact))
    for contact_id, client_id in rows:
        by_client[client_id][1].append(contact_id)
    frozen = {
        client_id: _ClientSites(tuple(client_sites), tuple(contact_ids))
        for client_id, (client_sites, contact_ids) in by_client.items()
    }
    return ScaleSites(
        frozen,
        rng,
        buildings=len(sites) + extra_buildings,
        contacts=len(plain_contacts) + extra_contacts,
    )


def _buildings(
    texts: DemoTexts,
    sites: Sequence[Site],
    definitions: dict[int, ClientDef],
    count: int,
    rng: Random,
    today: date,
) -> Iterator[tuple[object, ...]]:
    first_of_month = today.replace(day=1)
    for index in range(count):
        plain = sites[index % len(sites)]
        definition = definitions[plain.client_id]
        site = rng.choice(definition.sites)
        yield (
            plain.client_id,
            f"{texts.site_kinds[definition.site_kind]} {site.place} {index // len(sites) + 2}",
            f"{rng.randint(1, 250)} {site.address_line.split(' ', 1)[-1]}",
            site.postcode,
            site.city,
            definition.country,
            first_of_month - timedelta(days=rng.randint(365 * 2, 365 * 15)),
            True,
        )


def _contacts(
    sites: Sequence[Site], definitions: dict[int, ClientDef], count: int, rng: Random
) -> Iterator[tuple[object, ...]]:
    first_names = sorted({contact.name.split(" ", 1)[0] for client in CLIENTS for contact in client.contacts})
    last_names = sorted({contact.name.split(" ", 1)[1] for client in CLIENTS for contact in client.contacts})
    for index in range(count):
        plain = sites[index % len(sites)]
        definition = definitions[plain.client_id]
        first, last = rng.choice(first_names), rng.choice(last_names)
        mailbox = f"{first[0]}.{last.replace(' ', '')}{index}".lower()
        mailbox = unicodedata.normalize("NFKD", mailbox).encode("ascii", "ignore").decode()
        phone = rng.choice(definition.contacts).phone
        yield (
            plain.client_id,
            f"{first} {last}",
            f"{mailbox}@{definition.mail_domain}",
            f"{phone[:-4]}{rng.randrange(10_000):04d}",
            False,
        )
