"""Adding many buildings at once from a spreadsheet (XLSX): the template, the check of every row, the import.

The agent fills in a copy of the template (:func:`write_template`: one column per field, headers in the agent's
language, one example row). :func:`read_sheet` reads the file (openpyxl, read-only) and checks each row on its
own: a name, a country code, dates that are dates, the end not before the start, text its column can store, and
no building twice for the same client in the file. :func:`check_rows` then checks the rows against the
database: a client with that reference, still active, without a building of that name. Each row keeps every
error found; the file-level refusals (not a workbook, empty, no header row) are ValidationErrors.

:func:`import_buildings` writes clean rows only, all in one transaction with a ``created`` change-log entry per
building, checking them again against the database inside it; a refusal or a cancel writes nothing.

Headers are matched in any language the caller accepts: :func:`accepted_headers` takes a function that gives
every translation of a header (the UI and the command line read them from the translation files).
"""

from __future__ import annotations

import enum
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from desktop.db.bulk import insert_rows
from desktop.db.engine import Database
from desktop.db.models import Building, Client
from desktop.domain.errors import BureauError, ValidationError, ValueRefused
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.places import check_country
from desktop.domain.records import ChangeAction, Record
from desktop.domain.values import LONG_TEXT_LENGTH, check_text
from desktop.services.actor import Actor
from desktop.services.change_log import log_many
from desktop.services.directory_checks import require_agent

CONTEXT = "BuildingImport"
# More rows than this in one file is refused: split it (each row is held in memory for the preview).
MAX_ROWS = 100_000
# Rows written between two progress reports and checks of the cancel flag.
CHUNK_ROWS = 500
# Leading empty rows looked through for the header row.
HEADER_SEARCH_ROWS = 20
BUILDING_TABLE = Building.__table__
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

T = TypeVar("T")


class Column(enum.StrEnum):
    """The columns of the template, in its order."""

    CLIENT_REFERENCE = "client_reference"
    NAME = "name"
    ADDRESS_LINE = "address_line"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    START_DATE = "start_date"
    END_DATE = "end_date"
    ACCESS_NOTES = "access_notes"


COLUMNS: tuple[Column, ...] = tuple(Column)
HEADERS: dict[Column, str] = {
    Column.CLIENT_REFERENCE: QT_TRANSLATE_NOOP("BuildingImport", "Client reference"),
    Column.NAME: QT_TRANSLATE_NOOP("BuildingImport", "Building name"),
    Column.ADDRESS_LINE: QT_TRANSLATE_NOOP("BuildingImport", "Address line"),
    Column.POSTCODE: QT_TRANSLATE_NOOP("BuildingImport", "Postcode"),
    Column.CITY: QT_TRANSLATE_NOOP("BuildingImport", "City"),
    Column.COUNTRY: QT_TRANSLATE_NOOP("BuildingImport", "Country"),
    Column.START_DATE: QT_TRANSLATE_NOOP("BuildingImport", "Start date"),
    Column.END_DATE: QT_TRANSLATE_NOOP("BuildingImport", "End date"),
    Column.ACCESS_NOTES: QT_TRANSLATE_NOOP("BuildingImport", "Access notes"),
}
# A file may leave these columns out; every other column must be in its header row.
OPTIONAL_COLUMNS = frozenset({Column.END_DATE, Column.ACCESS_NOTES})
# The longest text each text column stores (as the building table).
_LIMITS: dict[Column, int] = {
    Column.CLIENT_REFERENCE: 40,
    Column.NAME: 200,
    Column.ADDRESS_LINE: 200,
    Column.POSTCODE: 20,
    Column.CITY: 100,
    Column.ACCESS_NOTES: LONG_TEXT_LENGTH,
}
# The template's example row (its client reference and start date come from the caller).
EXAMPLE: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("BuildingImport", "Head office"),
    Column.ADDRESS_LINE: QT_TRANSLATE_NOOP("BuildingImport", "12 Station Road"),
    Column.POSTCODE: "1000",
    Column.CITY: QT_TRANSLATE_NOOP("BuildingImport", "Brussels"),
    Column.COUNTRY: "BE",
    Column.ACCESS_NOTES: QT_TRANSLATE_NOOP("BuildingImport", "Keys at the reception desk, badge needed after 6 pm."),
}
EXAMPLE_REFERENCE = QT_TRANSLATE_NOOP("BuildingImport", "CLIENT-REF")
TEMPLATE_WIDTHS: dict[Column, float] = {
    Column.CLIENT_REFERENCE: 18,
    Column.NAME: 30,
    Column.ADDRESS_LINE: 30,
    Column.POSTCODE: 11,
    Column.CITY: 18,
    Column.COUNTRY: 9,
    Column.START_DATE: 12,
    Column.END_DATE: 12,
    Column.ACCESS_NOTES: 50,
}
DATE_FORMAT = "yyyy-mm-dd"


