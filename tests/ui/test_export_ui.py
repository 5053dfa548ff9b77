"""The export runner: the file written in a worker thread behind a progress dialog, which cancels it."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.db.engine import Database
from desktop.demo import load_demo
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.services import export as export_service
from desktop.services import helpdesk
from desktop.services.helpdesk import ListQuery, ListRow
from desktop.services.users import local_administrator
from desktop.ui.helpdesk import export as export_ui
from desktop.ui.helpdesk.export import ALL_FIELDS, COLUMN_FIELDS, ExportRunner, resolve_export_path
from desktop.ui.helpdesk.model import Column

ORDERS = 3_000
HEADERS = ["Number", "Type", "Status", "Priority", "Title", "Client", "Building", "Assignee", "Created", "Due",
           "Impact", "Kind", "Balance"]
WAIT_MS = 30_000


@pytest.fixture
def orders(sqlite_db: Database) -> Database:
    local_administrator(sqlite_db)
    load_demo(sqlite_db, "en", size=ORDERS)
    return sqlite_db


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    return widget


@pytest.fixture
def runner(orders: Database, window: QWidget) -> Iterator[ExportRunner]:
    runner = ExportRunner(orders, window)
    yield runner
    if shiboken6.isValid(runner):
        runner.shutdown()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def by_title() -> ListQuery:
    return ListQuery.of(ListFilter(sort=Sort(SortField.TITLE, descending=False)), None)


def expected_numbers(db: Database, query: ListQuery) -> list[int]:
    return [row.number for row in helpdesk.iter_rows(db, query)]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the export after its first 300 rows until the test opens the gate: cancel lands mid-way, surely."""
    opened = threading.Event()
    real = export_service.iter_rows

    def held(db: Database, query: ListQuery, batch: int = 1000) -> Iterator[ListRow]:
        for index, row in enumerate(real(db, query, batch)):
            if index == 300:
                assert opened.wait(10), "the test never opened the gate"
            yield row

    monkeypatch.setattr(export_service, "iter_rows", held)
    yield opened
    opened.set()


def test_exports_a_workbook_in_a_worker_thread(
    qtbot: QtBot, orders: Database, runner: ExportRunner, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = export_ui.export_rows

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_ui, "export_rows", spy)
    query = by_title()
    with orders.reading() as session:
        total = helpdesk.count(session, query)
    assert total == ORDERS
    path = out / "orders.xlsx"
    messages: list[str] = []
    runner.statusMessage.connect(messages.append)
    progress: list[int] = []
    runner.progressed.connect(progress.append)

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as finished:
        assert runner.start(query, total, path=path)
        assert runner.busy
        dialog = runner.progress_dialog
        assert dialog is not None and (dialog.minimum(), dialog.maximum()) == (0, total)

    assert finished.args == [str(path), ORDERS]
    assert threads and threads[0] is not threading.main_thread()
    assert progress[-1] == ORDERS
    assert messages == [f"{ORDERS:,} work orders exported to {path}"]
    assert not runner.busy and runner.progress_dialog is None
    assert dialog.isHidden()
    book = openpyxl.load_workbook(path)
    try:
        sheet = book.active
        assert isinstance(sheet, Worksheet)
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    assert list(rows[0]) == HEADERS
    assert [row[0] for row in rows[1:]] == expected_numbers(orders, query)
    statuses = {row[2] for row in rows[1:]}
    assert {"Closed", "In progress"} <= statuses  # labels, not codes
    assert {row[3] for row in rows[1:]} <= {"Urgent", "High", "Normal", "Low"}
    assert all(isinstance(row[8], datetime) for row in rows[1:])
    assert [path.name for path in out.iterdir()] == ["orders.xlsx"]


def test_exports_csv_without_a_known_total(qtbot: QtBot, orders: Database, runner: ExportRunner, out: Path) -> None:
    query = ListQuery.of(ListFilter(sort=Sort(SortField.DUE, descending=True)), None)
    path = out / "orders.csv"
    columns = runner.default_columns([COLUMN_FIELDS[Column.NUMBER], COLUMN_FIELDS[Column.STATUS], "balance"])

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        assert runner.start(query, None, columns, path=path)
        dialog = runner.progress_dialog
        assert dialog is not None and dialog.maximum() == 0  # a busy indicator

    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["Number", "Status", "Balance"]
    assert [int(line[0]) for line in lines[1:]] == expected_numbers(orders, query)
    assert all("." in line[2] for line in lines[1:])


def test_cancel_from_the_progress_dialog_leaves_no_file(
    qtbot: QtBot, runner: ExportRunner, out: Path, gate: threading.Event
) -> None:
    path = out / "orders.xlsx"
    progress: list[int] = []
    runner.progressed.connect(progress.append)
    messages: list[str] = []
    runner.statusMessage.connect(messages.append)

    assert runner.start(by_title(), ORDERS, path=path)
    assert not runner.start(by_title(), ORDERS, path=out / "second.xlsx"), "one export at a time"
    dialog = runner.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(progress) and progress[-1] >= export_service.PROGRESS_EVERY, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # shown once the export lasts
    button = runner._cancel_button(dialog)
    assert button.text() == "Cancel"
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.labelText() == "Cancelling…" and not button.isEnabled()
        gate.set()

    assert messages == ["Export cancelled."]
    assert not runner.busy and dialog.isHidden()
    assert list(out.iterdir()) == []


