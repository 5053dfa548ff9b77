"""The preview of a PPM generation run, on SQLite and PostgreSQL: it lists exactly what a run creates and misses
and writes nothing; a run kept to chosen periods creates those alone; a contract marked for manual generation is
skipped by every run unless its periods are ticked in the preview; ``generate-ppm --dry-run`` writes nothing and
lists what the real run then creates and closes as Not done."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from alembic import command
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import SQLITE_APPLICATION_ID, alembic_config
from desktop.db.models import Contract, FinancialPeriod, JobBuilding, PpmJob, WorkOrder
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.ppm.generation_preview import preview_generation
from desktop.services.users import local_administrator
from tests.bad_input_world import FEW, checksum
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored

TODAY = date(2026, 5, 10)
UNTIL = date(2026, 9, 30)
# Monthly periods from April 2026 (quarterly visits, monthly invoices): April has ended without an order (missed)
# by TODAY; May to October are due by UNTIL (October's visit two weeks before it starts), July and October with a
# visit, the others invoice only.
SPEC = PpmJobSpec()


def contracts(db: Database, admin: Actor, count: int = 2, buildings: int = 2) -> None:
    for _ in range(count):
        for job_building in ppm_job(db, SPEC, buildings=buildings):
            save_as_stored(db, admin, job_building, date(2026, 3, 1))


def mark_manual(db: Database, reference: str) -> None:
    with db.transaction() as session:
        session.execute(update(Contract).where(Contract.reference == reference).values(manual_generation=True))


def ordered_periods(db: Database) -> set[int]:
    with db.reading() as session:
        return set(
            session.scalars(select(WorkOrder.financial_period_id).where(WorkOrder.financial_period_id.is_not(None)))
        )


def test_the_preview_lists_what_a_run_creates_and_misses_and_writes_nothing(db: Database, admin: Actor) -> None:
    contracts(db, admin)
    before = checksum(db)
    preview = preview_generation(db, UNTIL, today=TODAY)
    assert checksum(db) == before
    assert [c.reference for c in preview.contracts] == ["CT-0001", "CT-0002"]
    first = preview.contracts[0]
    # Two buildings: May to October each (twelve orders, eight invoice only), April missed.
    assert (len(first.orders), first.invoice_only, len(first.missed), first.manual_generation) == (12, 8, 2, False)
    assert {(o.building_name, o.financial_start) for o in first.orders} == {
        (f"Site {b:04d}", date(2026, month, 1)) for b in (1, 2) for month in range(5, 11)
    }
    july = next(o for o in first.orders if o.financial_start == date(2026, 7, 1))
    assert (july.job_description, july.financial_end, july.invoice_only) == (
        "Boiler maintenance",
        date(2026, 7, 31),
        False,
    )
    assert july.visit_start is not None and july.visit_end is not None
    assert all(p.financial_start == date(2026, 4, 1) for p in first.missed)

    result = generate_due_ppms(db, None, UNTIL, today=TODAY)
    assert ordered_periods(db) == set(preview.automatic_period_ids())
    assert (result.created, result.invoice_only, result.missed) == (
        preview.orders,
        preview.invoice_only,
        preview.missed,
    )
    # Nothing left to create: the preview says so.
    assert preview_generation(db, UNTIL, today=TODAY).orders == 0


def test_a_run_kept_to_chosen_periods_creates_those_alone_and_each_once(db: Database, admin: Actor) -> None:
    contracts(db, admin)
    ids = [o.period_id for c in preview_generation(db, UNTIL, today=TODAY).contracts for o in c.orders]
    chosen, left = ids[::3], [i for i in ids if i not in ids[::3]]
    result = generate_due_ppms(db, None, UNTIL, today=TODAY, only=chosen, batch_size=2)
    assert result.created == len(chosen) and ordered_periods(db) == set(chosen)
    # Unticked ones are still due; ticked ones are not created twice.
    assert {o.period_id for c in preview_generation(db, UNTIL, today=TODAY).contracts for o in c.orders} == set(left)
    again = generate_due_ppms(db, None, UNTIL, today=TODAY, only=ids)
    assert again.created == len(left) and ordered_periods(db) == set(ids)


@FEW
@given(picks=st.lists(st.booleans(), min_size=10, max_size=10))
def test_any_choice_creates_exactly_the_ticked_rows(sqlite_db: Database, picks: list[bool]) -> None:
    db = sqlite_db
    admin = local_administrator(db)
    (job_building,) = ppm_job(db, SPEC)
    save_as_stored(db, admin, job_building, date(2026, 3, 1))
    contract = max(preview_generation(db, UNTIL, today=TODAY).contracts, key=lambda c: c.contract_id)
    rows = [o.period_id for o in contract.orders]
    ticked = {period for period, pick in zip(rows, picks, strict=False) if pick}
    before = ordered_periods(db)
    result = generate_due_ppms(db, None, UNTIL, today=TODAY, only=ticked)
    assert result.created == len(ticked) and ordered_periods(db) - before == ticked
    # Other contracts' periods (from earlier examples) are left alone too.
    with db.reading() as session:
        generated = session.scalars(
            select(PpmJob.contract_id)
            .join(JobBuilding, JobBuilding.ppm_job_id == PpmJob.id)
            .join(FinancialPeriod, FinancialPeriod.job_building_id == JobBuilding.id)
            .where(FinancialPeriod.id.in_(ordered_periods(db) - before))
        ).all()
    assert set(generated) <= {contract.contract_id}


def test_a_manual_contract_is_skipped_by_runs_and_generated_from_the_preview(db: Database, admin: Actor) -> None:
    contracts(db, admin)
    mark_manual(db, "CT-0002")
    preview = preview_generation(db, UNTIL, today=TODAY)
    manual = preview.contracts[1]
    assert manual.manual_generation and len(manual.orders) == 12
    assert not set(preview.automatic_period_ids()) & {o.period_id for o in manual.orders}

    result = generate_due_ppms(db, None, UNTIL, today=TODAY)
    assert result.created == 12 and ordered_periods(db) == set(preview.automatic_period_ids())
    assert [c.reference for c in result.contracts if c.created] == ["CT-0001"]
    # Kept to its periods but not asked to include manual ones: still nothing.
    ticked = [o.period_id for o in manual.orders]
    assert generate_due_ppms(db, None, UNTIL, today=TODAY, only=ticked).created == 0
    ticked = ticked[:4]
    from_preview = generate_due_ppms(db, admin, UNTIL, today=TODAY, only=ticked, include_manual=True)
    assert from_preview.created == 4 and set(ticked) <= ordered_periods(db)
    assert len(preview_generation(db, UNTIL, today=TODAY).contracts[1].orders) == 8


def run_bureau(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUREAU_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "BUREAU_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_dry_run_writes_nothing_and_lists_what_the_run_creates(sqlite_db: Database, data_dir: Path) -> None:
    admin = local_administrator(sqlite_db)
    # Started last month (the real today): its first month ended without an order (missed); up to the end of the
    # third month, the second and third (invoice only) and the fourth (its visit two weeks ahead) are due.
    start = date.today().replace(day=1) - relativedelta(months=1)
    spec = replace(
        SPEC, contract_start=start, contract_end=start + relativedelta(years=1, days=-1), fy_start=(start.month, 1)
    )
    for _ in range(2):
        for job_building in ppm_job(sqlite_db, spec, buildings=2):
            save_as_stored(sqlite_db, admin, job_building, start)
    mark_manual(sqlite_db, "CT-0002")
    path = sqlite_db.url.database
    assert path is not None
    until = (start + relativedelta(months=3, days=-1)).isoformat()
    before = checksum(sqlite_db)
    sqlite_db.dispose()

    dry = run_bureau("--database", path, "generate-ppm", "--dry-run", "--until", until, data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    assert checksum(sqlite_db) == before
    lines = dry.stdout.splitlines()
    listed = {
        line.split(":")[0].split(maxsplit=1)[1] + line.split("period ")[1][:10]
        for line in lines
        if line.startswith("  create ")
    }
    assert lines[0] == "Contract CT-0001: to create 6 (invoice only: 4), missed 2, to re-plan 0."
    assert sum(line.startswith("  manual ") for line in lines) == 6
    assert sum(line.startswith("  missed ") for line in lines) == 4
    assert lines[-1].startswith("Dry run, nothing written. PPM work orders to create: 6 (of which invoice only")

    real = run_bureau("--database", path, "generate-ppm", "--until", until, data_dir=data_dir)
    assert real.returncode == 0, real.stderr
    with sqlite_db.reading() as session:
        rows = session.execute(
            select(WorkOrder.building_name, WorkOrder.title, FinancialPeriod.financial_start).join(
                FinancialPeriod, FinancialPeriod.id == WorkOrder.financial_period_id
            )
        ).all()
    assert {f"{row.building_name} – {row.title}" + row.financial_start.isoformat() for row in rows} == listed
    assert len(rows) == len(listed) == 6


def test_the_dry_run_neither_creates_nor_upgrades_a_database(tmp_path: Path, data_dir: Path) -> None:
    """A dry run writes nothing, the schema included: a missing file stays missing (even with --create) and a
    file of an older Bureau is refused as it is, with no upgrade and no backup beside it."""
    missing = tmp_path / "missing.sqlite"
    for extra in ((), ("--create",)):
        run = run_bureau("--database", str(missing), *extra, "generate-ppm", "--dry-run", data_dir=data_dir)
        assert run.returncode != 0 and len(run.stderr.strip().splitlines()) == 1, run.stderr
        assert not missing.exists()

    older = tmp_path / "older.sqlite"
    engine = make_engine(f"sqlite:///{older}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
    engine.dispose()
    before = older.read_bytes()
    run = run_bureau("--database", str(older), "generate-ppm", "--dry-run", data_dir=data_dir)
    assert run.returncode != 0 and "is not at this version of Bureau's schema" in run.stderr, run.stderr
    assert older.read_bytes() == before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith("older")] == ["older.sqlite"]


def test_a_period_id_that_now_holds_another_period_is_not_generated(db: Database, admin: Actor) -> None:
    """SQLite may give a deleted period's id to a new one: the preview's rows carry the job building and
    financial start they showed, and an id that holds another period now is left alone."""
    contracts(db, admin)
    orders = preview_generation(db, UNTIL, today=TODAY).contracts[0].orders
    first, second = orders[0], orders[1]
    shown = {
        first.period_id: (first.job_building_id, first.financial_start),
        # As if the agent had seen another period under this id.
        second.period_id: (second.job_building_id, second.financial_start - timedelta(days=1)),
    }
    result = generate_due_ppms(db, admin, UNTIL, today=TODAY, only=list(shown), include_manual=True, shown=shown)
    assert result.created == 1 and ordered_periods(db) == {first.period_id}


def test_the_dry_run_lists_the_orders_to_close_and_the_run_closes_exactly_those(
    sqlite_db: Database, data_dir: Path
) -> None:
    admin = local_administrator(sqlite_db)
    # Started three months ago: each building's first month, with a visit, got its order then and is still open;
    # with auto-close after 0 days it is due now. The second contract is marked for manual generation.
    start = date.today().replace(day=1) - relativedelta(months=3)
    spec = replace(
        SPEC, contract_start=start, contract_end=start + relativedelta(years=1, days=-1), fy_start=(start.month, 1)
    )
    for _ in range(2):
        for job_building in ppm_job(sqlite_db, spec, buildings=2):
            save_as_stored(sqlite_db, admin, job_building, start)
    assert generate_due_ppms(sqlite_db, None, start + timedelta(days=5), today=start).created == 4
    with sqlite_db.transaction() as session:
        session.execute(update(PpmJob).values(auto_close_days=0))
    mark_manual(sqlite_db, "CT-0002")
    path = sqlite_db.url.database
    assert path is not None
    before = checksum(sqlite_db)
    sqlite_db.dispose()

    dry = run_bureau("--database", path, "generate-ppm", "--dry-run", data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    assert checksum(sqlite_db) == before
    lines = dry.stdout.splitlines()
    listed = {int(line.split("work order ")[1].split()[0]) for line in lines if line.startswith("  not done ")}
    manual = {int(line.split("work order ")[1].split()[0]) for line in lines if line.startswith("  manual not done ")}
    assert len(listed) == len(manual) == 2
    assert lines[0].endswith("To close as not done: 2.")
    # The manual contract's orders are listed but this command leaves them open: its header says so.
    (manual_header,) = [line for line in lines if line.startswith("Contract CT-0002")]
    assert manual_header.endswith("Due to close as not done: 2 (left open by this command).")
    assert lines[-1].endswith("Open work orders to close as not done: 2. Left open for manual generation: 2.")

    real = run_bureau("--database", path, "generate-ppm", data_dir=data_dir)
    assert real.returncode == 0, real.stderr
    assert "Open work orders closed as not done by auto-close: 2 " in real.stdout
    with sqlite_db.reading() as session:
        rows = session.execute(select(WorkOrder.number, WorkOrder.status).where(WorkOrder.number.in_(listed | manual)))
        statuses = {row.number: row.status for row in rows}
    assert statuses == {**dict.fromkeys(listed, Status.NOT_DONE), **dict.fromkeys(manual, Status.NEW)}
