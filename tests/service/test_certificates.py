"""Certificates on SQLite and PostgreSQL: recorded with their document (stored once per content), the next visit
following the last passed one, recorded from a PPM order with its activity entry, and every refusal writing
nothing."""

from __future__ import annotations

import threading
import zlib
from dataclasses import replace
from datetime import date

import filetype
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActivityEntry,
    Certificate,
    FinancialPeriod,
    JobBuilding,
    StoredFile,
    User,
    WorkOrder,
)
from desktop.domain.errors import (
    BureauError,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValueRefused,
)
from desktop.domain.ppm import Frequency
from desktop.domain.ppm.history import Reason
from desktop.domain.values import in_whole_number_range
from desktop.domain.workorders import ActivityKind
from desktop.services import stored_files, workorder_actions
from desktop.services.actor import Actor
from desktop.services.certificates import (
    CertificateFile,
    certificate_document,
    certificate_file,
    certificate_jobs,
    certificate_target,
    certificates_of_building,
    file_name_of,
    last_certificate,
    record_certificate,
    remedial_work,
)
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.history import history_of
from desktop.services.ppm.loading import load_schedule
from desktop.services.users import ensure_default_roles
from desktop.services.workorder_detail import get_detail
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import BAD_IDS, EXTREME_DATES, bad_line
from tests.factories import actor_for
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored

PLANNED_ON = date(2026, 3, 1)
TODAY = date(2026, 5, 1)
# Quarterly visits and invoices from April 2026 to March 2027, dynamic dates, a certificate for each visit.
CERTIFIED = PpmJobSpec(invoices=Frequency.QUARTERLY, certificate_based=True)


