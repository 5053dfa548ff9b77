"""The demo portfolio: clients, their sites, contacts and contracts, the same in every language.

Addresses look real (streets of the cities named); e-mail addresses use the reserved ``.example`` domain so
that a demo database never sends mail to anyone, and British phone numbers use Ofcom's drama ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.ppm import Frequency


@dataclass(frozen=True)
class SiteDef:
    place: str  # follows the site kind in the building's name: "Hotel Paris Opéra"
    address_line: str
    postcode: str
    city: str
    lease_ends_in_days: int | None = None


@dataclass(frozen=True)
class ContactDef:
    name: str
    mailbox: str  # the part of the e-mail address before the client's domain
    phone: str
    receives_ppm_emails: bool = False


@dataclass(frozen=True)
class ClientDef:
    key: str  # a key of DemoTexts.client_names
    reference: str
    country: str  # ISO 3166-1 alpha-2
    site_kind: str  # a key of DemoTexts.site_kinds
    mail_domain: str
    sites: tuple[SiteDef, ...]
    contacts: tuple[ContactDef, ...]

    @property
    def currency(self) -> str:
        return "GBP" if self.country == "GB" else "EUR"


@dataclass(frozen=True)
class JobDef:
    key: str  # a key of DemoTexts.job_descriptions
    category: str  # a key of DemoTexts.categories
    visit_frequency: Frequency
    invoice_frequency: Frequency
    certificate_based: bool
    lead_days: int
    invoice_amount: Decimal
    site_indexes: tuple[int, ...]  # the client's sites the job covers
    seasonal_months: str | None = None
    # Its PPM orders still open this many days after their period ended are closed as not done (None: never).
    auto_close_days: int | None = None


@dataclass(frozen=True)
class ContractDef:
    client_key: str
    reference: str
    fy_start_month: int
    fy_start_day: int
    years: int
    jobs: tuple[JobDef, ...]


CLIENTS: tuple[ClientDef, ...] = (
    ClientDef(
        key="hotels",
        reference="LUM",
        country="FR",
        site_kind="hotel",
        mail_domain="hotels-lumiere.example",
        sites=(
            SiteDef("Paris Opéra", "12 Rue Auber", "75009", "Paris"),
            SiteDef("Lyon Part-Dieu", "45 Boulevard Marius Vivier Merle", "69003", "Lyon"),
            SiteDef("Marseille Vieux-Port", "8 Quai du Port", "13002", "Marseille"),
            SiteDef("Nice Promenade", "27 Promenade des Anglais", "06000", "Nice"),
            SiteDef("Bordeaux Centre", "3 Cours de l'Intendance", "33000", "Bordeaux"),
        ),
        contacts=(
            ContactDef("Isabelle Garnier", "i.garnier", "+33 1 42 68 31 20", receives_ppm_emails=True),
            ContactDef("Marc Lefort", "m.lefort", "+33 4 72 34 18 90"),
            ContactDef("Nathalie Roux", "n.roux", "+33 4 91 55 27 40"),
        ),
    ),
    ClientDef(
        key="supermarkets",
        reference="VER",
        country="FR",
        site_kind="supermarket",
        mail_domain="verdier-distribution.example",
        sites=(
            SiteDef("Lille Centre", "58 Rue Nationale", "59000", "Lille"),
            SiteDef("Nantes Talensac", "14 Rue de Strasbourg", "44000", "Nantes"),
            SiteDef("Toulouse Compans", "102 Avenue de Grande-Bretagne", "31300", "Toulouse"),
            SiteDef("Strasbourg Petite France", "9 Rue du Vieux-Marché-aux-Poissons", "67000", "Strasbourg"),
        ),
        contacts=(
            ContactDef("Thomas Girard", "t.girard", "+33 3 20 57 44 10"),
            ContactDef("Émilie Fontaine", "e.fontaine", "+33 2 40 48 62 35"),
        ),
    ),
    ClientDef(
        key="offices",
        reference="HVO",
        country="GB",
        site_kind="office",
        mail_domain="harrowvale.example",
        sites=(
            SiteDef("London Broad Street", "25 Old Broad Street", "EC2N 1HQ", "London"),
            SiteDef("Manchester King Street", "82 King Street", "M2 4WQ", "Manchester"),
            SiteDef("Birmingham Colmore Row", "10 Colmore Row", "B3 2QD", "Birmingham"),
            SiteDef("Leeds Park Place", "4 Park Place", "LS1 2RU", "Leeds"),
            SiteDef("Bristol Queen Square", "33 Queen Square", "BS1 4LU", "Bristol"),
        ),
        contacts=(
            ContactDef("Oliver Hughes", "oliver.hughes", "+44 20 7946 0321", receives_ppm_emails=True),
            ContactDef("Emma Clarke", "emma.clarke", "+44 161 496 0187", receives_ppm_emails=True),
            ContactDef("Daniel Price", "daniel.price", "+44 121 496 0452"),
        ),
    ),
    ClientDef(
        key="logistics",
        reference="RHL",
        country="DE",
        site_kind="warehouse",
        mail_domain="rheinland-logistik.example",
        sites=(
            SiteDef("Berlin-Tegel", "Am Borsigturm 40", "13507", "Berlin"),
            SiteDef("Hamburg-Billbrook", "Billstraße 120", "20539", "Hamburg"),
            SiteDef("München Nord", "Frankfurter Ring 81", "80807", "München"),
            SiteDef("Köln-Rodenkirchen", "Industriestraße 161", "50999", "Köln"),
        ),
        contacts=(
            ContactDef("Stefan Krüger", "s.krueger", "+49 30 4398 1200", receives_ppm_emails=True),
            ContactDef("Julia Hartmann", "j.hartmann", "+49 40 7891 4560"),
        ),
    ),
    ClientDef(
        key="clinics",
        reference="VDK",
        country="NL",
        site_kind="clinic",
        mail_domain="vandijkklinieken.example",
        sites=(
            SiteDef("Amsterdam Zuid", "Stadhouderskade 42", "1071 ZD", "Amsterdam"),
            SiteDef("Rotterdam Centrum", "Coolsingel 65", "3012 AC", "Rotterdam"),
            SiteDef("Utrecht Centraal", "Catharijnesingel 30", "3511 GB", "Utrecht"),
            SiteDef("Den Haag Bezuidenhout", "Laan van Nieuw Oost-Indië 123", "2593 BM", "Den Haag"),
        ),
        contacts=(
            ContactDef("Pieter van den Berg", "p.vandenberg", "+31 20 555 0142"),
            ContactDef("Lotte Mulder", "l.mulder", "+31 10 555 0178"),
        ),
    ),
    ClientDef(
        key="schools",
        reference="KST",
        country="GB",
        site_kind="school",
        mail_domain="kestrelschools.example",
        sites=(
            SiteDef("Sheffield Ecclesall", "210 Ecclesall Road", "S11 8PN", "Sheffield"),
            SiteDef("Nottingham Mansfield Road", "45 Mansfield Road", "NG1 3FF", "Nottingham"),
            SiteDef("Cambridge Hills Road", "12 Hills Road", "CB2 1JP", "Cambridge", lease_ends_in_days=240),
        ),
        contacts=(
            ContactDef("Rachel Evans", "r.evans", "+44 114 496 0733"),
            ContactDef("Mark Thompson", "m.thompson", "+44 115 496 0219"),
        ),
    ),
)

CONTRACTS: tuple[ContractDef, ...] = (
    ContractDef(
        client_key="hotels",
        reference="CTR-LUM-001",
        fy_start_month=1,
        fy_start_day=1,
        years=4,
        jobs=(
            JobDef("boiler_service", "hvac", Frequency.YEARLY, Frequency.YEARLY, certificate_based=False,
                   lead_days=30, invoice_amount=Decimal("420.00"), site_indexes=(0, 2, 4)),
            JobDef("fire_alarm_test", "fire_safety", Frequency.QUARTERLY, Frequency.QUARTERLY,
                   certificate_based=True, lead_days=14, invoice_amount=Decimal("180.00"),
                   site_indexes=(0, 1, 2, 3, 4), auto_close_days=60),
            JobDef("kitchen_extract", "cleaning", Frequency.MONTHLY, Frequency.MONTHLY, certificate_based=False,
                   lead_days=7, invoice_amount=Decimal("95.00"), site_indexes=(0,), auto_close_days=30),
        ),
    ),
    ContractDef(
        client_key="offices",
        reference="CTR-HVO-001",
        fy_start_month=4,
        fy_start_day=1,
        years=4,
        jobs=(
            JobDef("hvac_service", "hvac", Frequency.HALF_YEARLY, Frequency.HALF_YEARLY, certificate_based=False,
                   lead_days=21, invoice_amount=Decimal("650.00"), site_indexes=(0, 1, 2, 3, 4)),
            JobDef("wiring_test", "electrical", Frequency.TWO_YEARLY, Frequency.TWO_YEARLY, certificate_based=True,
                   lead_days=30, invoice_amount=Decimal("1250.00"), site_indexes=(0, 1, 3)),
        ),
    ),
    ContractDef(
        client_key="logistics",
        reference="CTR-RHL-001",
        fy_start_month=7,
        fy_start_day=1,
        years=4,
        jobs=(
            JobDef("sprinkler_inspection", "fire_safety", Frequency.YEARLY, Frequency.YEARLY,
                   certificate_based=True, lead_days=30, invoice_amount=Decimal("980.00"),
                   site_indexes=(0, 1, 2, 3)),
            JobDef("gutter_clearing", "grounds", Frequency.SEASONAL, Frequency.SEASONAL, certificate_based=False,
                   lead_days=21, invoice_amount=Decimal("310.00"), site_indexes=(0, 2), seasonal_months="10"),
            JobDef("emergency_lighting", "fire_safety", Frequency.MONTHLY, Frequency.QUARTERLY,
                   certificate_based=False, lead_days=7, invoice_amount=Decimal("240.00"), site_indexes=(1,),
                   auto_close_days=30),
        ),
    ),
)
