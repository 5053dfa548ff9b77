"""Writing the helpdesk list to an XLSX workbook with openpyxl, streamed (write-only), cells typed."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from desktop.domain.money import to_money
from desktop.services.export import ExportColumn, Kind, _local, _remove
from desktop.services.helpdesk import ListRow

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"
SHEET_TITLE = "Work orders"
# Column widths in characters (Excel's unit) when the caller gives none: rows are streamed, never measured.
DEFAULT_WIDTHS: dict[str, float] = {
    "number": 10,
    "type": 14,
    "status": 22,
    "priority": 11,
    "title": 48,
    "client": 28,
    "building": 30,
    "assignee": 22,
    "created_at": 17,
    "due_date": 12,
    "balance": 14,
}
MIN_WIDTH = 8.0
MAX_WIDTH = 80.0


def _text(value: str) -> str:
    """Text a workbook accepts: without the control characters XML cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


class XlsxWriter:
    """An openpyxl write-only workbook: each row goes to disk as it comes, cells keep their types."""

    def __init__(self, path: Path, columns: Sequence[ExportColumn], zone: tzinfo) -> None:
        # Opened now, so that a folder one cannot write to is known at once, not after the last row.
        self._file = open(path, "xb")  # closed by finish() or discard()
        self._columns = columns
        self._zone = zone
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(SHEET_TITLE)  # write-only: rows go to a temporary file
        try:
            self._begin()
        except BaseException:
            self.discard()
            raise

    def _begin(self) -> None:
        columns = self._columns
        for index, column in enumerate(columns, start=1):
            width = column.width or max(DEFAULT_WIDTHS.get(column.field, 16), len(column.header) + 3)
            self._sheet.column_dimensions[get_column_letter(index)].width = min(max(width, MIN_WIDTH), MAX_WIDTH)
        self._sheet.freeze_panes = "A2"  # views and widths go out before the first row
        self._cells = [(ListRow._fields.index(c.field), self._maker(c)) for c in columns]
        bold = Font(bold=True)
        header = []
        for column in columns:
            cell = self._string_cell(column.header)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)

    def _string_cell(self, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self._sheet, _text(value))
        cell.data_type = "s"  # never a formula nor an error code, whatever the text begins with
        return cell

    def _styled(self, value: Any, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self._sheet, value)
        cell.number_format = number_format
        return cell

    def _text_cell(self, value: str) -> str | WriteOnlyCell:
        value = _text(value)
        if value.startswith("=") or value in ERROR_CODES:
            return self._string_cell(value)
        return value  # plain strings share one cell object in openpyxl: cheaper

    def _maker(self, column: ExportColumn) -> Callable[[Any], Any]:
        if column.label is not None:
            label = column.label
            return lambda value: self._text_cell(label(value))
        kind = column.kind
        if kind is Kind.INTEGER:
            return int
        if kind is Kind.DATE:
            return lambda value: self._styled(value, DATE_FORMAT)
        if kind is Kind.DATETIME:
            zone = self._zone
            return lambda value: self._styled(_local(value, zone), DATETIME_FORMAT)
        if kind is Kind.MONEY:
            return lambda value: self._styled(to_money(value), MONEY_FORMAT)
        return lambda value: self._text_cell(str(value))

    def write(self, row: ListRow) -> None:
        self._sheet.append([None if row[i] is None else make(row[i]) for i, make in self._cells])

    def finish(self, rows: int) -> None:
        last = get_column_letter(len(self._columns))
        self._sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
        with self._file as stream:
            with ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True) as archive:
                ExcelWriter(self._book, archive).save()  # closes the worksheet and removes its own temp file
            stream.flush()
            os.fsync(stream.fileno())

    def discard(self) -> None:
        """Close the files, and remove the temporary one openpyxl writes the rows to."""
        self._file.close()
        sheet = self._sheet
        writer = sheet._writer
        if writer is None:
            return
        try:
            if not sheet.closed:
                sheet.close()
        except Exception:  # noqa: BLE001 - best effort: the file is removed below either way
            writer.close()
        if isinstance(writer.out, str) and os.path.exists(writer.out):
            try:
                writer.cleanup()
            except (OSError, ValueError):
                _remove(Path(writer.out))


