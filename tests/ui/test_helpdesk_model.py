"""The helpdesk model over a large database: bounded memory, true extent, jumps, sorts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.demo import load_demo
from desktop.demo.orders import FIRST_NUMBER
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.workorders import Status
from desktop.services.users import local_administrator
from desktop.ui.helpdesk.model import BLOCK_ROWS, MAX_BLOCKS, Column, HelpdeskModel

ORDERS = 100_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("big") / "bureau.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    db = Database(engine)
    local_administrator(db)
    load_demo(db, "en", size=ORDERS)
    yield db
    db.dispose()


def make_model(qtbot: QtBot, db: Database, list_filter: ListFilter | None = None) -> tuple[HelpdeskModel, QTableView]:
    model = HelpdeskModel(db, None)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.set_filter(list_filter or ListFilter())
    qtbot.waitUntil(lambda: model.count_known, timeout=10_000)
    return model, view


def wait_row(qtbot: QtBot, model: HelpdeskModel, row: int) -> int:
    QApplication.processEvents()  # the model reads wanted blocks on the next turn of the event loop
    if model.number_at(row) is None:
        qtbot.waitUntil(lambda: model.number_at(row) is not None, timeout=10_000)
    number = model.number_at(row)
    assert number is not None
    return number


def test_the_model_is_a_well_behaved_qt_model(qtbot: QtBot, qtmodeltester: ModelTester, big_db: Database) -> None:
    model, _ = make_model(qtbot, big_db, ListFilter(statuses=frozenset({Status.REJECTED})))
    qtmodeltester.check(model, force_py=True)


def test_scrolling_through_100000_orders_holds_a_bounded_number_of_rows(qtbot: QtBot, big_db: Database) -> None:
    model, view = make_model(qtbot, big_db)
    assert model.rowCount() == ORDERS  # the scrollbar's true extent
    newest = FIRST_NUMBER + ORDERS - 1
    most_held = 0
    for row in range(0, ORDERS, BLOCK_ROWS):
        view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
        model.data(model.index(row, Column.TITLE))
        assert wait_row(qtbot, model, row) == newest - row
        most_held = max(most_held, model.cached_rows())
    assert most_held <= MAX_BLOCKS * BLOCK_ROWS
    assert model.number_at(ORDERS - 1) == FIRST_NUMBER


def test_jumps_read_the_right_rows_without_reading_what_lies_between(qtbot: QtBot, big_db: Database) -> None:
    model, view = make_model(qtbot, big_db)
    newest = FIRST_NUMBER + ORDERS - 1
    view.scrollToBottom()
    assert wait_row(qtbot, model, ORDERS - 1) == FIRST_NUMBER
    middle = ORDERS // 2 + 37
    view.scrollTo(model.index(middle, 0))
    assert wait_row(qtbot, model, middle) == newest - middle
    assert model.cached_rows() <= 4 * BLOCK_ROWS


def test_sorting_by_a_header_click_reorders_from_the_database(qtbot: QtBot, big_db: Database) -> None:
    model, view = make_model(qtbot, big_db)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    assert model.list_filter.sort == Sort(SortField.DUE, descending=False)
    dues = [model.row_at(row).due_date for row in range(50)]  # type: ignore[union-attr]
    assert all(due is not None for due in dues)
    assert dues == sorted(dues)  # type: ignore[type-var]
    view.scrollToBottom()
    wait_row(qtbot, model, model.rowCount() - 1)
    last = model.row_at(model.rowCount() - 1)
    assert last is not None and last.due_date is not None and last.due_date >= dues[-1]  # type: ignore[operator]


def test_a_filter_shows_its_first_rows_at_once_and_its_count_later(qtbot: QtBot, big_db: Database) -> None:
    model, _ = make_model(qtbot, big_db)
    counts: list[tuple[int, bool]] = []
    model.countChanged.connect(lambda count, capped: counts.append((count, capped)))
    model.set_filter(ListFilter(statuses=frozenset({Status.ON_HOLD})))
    assert model.rowCount() == BLOCK_ROWS
    assert all(model.row_at(row).status == Status.ON_HOLD for row in range(BLOCK_ROWS))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: model.count_known, timeout=10_000)
    assert model.rowCount() > BLOCK_ROWS
    assert counts[-1] == (model.rowCount(), False)


def test_status_and_overdue_are_shown_with_icons_and_text(qtbot: QtBot, big_db: Database) -> None:
    model, _ = make_model(qtbot, big_db, ListFilter(overdue_only=True))
    assert model.rowCount() > 0
    due = model.index(0, Column.DUE)
    assert model.data(due, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(due, Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
    status = model.index(0, Column.STATUS)
    assert model.data(status, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(status) in {"New", "Needs clarification", "In progress", "On hold", "Awaiting verification"}