def header_label(column: Column) -> Message:
    """The column's name as refusals give it."""
    return _LABELS[column]


_LABELS: dict[Column, Message] = {column: Message(CONTEXT, HEADERS[column]) for column in COLUMNS}


# --- headers -----------------------------------------------------------------------------------------------------


def normal_header(text: str) -> str:
    """A header as compared: case and runs of blanks do not count."""
    return " ".join(text.split()).casefold()


def accepted_headers(
    translations: Callable[[str, str], Iterable[str]] | None = None,
) -> dict[Column, frozenset[str]]:
    """The header texts accepted for each column (compared with :func:`normal_header`): the English one and
    every translation ``translations(context, source)`` gives."""
    accepted: dict[Column, frozenset[str]] = {}
    for column in COLUMNS:
        texts = {HEADERS[column]}
        if translations is not None:
            texts.update(text for text in translations(CONTEXT, HEADERS[column]) if text)
        accepted[column] = frozenset(normal_header(text) for text in texts)
    return accepted


# --- the rows of a file ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewBuilding:
    """A row's values, checked, as the building table stores them."""

    client_reference: str
    name: str
    address_line: str
    postcode: str
    city: str
    country: str
    start_date: date
    end_date: date | None
    access_notes: str | None


@dataclass(frozen=True)
class ImportRow:
    """One row of the file: where it is, what its cells hold, and what is wrong with it."""

    number: int  # the row's number in the sheet, as the spreadsheet program shows it
    cells: tuple[Any, ...]  # the value of each column of COLUMNS as read (None: empty or not in the file)
    building: NewBuilding | None  # None when a value could not be read
    errors: tuple[Message, ...] = ()
    client_id: int | None = None  # known once the rows are checked against the database

    @property
    def ok(self) -> bool:
        return not self.errors

    def cell(self, column: Column) -> Any:
        return self.cells[COLUMNS.index(column)]


def rows_with_errors(rows: Sequence[ImportRow]) -> list[ImportRow]:
    return [row for row in rows if row.errors]


def _display_name(path: Path) -> str:
    return path.name or str(path)


def read_sheet(path: Path | str, headers: Mapping[Column, frozenset[str]] | None = None) -> list[ImportRow]:
    """The rows of the workbook at ``path`` (its active sheet), each checked on its own and against the other
    rows of the file (not against the database: see :func:`check_rows`).

    The header row is the first row that is not empty; ``headers`` gives the texts accepted for each column
    (default: the English ones). Rows left empty are skipped. Refused with a ValidationError: a file that cannot
    be read or is not an Excel workbook, no rows, no header row, a required column missing or a column twice,
    no row below the header, more than MAX_ROWS rows.
    """
    path = Path(path)
    accepted = headers if headers is not None else accepted_headers()
    try:
        # Opened here, not by openpyxl: a read-only workbook leaves the file open until its rows are all read.
        with open(path, "rb") as handle:
            return _read_workbook(path, handle, accepted)
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {error}"),
            file=_display_name(path),
            error=error.strerror or type(error).__name__,
        ) from None


