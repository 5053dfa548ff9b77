"""The demo's reference data: clients, buildings, contacts, contracts, PPM jobs, job buildings and periods.

``build_world`` writes them with the ORM (a few hundred rows), has the PPM planner plan the periods through
the period editor's save, and returns what the work-order generator needs to know about them as plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from random import Random
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from desktop.db.models import Building, Client, Contact, Contract, FinancialPeriod, JobBuilding, PpmJob
from desktop.demo.sites import CLIENTS, CONTRACTS, ClientDef, ContractDef, JobDef
from desktop.demo.texts import DemoTexts
from desktop.domain.money import to_money
from desktop.services.ppm.saving import store_plans

# How far back the demo contracts start: far enough for a history of generated PPM orders.
CONTRACT_HISTORY_DAYS = 450

INVOICE_AMOUNT_FACTORS = (Decimal("1.00"), Decimal("1.00"), Decimal("1.10"), Decimal("1.25"))


@dataclass(frozen=True)
class Site:
    """A building as the work-order generator sees it."""

    building_id: int
    client_id: int
    name: str
    client_name: str
    contact_ids: tuple[int, ...]
    contract_id: int | None


@dataclass(frozen=True)
class PlannedVisit:
    """A valid period of a job building with a visit: once its generation date has come, it has one PPM order."""

    period_id: int
    job_building_id: int
    contract_id: int
    site: Site
    contact_id: int | None
    title: str
    description: str
    category: str
    certificate_required: bool
    invoiced: bool
    invoice_amount: Decimal
    financial_end: date
    visit_start: date
    visit_end: date
    generation_date: date


@dataclass(frozen=True)
class DemoWorld:
    sites: tuple[Site, ...]
    visits: tuple[PlannedVisit, ...]  # every period with a visit to generate, by generation date
    job_building_ids: tuple[int, ...]
    clients: int
    buildings: int
    contacts: int
    contracts: int
    ppm_jobs: int
    job_buildings: int
    periods: int


def contract_term(today: date, contract: ContractDef) -> tuple[date, date]:
    """A term that starts on a financial-year start some 15 to 27 months before ``today``."""
    anchor = today - timedelta(days=CONTRACT_HISTORY_DAYS)
    start = date(anchor.year, contract.fy_start_month, contract.fy_start_day)
    if start > anchor:
        start = start.replace(year=anchor.year - 1)
    end = start + relativedelta(years=contract.years) - timedelta(days=1)
    return start, end


def build_world(session: Session, texts: DemoTexts, rng: Random, today: date) -> DemoWorld:
    """Write the demo portfolio in ``session`` and return it as plain values.

    The periods of the contracts' job buildings are planned and stored as the period editor saves them
    (:func:`desktop.services.store_plans`), so that the editor opens on them with nothing to save.
    """
    clients: dict[str, Client] = {}
    for definition in CLIENTS:
        clients[definition.key] = _client(definition, texts, rng, today)
        session.add(clients[definition.key])

    client_definitions = {definition.key: definition for definition in CLIENTS}
    contracts: list[tuple[ContractDef, Contract]] = []
    for definition in CONTRACTS:
        client = clients[definition.client_key]
        currency = client_definitions[definition.client_key].currency
        contract = _contract(definition, client, currency, texts, rng, today)
        session.add(contract)
        contracts.append((definition, contract))
    session.flush()

    contract_of_client = {contract.client_id: contract.id for _, contract in contracts}
    sites = {
        building.id: Site(
            building_id=building.id,
            client_id=client.id,
            name=building.name,
            client_name=client.name,
            contact_ids=tuple(contact.id for contact in client.contacts),
            contract_id=contract_of_client.get(client.id),
        )
        for client in clients.values()
        for building in client.buildings
    }
    jobs = {
        job_building.id: _job_of(job_definition, job, job_building, sites[job_building.building_id])
        for definition, contract in contracts
        for job_definition, job in zip(definition.jobs, contract.jobs, strict=True)
        for job_building in job.buildings
    }
    store_plans(session, list(jobs), today)
    periods = _stored_periods(session, list(jobs))
    visits = sorted(
        (_visit(jobs[period.job_building_id], period, texts) for period in periods if _generated(period)),
        key=lambda visit: (visit.generation_date, visit.period_id),
    )
    return DemoWorld(
        sites=tuple(sites.values()),
        visits=tuple(visits),
        job_building_ids=tuple(sorted(jobs)),
        clients=len(clients),
        buildings=len(sites),
        contacts=sum(len(client.contacts) for client in clients.values()),
        contracts=len(contracts),
        ppm_jobs=sum(len(contract.jobs) for _, contract in contracts),
        job_buildings=len(jobs),
        periods=len(periods),
    )


def follow_completed_visits(session: Session, world: DemoWorld, today: date) -> DemoWorld:
    """Re-plan the demo's job buildings once their orders are written, as PPM generation does (the visits of
    buildings with dynamic dates then follow their last completed visit); the world with its new period count."""
    results = store_plans(session, world.job_building_ids, today)
    return replace(world, periods=world.periods + sum(result.inserted - result.deleted for result in results))


def _client(definition: ClientDef, texts: DemoTexts, rng: Random, today: date) -> Client:
    site_kind = texts.site_kinds[definition.site_kind]
    buildings = [
        Building(
            name=f"{site_kind} {site.place}",
            address_line=site.address_line,
            postcode=site.postcode,
            city=site.city,
            country=definition.country,
            start_date=today.replace(day=1) - relativedelta(years=rng.randint(6, 15), months=rng.randint(0, 11)),
            end_date=None if site.lease_ends_in_days is None else today + timedelta(days=site.lease_ends_in_days),
        )
        for site in definition.sites
    ]
    contacts = [
        Contact(
            name=contact.name,
            email=f"{contact.mailbox}@{definition.mail_domain}",
            phone=contact.phone,
            receives_ppm_emails=contact.receives_ppm_emails,
        )
        for contact in definition.contacts
    ]
    return Client(
        name=texts.client_names[definition.key],
        reference=definition.reference,
        buildings=buildings,
        contacts=contacts,
    )


def _contract(
    definition: ContractDef,
    client: Client,
    currency: str,
    texts: DemoTexts,
    rng: Random,
    today: date,
) -> Contract:
    start, end = contract_term(today, definition)
    jobs = []
    for job in definition.jobs:
        job_buildings = [
            JobBuilding(
                building=client.buildings[index],
                visit_frequency=job.visit_frequency,
                invoice_frequency=job.invoice_frequency,
                invoice_amount=to_money(job.invoice_amount * rng.choice(INVOICE_AMOUNT_FACTORS)),
                partial_periods=False,
                exclude_dynamic_dates=False,
                instructions=rng.choice(texts.job_instructions),
            )
            for index in job.site_indexes
        ]
        jobs.append(
            PpmJob(
                description=texts.job_descriptions[job.key],
                frequency=job.visit_frequency,
                seasonal_months=job.seasonal_months,
                certificate_based=job.certificate_based,
                lead_days=job.lead_days,
                default_visit_frequency=job.visit_frequency,
                default_invoice_frequency=job.invoice_frequency,
                default_invoice_amount=job.invoice_amount,
                exclude_dynamic_dates_default=False,
                auto_close_days=job.auto_close_days,
                buildings=job_buildings,
            )
        )
    return Contract(
        client=client,
        reference=definition.reference,
        start_date=start,
        end_date=end,
        fy_start_month=definition.fy_start_month,
        fy_start_day=definition.fy_start_day,
        currency=currency,
        jobs=jobs,
    )


@dataclass(frozen=True)
class _Job:
    """What a job building's orders take from its job, contract and site."""

    definition: JobDef
    job_building_id: int
    contract_id: int
    site: Site
    contact_id: int | None
    title: str
    invoice_amount: Decimal


