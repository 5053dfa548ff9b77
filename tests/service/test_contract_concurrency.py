"""Two agents at once on PostgreSQL: a contract saved or archived while a PPM job or a building of one is changed.
The job write waits for the contract's transaction, then plans with its dates as saved and sees whether it is
archived; it never plans with dates the contract no longer has, nor changes an archived contract."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from desktop.db.engine import Database
from desktop.domain.errors import ValidationError
from desktop.services import contract_editing
from desktop.services.actor import Actor
from desktop.services.contract_editing import archive_contract, contract_fields, create_contract, save_contract
from desktop.services.ppm.job_buildings import (
    JobBuildingFields,
    add_job_buildings,
    job_building_fields,
    save_job_building,
)
from desktop.services.ppm.jobs import create_job
from desktop.services.ppm.loading import load_schedule
from tests.service.test_contract_editing import JOB, TODAY, a_client, fields_of

pytestmark = pytest.mark.postgres

WAIT = 60.0  # seconds: only a hung test waits this long


def _waiting_for_the_contract(db: Database) -> bool:
    """Whether a transaction waits for a lock to hold a contract (FOR SHARE)."""
    with db.engine.connect() as connection:
        return bool(
            connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND query ILIKE '%FROM contract%FOR SHARE%'"
                )
            )
        )


def _thread(call: Callable[[], Any], outcome: dict[str, Any]) -> threading.Thread:
    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def while_the_contract_is_changed(
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    pause_in: str,
    contract_change: Callable[[], Any],
    job_write: Callable[[], Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run ``contract_change`` until it calls ``contract_editing.<pause_in>`` (it holds the contract then), run
    ``job_write`` meanwhile until it ends or waits for the contract, then let the contract change finish; the
    outcomes of both (result or error)."""
    paused, go = threading.Event(), threading.Event()
    original = getattr(contract_editing, pause_in)

    def pausing(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        paused.set()
        assert go.wait(WAIT)
        return found

    monkeypatch.setattr(contract_editing, pause_in, pausing)
    contract_outcome: dict[str, Any] = {}
    job_outcome: dict[str, Any] = {}
    contract_thread = _thread(contract_change, contract_outcome)
    try:
        assert paused.wait(WAIT), contract_outcome
        job_thread = _thread(job_write, job_outcome)
        for _ in range(int(WAIT * 20)):
            if not job_thread.is_alive() or _waiting_for_the_contract(db):
                break
            threading.Event().wait(0.05)
    finally:
        go.set()
    contract_thread.join(WAIT)
    job_thread.join(WAIT)
    assert not contract_thread.is_alive() and not job_thread.is_alive()
    return contract_outcome, job_outcome


@pytest.fixture
def pg(db: Database) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time")
    return db


def test_a_building_added_while_the_contract_dates_change_is_planned_with_the_new_dates(
    pg: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, buildings = a_client(pg)
    contract_id = create_contract(pg, admin, fields_of(client_id))
    job_id = create_job(pg, admin, contract_id, JOB)
    add_job_buildings(pg, admin, job_id, [buildings[0]], TODAY)
    fields, version = contract_fields(pg, contract_id)
    later = replace(fields, start_date=date(2026, 7, 1))

    saved, added = while_the_contract_is_changed(
        pg,
        monkeypatch,
        "_planned_job_buildings",
        lambda: save_contract(pg, admin, contract_id, version, later, TODAY),
        lambda: add_job_buildings(pg, admin, job_id, [buildings[1]], TODAY),
    )
    assert "error" not in saved and "error" not in added, (saved, added)
    (new,) = added["result"]
    schedule = load_schedule(pg, new, TODAY)
    assert schedule.contract_start == date(2026, 7, 1)
    assert min(period.financial_start for period in schedule.stored_periods) == date(2026, 7, 1)
    replanned = schedule.current
    assert not replanned.removed and not any(period.unsaved for period in replanned.periods)


def test_a_building_edited_while_the_contract_is_archived_is_refused(
    pg: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, buildings = a_client(pg)
    contract_id = create_contract(pg, admin, fields_of(client_id))
    job_id = create_job(pg, admin, contract_id, JOB)
    (job_building,) = add_job_buildings(pg, admin, job_id, [buildings[0]], TODAY)
    _fields, version = contract_fields(pg, contract_id)
    details, details_version = job_building_fields(pg, job_building)

    archived, edited = while_the_contract_is_changed(
        pg,
        monkeypatch,
        "log_change",
        lambda: archive_contract(pg, admin, contract_id, version),
        lambda: save_job_building(
            pg, admin, job_building, details_version, replace(details, instructions="Key at the desk"), TODAY
        ),
    )
    assert "error" not in archived, archived
    assert isinstance(edited.get("error"), ValidationError), edited
    assert "archived" in str(edited["error"])
    assert job_building_fields(pg, job_building)[0] == JobBuildingFields(False, False, "")