def _read_workbook(path: Path, handle: BinaryIO, accepted: Mapping[Column, frozenset[str]]) -> list[ImportRow]:
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
        sheet = book.active if book.active is not None and hasattr(book.active, "iter_rows") else None
        if sheet is None:
            sheet = next(iter(book.worksheets), None)
        values = iter(()) if sheet is None else sheet.iter_rows(values_only=True)
        return _read_rows(path, values, accepted)
    except BureauError:
        raise
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        EOFError,
        SyntaxError,
        OSError,
        OverflowError,
        zlib.error,
    ):
        # openpyxl reports a file that is not a workbook, or a damaged one, with any of these.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not an Excel workbook (.xlsx). Save it as an Excel workbook from your spreadsheet "
                "program, or start from the template.",
            ),
            file=_display_name(path),
        ) from None


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_rows(
    path: Path, values: Iterator[tuple[Any, ...]], accepted: Mapping[Column, frozenset[str]]
) -> list[ImportRow]:
    number = 0
    header: tuple[Any, ...] | None = None
    for cells in values:
        number += 1
        if any(not _is_empty(value) for value in cells):
            header = cells
            break
        if number >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is empty: its first sheet holds no rows."), file=_display_name(path)
        )
    positions = _header_positions(path, header, accepted)
    rows: list[ImportRow] = []
    seen: dict[tuple[str, str], int] = {}
    for cells in values:
        number += 1
        if all(_is_empty(value) for value in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} holds more than {limit} rows: split it into several files."),
                file=_display_name(path),
                limit=MAX_ROWS,
            )
        picked = tuple(
            cells[position] if position is not None and position < len(cells) else None for position in positions
        )
        rows.append(_parse_row(number, picked, seen))
    if not rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} holds no buildings: there is no row below its header row."),
            file=_display_name(path),
        )
    return rows


def _header_positions(
    path: Path, header: tuple[Any, ...], accepted: Mapping[Column, frozenset[str]]
) -> tuple[int | None, ...]:
    """Where each column of COLUMNS is in the file (None: absent)."""
    found: dict[Column, int] = {}
    for position, value in enumerate(header):
        if not isinstance(value, str):
            continue
        text = normal_header(value)
        for column in COLUMNS:
            if text in accepted.get(column, ()):
                if column in found:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "The header row of {file} has the column “{column}” twice."),
                        file=_display_name(path),
                        column=header_label(column),
                    )
                found[column] = position
                break
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has no header row naming the columns (such as “{column}”): start from the template.",
            ),
            file=_display_name(path),
            column=header_label(Column.CLIENT_REFERENCE),
        )
    for column in COLUMNS:
        if column not in found and column not in OPTIONAL_COLUMNS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The header row of {file} has no column “{column}”."),
                file=_display_name(path),
                column=header_label(column),
            )
    return tuple(found.get(column) for column in COLUMNS)


# --- one row -----------------------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a useless ".0", dates as YYYY-MM-DD, no blanks at the ends."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _check_no_error_value(column: Column, value: Any) -> None:
    if isinstance(value, str) and value.strip() in ERROR_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} holds the spreadsheet error {value}."),
            field=header_label(column),
            value=value.strip(),
        )


def _text(column: Column, value: Any, *, multiline: bool = False) -> str:
    _check_no_error_value(column, value)
    return check_text(cell_text(value), _LIMITS[column], multiline=multiline, field=_LABELS[column])


def _required(column: Column, value: Any) -> None:
    if _is_empty(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is missing."),
            field=header_label(column),
        )


def _date(column: Column, value: Any) -> date | None:
    if _is_empty(value):
        return None
    _check_no_error_value(column, value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a date (use a date cell or YYYY-MM-DD)."),
        field=header_label(column),
        value=cell_text(value)[:40],
    )


def _country(value: Any) -> str:
    if _is_empty(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is missing (two letters, such as FR, DE, NL or GB)."),
            field=header_label(Column.COUNTRY),
        )
    _check_no_error_value(Column.COUNTRY, value)
    return check_country(cell_text(value))


