"""The demo's PPM schedules are the planner's: every building opens in the period editor with nothing to save."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.db.models import FinancialPeriod, JobBuilding, WorkOrder
from desktop.demo import load_demo
from desktop.domain.ppm.schedule import Schedule, ScheduleChange
from desktop.services.actor import Actor
from desktop.services.ppm.loading import load_schedules
from desktop.services.ppm.saving import save_schedules

DEMO_TIMES = [
    pytest.param(datetime(2026, 11, 24, 9, 30, tzinfo=UTC), 20261124, None, id="default"),
    pytest.param(datetime(2025, 3, 1, 23, 0, tzinfo=UTC), 7, None, id="other-day-and-seed"),
    pytest.param(datetime(2026, 6, 30, 6, 0, tzinfo=UTC), 99, 300, id="sized"),
]


def job_buildings_with_periods(db: Database) -> list[int]:
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(JobBuilding.id).where(
                    select(FinancialPeriod.id).where(FinancialPeriod.job_building_id == JobBuilding.id).exists()
                )
            )
        )


def what_the_editor_would_save(schedule: Schedule) -> list[str]:
    """What the period editor shows as changed when it opens: rows it would write, delete, or orders it would
    cancel."""
    shown = schedule.current
    changes = [
        f"{schedule.building_name}: period {period.financial_start} differs from its stored row"
        for period in shown.periods
        if period.unsaved
    ]
    changes += [
        f"{schedule.building_name}: {period.order_change} order {period.order_number}"
        for period in shown.periods
        if period.order_change is not None
    ]
    changes += [f"{schedule.building_name}: stored period {row.financial_start} removed" for row in shown.removed]
    return changes


@pytest.mark.parametrize(("now", "seed", "size"), DEMO_TIMES)
def test_every_demo_building_opens_in_the_period_editor_with_nothing_to_save(
    db: Database, admin: Actor, now: datetime, seed: int, size: int | None
) -> None:
    summary = load_demo(db, "en", size=size, seed=seed, now=now)
    today: date = now.date()
    ids = job_buildings_with_periods(db)
    assert len(ids) == summary.job_buildings
    with db.reading() as session:
        assert summary.periods == len(session.scalars(select(FinancialPeriod.id)).all()) > 0

    schedules = load_schedules(db, ids, today)

    assert sorted(schedules) == ids
    assert [change for schedule in schedules.values() for change in what_the_editor_would_save(schedule)] == []
    # Saving every building as it opened writes no period and changes no order.
    results = save_schedules(
        db,
        admin,
        [
            ScheduleChange(schedule.job_building_id, schedule.version, schedule.settings, schedule.manual_visits)
            for schedule in schedules.values()
        ],
        today,
    )
    assert [(r.inserted, r.updated, r.deleted, r.cancelled_orders) for r in results] == [(0, 0, 0, ())] * len(ids)


def test_the_demo_schedules_have_generated_orders_and_periods_still_to_come(db: Database, admin: Actor) -> None:
    now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    load_demo(db, "en", now=now)
    schedules = load_schedules(db, job_buildings_with_periods(db), now.date()).values()
    periods = [period for schedule in schedules for period in schedule.current.periods]
    assert any(period.order is not None for period in periods)
    assert any(period.order is None and period.financial_start > now.date() for period in periods)
    assert all(period.valid for period in periods if period.order is None)


def planned_rows(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    period, order = FinancialPeriod.__table__, WorkOrder.__table__
    with db.reading() as session:
        periods = session.execute(
            select(
                period.c.job_building_id,
                period.c.financial_start,
                period.c.financial_end,
                period.c.visit_start,
                period.c.visit_end,
                period.c.invoiced,
                period.c.valid,
                period.c.auto_generation_date,
            ).order_by(period.c.job_building_id, period.c.financial_start)
        ).all()
        orders = session.execute(
            select(
                order.c.number,
                order.c.status,
                order.c.job_building_id,
                period.c.financial_start,
                order.c.completed_at,
            )
            .join(period, order.c.financial_period_id == period.c.id)
            .order_by(order.c.number)
        ).all()
    return [tuple(row) for row in periods], [tuple(row) for row in orders]


def test_the_same_seed_plans_the_same_periods_and_orders(tmp_path: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    loaded = []
    for name in ("first", "second"):
        engine = make_engine(f"sqlite:///{tmp_path / name}.sqlite")
        upgrade(engine)
        db = Database(engine)
        load_demo(db, "en", seed=11, now=now)
        loaded.append(planned_rows(db))
        engine.dispose()
    assert loaded[0] == loaded[1]
    assert loaded[0][0] and loaded[0][1]
