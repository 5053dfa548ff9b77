"""The real main window on a real database, driven as an agent drives it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.demo import load_demo
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.workorders import Impact, Kind, Status
from desktop.services import helpdesk
from desktop.services.users import local_administrator
from desktop.ui.helpdesk.model import SORT_COLUMN, Column
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    local_administrator(sqlite_db)
    load_demo(sqlite_db, "en")
    return sqlite_db


@pytest.fixture
def open_windows() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()


def start_window(qtbot: QtBot, db: Database, windows: list[MainWindow]) -> MainWindow:
    window = MainWindow(db, local_administrator(db), Settings())
    qtbot.addWidget(window)
    window.restore_filters()
    window.show()
    qtbot.waitUntil(lambda: window.model.count_known)
    windows.append(window)
    return window


def shown_rows(window: MainWindow) -> list[helpdesk.ListRow]:
    model = window.model
    rows = []
    for row in range(min(model.rowCount(), 100)):
        found = model.row_at(row)
        assert found is not None
        rows.append(found)
    return rows


def matching(db: Database, list_filter: ListFilter) -> int:
    with db.reading() as session:
        return helpdesk.count(session, helpdesk.ListQuery.of(list_filter, None))


def test_search_as_you_type(qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]) -> None:
    window = start_window(qtbot, demo_db, open_windows)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    with qtbot.waitSignal(window.model.countChanged, timeout=5000, check_params_cb=lambda n, capped: n > 0):
        qtbot.keyClicks(window.filter_bar.search, "fire")
    qtbot.waitUntil(lambda: window.model.count_known and window.model.list_filter.text == "fire")
    rows = shown_rows(window)
    assert rows and all("fire" in (row.title + row.building + str(row.number)).lower() for row in rows)
    assert window.model.rowCount() == matching(demo_db, ListFilter(text="fire"))
    assert window.count_label.text() == f"{window.model.rowCount()} work orders"


def test_status_filter_sort_and_reset(qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]) -> None:
    window = start_window(qtbot, demo_db, open_windows)
    everything = window.model.rowCount()
    bar = window.filter_bar
    bar.statuses.set_values({Status.ON_HOLD})
    bar.statuses.changed.emit()
    qtbot.waitUntil(lambda: window.model.list_filter.statuses == {Status.ON_HOLD} and window.model.count_known)
    assert {row.status for row in shown_rows(window)} == {"on_hold"}
    assert window.model.rowCount() == matching(demo_db, ListFilter(statuses=frozenset({Status.ON_HOLD})))

    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.TITLE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.model.list_filter.sort.field is SortField.TITLE
    titles = [row.title for row in shown_rows(window)]
    assert titles == sorted(titles) or titles == sorted(titles, reverse=True)
    assert window.model.list_filter.statuses == {Status.ON_HOLD}  # sorting keeps the filter

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.model.count_known and not window.model.list_filter.statuses)
    assert window.model.rowCount() == everything
    assert window.model.list_filter.sort.field is SortField.TITLE  # reset keeps the sort


def test_filters_and_layout_are_remembered_across_a_restart(
    qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]
) -> None:
    window = start_window(qtbot, demo_db, open_windows)
    chosen = ListFilter(statuses=frozenset({Status.NEW}), overdue_only=True, sort=Sort(SortField.DUE, False))
    window.filter_bar.apply_filter(chosen)
    window.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    window.set_column_visible(Column.CLIENT, False)
    window.table.horizontalHeader().moveSection(Column.TITLE, 1)
    window.close()

    again = start_window(qtbot, demo_db, open_windows)
    assert again.model.list_filter == chosen
    assert again.filter_bar.current_filter() == chosen
    assert again.model.rowCount() == matching(demo_db, chosen)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(Column.CLIENT)
    assert not again.column_actions[Column.CLIENT].isChecked()
    assert header.visualIndex(Column.TITLE) == 1


def test_enter_opens_the_selected_order(qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]) -> None:
    from desktop.ui.workorder.detail_view import WorkOrderDetailView

    window = start_window(qtbot, demo_db, open_windows)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    number = window.model.number_at(window.table.currentIndex().row())
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert isinstance(view, WorkOrderDetailView)
    assert view.number == number
    assert window.tabs.tabText(window.tabs.currentIndex()) == f"WO {number}"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.list_page
    assert window.table.hasFocus()


def test_refresh_keeps_the_place_and_shows_changes(
    qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]
) -> None:
    from desktop.db.models import WorkOrder

    window = start_window(qtbot, demo_db, open_windows)
    window.table.selectRow(3)
    number = window.model.number_at(3)
    with demo_db.transaction() as session:
        order = session.query(WorkOrder).filter_by(number=number).one()
        order.title = "Changed elsewhere"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.model.count_known and window.model.row_at(3) is not None)
    QApplication.processEvents()
    assert window.model.row_at(3).title == "Changed elsewhere"  # type: ignore[union-attr]
    assert window.table.selectionModel().isRowSelected(3)


def test_export_from_the_window(
    qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow], tmp_path: Path
) -> None:
    window = start_window(qtbot, demo_db, open_windows)
    window.filter_bar.apply_filter(ListFilter(statuses=frozenset({Status.IN_PROGRESS})))
    qtbot.waitUntil(lambda: window.model.count_known)
    target = tmp_path / "in-progress.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        assert window.exporter.start(window.model.query, window.model.rowCount(), path=target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == window.model.rowCount() + 1
    assert [int(line[0]) for line in lines[1:6]] == [row.number for row in shown_rows(window)[:5]]


def test_impact_and_kind_filter_and_show_in_columns_once_asked_for(
    qtbot: QtBot, demo_db: Database, open_windows: list[MainWindow]
) -> None:
    window = start_window(qtbot, demo_db, open_windows)
    header = window.table.horizontalHeader()
    for column in (Column.IMPACT, Column.KIND):
        assert header.isSectionHidden(column), "hidden until the agent asks for it"
        assert not window.column_actions[column].isChecked()
    assert window.model.column_title(Column.IMPACT) == "Impact"
    window.column_actions[Column.IMPACT].trigger()
    window.column_actions[Column.KIND].trigger()
    assert not header.isSectionHidden(Column.IMPACT) and not header.isSectionHidden(Column.KIND)

    bar = window.filter_bar
    bar.impacts.value_actions[Impact.SITE_DOWN].trigger()
    bar.kinds.value_actions[Kind.INCIDENT].trigger()
    wanted = ListFilter(impacts=frozenset({Impact.SITE_DOWN}), kinds=frozenset({Kind.INCIDENT}))
    qtbot.waitUntil(lambda: window.model.list_filter.kinds == wanted.kinds and window.model.count_known)
    assert window.model.rowCount() == matching(demo_db, wanted) > 0
    model = window.model
    for row in range(min(model.rowCount(), 20)):
        assert model.index(row, Column.IMPACT).data() == "Site down"
        assert model.index(row, Column.KIND).data() == "Incident"

    sort = model.list_filter.sort
    x = header.sectionViewportPosition(Column.IMPACT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.list_filter.sort == sort  # the impact does not sort: the list stays as it was
    assert header.sortIndicatorSection() == SORT_COLUMN[sort.field]

    # An impact written as free text by an older Bureau is shown as it is.
    number = model.number_at(0)
    assert number is not None
    with demo_db.transaction() as session:
        session.execute(update(WorkOrder).where(WorkOrder.number == number).values(impact="Whole floor flooded"))
    bar.reset()
    qtbot.waitUntil(lambda: model.list_filter == ListFilter(sort=sort) and model.count_known)
    place = model.row_of(number)
    assert place is not None and model.index(place, Column.IMPACT).data() == "Whole floor flooded"
