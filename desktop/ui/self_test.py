"""``bureau --self-test``: does this installation (a frozen bundle above all) hold everything Bureau needs?

Runs offscreen in a temporary folder, never on the user's data: creates and migrates a database, loads each
translation (Bureau's and Qt's own), formats money with babel, fills the database with a little demo data,
builds the main window on it, writes an XLSX export and a job sheet PDF and looks for the PostgreSQL driver.
Each check prints one line on standard output, ``ok: ...`` or ``FAILED: ...`` (one stream, so the lines keep
their order even where only a file or a pipe receives them, as for the windowed program on Windows), and the
exit status is 0 only when every check passed.

The lines are a diagnostic for whoever builds or installs Bureau, so they are plain English and deliberately
not translated: no string here goes through Qt's translation functions as a literal.
"""

from __future__ import annotations

import io
import os
import platform
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

OFFSCREEN_ENV = "QT_QPA_PLATFORM"
DEMO_SIZE = 50


@dataclass(frozen=True)
class LanguageCheck:
    """What a language must show: a Bureau string, one of Qt's own, and an amount of money."""

    name: str
    menu: str  # MainWindow "&File"
    cancel: str  # Qt's own Cancel button (qtbase_xx.qm)
    money: str  # 1234.50 EUR, with plain spaces for the locale's own


# The source strings looked up in each language, as (context, text). Kept in variables: lupdate reads only
# literal arguments, so these lookups add nothing to the translation files.
FILE_MENU = ("MainWindow", "&File")
MONEY = Decimal("1234.50")
PDF_DRAWING_MIN = 2000  # bytes a job sheet's pages draw at least (a blank page: about 150)
LANGUAGE_CHECKS = {
    "fr": LanguageCheck("French", "&Fichier", "Annuler", "1 234,50 €"),
    "de": LanguageCheck("German", "&Datei", "Abbrechen", "1.234,50 €"),
    "nl": LanguageCheck("Dutch", "&Bestand", "Annuleren", "€ 1.234,50"),
}
# The spaces babel puts in numbers and amounts: no-break, narrow no-break, thin.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


class CheckFailed(Exception):
    """A check found something wrong; the message says what, in one line."""