def _checked(errors: list[Message], check: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """``check(*args, **kwargs)``'s value; its refusal goes to ``errors`` (and None is returned)."""
    try:
        return check(*args, **kwargs)
    except BureauError as error:
        errors.append(error.message)
        return None


def _parse_row(number: int, cells: tuple[Any, ...], seen: dict[tuple[str, str], int]) -> ImportRow:
    """One row checked on its own; ``seen`` maps (reference, name) of the rows before it to their numbers."""
    value = dict(zip(COLUMNS, cells, strict=True))
    errors: list[Message] = []
    _checked(errors, _required, Column.CLIENT_REFERENCE, value[Column.CLIENT_REFERENCE])
    reference = _checked(errors, _text, Column.CLIENT_REFERENCE, value[Column.CLIENT_REFERENCE])
    _checked(errors, _required, Column.NAME, value[Column.NAME])
    name = _checked(errors, _text, Column.NAME, value[Column.NAME])
    address = _checked(errors, _text, Column.ADDRESS_LINE, value[Column.ADDRESS_LINE])
    postcode = _checked(errors, _text, Column.POSTCODE, value[Column.POSTCODE])
    city = _checked(errors, _text, Column.CITY, value[Column.CITY])
    country = _checked(errors, _country, value[Column.COUNTRY])
    _checked(errors, _required, Column.START_DATE, value[Column.START_DATE])
    start = _checked(errors, _date, Column.START_DATE, value[Column.START_DATE])
    end = _checked(errors, _date, Column.END_DATE, value[Column.END_DATE])
    notes = _checked(errors, _text, Column.ACCESS_NOTES, value[Column.ACCESS_NOTES], multiline=True)
    if start is not None and end is not None and end < start:
        _checked(errors, _end_before_start, start, end)
    if reference and name:
        key = (reference.casefold(), normal_header(name))
        first = seen.get(key)
        if first is None:
            seen[key] = number
        else:
            _checked(errors, _twice_in_file, first, name)
    if errors:
        return ImportRow(number, cells, None, tuple(errors))
    assert reference is not None and name is not None and address is not None and postcode is not None
    assert city is not None and country is not None and start is not None
    building = NewBuilding(reference, name, address, postcode, city, country, start, end, notes or None)
    return ImportRow(number, cells, building)


def _end_before_start(start: date, end: date) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The end date {end} is before the start date {start}."), end=end, start=start
    )


def _twice_in_file(first: int, name: str) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Row {row} of the file already adds the building “{name}” to this client."),
        row=first,
        name=name,
    )


# --- against the database ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ClientInfo:
    id: int
    reference: str
    name: str
    active: bool


def _clients(session: Session, references: set[str]) -> dict[str, list[_ClientInfo]]:
    """The clients whose reference is one of ``references`` in any case, by case-folded reference (SQLite's
    lower() folds ASCII letters only: other references are found as written)."""
    found: dict[str, list[_ClientInfo]] = {}
    folded = {reference.casefold() for reference in references}
    wanted = sorted(references)
    seen: set[int] = set()
    for start in range(0, len(wanted), CHUNK_ROWS):
        chunk = wanted[start : start + CHUNK_ROWS]
        statement = select(Client.id, Client.reference, Client.name, Client.active).where(
            or_(Client.reference.in_(chunk), func.lower(Client.reference).in_(sorted({text.lower() for text in chunk})))
        )
        for client_id, reference, name, active in session.execute(statement):
            if client_id not in seen and reference.casefold() in folded:
                seen.add(client_id)
                found.setdefault(reference.casefold(), []).append(_ClientInfo(client_id, reference, name, active))
    return found


def _client_for(reference: str, clients: dict[str, list[_ClientInfo]]) -> _ClientInfo | None:
    candidates = clients.get(reference.casefold(), [])
    exact = [client for client in candidates if client.reference == reference]
    if exact:
        return exact[0]
    return candidates[0] if len(candidates) == 1 else None


def _existing_names(session: Session, client_ids: set[int]) -> set[tuple[int, str]]:
    names: set[tuple[int, str]] = set()
    wanted = sorted(client_ids)
    for start in range(0, len(wanted), CHUNK_ROWS):
        statement = select(Building.client_id, Building.name).where(
            Building.client_id.in_(wanted[start : start + CHUNK_ROWS])
        )
        names.update((client_id, normal_header(name)) for client_id, name in session.execute(statement))
    return names


def _unknown_client(reference: str) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "No client has the reference “{reference}”."), reference=reference
    )


def _archived_client(client: _ClientInfo) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The client “{client}” ({reference}) is archived: it takes no new buildings."),
        client=client.name,
        reference=client.reference,
    )


def _existing_building(client: _ClientInfo, name: str) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The client “{client}” already has a building named “{name}”."),
        client=client.name,
        name=name,
    )


