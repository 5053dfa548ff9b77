"""The demo's reference data: clients, buildings, contacts, contracts, PPM jobs, job buildings and periods.

``build_world`` writes them with the ORM (a few hundred rows) and returns what the work-order generator
needs to know about them as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from desktop.db.models import Building, Client, Contact, Contract, FinancialPeriod, JobBuilding, PpmJob
from desktop.domain.money import to_money
from desktop.domain.ppm import Frequency
from desktop.services.demo_sites import CLIENTS, CONTRACTS, ClientDef, ContractDef, JobDef
from desktop.services.demo_texts import DemoTexts

# How far back the demo contracts start: far enough for a history of generated PPM orders.
CONTRACT_HISTORY_DAYS = 450

# The length of a period in the demo's simple grid (the real planner lives in the PPM issue).
PERIOD_MONTHS: dict[Frequency, int] = {
    Frequency.MONTHLY: 1,
    Frequency.BIMONTHLY: 2,
    Frequency.QUARTERLY: 3,
    Frequency.FOUR_MONTHLY: 4,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
    Frequency.SEASONAL: 12,
    Frequency.TWO_YEARLY: 24,
    Frequency.THREE_YEARLY: 36,
    Frequency.FIVE_YEARLY: 60,
}
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
    """A financial period of a job building: once its generation date has come, it has one PPM order."""

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
    visits: tuple[PlannedVisit, ...]  # every period, by generation date
    clients: int
    buildings: int
    contacts: int
    contracts: int
    ppm_jobs: int
    job_buildings: int
    periods: int


@dataclass(frozen=True)
class PeriodPlan:
    financial_start: date
    financial_end: date
    visit_start: date
    visit_end: date
    invoiced: bool
    partial: bool


def contract_term(today: date, contract: ContractDef) -> tuple[date, date]:
    """A term that starts on a financial-year start some 15 to 27 months before ``today``."""
    anchor = today - timedelta(days=CONTRACT_HISTORY_DAYS)
    start = date(anchor.year, contract.fy_start_month, contract.fy_start_day)
    if start > anchor:
        start = start.replace(year=anchor.year - 1)
    end = start + relativedelta(years=contract.years) - timedelta(days=1)
    return start, end


def plan_periods(start: date, end: date, job: JobDef) -> list[PeriodPlan]:
    """A simple grid of periods over a contract term, one per visit; every n-th is invoiced."""
    months = PERIOD_MONTHS[job.visit_frequency]
    periods_per_invoice = max(1, PERIOD_MONTHS[job.invoice_frequency] // months)
    plans: list[PeriodPlan] = []
    index = 0
    while (financial_start := start + relativedelta(months=index * months)) <= end:
        full_end = start + relativedelta(months=(index + 1) * months) - timedelta(days=1)
        financial_end = min(full_end, end)
        visit_start, visit_end = _visit_window(financial_start, financial_end, job)
        plans.append(
            PeriodPlan(
                financial_start=financial_start,
                financial_end=financial_end,
                visit_start=visit_start,
                visit_end=visit_end,
                invoiced=(index + 1) % periods_per_invoice == 0,
                partial=financial_end < full_end,
            )
        )
        index += 1
    return plans


def _visit_window(financial_start: date, financial_end: date, job: JobDef) -> tuple[date, date]:
    """Seasonal jobs visit in their chosen month; the others in the last month of the period."""
    for month in _seasonal_months(job):
        for year in (financial_start.year, financial_start.year + 1):
            first = date(year, month, 1)
            last = first + relativedelta(months=1) - timedelta(days=1)
            if financial_start <= first and last <= financial_end:
                return first, last
    last_month = financial_end - relativedelta(months=1) + timedelta(days=1)
    return max(financial_start, last_month), financial_end


def _seasonal_months(job: JobDef) -> list[int]:
    if job.visit_frequency is not Frequency.SEASONAL or not job.seasonal_months:
        return []
    return [int(month) for month in job.seasonal_months.split(",")]


def build_world(session: Session, texts: DemoTexts, rng: Random, today: date) -> DemoWorld:
    """Write the demo portfolio in ``session`` and return it as plain values."""
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
    visits = sorted(
        (
            _visit(job_definition, job, job_building, period, sites[job_building.building_id], texts)
            for definition, contract in contracts
            for job_definition, job in zip(definition.jobs, contract.jobs, strict=True)
            for job_building in job.buildings
            for period in job_building.periods
        ),
        key=lambda visit: (visit.generation_date, visit.period_id),
    )
    return DemoWorld(
        sites=tuple(sites.values()),
        visits=tuple(visits),
        clients=len(clients),
        buildings=len(sites),
        contacts=sum(len(client.contacts) for client in clients.values()),
        contracts=len(contracts),
        ppm_jobs=sum(len(contract.jobs) for _, contract in contracts),
        job_buildings=sum(len(job.buildings) for _, contract in contracts for job in contract.jobs),
        periods=len(visits),
    )


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
        periods = plan_periods(start, end, job)
        job_buildings = [
            JobBuilding(
                building=client.buildings[index],
                visit_frequency=job.visit_frequency,
                invoice_frequency=job.invoice_frequency,
                invoice_amount=to_money(job.invoice_amount * rng.choice(INVOICE_AMOUNT_FACTORS)),
                partial_periods=False,
                exclude_dynamic_dates=False,
                instructions=rng.choice(texts.job_instructions),
                periods=[_period(plan, job) for plan in periods],
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


def _period(plan: PeriodPlan, job: JobDef) -> FinancialPeriod:
    return FinancialPeriod(
        financial_start=plan.financial_start,
        financial_end=plan.financial_end,
        visit_start=plan.visit_start,
        visit_end=plan.visit_end,
        visit_set_manually=False,
        invoiced=plan.invoiced,
        closed=False,
        certificate_required=job.certificate_based,
        partial=plan.partial,
        valid=True,
        auto_generation_date=plan.visit_start - timedelta(days=job.lead_days),
    )


def _visit(
    definition: JobDef,
    job: PpmJob,
    job_building: JobBuilding,
    period: FinancialPeriod,
    site: Site,
    texts: DemoTexts,
) -> PlannedVisit:
    assert period.visit_start is not None and period.visit_end is not None
    assert period.auto_generation_date is not None
    contacts = job.contract.client.contacts
    return PlannedVisit(
        period_id=period.id,
        job_building_id=job_building.id,
        contract_id=job.contract_id,
        site=site,
        contact_id=next((contact.id for contact in contacts if contact.receives_ppm_emails), None),
        title=job.description,
        description=texts.ppm_description.format(
            building=site.name,
            start=period.visit_start.strftime(texts.date_format),
            end=period.visit_end.strftime(texts.date_format),
        ),
        category=texts.categories[definition.category],
        certificate_required=period.certificate_required,
        invoiced=period.invoiced,
        invoice_amount=job_building.invoice_amount,
        financial_end=period.financial_end,
        visit_start=period.visit_start,
        visit_end=period.visit_end,
        generation_date=period.auto_generation_date,
    )
