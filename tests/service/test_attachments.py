"""Attachments of work orders: accepted by content, stored once per SHA-256, size limit, removal, signature."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from desktop.db.engine import Database
from desktop.db.models import ActivityEntry, StoredFile, User
from desktop.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError, ValueRefused
from desktop.domain.workorders import ActivityKind, WorkOrderType
from desktop.services import attachments as attachments_service
from desktop.services.actor import Actor
from desktop.services.app_settings import (
    attachment_limit,
    attachment_limit_and_version,
    set_attachment_limit,
    set_signature_types,
    signature_types,
    signature_types_and_version,
)
from desktop.services.attachments import (
    SIGNATURE_FILE_NAME,
    attach_file,
    attach_path,
    attachment_content,
    copy_attachments,
    list_attachments,
    read_upload,
    remove_attachment,
    save_signature,
)
from desktop.services.certificates import record_certificate
from desktop.services.users import create_user
from tests.bad_input_world import BAD_INPUT, checksum, refused
from tests.bad_values import bad_line
from tests.factories import actor_for, client_with_building, reactive_orders
from tests.service.test_certificates import certified_building, gone_agent, values_of
from tests.unit.test_file_types import DOCX, EXE, PDF, png_bytes

MB = 1024 * 1024


@pytest.fixture
def order(db: Database, admin: Actor) -> int:
    return reactive_orders(db, admin, client_with_building(db), 1)[0]


def agent(db: Database, admin: Actor, login: str) -> Actor:
    user_id = create_user(
        db, admin, login=login, display_name=login.title(), password=f"{login}-password-1", roles=["agent"]
    )
    return actor_for(db, user_id)


def stored_files(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(StoredFile)) or 0


def attachment_entries(db: Database) -> list[tuple[str | None, str | None, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(ActivityEntry.field, ActivityEntry.old_value, ActivityEntry.new_value)
            .where(ActivityEntry.kind == ActivityKind.ATTACHMENT)
            .order_by(ActivityEntry.id)
        )
        return [tuple(row) for row in rows]


def test_attach_lists_reads_back_and_logs(db: Database, admin: Actor, order: int) -> None:
    attached = attach_file(db, admin, order, "C:\\Users\\jan\\report.pdf", PDF)
    assert (attached.file_name, attached.media_type, attached.size) == ("report.pdf", "application/pdf", len(PDF))
    assert attached.sha256 == hashlib.sha256(PDF).hexdigest()
    [listed] = list_attachments(db, order)
    assert listed == attached and listed.user == admin.display_name
    assert attachment_content(db, attached.id) == PDF
    assert attachment_entries(db) == [("attached", None, "report.pdf")]


def test_the_same_content_is_stored_once(db: Database, admin: Actor, order: int) -> None:
    second = reactive_orders(db, admin, client_with_building(db, "Other", "Annex"), 1)[0]
    attach_file(db, admin, order, "report.pdf", PDF)
    attach_file(db, admin, order, "copy of report.pdf", PDF)
    attach_file(db, admin, second, "report.pdf", bytearray(PDF))
    assert stored_files(db) == 1
    assert [a.file_name for a in list_attachments(db, order)] == ["report.pdf", "copy of report.pdf"]


def test_the_same_file_twice_on_an_order_is_refused(db: Database, admin: Actor, order: int) -> None:
    attach_file(db, admin, order, "report.pdf", PDF)
    refused(db, lambda: attach_file(db, admin, order, "report.pdf", PDF), ValidationError)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("setup.exe", EXE),
        ("report.pdf", EXE),
        ("notes.txt", EXE),
        ("photo.png", PDF),
        ("letter.docx", PDF),
        ("empty.txt", b""),
        ("noname", b"text"),
    ],
)
def test_refused_files_write_nothing(db: Database, admin: Actor, order: int, name: str, content: bytes) -> None:
    refused(db, lambda: attach_file(db, admin, order, name, content), ValidationError)


def test_an_unknown_order_is_refused(db: Database, admin: Actor) -> None:
    refused(db, lambda: attach_file(db, admin, 999_999, "report.pdf", PDF), NotFound)


def test_size_limit_from_the_setting(db: Database, admin: Actor, order: int) -> None:
    assert attachment_limit(db) == 25 * MB
    big = PDF + b"0" * (MB + 1)
    version = set_attachment_limit(db, admin, 1, expected_version=0)
    assert attachment_limit_and_version(db) == (1, version)
    error = refused(db, lambda: attach_file(db, admin, order, "big.pdf", big), ValidationError)
    assert error.message.args["limit"] == 1
    set_attachment_limit(db, admin, 2, expected_version=version)
    assert attach_file(db, admin, order, "big.pdf", big).size == len(big)


def test_size_limit_needs_an_administrator_and_a_sensible_value(db: Database, admin: Actor) -> None:
    ann = agent(db, admin, "ann")
    refused(db, lambda: set_attachment_limit(db, ann, 10), PermissionDenied)
    for bad in (0, 101, -5, True, 2.5, "10"):
        refused(db, lambda bad=bad: set_attachment_limit(db, admin, bad), ValidationError)  # type: ignore[misc]
    set_attachment_limit(db, admin, 10)
    refused(db, lambda: set_attachment_limit(db, admin, 12, expected_version=0), ConcurrentChange)


def test_signature_types_setting(db: Database, admin: Actor) -> None:
    assert signature_types(db) == frozenset()
    version = set_signature_types(db, admin, [WorkOrderType.REACTIVE, WorkOrderType.PPM], expected_version=0)
    assert signature_types_and_version(db) == (frozenset({WorkOrderType.REACTIVE, WorkOrderType.PPM}), version)
    refused(db, lambda: set_signature_types(db, admin, ["nonsense"]), ValidationError)
    bob = agent(db, admin, "bob")
    refused(db, lambda: set_signature_types(db, bob, []), PermissionDenied)


def test_read_upload_hashes_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    content = PDF + bytes(range(256)) * 9000
    path.write_bytes(content)
    seen: list[int] = []
    upload = read_upload(path, 25 * MB, progress=lambda done, total: seen.append(done))
    assert upload is not None
    assert bytes(upload.content) == content and upload.sha256 == hashlib.sha256(content).hexdigest()
    assert seen[-1] == len(content) and seen == sorted(seen) and len(seen) >= 2
    assert read_upload(path, 25 * MB, stopped=lambda: True) is None


def test_read_upload_refuses_before_reading(tmp_path: Path) -> None:
    (tmp_path / "tool.exe").write_bytes(EXE)
    (tmp_path / "fake.pdf").write_bytes(EXE)
    (tmp_path / "big.pdf").write_bytes(PDF + b"0" * MB)
    with pytest.raises(ValidationError):
        read_upload(tmp_path / "tool.exe", MB)
    with pytest.raises(ValidationError) as raised:
        read_upload(tmp_path / "fake.pdf", MB)
    assert raised.value.message.args["found"] == "exe"
    with pytest.raises(ValidationError) as raised:
        read_upload(tmp_path / "big.pdf", MB)
    assert "limit" in raised.value.message.args
    with pytest.raises(ValidationError):
        read_upload(tmp_path / "missing.pdf", MB)


def test_attach_path(db: Database, admin: Actor, order: int, tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(DOCX)
    attached = attach_path(db, admin, order, path)
    assert attached is not None and attached.file_name == "letter.docx"
    assert attachment_content(db, attached.id) == DOCX


def test_remove_by_uploader_or_admin_only(db: Database, admin: Actor, order: int) -> None:
    ann, bob = agent(db, admin, "ann"), agent(db, admin, "bob")
    first = attach_file(db, ann, order, "report.pdf", PDF)
    second = attach_file(db, ann, order, "photo.png", png_bytes())
    refused(db, lambda: remove_attachment(db, bob, first.id), PermissionDenied)
    remove_attachment(db, ann, first.id)
    remove_attachment(db, admin, second.id)
    assert list_attachments(db, order) == ()
    assert attachment_entries(db)[-2:] == [("removed", "report.pdf", None), ("removed", "photo.png", None)]
    refused(db, lambda: remove_attachment(db, ann, first.id), NotFound)
    with pytest.raises(NotFound):
        attachment_content(db, first.id)


def test_stored_content_goes_with_its_last_reference(db: Database, admin: Actor, order: int) -> None:
    first = attach_file(db, admin, order, "report.pdf", PDF)
    second = attach_file(db, admin, order, "again.pdf", PDF)
    remove_attachment(db, admin, first.id)
    assert stored_files(db) == 1
    remove_attachment(db, admin, second.id)
    assert stored_files(db) == 0


def test_content_of_a_certificate_stays(db: Database, admin: Actor) -> None:
    _, building, job = certified_building(db, admin)
    record_certificate(
        db,
        admin,
        building,
        job,
        date(2026, 4, 2),
        True,
        valid_until=None,
        reference="G-1",
        file_name="gas-safety.pdf",
        content=PDF,
        today=date(2026, 5, 1),
    )
    order = reactive_orders(db, admin, building, 1)[0]
    attached = attach_file(db, admin, order, "gas-safety.pdf", PDF)
    remove_attachment(db, admin, attached.id)
    assert stored_files(db) == 1


def test_log_similar_carries_the_attachments(db: Database, admin: Actor, order: int) -> None:
    attach_file(db, admin, order, "report.pdf", PDF)
    attach_file(db, admin, order, "photo.png", png_bytes())
    new = reactive_orders(db, admin, client_with_building(db, "Other", "Annex"), 1)[0]
    assert copy_attachments(db, admin, order, new) == 2
    assert [a.file_name for a in list_attachments(db, new)] == ["report.pdf", "photo.png"]
    assert stored_files(db) == 2
    assert attachment_entries(db)[-1] == ("copied", str(order), "photo.png")


def test_signature_is_a_png_attachment_logged_with_the_signer(db: Database, admin: Actor, order: int) -> None:
    signed = save_signature(db, admin, order, "  Marie Curie ", png_bytes())
    assert (signed.file_name, signed.media_type) == (SIGNATURE_FILE_NAME, "image/png")
    assert attachment_entries(db) == [("signed", SIGNATURE_FILE_NAME, "Marie Curie")]
    refused(db, lambda: save_signature(db, admin, order, " ", png_bytes()), ValidationError)
    refused(db, lambda: save_signature(db, admin, order, "Marie", PDF), ValidationError)


def test_an_inactive_agent_is_refused(db: Database, admin: Actor, order: int) -> None:
    gone = gone_agent(db)
    refused(db, lambda: attach_file(db, gone, order, "report.pdf", PDF), PermissionDenied)
    refused(db, lambda: save_signature(db, gone, order, "Marie", png_bytes()), PermissionDenied)


@BAD_INPUT
@given(name=st.one_of(st.sampled_from(["", "/", "..", "a/b/", "\x00.pdf"]), st.text(max_size=30)))
def test_bad_names_are_refused_or_kept_plain(db: Database, admin: Actor, order: int, name: str) -> None:
    before = checksum(db)
    try:
        attached = attach_file(db, admin, order, name, PDF)
    except ValidationError:
        assert checksum(db) == before
        return
    assert attached.file_name.lower().endswith(".pdf")
    assert "/" not in attached.file_name and "\\" not in attached.file_name
    remove_attachment(db, admin, attached.id)


@BAD_INPUT
@given(content=st.one_of(st.binary(max_size=600), st.builds(lambda tail: EXE[:2] + tail, st.binary(max_size=64))))
def test_bad_contents_are_refused_writing_nothing(db: Database, admin: Actor, order: int, content: bytes) -> None:
    for name in ("report.pdf", "photo.png", "letter.docx"):
        refused(db, lambda name=name: attach_file(db, admin, order, name, content), ValidationError)


@BAD_INPUT
@given(signer=bad_line(120))
def test_bad_signer_names_are_refused(db: Database, admin: Actor, order: int, signer: str) -> None:
    refused(db, lambda: save_signature(db, admin, order, signer, png_bytes()), ValidationError, ValueRefused)


def test_an_upload_already_stored_is_not_sent_again(db: Database, admin: Actor, order: int, tmp_path: Path) -> None:
    from sqlalchemy import event

    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    attach_file(db, admin, order, "first.pdf", PDF)
    sent: list[object] = []

    def before_execute(_conn: object, _cursor: object, _statement: str, parameters: object, *_args: object) -> None:
        sent.append(parameters)

    event.listen(db.engine, "before_cursor_execute", before_execute)
    try:
        attach_path(db, admin, order, path)
    finally:
        event.remove(db.engine, "before_cursor_execute", before_execute)
    assert sent and PDF not in [value for parameters in sent for value in values_of(parameters)]
    assert stored_files(db) == 1


def test_a_file_too_large_is_refused_for_its_size_before_its_content_is_looked_at(
    db: Database, admin: Actor, order: int
) -> None:
    set_attachment_limit(db, admin, 1, expected_version=0)
    error = refused(db, lambda: attach_file(db, admin, order, "scan.pdf", b"\x01" * (MB + 1)), ValidationError)
    assert error.message.args.get("limit") == 1


@pytest.mark.parametrize("name", ["Signature.png", "C:\\scans\\signature.PNG"])
def test_a_file_cannot_pass_for_the_customer_signature(db: Database, admin: Actor, order: int, name: str) -> None:
    refused(db, lambda: attach_file(db, admin, order, name, png_bytes()), ValidationError)
    assert attach_file(db, admin, order, "signature scan.png", png_bytes()).file_name == "signature scan.png"


def test_log_similar_leaves_the_customer_signature_with_its_order(db: Database, admin: Actor, order: int) -> None:
    attach_file(db, admin, order, "report.pdf", PDF)
    save_signature(db, admin, order, "Marie Curie", png_bytes())
    new = reactive_orders(db, admin, client_with_building(db, "Other", "Annex"), 1)[0]
    assert copy_attachments(db, admin, order, new) == 1
    assert [a.file_name for a in list_attachments(db, new)] == ["report.pdf"]


# --- a content removed while it is attached again (PostgreSQL: writers run at the same time) ----------------

WAIT = 60.0  # seconds: only a hung test waits this long


def _run(call: Callable[[], Any], outcome: dict[str, Any]) -> threading.Thread:
    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _waiting_for_a_lock(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            )
        )


def while_the_last_reference_is_removed(
    db: Database, monkeypatch: pytest.MonkeyPatch, actor: Actor, attachment_id: int, other: Callable[[], Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Remove ``attachment_id`` and stop once its stored content is deleted (not yet committed); run ``other``
    until it ends or waits for a lock; then let the removal commit. The outcomes of both."""
    paused, go = threading.Event(), threading.Event()
    original = attachments_service._forget_unreferenced

    def pausing(session: Any, sha256: str) -> None:
        original(session, sha256)
        paused.set()
        assert go.wait(WAIT)

    monkeypatch.setattr(attachments_service, "_forget_unreferenced", pausing)
    removal: dict[str, Any] = {}
    outcome: dict[str, Any] = {}
    remover = _run(lambda: remove_attachment(db, actor, attachment_id), removal)
    try:
        assert paused.wait(WAIT)
        monkeypatch.setattr(attachments_service, "_forget_unreferenced", original)
        worker = _run(other, outcome)
        for _ in range(int(WAIT / 0.05)):
            if not worker.is_alive() or _waiting_for_a_lock(db):
                break
            threading.Event().wait(0.05)
    finally:
        go.set()
    remover.join(WAIT)
    worker.join(WAIT)
    assert not remover.is_alive() and not worker.is_alive()
    return removal, outcome


