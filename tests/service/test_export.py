"""Exporting the helpdesk list: every row in list order, typed cells, nothing left behind when cancelled."""

from __future__ import annotations

import csv
import errno
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select, text, update

from desktop.db.engine import Database
from desktop.db.models import WorkOrder
from desktop.demo import load_demo
from desktop.domain.listing import ListFilter, Sort, SortField
from desktop.domain.workorders import (
    IMPACT_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Priority,
    Status,
    WorkOrderType,
)
from desktop.services import export, export_xlsx, helpdesk
from desktop.services.actor import Actor
from desktop.services.export import ExportColumn, ExportFailed, ExportFormat, export_rows
from desktop.services.helpdesk import ListQuery, ListRow
from tests.service.test_helpdesk_query import reference_order

ORDERS = 2_800
# Far from UTC, and not a whole hour: a timestamp left in UTC, or shifted the wrong way, cannot pass.
ZONE = timezone(timedelta(hours=5, minutes=30))
# Titles a CSV or a workbook must carry unchanged (a formula in a workbook would be run by Excel).
AWKWARD_TITLES = [
    'Leak, "big" one; call Zoë',
    "Two\nlines",
    "=HYPERLINK(\"http://example.com\")",
    "#N/A",
    "Ünïcödé — façade 🏢",
]

COLUMNS = [
    ExportColumn("number", "No."),
    ExportColumn("type", "Type", label=lambda value: TYPE_LABELS[WorkOrderType(value)]),
    ExportColumn("status", "Status", label=lambda value: STATUS_LABELS[Status(value)]),
    ExportColumn("priority", "Priority", label=lambda value: PRIORITY_LABELS[Priority(value)]),
    ExportColumn("title", "Title"),
    ExportColumn("client", "Client"),
    ExportColumn("building", "Building"),
    ExportColumn("assignee", "Assignee"),
    ExportColumn("created_at", "Created"),
    ExportColumn("due_date", "Due"),
    ExportColumn("balance", "Balance"),
]
HEADERS = [column.header for column in COLUMNS]


@pytest.fixture
def orders(db: Database, admin: Actor) -> Database:
    """About 2,800 demo orders; some without a due date, some with awkward titles."""
    load_demo(db, "en", size=ORDERS)
    with db.transaction() as session:
        numbers = sorted(session.scalars(select(WorkOrder.number).where(WorkOrder.type != WorkOrderType.PPM)))
        session.execute(update(WorkOrder).where(WorkOrder.number % 9 == 0).values(due_date=None))
        # Plain SQL: a title with a line break is refused today, and may still be in a database of before.
        for number, title in zip(numbers[::97], AWKWARD_TITLES, strict=False):
            session.execute(
                text("UPDATE work_order SET title = :title WHERE number = :number"), {"title": title, "number": number}
            )
    return db


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exports: whatever else is in it was left behind."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def list_query() -> ListQuery:
    """Filtered and sorted on a column that may be empty: both segments of the order are exported."""
    kinds = frozenset({WorkOrderType.REACTIVE, WorkOrderType.PURCHASE, WorkOrderType.QUOTE, WorkOrderType.AUDIT})
    return ListQuery.of(ListFilter(types=kinds, sort=Sort(SortField.DUE, descending=False)), None, timezone=ZONE)


def expected_rows(db: Database, query: ListQuery) -> list[ListRow]:
    numbers = reference_order(db, query)
    with db.reading() as session:
        rows = helpdesk.rows_by_number(session, numbers)
    return [rows[number] for number in numbers]


def local(value: datetime) -> datetime:
    return value.astimezone(ZONE).replace(tzinfo=None, microsecond=0)


def csv_text(row: ListRow) -> list[str]:
    return [
        str(row.number),
        TYPE_LABELS[WorkOrderType(row.type)],
        STATUS_LABELS[Status(row.status)],
        PRIORITY_LABELS[Priority(row.priority)],
        row.title,
        row.client,
        row.building,
        row.assignee or "",
        local(row.created_at).isoformat(sep=" "),
        row.due_date.isoformat() if row.due_date else "",
        f"{row.balance:.2f}",
    ]


def run(db: Database, path: Path, fmt: ExportFormat, progress: Callable[[int], bool] | None = None) -> Any:
    return export_rows(db, list_query(), path, fmt, COLUMNS, progress, page_rows=400)


def leftovers(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.endswith(".part")]


@pytest.fixture
def openpyxl_temp_files() -> Iterator[list[str]]:
    """The temporary files openpyxl writes worksheet rows to: none may outlive an export."""
    from openpyxl.worksheet import _writer

    before = list(_writer.ALL_TEMP_FILES)
    yield _writer.ALL_TEMP_FILES
    assert [path for path in _writer.ALL_TEMP_FILES if path not in before and Path(path).exists()] == []


