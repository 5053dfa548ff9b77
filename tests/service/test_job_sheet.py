"""The job sheet of a work order, read in one go, on SQLite and PostgreSQL."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Attachment,
    Building,
    Contact,
    JobBuilding,
    Rate,
    TimeEntry,
    User,
    WorkOrder,
)
from desktop.domain.errors import NotFound
from desktop.domain.workorders import ActivityKind, Status, WorkOrderType
from desktop.services import workorder_actions as actions
from desktop.services.actor import Actor
from desktop.services.job_sheet import job_sheet
from desktop.services.stored_files import store_file
from tests.factories import client_with_building, ppm_order, reactive_orders

T0 = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)


def png(width: int = 2, height: int = 1) -> bytes:
    """A tiny valid PNG image (white pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def add_time(
    db: Database, number: int, start: datetime, minutes: int, *, billable: bool = True, rated: bool = True
) -> None:
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        rate = session.scalar(select(Rate).where(Rate.name == "Standard"))
        if rate is None and rated:
            rate = Rate(name="Standard", hourly_amount=Decimal("85.00"), currency="EUR")
            session.add(rate)
            session.flush()
        technician = session.scalar(select(User).where(User.login == "admin"))
        session.add(
            TimeEntry(
                work_order_id=order.id,
                technician_id=technician.id if technician is not None else None,
                rate_id=rate.id if rated and rate is not None else None,
                hourly_amount=Decimal("85.00") if rated else Decimal("0.00"),
                currency="EUR" if rated else None,
                started_at=start,
                ended_at=start + timedelta(minutes=minutes),
                billable=billable,
                description=f"{minutes} minutes of work",
            )
        )


def sign(db: Database, number: int, content: bytes, signer: str, at: datetime) -> None:
    with db.transaction() as session:
        order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
        assert order is not None
        sha256 = store_file(session, content)
        session.add(
            Attachment(
                work_order_id=order.id,
                file_sha256=sha256,
                file_name="Signature.png",
                media_type="image/png",
                size=len(content),
                created_at=at,
            )
        )
        session.add(
            ActivityEntry(
                work_order=order,
                kind=ActivityKind.ATTACHMENT,
                field="signed",
                old_value="Signature.png",
                new_value=signer,
                created_at=at,
            )
        )


def test_a_reactive_orders_sheet(db: Database, admin: Actor) -> None:
    building_id = client_with_building(db)
    [number] = reactive_orders(db, admin, building_id, 1)
    with db.transaction() as session:
        building = session.get(Building, building_id)
        assert building is not None
        building.access_notes = "Keys at the front desk; badge 42."
        contact = Contact(client_id=building.client_id, name="Carla Dupont", email="carla@acme.example", phone="+33 1")
        session.add(contact)
        session.flush()
        session.execute(
            update(WorkOrder)
            .where(WorkOrder.number == number)
            .values(contact_id=contact.id, description="Water on the floor of room 3.", due_date=date(2026, 6, 20))
        )
    actions.add_comment(db, admin, number, 1, "On my way")

    sheet = job_sheet(db, number)
    assert (sheet.number, sheet.title, sheet.type, sheet.status) == (
        number,
        "Leak number 0",
        WorkOrderType.REACTIVE,
        Status.NEW,
    )
    assert (sheet.client, sheet.building, sheet.address_line, sheet.postcode, sheet.city, sheet.country) == (
        "Acme Facilities",
        "Tour Horizon",
        "12 rue de la Paix",
        "75002",
        "Paris",
        "FR",
    )
    assert sheet.access_notes == "Keys at the front desk; badge 42."
    assert (sheet.contact_name, sheet.contact_email, sheet.contact_phone) == (
        "Carla Dupont",
        "carla@acme.example",
        "+33 1",
    )
    assert sheet.description == "Water on the floor of room 3."
    assert sheet.due_date == date(2026, 6, 20)
    assert sheet.ppm_job is None and sheet.instructions is None and sheet.period_start is None
    assert sheet.time_entries == () and sheet.total_time == timedelta() and sheet.billable_amounts() == {}
    assert sheet.signature is None
    assert sheet.activity == ()  # only when asked for
    logged = job_sheet(db, number, include_activity=True).activity
    assert [(entry.kind, entry.text, entry.user) for entry in logged] == [
        (ActivityKind.CREATED, None, "Administrator"),
        (ActivityKind.COMMENT, "On my way", "Administrator"),
    ]


def test_a_ppm_orders_sheet_has_its_period_instructions_time_and_latest_signature(db: Database, admin: Actor) -> None:
    number = ppm_order(db, client_with_building(db))
    with db.transaction() as session:
        session.execute(update(JobBuilding).values(instructions="Check the pressure; log it in the boiler book."))
    add_time(db, number, T0 + timedelta(hours=2), 30, billable=False)
    add_time(db, number, T0, 90)
    add_time(db, number, T0 + timedelta(hours=3), 15, rated=False)
    sign(db, number, png(1, 1), "Marie Curie", T0)
    latest = png(3, 2)
    sign(db, number, latest, "Pierre Curie", T0 + timedelta(hours=4))

    sheet = job_sheet(db, number)
    assert sheet.ppm_job == "Boiler maintenance"
    assert (sheet.period_start, sheet.period_end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert (sheet.visit_start, sheet.visit_end) == (date(2026, 5, 1), date(2026, 5, 31))
    assert sheet.instructions == "Check the pressure; log it in the boiler book."
    assert sheet.contract_reference == "CT-0001" and sheet.currency == "EUR"
    # By start; the time at its rate, billable or not.
    assert [(e.started_at, e.duration, e.billable, e.rate) for e in sheet.time_entries] == [
        (T0, timedelta(minutes=90), True, "Standard"),
        (T0 + timedelta(hours=2), timedelta(minutes=30), False, "Standard"),
        (T0 + timedelta(hours=3), timedelta(minutes=15), True, None),
    ]
    assert sheet.time_entries[0].technician == "Administrator"
    assert sheet.time_entries[0].amount == Decimal("127.50")
    assert sheet.total_time == timedelta(minutes=135)
    assert sheet.billable_time == timedelta(minutes=105)
    assert sheet.billable_amounts() == {"EUR": Decimal("127.50")}
    assert sheet.signature is not None
    assert (sheet.signature.png, sheet.signature.signer) == (latest, "Pierre Curie")
    assert sheet.signature.signed_at == T0 + timedelta(hours=4)


def test_an_order_that_does_not_exist(db: Database) -> None:
    with pytest.raises(NotFound):
        job_sheet(db, 424242)


def test_the_signature_shown_is_named_after_whoever_gave_it(db: Database, admin: Actor) -> None:
    """The latest signature removed: the sheet shows the one before with its own signer's name."""
    number = ppm_order(db, client_with_building(db))
    first = png(1, 1)
    sign(db, number, first, "Marie Curie", T0)
    sign(db, number, png(3, 2), "Pierre Curie", T0 + timedelta(hours=4))
    with db.transaction() as session:
        latest = session.scalar(select(Attachment).order_by(Attachment.id.desc()).limit(1))
        assert latest is not None
        session.delete(latest)

    signature = job_sheet(db, number).signature
    assert signature is not None
    assert (signature.png, signature.signer, signature.signed_at) == (first, "Marie Curie", T0)
