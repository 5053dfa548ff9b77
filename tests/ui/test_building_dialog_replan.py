"""Saving a building's closures from the directory re-plans its PPM periods at once, and the dialog says which
work orders that cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import JobBuilding, WorkOrder
from desktop.domain.ppm import Frequency
from desktop.domain.workorders import Status
from desktop.services.actor import Actor
from desktop.services.buildings import Closure, get_building
from desktop.services.ppm.generation import generate_due_ppms
from desktop.services.users import local_administrator
from desktop.ui.directory.building_dialog import BuildingDialog
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    return local_administrator(sqlite_db)


def test_a_closure_saved_in_the_building_dialog_cancels_and_names_the_order(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog plans for the real today: a contract around it, a visit every month.
    today = date.today()
    month = today.replace(day=1)
    spec = replace(
        PpmJobSpec(),
        contract_start=month - relativedelta(years=1),
        contract_end=month + relativedelta(years=1) - timedelta(days=1),
        fy_start=(month.month, 1),
        frequency=Frequency.MONTHLY,
        visits=Frequency.MONTHLY,
        invoices=Frequency.MONTHLY,
    )
    (job_building,) = ppm_job(sqlite_db, spec)
    save_as_stored(sqlite_db, admin, job_building, today)
    generate_due_ppms(sqlite_db, None, today, today=today)
    with sqlite_db.reading() as session:
        building_id = session.scalar(select(JobBuilding.building_id).where(JobBuilding.id == job_building))
        number = session.scalar(
            select(WorkOrder.number).where(
                WorkOrder.job_building_id == job_building, WorkOrder.financial_end_date >= today
            )
        )
    assert building_id is not None and number is not None

    told: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.directory.building_dialog.QMessageBox.information",
        lambda _parent, _title, text: told.append(text),
    )
    dialog = BuildingDialog(sqlite_db, admin, get_building(sqlite_db, building_id))
    qtbot.addWidget(dialog)
    dialog.closures.add(Closure(today, today, "Power cut"))
    dialog.accept()

    assert dialog.result() == BuildingDialog.DialogCode.Accepted
    assert len(told) == 1 and str(number) in told[0] and "cancelled automatically" in told[0]
    with sqlite_db.reading() as session:
        order = session.scalars(select(WorkOrder).where(WorkOrder.number == number)).one()
        assert order.status is Status.CANCELLED and order.ppm_cancel_final