def _one_line(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return str(error)
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _expect(found: object, wanted: object, what: str) -> None:
    if found != wanted:
        raise CheckFailed(f"{what}: expected {wanted!r}, found {found!r}")


class SelfTest:
    """Runs the checks one after the other; a check that needs an earlier one is skipped when it failed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.failures: list[str] = []
        self.unexpected: list[str] = []
        self.db: Any = None  # desktop.db.engine.Database once the database check passed
        self.actor: Any = None
        self.window: Any = None

    def check(self, name: str, run: Callable[[], str], needs: Any = True) -> None:
        if needs is None or needs is False:
            self.fail(name, "skipped: an earlier check it needs failed")
            return
        try:
            detail = run()
        except Exception as error:  # noqa: BLE001 - every failure is one line, never a traceback
            self.fail(name, _one_line(error))
            return
        print(f"ok: {name}: {detail}", flush=True)

    def fail(self, name: str, reason: str) -> None:
        self.failures.append(name)
        print(f"FAILED: {name}: {reason}", flush=True)

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """An error raised in a Qt slot while the checks run: remembered and reported as a failure."""
        self.unexpected.append(_one_line(error))

    # -- the checks -----------------------------------------------------------------------------------
    def versions(self) -> str:
        import PySide6
        from PySide6.QtCore import qVersion

        from desktop import __version__

        frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
        return (
            f"Bureau {__version__}, {frozen}, Python {platform.python_version()}, Qt {qVersion()}, "
            f"PySide6 {PySide6.__version__}, {platform.system()} {platform.machine()}"
        )

    def database(self) -> str:
        from desktop.db.engine import Database, make_engine
        from desktop.db.migrate import MIGRATIONS_DIR, SCHEMA_HEAD, upgrade

        path = self.folder / "bureau.sqlite"
        engine = make_engine(f"sqlite:///{path}")
        try:
            result = upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        self.db = Database(engine)
        if not result.created:
            raise CheckFailed(f"{path} was not created as a new database")
        _expect(result.to_revision, SCHEMA_HEAD, "schema revision")
        return f"created and migrated to schema {result.to_revision} with the scripts in {MIGRATIONS_DIR}"

    def translation(self, language: str) -> str:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui import i18n

        expected = LANGUAGE_CHECKS[language]
        if not i18n.translations().switch(language):
            raise CheckFailed(f"bureau_{language}.qm could not be loaded from {i18n.locale_dir()}")
        found = QCoreApplication.translate(*FILE_MENU)
        _expect(found, expected.menu, f"Bureau's {expected.name} for {FILE_MENU[1]!r}")
        return f"{FILE_MENU[1]!r} is {found!r}"

    def qt_translation(self, language: str) -> str:
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtWidgets import QDialogButtonBox

        from desktop.ui.i18n import translations

        expected = LANGUAGE_CHECKS[language]
        translations().switch(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        try:
            found = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        finally:
            box.deleteLater()
        if found != expected.cancel:
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            raise CheckFailed(
                f"Qt's Cancel button in {expected.name}: expected {expected.cancel!r}, found {found!r} "
                f"(is qtbase_{language}.qm in {folder}?)"
            )
        return f"Qt's Cancel button is {found!r}"

    def money(self, language: str) -> str:
        from desktop.formatting import Formatter

        expected = LANGUAGE_CHECKS[language]
        found = Formatter(language).money(MONEY, "EUR")
        _expect(found.translate(_SPACES), expected.money, f"babel's {expected.name} format of {MONEY} EUR")
        return f"{MONEY} EUR is {found!r}"

    def demo(self) -> str:
        from desktop.demo import load_demo
        from desktop.services.users import local_administrator
        from desktop.services.workorders import count_orders

        summary = load_demo(self.db, "en", size=DEMO_SIZE)
        _expect(summary.work_orders, DEMO_SIZE, "demo work orders written")
        _expect(count_orders(self.db), DEMO_SIZE, "work orders in the database")
        self.actor = local_administrator(self.db)
        return f"{summary.work_orders} work orders"

    def main_window(self) -> str:
        from PySide6.QtCore import QSettings

        from desktop.ui.helpdesk.model import Column
        from desktop.ui.i18n import translations
        from desktop.ui.main_window import MainWindow
        from desktop.ui.settings import SETTINGS_FILE, Settings

        translations().switch("en")
        settings = Settings(QSettings(str(self.folder / SETTINGS_FILE), QSettings.Format.IniFormat))
        window = MainWindow(self.db, self.actor, settings)
        self.window = window
        window.restore_filters()
        model = window.table.model()
        _expect(model.rowCount(), DEMO_SIZE, "rows in the helpdesk list")
        first = model.index(0, Column.TITLE).data()
        if not first:
            raise CheckFailed("the first row of the helpdesk list has no title")
        return f"the helpdesk list shows {model.rowCount()} rows, the first {first!r}"

    def window_language(self) -> str:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.i18n import translations

        translations().switch("fr")
        try:
            # Qt posts LanguageChange to each widget: let the events through, for a second at most.
            deadline = time.monotonic() + 1.0
            while self.window.file_menu.title() != LANGUAGE_CHECKS["fr"].menu and time.monotonic() < deadline:
                QApplication.processEvents()
            title = self.window.file_menu.title()
            _expect(title, LANGUAGE_CHECKS["fr"].menu, "the File menu after switching to French")
        finally:
            translations().switch("en")
        return f"switching to French retitles the File menu {title!r}"

    def window_draws(self) -> str:
        image = self.window.grab().toImage()
        if image.isNull() or image.width() < 400:
            raise CheckFailed(f"the window drew an image of {image.width()}x{image.height()}")
        return f"drawn at {image.width()}x{image.height()}"

    def icon(self) -> str:
        from PySide6.QtGui import QIcon

        from desktop.paths import resources_dir

        path = resources_dir() / "icons" / "bureau.svg"
        if not path.is_file():
            raise CheckFailed(f"{path} is missing")
        pixmap = QIcon(str(path)).pixmap(64, 64)
        if pixmap.isNull():
            raise CheckFailed(f"{path} cannot be drawn (is Qt's SVG icon engine in the build?)")
        return f"{path.name} draws at {pixmap.width()}x{pixmap.height()}"

    def xlsx_export(self) -> str:
        from desktop.services.export import ExportColumn, export_rows

        path = self.folder / "export.xlsx"
        columns = [ExportColumn("number", "Number"), ExportColumn("title", "Title"), ExportColumn("due_date", "Due")]
        result = export_rows(self.db, self.window.model.query, path, "xlsx", columns)
        _expect(result.rows, DEMO_SIZE, "rows exported")
        with zipfile.ZipFile(path) as workbook:
            if "xl/worksheets/sheet1.xml" not in workbook.namelist():
                raise CheckFailed(f"{path} holds no worksheet")
        return f"{result.rows} rows written with openpyxl"

    def job_sheet_pdf(self) -> str:
        from PySide6.QtPrintSupport import QPrinter  # Print… of the job sheet
        from sqlalchemy import func, select

        from desktop.db.models import WorkOrder
        from desktop.ui.workorder.job_sheet import export_pdf

        with self.db.reading() as session:
            number = session.scalar(select(func.min(WorkOrder.number)))
        path = self.folder / "job-sheet.pdf"
        size = export_pdf(self.db, number, path, include_activity=True)
        content = path.read_bytes()
        if not content.startswith(b"%PDF-") or size < 1000:
            raise CheckFailed(f"{path} is not a PDF document ({size} bytes)")
        drawn = _pdf_drawing(content)
        if drawn < PDF_DRAWING_MIN:
            raise CheckFailed(f"{path} holds blank pages ({drawn} bytes of drawing, text and fonts)")
        printer = QPrinter()
        if not printer.isValid():
            raise CheckFailed("Qt's print support cannot make a printer")
        return f"work order {number}: {size} bytes written with QPdfWriter; QtPrintSupport is there"

    def postgres_driver(self) -> str:
        from desktop.db.engine import make_engine

        try:
            import psycopg
        except ImportError:
            return "psycopg is not in this build: team mode (PostgreSQL) is not available"
        # The dialect loads the driver without connecting anywhere.
        engine = make_engine("postgresql+psycopg://bureau@127.0.0.1:9/self_test")
        try:
            dialect = engine.dialect.driver
        finally:
            engine.dispose()
        libpq = psycopg.pq.version()
        return (
            f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} implementation, libpq "
            f"{libpq // 10000}.{libpq % 100}) through SQLAlchemy's {dialect} dialect"
        )

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.db is not None:
            self.db.dispose()
            self.db = None


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def _pdf_drawing(content: bytes) -> int:
    """How many bytes the compressed streams of a PDF hold once inflated: what its pages draw (text as glyphs
    or as paths) and the fonts embedded; a few hundred for blank pages."""
    import re
    import zlib

    total = 0
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", content, re.DOTALL):
        try:
            total += len(zlib.decompressobj().decompress(stream.group(1)))
        except zlib.error:
            continue
    return total


def run_self_test() -> int:
    """Run every check; 0 when all passed, 1 otherwise. Never raises, never prints a traceback."""
    from desktop.paths import DATA_DIR_ENV

    if not os.environ.get(OFFSCREEN_ENV):
        os.environ[OFFSCREEN_ENV] = "offscreen"
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show a character gets an escape, never an encoding error.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    with (
        tempfile.TemporaryDirectory(prefix="bureau-self-test-", ignore_cleanup_errors=True) as temp,
        _environment(DATA_DIR_ENV, temp),
    ):
        test = SelfTest(Path(temp))
        saved_hook = sys.excepthook
        sys.excepthook = test.excepthook
        try:
            return _run_in_event_loop(test)
        except Exception as error:  # noqa: BLE001 - a diagnostic command ends on one line, whatever happens
            print(f"FAILED: self-test: {_one_line(error)}", flush=True)
            return 1
        finally:
            sys.excepthook = saved_hook
            try:
                test.close()
            except Exception as error:  # noqa: BLE001
                print(f"FAILED: closing: {_one_line(error)}", flush=True)


def _run_in_event_loop(test: SelfTest) -> int:
    """The checks run inside the event loop, as the app does: a language switch then reaches the widgets."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bureau"])
    outcome: list[int] = []

    def run() -> None:
        try:
            outcome.append(_run_checks(test))
        except Exception as error:  # noqa: BLE001 - reported in one line by the caller's way
            print(f"FAILED: self-test: {_one_line(error)}", flush=True)
            outcome.append(1)
        finally:
            QApplication.exit(0)

    QTimer.singleShot(0, run)
    app.exec()
    return outcome[0] if outcome else 1


def _run_checks(test: SelfTest) -> int:
    from PySide6.QtWidgets import QApplication

    test.check("versions", test.versions)
    test.check("database", test.database)
    for language in LANGUAGE_CHECKS:
        test.check(f"translation {language}", lambda language=language: test.translation(language))
        test.check(f"Qt translation {language}", lambda language=language: test.qt_translation(language))
        test.check(f"money {language}", lambda language=language: test.money(language))
    test.check("demo data", test.demo, needs=test.db)
    test.check("main window", test.main_window, needs=test.actor)
    test.check("window language", test.window_language, needs=test.window)
    test.check("window drawing", test.window_draws, needs=test.window)
    test.check("application icon", test.icon)
    test.check("XLSX export", test.xlsx_export, needs=test.window)
    test.check("job sheet PDF", test.job_sheet_pdf, needs=test.actor)
    test.check("PostgreSQL driver", test.postgres_driver)
    QApplication.processEvents()
    for message in test.unexpected:
        test.fail("unexpected error", message)
    if test.failures:
        print(f"FAILED: {len(test.failures)} check(s) failed", flush=True)
        return 1
    return 0