def test_csv_holds_every_row_in_list_order(orders: Database, out: Path) -> None:
    query = list_query()
    expected = expected_rows(orders, query)
    assert 2_000 < len(expected) < ORDERS, "the filter must leave most orders, not all"
    assert any(row.due_date is None for row in expected), "the empty segment of the sort must be exported"
    path = out / "orders.csv"
    seen: list[int] = []

    result = run(orders, path, "csv", lambda done: seen.append(done) or True)

    assert (result.rows, result.cancelled, result.path, result.format) == (len(expected), False, path, "csv")
    assert seen[0] == 0 and seen[-1] == len(expected)
    assert seen[1:-1] == list(range(export.PROGRESS_EVERY, len(expected) + 1, export.PROGRESS_EVERY))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == HEADERS
    assert len(lines) == len(expected) + 1
    assert [int(line[0]) for line in lines[1:]] == [row.number for row in expected]
    assert lines[1:] == [csv_text(row) for row in expected]
    titles = {line[4] for line in lines[1:]}
    assert set(AWKWARD_TITLES) <= titles, "awkward text must round-trip"
    for line in lines[1:]:
        datetime.fromisoformat(line[8])  # local time, ISO, no offset
        assert "+" not in line[8]
        if line[9]:
            date.fromisoformat(line[9])
        Decimal(line[10])
    assert leftovers(out) == []


def test_xlsx_cells_keep_their_types(orders: Database, out: Path, openpyxl_temp_files: list[str]) -> None:
    query = list_query()
    expected = expected_rows(orders, query)
    path = out / "orders.xlsx"

    result = run(orders, path, "xlsx")

    assert (result.rows, result.cancelled) == (len(expected), False)
    book = openpyxl.load_workbook(path)
    try:
        sheet = book.active
        assert isinstance(sheet, Worksheet)
        rows = list(sheet.iter_rows())
        header = rows[0]
        assert [cell.value for cell in header] == HEADERS
        assert all(cell.font.bold for cell in header)
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["E"].width >= 40  # the title: wide
        assert sheet.column_dimensions["A"].width < 20  # the number: narrow
        assert sheet.auto_filter.ref == f"A1:K{len(expected) + 1}"
        assert len(rows) == len(expected) + 1
        assert [cells[0].value for cells in rows[1:]] == [row.number for row in expected]
        for cells, row in zip(rows[1:], expected, strict=True):
            number, kind, status, priority, title, client, building, assignee, created, due, balance = cells
            assert type(number.value) is int and number.value == row.number
            assert kind.value == TYPE_LABELS[WorkOrderType(row.type)]
            assert status.value == STATUS_LABELS[Status(row.status)]
            assert priority.value == PRIORITY_LABELS[Priority(row.priority)]
            assert (title.value, title.data_type) == (row.title, "s")  # never a formula
            assert (client.value, building.value, assignee.value) == (row.client, row.building, row.assignee)
            assert isinstance(created.value, datetime) and created.is_date
            assert created.value == local(row.created_at)
            assert created.number_format == export_xlsx.DATETIME_FORMAT
            if row.due_date is None:
                assert due.value is None
            else:
                assert isinstance(due.value, date) and due.is_date
                assert due.value.date() == row.due_date
                assert due.number_format == export_xlsx.DATE_FORMAT
            assert balance.data_type == "n" and isinstance(balance.value, int | float)
            assert Decimal(str(balance.value)) == row.balance
            assert balance.number_format == export_xlsx.MONEY_FORMAT
    finally:
        book.close()
    assert leftovers(out) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancel_leaves_no_file(
    orders: Database, out: Path, fmt: ExportFormat, openpyxl_temp_files: list[str]
) -> None:
    path = out / f"orders.{fmt}"
    calls: list[int] = []

    def progress(done: int) -> bool:
        calls.append(done)
        return len(calls) == 1  # go on after the first call, stop at the second

    result = run(orders, path, fmt, progress)

    assert result.cancelled
    assert result.rows == calls[-1] == export.PROGRESS_EVERY
    assert not path.exists()
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancel_leaves_an_existing_file_untouched(orders: Database, out: Path, fmt: ExportFormat) -> None:
    path = out / f"orders.{fmt}"
    path.write_bytes(b"the export of last week")
    calls: list[int] = []

    result = run(orders, path, fmt, lambda done: calls.append(done) or len(calls) < 4)

    assert result.cancelled
    assert path.read_bytes() == b"the export of last week"
    assert list(out.iterdir()) == [path]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_finished_export_replaces_an_existing_file(orders: Database, out: Path, fmt: ExportFormat) -> None:
    path = out / f"orders.{fmt}"
    path.write_bytes(b"the export of last week")

    result = run(orders, path, fmt)

    assert not result.cancelled and result.rows > 2_000
    assert path.read_bytes() != b"the export of last week"
    assert list(out.iterdir()) == [path]