@pytest.fixture
def pg(db: Database) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time")
    return db


def test_a_content_attached_again_while_its_last_attachment_is_removed_is_kept(
    pg: Database, admin: Actor, order: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = attach_file(pg, admin, order, "report.pdf", PDF)
    removal, outcome = while_the_last_reference_is_removed(
        pg, monkeypatch, admin, first.id, lambda: attach_file(pg, admin, order, "copy.pdf", PDF)
    )
    assert "error" not in removal and "error" not in outcome, (removal, outcome)
    assert [a.file_name for a in list_attachments(pg, order)] == ["copy.pdf"]
    assert attachment_content(pg, outcome["result"].id) == PDF


def test_log_similar_while_an_attachment_of_the_order_is_removed_copies_what_is_left(
    pg: Database, admin: Actor, order: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_file(pg, admin, order, "photo.png", png_bytes())
    removed = attach_file(pg, admin, order, "report.pdf", PDF)
    new = reactive_orders(pg, admin, client_with_building(pg, "Other", "Annex"), 1)[0]
    removal, outcome = while_the_last_reference_is_removed(
        pg, monkeypatch, admin, removed.id, lambda: copy_attachments(pg, admin, order, new)
    )
    assert "error" not in removal and "error" not in outcome, (removal, outcome)
    assert outcome["result"] == 1
    assert [a.file_name for a in list_attachments(pg, new)] == ["photo.png"]
    assert attachment_entries(pg)[-1] == ("copied", str(order), "photo.png")


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "notes.txt"
    os.mkfifo(pipe)
    outcome: dict[str, Any] = {}
    reader = _run(lambda: read_upload(pipe, MB), outcome)
    reader.join(WAIT)
    hung = reader.is_alive()
    if hung:  # still waiting for a writer to open the pipe: let it go
        with pipe.open("wb"):
            pass
        reader.join(WAIT)
    assert not hung
    assert isinstance(outcome.get("error"), ValidationError)
    assert "is not a file" in outcome["error"].message.text


def test_an_attachment_removed_twice_at_once_is_removed_and_logged_once(
    pg: Database, admin: Actor, order: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    attached = attach_file(pg, admin, order, "report.pdf", PDF)
    removal, again = while_the_last_reference_is_removed(
        pg, monkeypatch, admin, attached.id, lambda: remove_attachment(pg, admin, attached.id)
    )
    assert "error" not in removal, removal
    assert isinstance(again.get("error"), NotFound), again
    assert [entry for entry in attachment_entries(pg) if entry[0] == "removed"] == [("removed", "report.pdf", None)]


def test_an_administrator_deactivated_since_signing_in_cannot_change_the_settings(db: Database, admin: Actor) -> None:
    user_id = create_user(
        db, admin, login="ada", display_name="Ada", password="ada-password-1", roles=["administrator"]
    )
    ada = actor_for(db, user_id)
    with db.transaction() as session:
        session.get_one(User, user_id).active = False
    refused(db, lambda: set_attachment_limit(db, ada, 10), PermissionDenied)
    refused(db, lambda: set_signature_types(db, ada, [WorkOrderType.REACTIVE]), PermissionDenied)


def test_the_signer_name_is_logged_without_direction_controls(db: Database, admin: Actor, order: int) -> None:
    save_signature(db, admin, order, "Marie\u202eeiruC\u2069", png_bytes())
    assert attachment_entries(db) == [("signed", SIGNATURE_FILE_NAME, "MarieeiruC")]