def _key_texts(row: ImportRow) -> tuple[str, str]:
    """The row's client reference and building name: as checked, or as the cells hold them when the row has
    errors of its own, so that its client is checked too ("" for a value no column could hold)."""
    if row.building is not None:
        return row.building.client_reference, row.building.name
    texts = []
    for column in (Column.CLIENT_REFERENCE, Column.NAME):
        value = row.cell(column)
        text = cell_text(value) if isinstance(value, str | int | float) else ""
        try:
            texts.append(check_text(text, _LIMITS[column], multiline=False))
        except ValueRefused:
            texts.append("")  # the row's own error says what is wrong with it
    return texts[0], texts[1]


def _check_in(session: Session, rows: Sequence[ImportRow]) -> list[ImportRow]:
    keys = [_key_texts(row) for row in rows]
    clients = _clients(session, {reference for reference, _name in keys if reference})
    client_ids = {client.id for group in clients.values() for client in group}
    existing = _existing_names(session, client_ids)
    checked: list[ImportRow] = []
    for row, (reference, name) in zip(rows, keys, strict=True):
        if not reference:
            checked.append(row)
            continue
        errors: list[Message] = []
        client = _client_for(reference, clients)
        if client is None:
            _checked(errors, _unknown_client, reference)
        elif not client.active:
            _checked(errors, _archived_client, client)
        elif name and (client.id, normal_header(name)) in existing:
            _checked(errors, _existing_building, client, name)
        if errors:
            checked.append(replace(row, building=None, errors=row.errors + tuple(errors), client_id=None))
        else:
            checked.append(replace(row, client_id=None if client is None else client.id))
    return checked


def _duplicates_across_references(rows: list[ImportRow]) -> list[ImportRow]:
    """Rows naming the same client by references that differ in case only, for the same building name."""
    seen: dict[tuple[int, str], int] = {}
    result: list[ImportRow] = []
    for row in rows:
        if row.building is None or row.client_id is None:
            result.append(row)
            continue
        key = (row.client_id, normal_header(row.building.name))
        first = seen.setdefault(key, row.number)
        if first != row.number:
            errors: list[Message] = []
            name = row.building.name
            _checked(errors, _twice_in_file, first, name)
            result.append(replace(row, building=None, errors=tuple(errors), client_id=None))
        else:
            result.append(row)
    return result


def check_rows(db: Database, rows: Sequence[ImportRow]) -> list[ImportRow]:
    """``rows`` (from :func:`read_sheet`) checked against the database: each keeps its errors and gains those of
    a client reference no client has, an archived client, and a building name the client already has."""
    with db.reading() as session:
        return _duplicates_across_references(_check_in(session, rows))


def check_file(
    db: Database, path: Path | str, headers: Mapping[Column, frozenset[str]] | None = None
) -> list[ImportRow]:
    """:func:`read_sheet` then :func:`check_rows`."""
    return check_rows(db, read_sheet(path, headers))


# --- the import --------------------------------------------------------------------------------------------------


class ImportCancelled(BureauError):
    """The agent cancelled the import: nothing was written."""


BUILDING_COLUMNS = (
    "id",
    "client_id",
    "name",
    "address_line",
    "postcode",
    "city",
    "country",
    "start_date",
    "end_date",
    "access_notes",
    "active",
)