def png(seed: bytes = b"") -> bytes:
    """A small, real PNG image (one grey pixel; ``seed`` in a text chunk makes the content differ)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + seed)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def certified_building(db: Database, admin: Actor, spec: PpmJobSpec = CERTIFIED) -> tuple[int, int, int]:
    """A certificate-based job building with stored periods; (job building, building, job)."""
    (job_building,) = ppm_job(db, spec)
    save_as_stored(db, admin, job_building, PLANNED_ON)
    with db.reading() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        return job_building, row.building_id, row.ppm_job_id


def periods(db: Database, job_building: int) -> list[tuple[date, date | None, date | None]]:
    """The stored periods: financial start, visit start and end."""
    with db.reading() as session:
        rows = session.execute(
            select(FinancialPeriod.financial_start, FinancialPeriod.visit_start, FinancialPeriod.visit_end)
            .where(FinancialPeriod.job_building_id == job_building)
            .order_by(FinancialPeriod.financial_start)
        ).all()
        return [tuple(row) for row in rows]


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def record(
    db: Database, actor: Actor, building: int, job: int, issued: date, passed: bool = True, **changes: object
) -> object:
    values: dict[str, object] = {
        "valid_until": None,
        "reference": "GAS-2026-001",
        "file_name": "gas-safety.pdf",
        "content": PDF,
        "today": TODAY,
        **changes,
    }
    return record_certificate(db, actor, building, job, issued, passed, **values)  # type: ignore[arg-type]


def test_a_passed_certificate_moves_the_next_visit(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin)
    before = periods(db, job_building)
    assert [p[1:] for p in before if p[0] == date(2026, 7, 1)] != [(date(2026, 7, 1), date(2026, 7, 10))]

    recorded = record(db, admin, building, job, date(2026, 4, 10), valid_until=date(2027, 4, 9))

    assert recorded.replanned is not None and recorded.replanned.job_building_id == job_building
    after = periods(db, job_building)
    assert after != before
    # The next visit is due three months after the certificate, the following ones keep the rhythm.
    visits = {start: (visit_start, visit_end) for start, visit_start, visit_end in after}
    assert visits[date(2026, 7, 1)] == (date(2026, 7, 1), date(2026, 7, 10))
    assert visits[date(2026, 10, 1)] == (date(2026, 10, 1), date(2026, 10, 10))
    schedule = load_schedule(db, job_building, TODAY)
    assert schedule.last_certificate_date == date(2026, 4, 10)
    assert schedule.planned_anchor == date(2026, 4, 10)
    assert {entry.reason for entry in history_of(db, job_building)} == {Reason.CERTIFICATE}
    # Nothing is left for generation to re-plan.
    assert generate_due_ppms(db, None, TODAY, today=TODAY).replanned == ()
    shown = last_certificate(db, job_building)
    assert shown is not None and shown.id == recorded.certificate_id
    assert (shown.issued_on, shown.passed, shown.valid_until, shown.reference) == (
        date(2026, 4, 10),
        True,
        date(2027, 4, 9),
        "GAS-2026-001",
    )
    assert (shown.file_name, shown.media_type, shown.size) == ("gas-safety.pdf", "application/pdf", len(PDF))
    assert shown.recorded_by == admin.display_name and shown.work_order_number is None
    assert certificate_document(db, shown.id) == ("gas-safety.pdf", "application/pdf", PDF)


def test_an_older_or_failed_certificate_does_not_move_the_visits(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin)
    record(db, admin, building, job, date(2026, 4, 10))
    moved = periods(db, job_building)

    older = record(db, admin, building, job, date(2026, 3, 20), file_name="older.png", content=png(b"older"))
    failed = record(db, admin, building, job, date(2026, 4, 25), passed=False, content=JPEG, file_name="f.jpg")

    assert older.replanned is None and failed.replanned is None
    assert periods(db, job_building) == moved
    assert load_schedule(db, job_building, TODAY).last_certificate_date == date(2026, 4, 10)
    # The period editor shows the latest certificate, failed or not.
    latest = last_certificate(db, job_building)
    assert latest is not None and latest.id == failed.certificate_id and not latest.passed
    assert latest.media_type == "image/jpeg"
    assert [row.id for row in certificates_of_building(db, building)] == [
        failed.certificate_id,
        moved_id(db, date(2026, 4, 10)),
        older.certificate_id,
    ]


def moved_id(db: Database, issued: date) -> int:
    with db.reading() as session:
        found = session.scalar(select(Certificate.id).where(Certificate.issued_on == issued))
        assert found is not None
        return found


def test_a_certificate_of_a_building_without_dynamic_dates_is_only_recorded(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin, replace(CERTIFIED, exclude_dynamic_dates=True))
    before = periods(db, job_building)

    recorded = record(db, admin, building, job, date(2026, 4, 10))

    assert recorded.replanned is None
    assert periods(db, job_building) == before
    assert load_schedule(db, job_building, TODAY).last_certificate_date == date(2026, 4, 10)


def test_the_same_document_is_stored_once(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin)
    first = record(db, admin, building, job, date(2026, 4, 10))
    second = record(db, admin, building, job, date(2026, 4, 11), file_name="copy of it.pdf")

    assert count(db, StoredFile) == 1 and count(db, Certificate) == 2
    assert certificate_document(db, first.certificate_id)[2] == certificate_document(db, second.certificate_id)[2]
    with db.transaction() as session:  # storing it again in one transaction changes nothing either
        assert stored_files.store_file(session, PDF) == stored_files.sha256_of(PDF)
    assert count(db, StoredFile) == 1


def test_a_document_already_stored_is_not_sent_to_the_database_again(db: Database, admin: Actor) -> None:
    _job_building, building, job = certified_building(db, admin)
    record(db, admin, building, job, date(2026, 4, 10))
    sent: list[object] = []

    def before_execute(_conn: object, _cursor: object, _statement: str, parameters: object, *_args: object) -> None:
        sent.append(parameters)

    event.listen(db.engine, "before_cursor_execute", before_execute)
    try:
        record(db, admin, building, job, date(2026, 4, 11), file_name="again.pdf")
    finally:
        event.remove(db.engine, "before_cursor_execute", before_execute)

    assert sent and PDF not in [value for parameters in sent for value in values_of(parameters)]
    assert count(db, StoredFile) == 1 and count(db, Certificate) == 2


def values_of(parameters: object) -> list[object]:
    """The values of a statement's parameters, however the driver takes them (psycopg wraps bytes in a Binary)."""
    if isinstance(parameters, dict):
        return values_of(list(parameters.values()))
    if isinstance(parameters, list | tuple):
        return [value for item in parameters for value in values_of(item)]
    return [bytes(parameters.obj) if hasattr(parameters, "obj") else parameters]