def test_cancelled_before_the_first_row(orders: Database, out: Path) -> None:
    result = run(orders, out / "orders.csv", "csv", lambda done: False)
    assert (result.cancelled, result.rows) == (True, 0)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_unwritable_path_raises_a_translatable_error(orders: Database, out: Path, fmt: ExportFormat) -> None:
    missing = out / "no such folder" / f"orders.{fmt}"
    with pytest.raises(ExportFailed) as raised:
        run(orders, missing, fmt)
    assert raised.value.message.context == "Errors"
    assert raised.value.message.text == "Cannot write {path}: {error}"
    assert raised.value.message.args["path"] == str(missing)
    assert str(missing) in str(raised.value)

    folder = out / "a folder where the file should be"
    folder.mkdir()
    with pytest.raises(ExportFailed):
        run(orders, folder, fmt)  # the rename onto a folder fails at the very end
    assert sorted(out.iterdir()) == [folder]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_full_disk_mid_way_leaves_nothing_behind(
    orders: Database, out: Path, fmt: ExportFormat, monkeypatch: pytest.MonkeyPatch,
    openpyxl_temp_files: list[str],
) -> None:
    path = out / f"orders.{fmt}"
    path.write_bytes(b"previous")
    writer = export._CsvWriter if fmt == "csv" else export_xlsx.XlsxWriter
    original = writer.write
    written = 0

    def write(self: Any, row: ListRow) -> None:
        nonlocal written
        written += 1
        if written > 600:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, row)

    monkeypatch.setattr(writer, "write", write)
    with pytest.raises(ExportFailed) as raised:
        run(orders, path, fmt)
    assert raised.value.message.args["error"] == "No space left on device"
    assert path.read_bytes() == b"previous"
    assert list(out.iterdir()) == [path]


def test_columns_are_the_callers_choice(orders: Database, out: Path) -> None:
    path = out / "few.csv"
    columns = [ExportColumn("due_date", "Due"), ExportColumn("number", "No."), ExportColumn("priority", "P")]
    query = list_query()
    export_rows(orders, query, path, "csv", columns, timezone=ZONE)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    expected = expected_rows(orders, query)
    assert lines[0] == ["Due", "No.", "P"]
    assert lines[1:] == [
        [row.due_date.isoformat() if row.due_date else "", str(row.number), str(row.priority)] for row in expected
    ]
    with pytest.raises(ValueError):
        ExportColumn("no_such_field", "?")


def test_impact_and_kind_are_exported_by_their_names_older_text_as_it_is(orders: Database, out: Path) -> None:
    query = list_query()
    first = expected_rows(orders, query)[0].number
    with orders.transaction() as session:
        session.execute(update(WorkOrder).where(WorkOrder.number == first).values(impact="Whole floor flooded"))
    impacts = {impact.value: label for impact, label in IMPACT_LABELS.items()}
    kinds = {kind.value: label for kind, label in KIND_LABELS.items()}
    columns = [
        ExportColumn("number", "No."),
        ExportColumn("impact", "Impact", label=lambda value: impacts.get(value, value)),
        ExportColumn("kind", "Kind", label=lambda value: kinds.get(value, value)),
    ]
    formats: tuple[ExportFormat, ...] = ("csv", "xlsx")
    for fmt in formats:
        path = out / f"impacts.{fmt}"
        export_rows(orders, query, path, fmt, columns, timezone=ZONE)
        if fmt == "csv":
            with path.open(encoding="utf-8-sig", newline="") as stream:
                lines = [tuple(line) for line in csv.reader(stream)]
        else:
            book = openpyxl.load_workbook(path)
            try:
                sheet = book.active
                assert isinstance(sheet, Worksheet)
                lines = [tuple("" if v is None else str(v) for v in row) for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
        expected = expected_rows(orders, query)
        assert lines[0] == ("No.", "Impact", "Kind")
        assert lines[1:] == [
            (str(row.number), impacts.get(row.impact, row.impact) if row.impact else "",
             kinds[row.kind] if row.kind else "")
            for row in expected
        ]
        assert lines[1][1] == "Whole floor flooded"
        assert {line[1] for line in lines[1:]} & set(impacts.values())
        assert {line[2] for line in lines[1:]} & set(kinds.values())
