"""``bureau import-buildings FILE.xlsx [--dry-run]``: a line per row error, one line when refused, status 0 only
when the file imports cleanly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.db.engine import Database, make_engine
from desktop.db.migrate import upgrade
from desktop.db.models import Building, ChangeEntry, Client
from desktop.services.building_import import COLUMNS, write_template
from tests.ui.test_cli import assert_one_line_error, run_bureau


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "bureau.sqlite"
    db = Database(make_engine(f"sqlite:///{path}"))
    upgrade(db.engine)
    with db.transaction() as session:
        session.add_all([Client(name="Acme Facilities", reference="ACME"), Client(name="Northwind", reference="NW")])
    db.dispose()
    return str(path)


def counts(database: str) -> tuple[int, int]:
    db = Database(make_engine(f"sqlite:///{database}"))
    try:
        with db.reading() as session:
            return (
                session.scalar(select(func.count()).select_from(Building)) or 0,
                session.scalar(select(func.count()).select_from(ChangeEntry)) or 0,
            )
    finally:
        db.dispose()


def workbook(tmp_path: Path, *rows: list[object]) -> Path:
    path = tmp_path / "buildings.xlsx"
    write_template(path, lambda context, text: text, "ACME", date(2026, 1, 1))
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def depot(reference: str, name: str, country: str = "NL", start: object = "2026-02-01") -> list[object]:
    values = [reference, name, "4 Industrieweg", "3542 AD", "Utrecht", country, start, None, None]
    assert len(values) == len(COLUMNS)
    return values


def test_a_file_with_errors_prints_a_line_per_error_and_writes_nothing(
    tmp_path: Path, data_dir: Path, database: str
) -> None:
    path = workbook(tmp_path, depot("NW", "Depot 1"), depot("NOPE", "Depot 2"), depot("NW", "Depot 3", "XX", "soon"))
    for extra in ([], ["--dry-run"]):
        result = run_bureau("--database", database, "import-buildings", str(path), *extra, data_dir=data_dir)
        assert_one_line_error(result, "2 of 4", "no building was imported")
        assert result.stdout.splitlines() == [
            "row 4: No client has the reference “NOPE”.",
            "row 5: “XX” is not a country code (two letters, such as FR, DE, NL or GB).",
            "row 5: Start date: “soon” is not a date (use a date cell or YYYY-MM-DD).",
        ]
    assert counts(database) == (0, 0)


def test_dry_run_then_import_then_the_same_file_again(tmp_path: Path, data_dir: Path, database: str) -> None:
    path = workbook(tmp_path, depot("NW", "Depot 1"), depot("acme", "Depot 2", "de"))
    dry = run_bureau("import-buildings", str(path), "--dry-run", "--database", database, data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    assert dry.stderr == ""
    assert "3 building" in dry.stdout and "would be imported" in dry.stdout
    assert counts(database) == (0, 0)

    done = run_bureau("--database", database, "import-buildings", str(path), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "3 building" in done.stdout and "imported" in done.stdout
    assert counts(database) == (3, 3)

    again = run_bureau("--database", database, "import-buildings", str(path), data_dir=data_dir)
    assert_one_line_error(again, "no building was imported")
    assert len(again.stdout.splitlines()) == 3
    assert "already has a building named" in again.stdout
    assert counts(database) == (3, 3)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"client reference,building name\n", "is not an Excel workbook (.xlsx)"),
        (None, "Cannot read missing.xlsx"),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_line(
    tmp_path: Path, data_dir: Path, database: str, content: bytes | None, fragment: str
) -> None:
    path = tmp_path / ("buildings.xlsx" if content is not None else "missing.xlsx")
    if content is not None:
        path.write_bytes(content)
    result = run_bureau("--database", database, "import-buildings", str(path), data_dir=data_dir)
    assert_one_line_error(result, fragment)
    assert result.stdout == ""
    assert counts(database) == (0, 0)


def test_the_file_is_required(data_dir: Path, database: str) -> None:
    result = run_bureau("--database", database, "import-buildings", data_dir=data_dir)
    assert result.returncode == 2
    assert "FILE" in result.stderr and "Traceback" not in result.stderr