def _values(rows: Sequence[ImportRow], ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """The rows as BUILDING_COLUMNS, with their ids."""
    for row, building_id in zip(rows, ids, strict=True):
        building = row.building
        assert building is not None
        yield (
            building_id,
            row.client_id,
            building.name,
            building.address_line,
            building.postcode,
            building.city,
            building.country,
            building.start_date,
            building.end_date,
            building.access_notes,
            True,
        )


def _new_building_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new buildings, taken before the rows are written in bulk (COPY returns none).

    PostgreSQL: from the id's sequence, as each insert would. SQLite: after the highest, which no one else can take
    while the write transaction holds the database.
    """
    if session.get_bind().dialect.name == "postgresql":
        statement = text("SELECT nextval(pg_get_serial_sequence('building', 'id')) FROM generate_series(1, :count)")
        return list(session.execute(statement, {"count": count}).scalars())
    highest = session.scalar(select(func.max(Building.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def import_buildings(
    db: Database,
    actor: Actor,
    rows: Sequence[ImportRow],
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Create a building for each of ``rows`` (checked, without errors), in one transaction with a ``created``
    change-log entry for each; returns how many.

    Refused with nothing written: an acting agent no longer active (PermissionDenied), no rows, a row with an
    error, a row that no longer passes the check against the database (a client archived or a building added
    since). ``progress(done)`` is told after each chunk of
    rows; ``cancelled()`` True between two chunks stops with ImportCancelled, nothing written.
    """
    rows = list(rows)
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no building to import."))
    wrong = [row for row in rows if row.errors or row.building is None]
    if wrong:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Row {row} has an error: correct it in the file, then check the file again. {reason}"
            ),
            row=wrong[0].number,
            reason=wrong[0].errors[0] if wrong[0].errors else "",
        )
    seen: dict[tuple[str, str], int] = {}
    again = [_parse_row(row.number, _cells_of(row.building), seen) for row in rows if row.building is not None]
    wrong = rows_with_errors(again)
    if wrong:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Row {row} has an error: correct it in the file, then check the file again. {reason}"
            ),
            row=wrong[0].number,
            reason=wrong[0].errors[0],
        )
    with db.transaction() as session:
        require_agent(session, actor)
        checked = _duplicates_across_references(_check_in(session, again))
        still_wrong = rows_with_errors(checked)
        if still_wrong:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {row} no longer imports: {reason} Check the file again.",
                ),
                row=still_wrong[0].number,
                reason=still_wrong[0].errors[0],
            )
        done = 0
        for chunk in _chunks(checked, CHUNK_ROWS):
            if cancelled is not None and cancelled():
                raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "Import cancelled: no building was added."))
            ids = _new_building_ids(session, len(chunk))
            insert_rows(session.connection(), BUILDING_TABLE, BUILDING_COLUMNS, _values(chunk, ids))
            log_many(session, actor, Record.BUILDING, ids, ChangeAction.CREATED)
            done += len(chunk)
            if progress is not None:
                progress(done)
        if cancelled is not None and cancelled():
            raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "Import cancelled: no building was added."))
        return done


def _cells_of(building: NewBuilding) -> tuple[Any, ...]:
    return tuple(getattr(building, column.value) for column in COLUMNS)


def _chunks(rows: Sequence[ImportRow], size: int) -> Iterator[list[ImportRow]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --- the template ------------------------------------------------------------------------------------------------


def template_client_reference(db: Database) -> str | None:
    """The reference the template's example row names: the first active client's, by reference."""
    with db.reading() as session:
        return session.scalar(
            select(Client.reference).where(Client.active.is_(True)).order_by(Client.reference).limit(1)
        )


def write_template(
    path: Path | str,
    translate: Callable[[str, str], str],
    client_reference: str | None,
    start_date: date,
) -> None:
    """Write the template to ``path``: the header row and one example row, their text through ``translate``
    (context, English source) in the agent's language. Refused (ValidationError) when the file cannot be written.
    """
    path = Path(path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate(CONTEXT, QT_TRANSLATE_NOOP("BuildingImport", "Buildings"))[:31]
    sheet.append([translate(CONTEXT, HEADERS[column]) for column in COLUMNS])
    example: dict[Column, Any] = {
        column: translate(CONTEXT, text) if column not in (Column.POSTCODE, Column.COUNTRY) else text
        for column, text in EXAMPLE.items()
    }
    example[Column.CLIENT_REFERENCE] = client_reference or translate(CONTEXT, EXAMPLE_REFERENCE)
    example[Column.START_DATE] = start_date
    example[Column.END_DATE] = None
    sheet.append([example.get(column) for column in COLUMNS])
    bold = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=index).font = bold
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = TEMPLATE_WIDTHS[column]
        if column in (Column.START_DATE, Column.END_DATE):
            sheet.cell(row=2, column=index).number_format = DATE_FORMAT
        elif column in (Column.POSTCODE, Column.CLIENT_REFERENCE):
            sheet.cell(row=2, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    try:
        book.save(path)
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {error}"),
            file=_display_name(path),
            error=error.strerror or type(error).__name__,
        ) from None


__all__ = [
    "COLUMNS",
    "HEADERS",
    "MAX_ROWS",
    "OPTIONAL_COLUMNS",
    "Column",
    "ImportCancelled",
    "ImportRow",
    "NewBuilding",
    "accepted_headers",
    "check_file",
    "cell_text",
    "check_rows",
    "header_label",
    "import_buildings",
    "normal_header",
    "read_sheet",
    "rows_with_errors",
    "template_client_reference",
    "write_template",
]
