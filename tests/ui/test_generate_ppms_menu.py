"""Generate due PPMs from the main window's menu: what is due today is created once, missed periods are counted."""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.domain.ppm import Frequency
from desktop.services.users import local_administrator
from tests.ppm_factories import PpmJobSpec, ppm_job, save_as_stored


def test_generate_due_ppms_from_the_menu(qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    admin = local_administrator(sqlite_db)
    today = date.today()
    # A contract that ended a year ago: its four quarterly periods ended without orders, so they are missed.
    past = PpmJobSpec(
        contract_start=date(today.year - 2, 1, 1),
        contract_end=date(today.year - 2, 12, 31),
        fy_start=(1, 1),
        invoices=Frequency.QUARTERLY,
    )
    # A contract that started this month: its first quarter is due now, the next one is not.
    start = today.replace(day=1)
    current = PpmJobSpec(
        contract_start=start,
        contract_end=start + relativedelta(years=1, days=-1),
        fy_start=(start.month, 1),
        invoices=Frequency.QUARTERLY,
    )
    for spec in (past, current):
        for job_building in ppm_job(sqlite_db, spec, buildings=2):
            save_as_stored(sqlite_db, admin, job_building, today)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.restore_filters()

    window.generate_ppm_action.trigger()
    assert told == [
        "PPM work orders created: 2 (of which invoice only, closed at once: 0). Missed periods skipped: 8. "
        "Cancelled by re-plans: 0."
    ]
    window.generate_ppm_action.trigger()
    assert told[-1] == (
        "PPM work orders created: 0 (of which invoice only, closed at once: 0). Missed periods skipped: 8. "
        "Cancelled by re-plans: 0."
    )
    with sqlite_db.reading() as session:
        ends = session.scalars(select(WorkOrder.financial_end_date)).all()
    assert ends == [start + relativedelta(months=3, days=-1)] * 2
    window.close()