def test_a_certificate_recorded_from_its_ppm_order_is_in_the_order_s_activity(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin)
    (number,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    target = certificate_target(db, number)
    assert target is not None
    with db.reading() as session:
        version = session.scalar(select(WorkOrder.version).where(WorkOrder.id == target.work_order_id))
    assert (target.job_building_id, target.building_id, target.ppm_job_id) == (job_building, building, job)

    recorded = record(
        db, admin, building, job, date(2026, 4, 10), work_order_id=target.work_order_id, work_order_version=version
    )

    with db.reading() as session:
        entries = session.scalars(
            select(ActivityEntry).where(ActivityEntry.work_order_id == target.work_order_id).order_by(ActivityEntry.id)
        ).all()
        assert entries[-1].kind is ActivityKind.COMMENT
        assert entries[-1].text is not None
        assert "passed" in entries[-1].text and "GAS-2026-001" in entries[-1].text
        assert "gas-safety.pdf" in entries[-1].text
        # The order has a new version: an agent who has it open reloads it before changing it.
        assert session.scalar(select(WorkOrder.version).where(WorkOrder.id == target.work_order_id)) == version + 1
    row = last_certificate(db, job_building)
    assert row is not None and row.id == recorded.certificate_id and row.work_order_number == number
    assert [(j.job_building_id, j.ppm_job_id) for j in certificate_jobs(db, building)] == [(job_building, job)]


def test_a_certificate_from_an_order_changed_since_the_agent_loaded_it_is_refused(db: Database, admin: Actor) -> None:
    _job_building, building, job = certified_building(db, admin)
    (number,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    target = certificate_target(db, number)
    assert target is not None
    loaded = get_detail(db, admin, number).version
    workorder_actions.add_comment(db, admin, number, loaded, "The engineer is on site.")

    stale = refused(
        db,
        lambda: record(db, admin, building, job, TODAY, work_order_id=target.work_order_id, work_order_version=loaded),
        ConcurrentChange,
    )

    assert stale.message.args["number"] == number and admin.display_name in str(stale)
    assert count(db, Certificate) == 0 and count(db, StoredFile) == 0
    with pytest.raises(TypeError):  # the order's id alone is not enough: its version says what the agent saw
        record(db, admin, building, job, TODAY, work_order_id=target.work_order_id)
    current = get_detail(db, admin, number).version
    record(db, admin, building, job, TODAY, work_order_id=target.work_order_id, work_order_version=current)
    assert count(db, Certificate) == 1


def test_a_certificate_from_the_order_of_another_building_of_the_job_is_refused(db: Database, admin: Actor) -> None:
    first, second = ppm_job(db, CERTIFIED, buildings=2)
    for job_building in (first, second):
        save_as_stored(db, admin, job_building, PLANNED_ON)
    generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON)
    with db.reading() as session:
        order = session.scalars(select(WorkOrder).where(WorkOrder.job_building_id == first)).one()
        other = session.get(JobBuilding, second)
        assert other is not None
        building, job = other.building_id, other.ppm_job_id
        order_id, version = order.id, order.version

    refused(
        db,
        lambda: record(db, admin, building, job, TODAY, work_order_id=order_id, work_order_version=version),
        ValidationError,
    )


def test_of_two_certificates_issued_the_same_day_the_one_recorded_last_is_the_last(db: Database, admin: Actor) -> None:
    job_building, building, job = certified_building(db, admin)
    passed = record(db, admin, building, job, date(2026, 4, 10))
    failed = record(db, admin, building, job, date(2026, 4, 10), passed=False, file_name="b.png", content=png(b"b"))

    latest = last_certificate(db, job_building)
    assert latest is not None and latest.id == failed.certificate_id and not latest.passed
    assert [row.id for row in certificates_of_building(db, building)] == [failed.certificate_id, passed.certificate_id]
    # The failed one moves nothing: the visits still follow the passed one of that day.
    assert load_schedule(db, job_building, TODAY).last_certificate_date == date(2026, 4, 10)


def test_a_certificate_s_file_is_described_without_reading_its_content(db: Database, admin: Actor) -> None:
    _job_building, building, job = certified_building(db, admin)
    recorded = record(db, admin, building, job, date(2026, 4, 10), file_name="scan.png", content=png(b"scan"))
    assert certificate_file(db, recorded.certificate_id) == CertificateFile(
        "scan.png", "image/png", stored_files.sha256_of(png(b"scan")), len(png(b"scan"))
    )
    with pytest.raises(NotFound):
        certificate_file(db, recorded.certificate_id + 1000)


def test_an_order_that_is_not_a_certificate_ppm_has_no_certificate_target(db: Database, admin: Actor) -> None:
    (job_building,) = ppm_job(db, replace(CERTIFIED, certificate_based=False))
    save_as_stored(db, admin, job_building, PLANNED_ON)
    (number,) = generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON).numbers
    assert certificate_target(db, number) is None
    with db.reading() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        building = row.building_id
    assert certificate_jobs(db, building) == []


