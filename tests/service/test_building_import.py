"""The bulk import of buildings from a spreadsheet: the template, every row error, all or nothing, on both
databases."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import Building, ChangeEntry, Client, User
from desktop.domain.errors import PermissionDenied, ValidationError, ValueRefused
from desktop.domain.records import ChangeAction, Record
from desktop.services import building_import
from desktop.services.actor import Actor
from desktop.services.building_import import (
    COLUMNS,
    HEADERS,
    Column,
    ImportCancelled,
    ImportRow,
    NewBuilding,
    accepted_headers,
    check_file,
    import_buildings,
    read_sheet,
    template_client_reference,
    write_template,
)
from tests.bad_input_world import BAD_INPUT, refused
from tests.bad_values import bad_line, bad_text
from tests.directory_factories import second_agent

ENGLISH = [HEADERS[column] for column in COLUMNS]
FRENCH = {
    "Client reference": "Référence client",
    "Building name": "Nom du bâtiment",
    "Address line": "Adresse",
    "Postcode": "Code postal",
    "City": "Ville",
    "Country": "Pays",
    "Start date": "Date de début",
    "End date": "Date de fin",
    "Access notes": "Consignes d’accès",
}
GERMAN = {
    "Client reference": "Kundenreferenz",
    "Building name": "Gebäudename",
    "Address line": "Adresszeile",
    "Postcode": "Postleitzahl",
    "City": "Ort",
    "Country": "Land",
    "Start date": "Beginn",
    "End date": "Ende",
    "Access notes": "Zugangshinweise",
}


def four_languages(context: str, source: str) -> list[str]:
    """An injected translation table standing in for the translation files."""
    assert context == building_import.CONTEXT
    return [source, FRENCH[source], GERMAN[source]]


def good_row(reference: str = "ACME", name: str = "Depot 1", **changes: Any) -> list[Any]:
    values: dict[str, Any] = {
        "client_reference": reference,
        "name": name,
        "address_line": "4 Industrieweg",
        "postcode": "3542 AD",
        "city": "Utrecht",
        "country": "NL",
        "start_date": datetime(2026, 1, 1),
        "end_date": None,
        "access_notes": "Gate code at the desk",
    }
    values.update(changes)
    return [values[column.value] for column in COLUMNS]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[Any] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(ENGLISH if header is None else header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def clients(db: Database) -> dict[str, int]:
    """ACME (with its building "Tour Horizon"), NW, and the archived OLD."""
    with db.transaction() as session:
        acme = Client(name="Acme Facilities", reference="ACME")
        northwind = Client(name="Northwind", reference="NW")
        old = Client(name="Old Client", reference="OLD", active=False)
        session.add_all([acme, northwind, old])
        session.add(
            Building(
                client=acme,
                name="Tour Horizon",
                address_line="12 rue de la Paix",
                postcode="75002",
                city="Paris",
                country="FR",
                start_date=date(2020, 1, 1),
            )
        )
        session.flush()
        return {"ACME": acme.id, "NW": northwind.id, "OLD": old.id}


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def english_errors(row: ImportRow) -> list[str]:
    return [error.english() for error in row.errors]


# -- the template ---------------------------------------------------------------------------------------------


def test_the_template_has_the_columns_in_the_language_given_and_one_example_row(
    tmp_path: Path, db: Database, clients: dict[str, int]
) -> None:
    path = tmp_path / "template.xlsx"
    french = {**FRENCH, "Head office": "Siège", "Buildings": "Bâtiments"}
    write_template(path, lambda context, text: french.get(text, text), template_client_reference(db), date(2026, 3, 1))
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(FRENCH[text] for text in ENGLISH)
    assert len(rows) == 2
    example = dict(zip(COLUMNS, rows[1], strict=True))
    assert example[Column.CLIENT_REFERENCE] == "ACME"
    assert example[Column.NAME] == "Siège"
    assert example[Column.START_DATE] == datetime(2026, 3, 1)
    assert sheet.title == "Bâtiments"


def test_a_template_made_file_imports_with_a_change_entry_per_building(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, lambda context, text: text, "NW", date(2026, 3, 1))
    rows = check_file(db, path)
    assert [row.errors for row in rows] == [()]
    assert import_buildings(db, admin, rows) == 1
    with db.reading() as session:
        building = session.scalars(select(Building).where(Building.client_id == clients["NW"])).one()
        assert (building.name, building.address_line, building.postcode, building.city, building.country) == (
            "Head office",
            "12 Station Road",
            "1000",
            "Brussels",
            "BE",
        )
        assert building.start_date == date(2026, 3, 1) and building.end_date is None
        assert building.access_notes == building_import.EXAMPLE[Column.ACCESS_NOTES]
        assert building.active and building.version == 1
        entry = session.scalars(select(ChangeEntry)).one()
        assert (entry.record, entry.record_id, entry.action, entry.user_id) == (
            Record.BUILDING.value,
            building.id,
            ChangeAction.CREATED.value,
            admin.user_id,
        )


def test_a_template_without_clients_names_a_placeholder_reference(tmp_path: Path, db: Database) -> None:
    assert template_client_reference(db) is None
    path = tmp_path / "template.xlsx"
    write_template(path, lambda context, text: text, None, date(2026, 3, 1))
    rows = check_file(db, path)
    assert english_errors(rows[0]) == ["No client has the reference “CLIENT-REF”."]


def test_a_template_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot write"):
        write_template(tmp_path / "missing" / "template.xlsx", lambda context, text: text, None, date(2026, 1, 1))


# -- a clean import -------------------------------------------------------------------------------------------


def test_a_clean_file_imports_every_row_in_one_go(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    path = write_xlsx(
        tmp_path / "b.xlsx",
        [
            good_row("ACME", "Depot 1", postcode=1012, country="nl", start_date="2026-01-31", end_date="2027-01-31"),
            [],  # an empty row is skipped
            good_row("acme", "Depot 2", start_date=date(2026, 2, 1), end_date=datetime(2026, 2, 1), access_notes=None),
            good_row("NW", "  Depot 1  ", city=" Utrecht ", access_notes="Line 1\nLine 2"),
            good_row("NW", "Tour Horizon"),  # another client's building name
        ],
    )
    rows = check_file(db, path)
    assert [row.number for row in rows] == [2, 4, 5, 6]
    assert all(row.ok for row in rows)
    progress: list[int] = []
    assert import_buildings(db, admin, rows, progress.append) == 4
    assert progress == [4]
    with db.reading() as session:
        stored = session.execute(
            select(
                Building.client_id,
                Building.name,
                Building.postcode,
                Building.city,
                Building.country,
                Building.start_date,
                Building.end_date,
                Building.access_notes,
            )
            .where(Building.name != "Tour Horizon")
            .order_by(Building.id)
        ).all()
    assert [tuple(row) for row in stored] == [
        (
            clients["ACME"],
            "Depot 1",
            "1012",
            "Utrecht",
            "NL",
            date(2026, 1, 31),
            date(2027, 1, 31),
            "Gate code at the desk",
        ),
        (clients["ACME"], "Depot 2", "3542 AD", "Utrecht", "NL", date(2026, 2, 1), date(2026, 2, 1), None),
        (clients["NW"], "Depot 1", "3542 AD", "Utrecht", "NL", date(2026, 1, 1), None, "Line 1\nLine 2"),
    ]
    with db.reading() as session:
        buildings = session.scalars(select(Building).where(Building.client_id == clients["NW"])).all()
    assert len(buildings) == 2
    assert count(db, ChangeEntry) == 4


def test_client_references_match_in_any_case_and_as_written_beyond_ascii(
    tmp_path: Path, db: Database, admin: Actor
) -> None:
    with db.transaction() as session:
        session.add_all([Client(name="Été", reference="ÉTÉ-01"), Client(name="Straße", reference="Straße-7")])
    path = write_xlsx(
        tmp_path / "b.xlsx",
        [good_row("ÉTÉ-01", "A"), good_row(" Straße-7 ", "B"), good_row("straße-7", "C"), good_row("ETE-01", "D")],
    )
    rows = check_file(db, path)
    assert [english_errors(row) for row in rows[:3]] == [[], [], []]
    assert english_errors(rows[3]) == ["No client has the reference “ETE-01”."]
    assert import_buildings(db, admin, rows[:3]) == 3


def test_headers_are_read_in_any_accepted_language_and_in_any_case(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    header = [FRENCH[text] for text in ENGLISH[:4]] + [GERMAN[text].upper() for text in ENGLISH[4:7]]
    header = ["Remarks", *header, "  date   de FIN "]  # columns in another order, one the import does not know
    row = good_row("NW", "Entrepôt", end_date="2027-06-30")
    values = ["ignored", *row[:7], row[7]]
    path = write_xlsx(tmp_path / "fr.xlsx", [values], header)
    with pytest.raises(ValidationError, match="no header row"):
        read_sheet(path)  # English only: none of these headers
    rows = check_file(db, path, accepted_headers(four_languages))
    assert [row.errors for row in rows] == [()]
    building = rows[0].building
    assert building is not None and building.end_date == date(2027, 6, 30) and building.access_notes is None
    assert import_buildings(db, admin, rows) == 1


def test_the_header_may_come_after_empty_rows(tmp_path: Path, db: Database, clients: dict[str, int]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([])
    sheet.append([None, "  "])
    sheet.append(ENGLISH)
    sheet.append(good_row())
    book.save(tmp_path / "b.xlsx")
    rows = check_file(db, tmp_path / "b.xlsx")
    assert [(row.number, row.ok) for row in rows] == [(4, True)]


# -- row errors -----------------------------------------------------------------------------------------------

ROW_ERRORS: list[tuple[str, list[Any], str]] = [
    ("unknown client", good_row("NOPE"), "No client has the reference “NOPE”."),
    ("no client reference", good_row(""), "Client reference is missing."),
    ("archived client", good_row("OLD"), "The client “Old Client” (OLD) is archived: it takes no new buildings."),
    ("missing name", good_row(name="  "), "Building name is missing."),
    (
        "existing building",
        good_row(name=" tour  HORIZON "),
        "The client “Acme Facilities” already has a building named “tour  HORIZON”.",
    ),
    (
        "not a country",
        good_row(country="Netherlands"),
        "“Netherlands” is not a country code (two letters, such as FR, DE, NL or GB).",
    ),
    (
        "not a country code",
        good_row(country="UK"),
        "“UK” is not a country code (two letters, such as FR, DE, NL or GB).",
    ),
    ("no country", good_row(country=None), "Country is missing (two letters, such as FR, DE, NL or GB)."),
    (
        "start not a date",
        good_row(start_date="31/01/2026"),
        "Start date: “31/01/2026” is not a date (use a date cell or YYYY-MM-DD).",
    ),
    (
        "start a number",
        good_row(start_date=46023),
        "Start date: “46023” is not a date (use a date cell or YYYY-MM-DD).",
    ),
    (
        "impossible date",
        good_row(end_date="2026-02-30"),
        "End date: “2026-02-30” is not a date (use a date cell or YYYY-MM-DD).",
    ),
    ("end a boolean", good_row(end_date=True), "End date: “TRUE” is not a date (use a date cell or YYYY-MM-DD)."),
    ("no start", good_row(start_date=None), "Start date is missing."),
    (
        "end before start",
        good_row(end_date="2025-12-31"),
        "The end date 2025-12-31 is before the start date 2026-01-01.",
    ),
    ("name too long", good_row(name="x" * 201), "Building name is too long: 201 characters, at most 200."),
    ("postcode too long", good_row(postcode="1" * 21), "Postcode is too long: 21 characters, at most 20."),
    (
        "reference too long",
        good_row("R" * 41),
        "Client reference is too long: 41 characters, at most 40.",
    ),
    (
        "name on two lines",
        good_row(name="Depot\n1"),
        "Building name holds a character that cannot be stored (code U+000A): remove it.",
    ),
    ("a spreadsheet error", good_row(city="#N/A"), "City holds the spreadsheet error #N/A."),
]


def test_each_row_error_is_found_and_nothing_is_written(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    lines: list[list[Any]] = []
    for index, (_label, bad, _expected) in enumerate(ROW_ERRORS):
        bad = list(bad)
        if bad[1] == "Depot 1":  # a name of its own, so that no row repeats another
            bad[1] = f"Depot {index}"
        lines += [good_row(name=f"Good {index}"), bad]
    path = write_xlsx(tmp_path / "b.xlsx", lines)
    rows = check_file(db, path)
    assert [row.number for row in rows] == list(range(2, 2 + 2 * len(ROW_ERRORS)))
    for index, (label, _bad, expected) in enumerate(ROW_ERRORS):
        good, bad = rows[2 * index], rows[2 * index + 1]
        assert good.ok, (label, english_errors(good))
        assert english_errors(bad) == [expected], label
        assert bad.building is None
    error = refused(db, lambda: import_buildings(db, admin, rows), ValidationError)
    assert str(error).startswith("Row 3 has an error: correct it in the file, then check the file again.")
    error = refused(db, lambda: import_buildings(db, admin, rows[4:]), ValidationError)
    assert str(error).startswith("Row 7 has an error")


def test_a_building_twice_in_the_file_is_an_error_of_the_later_rows(
    tmp_path: Path, db: Database, clients: dict[str, int]
) -> None:
    path = write_xlsx(
        tmp_path / "b.xlsx",
        [
            good_row("ACME", "Depot 1"),
            good_row("NW", "Depot 1"),
            good_row("acme", " DEPOT   1 "),
            good_row("ACME", "depot 1"),
        ],
    )
    rows = check_file(db, path)
    message = "Row 2 of the file already adds the building “{name}” to this client."
    assert [english_errors(row) for row in rows] == [
        [],
        [],
        [message.format(name="DEPOT   1")],
        [message.format(name="depot 1")],
    ]


def test_a_row_lists_every_error_it_has(tmp_path: Path, db: Database, clients: dict[str, int]) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row("XYZ", "", country="ZZ", start_date="soon")])
    (row,) = check_file(db, path)
    assert english_errors(row) == [
        "Building name is missing.",
        "“ZZ” is not a country code (two letters, such as FR, DE, NL or GB).",
        "Start date: “soon” is not a date (use a date cell or YYYY-MM-DD).",
        "No client has the reference “XYZ”.",
    ]


def test_rows_that_no_longer_import_are_refused_with_nothing_written(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row("ACME", "Depot 1"), good_row("NW", "Depot 2")])
    rows = check_file(db, path)
    assert all(row.ok for row in rows)
    with db.transaction() as session:  # someone adds one of the buildings meanwhile
        session.add(
            Building(
                client_id=clients["NW"],
                name="DEPOT 2",
                address_line="",
                postcode="",
                city="",
                country="NL",
                start_date=date(2026, 1, 1),
            )
        )
    error = refused(db, lambda: import_buildings(db, admin, rows), ValidationError)
    assert "Row 3 no longer imports: The client “Northwind” already has a building named “Depot 2”." in str(error)
    with db.transaction() as session:
        session.get(Client, clients["ACME"]).active = False  # type: ignore[union-attr]
    refused(db, lambda: import_buildings(db, admin, rows[:1]), ValidationError)


def test_an_agent_no_longer_active_imports_nothing(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    rows = check_file(db, write_xlsx(tmp_path / "b.xlsx", [good_row("ACME", "Depot 1")]))
    assert all(row.ok for row in rows)
    bea = second_agent(db)
    with db.transaction() as session:
        user = session.get(User, bea.user_id)
        assert user is not None
        user.active = False
    error = refused(db, lambda: import_buildings(db, bea, rows), PermissionDenied)
    assert "no longer active" in str(error)
    assert import_buildings(db, admin, rows) == 1


def test_no_rows_is_refused(db: Database, admin: Actor) -> None:
    refused(db, lambda: import_buildings(db, admin, []), ValidationError)


# -- cancel and progress --------------------------------------------------------------------------------------


def test_cancel_between_chunks_writes_nothing(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(building_import, "CHUNK_ROWS", 3)
    path = write_xlsx(tmp_path / "b.xlsx", [good_row("NW", f"Depot {index}") for index in range(8)])
    rows = check_file(db, path)
    progress: list[int] = []
    error = refused(
        db, lambda: import_buildings(db, admin, rows, progress.append, lambda: len(progress) >= 2), ImportCancelled
    )
    assert progress == [3, 6]
    assert str(error) == "Import cancelled: no building was added."
    done: list[int] = []
    assert import_buildings(db, admin, rows, done.append, lambda: False) == 8
    assert done == [3, 6, 8]
    assert count(db, Building) == 9


def test_a_cancel_after_the_last_chunk_still_writes_nothing(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int]
) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row("NW", "Depot")])
    rows = check_file(db, path)
    progress: list[int] = []
    refused(db, lambda: import_buildings(db, admin, rows, progress.append, lambda: bool(progress)), ImportCancelled)


# -- files that cannot be imported ----------------------------------------------------------------------------


def not_a_zip(path: Path) -> Path:
    path.write_text("client reference;building name\nACME;Depot\n", encoding="utf-8")
    return path


def a_zip_that_is_not_a_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 20)
    return path


def truncated_workbook(path: Path) -> Path:
    write_xlsx(path, [good_row()])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def an_empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    "make", [not_a_zip, a_zip_that_is_not_a_workbook, random_bytes, truncated_workbook, an_empty_file]
)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".xls"])
def test_a_file_that_is_not_a_workbook_is_one_clear_refusal(tmp_path: Path, make: Any, suffix: str) -> None:
    path = make(tmp_path / f"buildings{suffix}")
    with pytest.raises(ValidationError) as raised:
        read_sheet(path)
    assert str(raised.value) == (
        f"buildings{suffix} is not an Excel workbook (.xlsx). Save it as an Excel workbook from your spreadsheet "
        "program, or start from the template."
    )


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot read missing.xlsx: No such file or directory"):
        read_sheet(tmp_path / "missing.xlsx")
    with pytest.raises(ValidationError):
        read_sheet(tmp_path)


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(ValidationError, match=r"^empty.xlsx is empty: its first sheet holds no rows.$"):
        read_sheet(tmp_path / "empty.xlsx")


def test_a_header_without_rows_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [[], [None, None]])
    with pytest.raises(ValidationError, match="holds no buildings: there is no row below its header row"):
        read_sheet(path)


def test_a_file_without_the_expected_header_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row()], header=good_row())  # data where the header should be
    with pytest.raises(ValidationError) as raised:
        read_sheet(path)
    assert str(raised.value) == (
        "b.xlsx has no header row naming the columns (such as “Client reference”): start from the template."
    )


def test_a_header_missing_a_required_column_is_refused(tmp_path: Path) -> None:
    header = [text for text in ENGLISH if text != "Country"]
    path = write_xlsx(tmp_path / "b.xlsx", [good_row()[:5] + good_row()[6:]], header)
    with pytest.raises(ValidationError, match="The header row of b.xlsx has no column “Country”."):
        read_sheet(path)


def test_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row() + ["x"]], [*ENGLISH, "building NAME"])
    with pytest.raises(ValidationError, match="has the column “Building name” twice"):
        read_sheet(path)


def test_optional_columns_may_be_left_out(tmp_path: Path, db: Database, clients: dict[str, int]) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [good_row()[:7]], ENGLISH[:7])
    (row,) = check_file(db, path)
    assert row.ok and row.building is not None
    assert row.building.end_date is None and row.building.access_notes is None


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(building_import, "MAX_ROWS", 3)
    path = write_xlsx(tmp_path / "b.xlsx", [good_row(name=f"D{index}") for index in range(4)])
    with pytest.raises(ValidationError, match="holds more than 3 rows: split it into several files"):
        read_sheet(path)


# -- generated bad values -------------------------------------------------------------------------------------

TEXT_LIMITS = {
    Column.CLIENT_REFERENCE: 40,
    Column.NAME: 200,
    Column.ADDRESS_LINE: 200,
    Column.POSTCODE: 20,
    Column.CITY: 100,
}


def storable_in_a_cell(text: str) -> bool:
    """What a cell of the file can carry as text: openpyxl writes no control characters, and reads "=..." as a
    formula (without a value until a spreadsheet program computes it)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return (
        not ILLEGAL_CHARACTERS_RE.search(text)
        and not any(0xD800 <= ord(char) <= 0xDFFF for char in text)
        and not text.startswith("=")
    )