def _job_of(definition: JobDef, job: PpmJob, job_building: JobBuilding, site: Site) -> _Job:
    contacts = job.contract.client.contacts
    return _Job(
        definition=definition,
        job_building_id=job_building.id,
        contract_id=job.contract.id,
        site=site,
        contact_id=next((contact.id for contact in contacts if contact.receives_ppm_emails), None),
        title=job.description,
        invoice_amount=job_building.invoice_amount,
    )


def _stored_periods(session: Session, job_building_ids: Sequence[int]) -> list[Row[Any]]:
    table = FinancialPeriod.__table__
    return list(
        session.execute(
            select(
                table.c.id,
                table.c.job_building_id,
                table.c.financial_end,
                table.c.visit_start,
                table.c.visit_end,
                table.c.invoiced,
                table.c.certificate_required,
                table.c.valid,
                table.c.auto_generation_date,
            )
            .where(table.c.job_building_id.in_(job_building_ids))
            .order_by(table.c.id)
        )
    )


def _generated(period: Row[Any]) -> bool:
    """A period the PPM generator makes a visit order for once its generation date has come."""
    return period.valid and period.visit_start is not None and period.auto_generation_date is not None


def _visit(job: _Job, period: Row[Any], texts: DemoTexts) -> PlannedVisit:
    site = job.site
    return PlannedVisit(
        period_id=period.id,
        job_building_id=job.job_building_id,
        contract_id=job.contract_id,
        site=site,
        contact_id=job.contact_id,
        title=job.title,
        description=texts.ppm_description.format(
            building=site.name,
            start=period.visit_start.strftime(texts.date_format),
            end=period.visit_end.strftime(texts.date_format),
        ),
        category=texts.categories[job.definition.category],
        certificate_required=period.certificate_required,
        invoiced=period.invoiced,
        invoice_amount=job.invoice_amount,
        financial_end=period.financial_end,
        visit_start=period.visit_start,
        visit_end=period.visit_end,
        generation_date=period.auto_generation_date,
    )
