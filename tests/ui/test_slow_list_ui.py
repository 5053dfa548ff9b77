"""A list read that runs past its budget: the window says so in its status bar and stays usable."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.db import budget
from desktop.db.engine import Database
from desktop.domain.listing import SEARCH_MAX_LENGTH, ListFilter
from desktop.services import helpdesk
from desktop.services.users import local_administrator
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.factories import client_with_building, reactive_orders


def test_a_search_past_its_budget_is_stopped_with_a_message(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = local_administrator(sqlite_db)
    reactive_orders(sqlite_db, admin, client_with_building(sqlite_db), 300)
    window = MainWindow(sqlite_db, admin, Settings())
    qtbot.addWidget(window)
    window.restore_filters()
    window.show()
    qtbot.waitUntil(lambda: window.model.count_known)
    rows_before = window.model.rowCount()

    monkeypatch.setattr(budget, "_SQLITE_STEPS", 100)
    monkeypatch.setattr(helpdesk, "PAGE_BUDGET_SECONDS", 0.0)
    window.show_filter(ListFilter(text="leak"))

    assert "The search took too long" in window.statusBar().currentMessage()
    assert window.model.rowCount() == rows_before  # the list shows what it showed, nothing half-read
    monkeypatch.setattr(helpdesk, "PAGE_BUDGET_SECONDS", 5.0)
    window.show_filter(ListFilter())
    qtbot.waitUntil(lambda: window.model.count_known and window.model.rowCount() == rows_before)


def test_the_search_field_takes_no_more_than_the_search_reads(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(sqlite_db, local_administrator(sqlite_db), Settings())
    qtbot.addWidget(window)
    window.filter_bar.search.setText("x" * (SEARCH_MAX_LENGTH + 50))
    assert len(window.filter_bar.search.text()) == SEARCH_MAX_LENGTH
