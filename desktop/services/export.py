"""Exporting the helpdesk list to a CSV file or an Excel workbook, streamed a page at a time.

Rows come from ``helpdesk.iter_rows`` in list order and go straight to the file: memory stays bounded however
long the list. The file is written beside the target under a temporary name and renamed over it only when
complete, so a cancelled or failed export leaves no partial file and never spoils an existing one.

The service has no Qt: the caller gives each column's header already translated, and the labels of coded
values (statuses, types, priorities, impacts and kinds) as plain functions.
"""

from __future__ import annotations

import csv
import enum
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, Literal, Protocol

from desktop.db.engine import Database
from desktop.domain.errors import BureauError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import to_money
from desktop.services.helpdesk import ListQuery, ListRow, iter_rows

ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx")

# progress(done) is called after this many rows (and at the start and the end).
PROGRESS_EVERY = 250
PAGE_ROWS = 1000



class ExportFailed(BureauError):
    """The export file could not be written."""


class Kind(enum.Enum):
    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"


FIELD_KINDS: dict[str, Kind] = {
    "number": Kind.INTEGER,
    "priority": Kind.INTEGER,
    "created_at": Kind.DATETIME,
    "due_date": Kind.DATE,
    "balance": Kind.MONEY,
}


@dataclass(frozen=True)
class ExportColumn:
    """One column of the file: a ListRow field, its header (translated by the caller) and its label.

    ``label`` turns a coded value into the words the user reads (``"on_hold"`` into "On hold"): the text is
    then written in both formats. Without it, numbers, dates, the created timestamp and the balance keep their
    own type in a workbook and a plain, locale-free form in CSV.
    """

    field: str
    header: str
    label: Callable[[Any], str] | None = None
    width: float | None = None  # characters, workbook only

    def __post_init__(self) -> None:
        if self.field not in ListRow._fields:
            raise ValueError(f"not a field of the helpdesk list: {self.field!r}")

    @property
    def kind(self) -> Kind:
        return Kind.TEXT if self.label is not None else FIELD_KINDS.get(self.field, Kind.TEXT)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    rows: int
    cancelled: bool = False


Progress = Callable[[int], bool]


def _local(value: datetime, zone: tzinfo) -> datetime:
    """A UTC timestamp as the wall-clock time of ``zone``, naive, to the second."""
    return value.astimezone(zone).replace(tzinfo=None, microsecond=0)


# -- writers ---------------------------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, row: ListRow) -> None: ...

    def finish(self, rows: int) -> None: ...

    def discard(self) -> None: ...


def _csv_converter(column: ExportColumn, zone: tzinfo) -> Callable[[Any], str]:
    if column.label is not None:
        return column.label
    kind = column.kind
    if kind is Kind.INTEGER:
        return str
    if kind is Kind.DATE:
        return date.isoformat
    if kind is Kind.DATETIME:
        return lambda value: _local(value, zone).isoformat(sep=" ")
    if kind is Kind.MONEY:
        return lambda value: format(to_money(value), "f")
    return str


class _CsvWriter:
    """UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), the csv module's Excel dialect."""

    def __init__(self, path: Path, columns: Sequence[ExportColumn], zone: tzinfo, delimiter: str) -> None:
        self._file = open(path, "x", encoding="utf-8-sig", newline="")  # closed by finish() or discard()
        try:
            self._writer = csv.writer(self._file, delimiter=delimiter)
            self._cells = [(ListRow._fields.index(c.field), _csv_converter(c, zone)) for c in columns]
            self._writer.writerow([column.header for column in columns])
        except BaseException:
            self._file.close()
            raise

    def write(self, row: ListRow) -> None:
        self._writer.writerow(["" if row[i] is None else convert(row[i]) for i, convert in self._cells])

    def finish(self, rows: int) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def discard(self) -> None:
        self._file.close()


def _xlsx_writer(path: Path, columns: Sequence[ExportColumn], zone: tzinfo) -> _Writer:
    # openpyxl takes a tenth of a second to import: only when a workbook is written, not at start.
    from desktop.services.export_xlsx import XlsxWriter

    return XlsxWriter(path, columns, zone)


def _close(rows: Iterator[ListRow]) -> None:
    """Stop reading: a generator left half-way is closed at once rather than when it is collected."""
    close = getattr(rows, "close", None)
    if close is not None:
        close()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def temporary_path(target: Path) -> Path:
    """Where the export is written before it replaces ``target``: the same folder, so the rename is atomic."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _cannot_write(target: Path, error: OSError) -> ExportFailed:
    return ExportFailed(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {error}"),
        path=str(target),
        error=error.strerror or str(error),
    )


# -- the export ------------------------------------------------------------------------------------------


def export_rows(
    db: Database,
    query: ListQuery,
    path: Path | str,
    fmt: ExportFormat,
    columns: Sequence[ExportColumn],
    progress: Progress | None = None,
    *,
    timezone: tzinfo | None = None,
    delimiter: str = ",",
    page_rows: int = PAGE_ROWS,
) -> ExportResult:
    """Write every order ``query`` matches, in list order, to ``path`` as CSV or XLSX.

    ``progress(done)`` is called at the start, every ``PROGRESS_EVERY`` rows and at the end; when it returns
    False the export stops, nothing is left behind and the result says ``cancelled``. Timestamps are written
    in ``timezone`` (the query's own by default). Raises ExportFailed when the file cannot be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt!r}")
    if not columns:
        raise ValueError("an export needs at least one column")
    target = Path(path)
    zone = timezone or query.timezone
    report: Progress = progress or (lambda done: True)
    temp = temporary_path(target)
    done = 0
    try:
        writer: _Writer = (
            _CsvWriter(temp, columns, zone, delimiter) if fmt == "csv" else _xlsx_writer(temp, columns, zone)
        )
    except OSError as error:
        _remove(temp)
        raise _cannot_write(target, error) from error
    complete = False
    try:
        cancelled = not report(0)
        if not cancelled:
            rows = iter_rows(db, query, page_rows)
            try:
                for row in rows:
                    writer.write(row)
                    done += 1
                    if done % PROGRESS_EVERY == 0 and not report(done):
                        cancelled = True
                        break
            finally:
                _close(rows)
            if not cancelled:
                cancelled = not report(done)
        if cancelled:
            return ExportResult(target, fmt, done, cancelled=True)
        writer.finish(done)
        os.replace(temp, target)
        complete = True
    except OSError as error:
        raise _cannot_write(target, error) from error
    finally:
        if not complete:
            try:
                writer.discard()
            except OSError:
                pass  # already failing, or cancelled: the partial file goes below all the same
            _remove(temp)
    return ExportResult(target, fmt, done)


__all__ = [
    "FORMATS",
    "PROGRESS_EVERY",
    "ExportColumn",
    "ExportFailed",
    "ExportFormat",
    "ExportResult",
    "Kind",
    "export_rows",
    "temporary_path",
]