def test_cancel_keeps_an_existing_file(qtbot: QtBot, runner: ExportRunner, out: Path, gate: threading.Event) -> None:
    path = out / "orders.csv"
    path.write_text("last week's export")
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        runner.start(by_title(), ORDERS, path=path)
        runner.cancel()
        gate.set()
    assert path.read_text() == "last week's export"
    assert list(out.iterdir()) == [path]

    # The runner is ready for the next export, its dialog usable again.
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        assert runner.start(by_title(), ORDERS, path=path)
        dialog = runner.progress_dialog
        assert dialog is not None and runner._cancel_button(dialog).isEnabled()
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == ORDERS + 1


def test_a_write_error_is_shown_translated(
    qtbot: QtBot, runner: ExportRunner, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    path = out / "missing folder" / "orders.xlsx"

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as failed:
        runner.start(by_title(), ORDERS, path=path)

    message = f"Cannot write {path}: No such file or directory"
    assert failed.args == [message]
    assert shown == [("Export", message)]
    assert not runner.busy
    assert list(out.iterdir()) == []


def test_the_file_dialog_chooses_the_file_and_format(
    qtbot: QtBot, runner: ExportRunner, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([(str(out / "report"), "CSV file (*.csv)"), ("", ""), (str(out / "typed.xlsx"), "CSV file (*.csv)")])
    asked: list[tuple[str, str, str, str]] = []

    def dialog(caption: str, suggested: str, filters: str, selected: str) -> tuple[str, str]:
        asked.append((caption, suggested, filters, selected))
        return next(answers)

    monkeypatch.setattr(runner, "save_file_name", dialog)

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as finished:
        assert runner.start(by_title(), ORDERS)
    assert finished.args == [str(out / "report.csv"), ORDERS]  # the filter's extension added
    caption, suggested, filters, selected = asked[0]
    assert caption == "Export work orders"
    assert filters == "Excel workbook (*.xlsx);;CSV file (*.csv)" and selected == "Excel workbook (*.xlsx)"
    assert Path(suggested).name.startswith("work-orders-") and suggested.endswith(".xlsx")

    assert not runner.start(by_title(), ORDERS)  # the agent closed the dialog
    assert Path(asked[1][1]).parent == out and asked[1][3] == "CSV file (*.csv)"  # remembered

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as finished:
        assert runner.start(by_title(), ORDERS)
    assert finished.args == [str(out / "typed.xlsx"), ORDERS]  # the extension typed wins
    openpyxl.load_workbook(out / "typed.xlsx").close()


def test_resolve_export_path() -> None:
    assert resolve_export_path("/x/a.CSV", "xlsx") == (Path("/x/a.CSV"), "csv")
    assert resolve_export_path("/x/a.xlsx", "csv") == (Path("/x/a.xlsx"), "xlsx")
    assert resolve_export_path("/x/a.2026", "csv") == (Path("/x/a.2026.csv"), "csv")
    assert resolve_export_path("/x/a", "xlsx") == (Path("/x/a.xlsx"), "xlsx")


def test_default_columns_follow_the_list(runner: ExportRunner) -> None:
    columns = runner.default_columns()
    assert [column.field for column in columns] == list(ALL_FIELDS)
    assert [column.header for column in columns] == HEADERS
    by_field = {column.field: column for column in columns}
    assert by_field["status"].label is not None and by_field["status"].label("on_hold") == "On hold"
    assert by_field["type"].label is not None and by_field["type"].label("ppm") == "PPM"
    assert by_field["priority"].label is not None and by_field["priority"].label(1) == "Urgent"
    assert by_field["number"].label is None and by_field["due_date"].label is None
    assert by_field["impact"].label is not None and by_field["impact"].label("site_down") == "Site down"
    assert by_field["impact"].label("Whole floor flooded") == "Whole floor flooded"  # older free text as it is
    assert by_field["kind"].label is not None and by_field["kind"].label("change") == "Change"
    assert set(COLUMN_FIELDS) == set(Column)


def test_closing_the_window_mid_export_stops_it(
    qtbot: QtBot, orders: Database, out: Path, gate: threading.Event
) -> None:
    window = QWidget()  # not given to qtbot: deleted here
    runner = ExportRunner(orders, window)
    path = out / "orders.xlsx"
    assert runner.start(by_title(), ORDERS, path=path)
    opener = threading.Timer(0.5, gate.set)  # while the window's deletion waits for the worker
    opener.start()
    shiboken6.delete(window)  # the runner goes with it: stopped, its worker waited for
    opener.join()
    assert not shiboken6.isValid(runner)
    assert list(out.iterdir()) == []  # stopped, not finished


def test_csv_uses_semicolons_where_the_decimal_mark_is_a_comma() -> None:
    from desktop.ui.helpdesk.export import csv_delimiter
    from desktop.ui.i18n import translations

    assert csv_delimiter() == ","
    translations().switch("fr")
    assert csv_delimiter() == ";"
    translations().switch("en")