def test_a_failed_certificate_gives_the_remedial_order_its_building_client_and_contract(
    db: Database, admin: Actor
) -> None:
    job_building, building, job = certified_building(db, admin)
    failed = record(db, admin, building, job, date(2026, 4, 25), passed=False, reference="GS-9")
    work = remedial_work(db, failed.certificate_id)
    with db.reading() as session:
        row = session.get(JobBuilding, job_building)
        assert row is not None
        expected = (row.building.client_id, row.building.client.name, building, row.building.name, row.job.contract_id)
    assert (work.client_id, work.client_name, work.building_id, work.building_name, work.contract_id) == expected
    assert (work.job_description, work.issued_on, work.reference) == ("Boiler maintenance", date(2026, 4, 25), "GS-9")
    with pytest.raises(NotFound):
        remedial_work(db, failed.certificate_id + 1000)


def test_a_file_name_keeps_no_folder() -> None:
    assert file_name_of(r"C:\Users\agent\Documents\cert.pdf") == "cert.pdf"
    assert file_name_of("/home/agent/../cert 2026.pdf ") == "cert 2026.pdf"
    with pytest.raises(ValidationError):
        file_name_of("/home/agent/")


# -- refusals -----------------------------------------------------------------------------------------------------


@pytest.fixture
def certified(db: Database, admin: Actor) -> tuple[int, int, int]:
    """Two certificate-based job buildings, a plain PPM job and a certificate already recorded."""
    job_building, building, job = certified_building(db, admin)
    record(db, admin, building, job, date(2026, 4, 10))
    return job_building, building, job


def test_documents_that_are_not_pdf_or_images_are_refused(
    db: Database, admin: Actor, certified: tuple[int, int, int]
) -> None:
    _job_building, building, job = certified
    for name, content in (
        ("letter.pdf", b"Dear client, the boiler passed.\n"),
        ("photo.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 40),
        ("empty.pdf", b""),
    ):
        error = refused(db, lambda n=name, c=content: record(db, admin, building, job, TODAY, file_name=n, content=c))
        assert name in str(error)
    big = b"%PDF-1.4\n" + b"0" * stored_files.MAX_FILE_SIZE
    refused(db, lambda: record(db, admin, building, job, TODAY, content=big), ValidationError)


def test_certificates_break_no_rule(db: Database, admin: Actor, certified: tuple[int, int, int]) -> None:
    job_building, building, job = certified
    (plain_job_building,) = ppm_job(db, replace(CERTIFIED, certificate_based=False), client="Other client")
    with db.reading() as session:
        plain = session.get(JobBuilding, plain_job_building)
        assert plain is not None
        plain_building, plain_job = plain.building_id, plain.ppm_job_id
    save_as_stored(db, admin, plain_job_building, PLANNED_ON)
    generate_due_ppms(db, None, date(2026, 4, 1), today=PLANNED_ON)
    with db.reading() as session:
        order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.job_building_id == plain_job_building))
    assert order_id is not None
    inactive = gone_agent(db)
    calls = {
        "future": lambda: record(db, admin, building, job, date(2026, 5, 2)),
        "before 1900": lambda: record(db, admin, building, job, date(1899, 12, 31)),
        "valid before issued": lambda: record(db, admin, building, job, TODAY, valid_until=date(2026, 4, 30)),
        "not certificate-based": lambda: record(db, admin, plain_building, plain_job, TODAY),
        "building not in the job": lambda: record(db, admin, plain_building, job, TODAY),
        "order of another job": lambda: record(
            db, admin, building, job, TODAY, work_order_id=order_id, work_order_version=1
        ),
        "inactive agent": lambda: record(db, inactive, building, job, TODAY),
        "blank file name": lambda: record(db, admin, building, job, TODAY, file_name=" / "),
    }
    for name, call in calls.items():
        assert isinstance(refused(db, call), BureauError), name
    assert isinstance(refused(db, calls["inactive agent"]), PermissionDenied)
    assert last_certificate(db, job_building) is not None