def countries() -> frozenset[str]:
    from desktop.domain.places import country_codes

    return country_codes()


CELL_TEXT = st.text(max_size=30).filter(lambda text: bool(text.strip()) and storable_in_a_cell(text))
NOT_DATES = st.one_of(
    CELL_TEXT.filter(lambda text: not text.strip()[:1].isdigit()),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["2026-13-01", "2026-00-10", "20260131", "2026/01/31", "01-31-2026", "2026-1-31", "#VALUE!"]),
)
NOT_COUNTRIES = st.one_of(
    CELL_TEXT.filter(lambda text: text.strip().upper() not in countries()),
    st.integers(),
    st.sampled_from(["EU", "UN", "ZZ", "XX", "F R", "FRA", "#N/A"]),
)
TOO_LONG_TEXTS = st.sampled_from(list(TEXT_LIMITS)).flatmap(
    lambda column: st.tuples(
        st.just(column), st.integers(min_value=1, max_value=300).map(lambda extra: "é" * (TEXT_LIMITS[column] + extra))
    )
)
BAD_CELLS = st.one_of(
    TOO_LONG_TEXTS,
    st.tuples(st.just(Column.COUNTRY), NOT_COUNTRIES),
    st.tuples(st.sampled_from([Column.START_DATE, Column.END_DATE]), NOT_DATES),
)


