"""Directory > Import buildings…: the template saved, a file with a bad row refused, fixed and imported."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import Building, ChangeEntry, Client
from desktop.services import building_import
from desktop.services.actor import Actor
from desktop.services.building_import import COLUMNS, Column, accepted_headers
from desktop.services.users import local_administrator
from desktop.ui.directory.import_dialog import ImportBuildingsDialog, show_import_buildings
from desktop.ui.i18n import in_every_language

WAIT_MS = 20_000

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def actor(sqlite_db: Database) -> Actor:
    with sqlite_db.transaction() as session:
        session.add_all([Client(name="Acme Facilities", reference="ACME"), Client(name="Northwind", reference="NW")])
    return local_administrator(sqlite_db)


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_db: Database, actor: Actor) -> ImportBuildingsDialog:
    widget = ImportBuildingsDialog(sqlite_db, actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def buildings(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Building)) or 0


def add_rows(path: Path, *rows: dict[Column, Any]) -> None:
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([row.get(column) for column in COLUMNS])
    book.save(path)


def set_cell(path: Path, row: int, column: Column, value: Any) -> None:
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=row, column=COLUMNS.index(column) + 1, value=value)
    book.save(path)


def depot(reference: str, name: str) -> dict[Column, Any]:
    return {
        Column.CLIENT_REFERENCE: reference,
        Column.NAME: name,
        Column.ADDRESS_LINE: "4 Industrieweg",
        Column.POSTCODE: "3542 AD",
        Column.CITY: "Utrecht",
        Column.COUNTRY: "nl",
        Column.START_DATE: date(2026, 2, 1),
    }


def check(qtbot: QtBot, dialog: ImportBuildingsDialog, action: Any) -> None:
    with qtbot.waitSignal(dialog.runner.busyChanged, timeout=WAIT_MS, check_params_cb=lambda busy: not busy):
        action()


def test_a_template_made_file_with_a_bad_row_is_refused_then_fixed_and_imported(
    qtbot: QtBot,
    dialog: ImportBuildingsDialog,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = tmp_path / "buildings"
    monkeypatch.setattr(dialog, "save_file_name", lambda: str(template))
    dialog.template_button.click()
    path = tmp_path / "buildings.xlsx"  # the extension added
    assert path.exists()
    assert "Template saved as" in dialog.summary.text()
    add_rows(path, depot("NW", "Depot 1"), depot("NOPE", "Depot 2"))
    monkeypatch.setattr(dialog, "open_file_name", lambda: str(path))

    check(qtbot, dialog, dialog.choose_button.click)
    model = dialog.model
    assert [row.number for row in model.rows] == [2, 3, 4]
    assert [row.ok for row in model.rows] == [True, True, False]
    assert "with errors" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert model.data(model.index(2, model.error_column())) == "No client has the reference “NOPE”."
    assert dialog.detail.isVisible()
    assert dialog.detail.text() == "Row 4: No client has the reference “NOPE”."
    dialog.errors_only.setChecked(True)
    assert model.rowCount() == 1
    dialog.start_import()  # refused while a row has an error
    assert not dialog.runner.busy
    assert buildings(sqlite_db) == 0

    set_cell(path, 4, Column.CLIENT_REFERENCE, "ACME")
    check(qtbot, dialog, dialog.again_button.click)
    assert all(row.ok for row in model.rows) and len(model.rows) == 3
    assert model.rowCount() == 0  # only the rows with errors are shown: none
    assert dialog.import_button.isEnabled()
    assert not dialog.detail.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as imported:
        dialog.import_button.click()
    assert imported.args == [3]
    assert buildings(sqlite_db) == 3
    assert "imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ChangeEntry)) == 3
        countries = set(session.scalars(select(Building.country)))
    assert countries == {"NL", "BE"}


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot,
    dialog: ImportBuildingsDialog,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "b.xlsx"
    building_import.write_template(path, lambda context, text: text, "ACME", date(2026, 1, 1))
    add_rows(path, *(depot("NW", f"Depot {index}") for index in range(5)))
    check(qtbot, dialog, lambda: dialog.open_file(path))
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(building_import, "CHUNK_ROWS", 2)
    gate = threading.Event()
    log_many = building_import.log_many

    def held(*args: Any) -> None:  # the worker waits inside its first chunk until Cancel is pressed
        gate.wait(WAIT_MS / 1000)
        log_many(*args)

    monkeypatch.setattr(building_import, "log_many", held)
    with qtbot.waitSignal(dialog.runner.cancelled, timeout=WAIT_MS):
        dialog.import_button.click()
        progress = dialog.runner.progress_dialog
        assert progress is not None
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        cancel.click()
        gate.set()
    assert buildings(sqlite_db) == 0
    assert dialog.summary.text() == "Import cancelled: no building was added."
    assert dialog.import_button.isEnabled()  # the rows are still there to import


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not a workbook", "is not an Excel workbook (.xlsx)"),
        (None, "is empty: its first sheet holds no rows."),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_message(
    qtbot: QtBot, dialog: ImportBuildingsDialog, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "b.xlsx"
    if content is None:
        from openpyxl import Workbook

        Workbook().save(path)
    else:
        path.write_bytes(content)
    check(qtbot, dialog, lambda: dialog.open_file(path))
    assert expected in dialog.summary.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert dialog.again_button.isEnabled()


def test_headers_are_read_from_the_translation_files() -> None:
    accepted = accepted_headers(in_every_language)
    assert "building name" in accepted[Column.NAME]
    assert "client reference" in accepted[Column.CLIENT_REFERENCE]
    assert in_every_language("NoSuchContext", "No such text") == ["No such text"]


def test_the_directory_opens_the_dialog_once_over_the_main_window(
    qtbot: QtBot, sqlite_db: Database, actor: Actor
) -> None:
    window = QMainWindow()
    window.db = sqlite_db  # type: ignore[attr-defined]
    window.actor = actor  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    show_import_buildings(window)
    show_import_buildings(window)
    dialogs = window.findChildren(ImportBuildingsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowTitle() == "Import buildings"