def gone_agent(db: Database) -> Actor:
    """An agent whose account was deactivated."""
    with db.transaction() as session:
        gone = User(
            login="gone", display_name="Gone Agent", password_hash="x", roles=[ensure_default_roles(session)["agent"]]
        )
        gone.active = False
        session.add(gone)
        session.flush()
        gone_id = gone.id
    return actor_for(db, gone_id)


def not_a_document(content: bytes) -> bool:
    return filetype.match(content, matchers=stored_files.DOCUMENT_MATCHERS) is None


def missing(key: int) -> type[BureauError]:
    return NotFound if in_whole_number_range(key) else ValueRefused


@BAD_INPUT
@given(data=st.data())
def test_bad_values_are_refused_and_write_nothing(
    db: Database, admin: Actor, certified: tuple[int, int, int], data: st.DataObject
) -> None:
    _job_building, building, job = certified
    field = data.draw(
        st.sampled_from(["building", "job", "order", "issued", "valid", "passed", "reference", "file_name", "content"]),
        "field",
    )
    if field in ("building", "job", "order"):
        bad = data.draw(BAD_IDS, "id")
        changes = {"order": {"work_order_id": bad, "work_order_version": 1}}.get(field, {})
        ids = (bad, job) if field == "building" else (building, bad) if field == "job" else (building, job)
        refused(db, lambda: record(db, admin, *ids, TODAY, **changes), missing(bad))
        return
    values: dict[str, object] = {
        "issued": data.draw(st.one_of(EXTREME_DATES.filter(lambda d: d > TODAY or d.year < 1900), st.none())),
        "valid": data.draw(st.one_of(st.just(date(2026, 4, 30)), st.just(date.min), st.just("2027-01-01"))),
        "passed": data.draw(st.one_of(st.none(), st.integers(), st.text(max_size=3))),
        "reference": data.draw(bad_line(80)),
        "file_name": data.draw(st.one_of(bad_line(255), st.none(), st.integers())),
        "content": data.draw(st.one_of(st.none(), st.text(max_size=20), st.binary(max_size=64).filter(not_a_document))),
    }
    value = values[field]
    if field == "issued":
        refused(db, lambda: record(db, admin, building, job, value), ValidationError)
    elif field == "passed":
        refused(db, lambda: record(db, admin, building, job, TODAY, passed=value), ValidationError)
    elif field == "valid":
        refused(db, lambda: record(db, admin, building, job, TODAY, valid_until=value), ValidationError)
    else:
        refused(db, lambda: record(db, admin, building, job, TODAY, **{field: value}), ValidationError)


def test_two_agents_storing_the_same_document_at_once_store_it_once(db: Database) -> None:
    content = png(b"at once")
    second: list[str] = []
    with db.transaction() as session:
        first = stored_files.store_file(session, content)
        # The other agent's transaction waits for this one on PostgreSQL (SQLite lets one writer in at a time).
        other = threading.Thread(target=lambda: second.append(store_in_own_transaction(db, content)))
        if db.engine.dialect.name == "postgresql":
            other.start()
    if not other.is_alive() and not second:
        other.start()
    other.join()
    assert second == [first]
    assert count(db, StoredFile) == 1


def store_in_own_transaction(db: Database, content: bytes) -> str:
    with db.transaction() as session:
        return stored_files.store_file(session, content)