@BAD_INPUT
@given(bad=BAD_CELLS)
def test_generated_bad_cells_make_their_row_an_error(
    tmp_path: Path, db: Database, admin: Actor, clients: dict[str, int], bad: tuple[Column, Any]
) -> None:
    column, value = bad
    row = good_row("NW", "Depot")
    row[COLUMNS.index(column)] = value
    path = write_xlsx(tmp_path / "bad.xlsx", [good_row("ACME", "Depot"), row])
    rows = check_file(db, path)
    assert rows[0].ok
    assert not rows[1].ok and rows[1].building is None, (value, english_errors(rows[1]))
    refused(db, lambda: import_buildings(db, admin, rows), ValidationError)


def good_building(reference: str = "NW") -> NewBuilding:
    return NewBuilding(reference, "Depot", "4 Industrieweg", "3542 AD", "Utrecht", "NL", date(2026, 1, 1), None, None)


BAD_FIELDS = st.one_of(
    st.tuples(st.just("client_reference"), st.one_of(bad_line(40), st.just(""))),
    st.tuples(st.just("name"), st.one_of(bad_line(200), st.sampled_from(["", "  "]))),
    st.tuples(st.just("address_line"), bad_line(200)),
    st.tuples(st.just("postcode"), bad_line(20)),
    st.tuples(st.just("city"), bad_line(100)),
    st.tuples(st.just("country"), st.one_of(bad_line(2), st.sampled_from(["", "EU", "XX", "fra"]))),
    st.tuples(st.just("start_date"), st.sampled_from([None, "", "yesterday", 20260101])),
    st.tuples(st.just("end_date"), st.sampled_from([date(2025, 12, 31), date.min, "never"])),
    st.tuples(st.just("access_notes"), bad_text()),
)


@BAD_INPUT
@given(bad=BAD_FIELDS)
def test_rows_made_by_hand_with_a_bad_value_are_refused_with_nothing_written(
    db: Database, admin: Actor, clients: dict[str, int], bad: tuple[str, Any]
) -> None:
    field, value = bad
    rows = [
        ImportRow(2, (), good_building("ACME"), client_id=clients["ACME"]),
        ImportRow(3, (), replace(good_building(), **{field: value}), client_id=clients["NW"]),
    ]
    refused(db, lambda: import_buildings(db, admin, rows), ValidationError, ValueRefused)


@BAD_INPUT
@given(
    names=st.lists(
        st.sampled_from(["Depot", "depot", " DEPOT ", "Tour Horizon", "tour horizon"]), min_size=2, max_size=4
    )
)
def test_rows_made_by_hand_twice_or_existing_are_refused(
    db: Database, admin: Actor, clients: dict[str, int], names: list[str]
) -> None:
    rows = [
        ImportRow(number, (), replace(good_building("ACME"), name=name), client_id=clients["ACME"])
        for number, name in enumerate(names, start=2)
    ]
    refused(db, lambda: import_buildings(db, admin, rows), ValidationError)
