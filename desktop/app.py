"""Starting Bureau: command line, language, database (migrated), user, main window."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from desktop import __version__
from desktop.cli import GENERATE_PPM, build_parser
from desktop.db.engine import (
    DATABASE_URL_ENV,
    Database,
    DatabaseUrlError,
    is_sqlite,
    make_engine,
    resolve_url,
    sqlite_file,
)
from desktop.db.migrate import upgrade
from desktop.domain.errors import BureauError
from desktop.paths import data_dir, data_dir_location, resources_dir
from desktop.services.actor import Actor
from desktop.services.users import create_first_administrator, has_users, local_administrator, sign_in
from desktop.ui import errors
from desktop.ui.i18n import choose_language, translate_message, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

USER_ENV = "BUREAU_USER"
PASSWORD_ENV = "BUREAU_PASSWORD"
# Qt platforms with no screen and no one to answer a dialog.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


class StartupError(Exception):
    """Start cannot go on: the message is already translated, one line for the console."""


class MissingDatabase(StartupError):
    """No database at the chosen path, and creating one was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QCoreApplication.translate(
                "Startup",
                "There is no Bureau database at {path}. Check the path, or add --create to create a new database "
                "there.",
            ).format(path=path)
        )


def _first_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    lines = [line.strip() for line in str(getattr(error, "orig", None) or error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def database_name(url: URL) -> str:
    """The database as messages name it: the SQLite file's path, or the URL with its password hidden."""
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def cannot_open(url: URL, error: str) -> StartupError:
    """The database is there but cannot be used: which one, why, and what to check."""
    if is_sqlite(url):
        message = QCoreApplication.translate(
            "Startup",
            "Cannot open the database {database}: {error}. Check that the file and its folder can be written to, "
            "or choose another database with --database.",
        )
    else:
        message = QCoreApplication.translate(
            "Startup",
            "Cannot open the database {database}: {error}. Check the URL and that the server is running, "
            "or choose another database with --database.",
        )
    return StartupError(message.format(database=database_name(url), error=error.rstrip(".")))


def check_sqlite_file(url: URL, create: bool) -> None:
    """A file holding something is left to the migration's checks. A new database is made only when asked
    for, in a folder Bureau can write to; an existing empty file counts as a new database."""
    path = sqlite_file(url)
    if path is None:
        return
    try:
        size: int | None = path.stat().st_size
    except (FileNotFoundError, NotADirectoryError):
        size = None
    except OSError as error:
        raise cannot_open(url, _first_line(error)) from error
    if size is None:
        if not create:
            raise MissingDatabase(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # "File exists" means a file stands where a folder of the path should be: say that instead.
            reason = os.strerror(errno.ENOTDIR) if isinstance(error, FileExistsError) else _first_line(error)
            raise StartupError(
                QCoreApplication.translate(
                    "Startup",
                    "Cannot create the folder {folder} for the database {path} ({error}): choose a folder you can "
                    "write to.",
                ).format(folder=path.parent, path=path, error=reason)
            ) from error
    elif size > 0:
        return
    elif not os.access(path, os.W_OK):
        raise StartupError(
            QCoreApplication.translate(
                "Startup", "Cannot create the database {path}: the file is read-only. Choose a folder you can write to."
            ).format(path=path)
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "Cannot create the database {path}: its folder {folder} is read-only. Choose a folder you can "
                "write to.",
            ).format(path=path, folder=path.parent)
        )


def open_database(cli_url: str | None, settings: Settings, *, create: bool = False) -> Database:
    """The database chosen by the command line, the environment or the settings, else the default one,
    migrated. A chosen SQLite file that does not exist is created only with ``create``; the default one always."""
    try:
        url = resolve_url(cli_url, data_dir(), settings.database_url)
    except DatabaseUrlError as error:
        raise StartupError(translate_message(error.message)) from error
    chosen = bool(cli_url or os.environ.get(DATABASE_URL_ENV) or settings.database_url)
    check_sqlite_file(url, create=create or not chosen)
    try:
        engine = make_engine(url)
    except ImportError as error:
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "Cannot use the database {database}: {error}. Install Bureau with its PostgreSQL driver "
                '(pip install "bureau[postgres]").',
            ).format(database=database_name(url), error=_first_line(error))
        ) from error
    except SQLAlchemyError as error:
        raise StartupError(
            QCoreApplication.translate("Startup", "Cannot use the database {database}: {error}. Check its URL.").format(
                database=database_name(url), error=_first_line(error).rstrip(".")
            )
        ) from error
    except OSError as error:
        raise cannot_open(url, _first_line(error)) from error
    try:
        result = upgrade(engine)
    except BureauError as error:
        engine.dispose()
        raise StartupError(translate_message(error.message)) from error
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        engine.dispose()
        raise cannot_open(url, _first_line(error)) from error
    if result.backup is not None:
        print(
            QCoreApplication.translate("Startup", "Database upgraded; the previous version was saved as {path}").format(
                path=result.backup
            )
        )
    return Database(engine)


def load_demo_data(db: Database, language: str, size: int | None) -> None:
    from desktop.services.demo import load_demo
    from desktop.services.workorders import count_orders

    if count_orders(db):
        print(QCoreApplication.translate("Startup", "The database already holds work orders: demo data not added."))
        return
    try:
        summary = load_demo(db, language, size=size)
    except BureauError as error:
        raise StartupError(translate_message(error.message)) from error
    print(
        QCoreApplication.translate("Startup", "Demo data added: {count} work orders.").format(count=summary.work_orders)
    )


def sign_in_user(db: Database, settings: Settings, interactive: bool) -> Actor:
    """The embedded database's local administrator, or an agent signed in to the server."""
    if is_sqlite(db.url):
        # Stored once, when the embedded database is new: named in the language of that first start.
        return local_administrator(db, QCoreApplication.translate("Startup", "Administrator"), translations().language)
    first = not has_users(db)
    login, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if login and password:
        try:
            if first:
                return create_first_administrator(db, login, login, password)
            return sign_in(db, login, password)
        except BureauError as error:
            raise StartupError(
                QCoreApplication.translate(
                    "Startup",
                    "Cannot sign in to {database} as {login}: {reason} Check BUREAU_USER and BUREAU_PASSWORD.",
                ).format(database=database_name(db.url), login=login, reason=translate_message(error.message))
            ) from error
    if not interactive:
        raise StartupError(
            QCoreApplication.translate(
                "Startup", "Signing in to {database} is needed: set BUREAU_USER and BUREAU_PASSWORD."
            ).format(database=database_name(db.url))
        )
    from desktop.ui.first_admin_dialog import FirstAdministratorDialog
    from desktop.ui.sign_in_dialog import SignInDialog

    dialog: FirstAdministratorDialog | SignInDialog
    if first:
        dialog = FirstAdministratorDialog(db)
    else:
        dialog = SignInDialog(db, db.url.render_as_string(hide_password=True), settings.last_login)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        raise SystemExit(0)
    settings.last_login = dialog.actor.login
    return dialog.actor


SCREENSHOT_TIMEOUT_MS = 30_000


def schedule_screenshot(window: MainWindow, path: Path) -> None:
    """Save the window once it shows its data and its count, then quit."""
    waited = QElapsedTimer()
    waited.start()

    def shoot() -> None:
        if not window.model.count_known and waited.elapsed() < SCREENSHOT_TIMEOUT_MS:
            QTimer.singleShot(20, shoot)
            return
        QApplication.processEvents()
        ok = window.grab().save(str(path), "PNG")
        QApplication.exit(0 if ok else 1)

    QTimer.singleShot(0, shoot)


def _name_application(app: QCoreApplication) -> None:
    app.setApplicationName("Bureau")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Bureau")


def start_settings(language: str | None) -> Settings:
    """The settings, and the language switched on; a data folder that cannot be made is a StartupError."""
    try:
        data_dir()
    except OSError as error:
        translations().switch(choose_language(language, None))
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "Cannot use the data folder {folder} ({error}): set BUREAU_DATA_DIR to a folder you can write to.",
            ).format(folder=data_dir_location(), error=_first_line(error))
        ) from error
    settings = Settings()
    translations().switch(choose_language(language, settings.language))
    return settings


def print_error(message: object) -> None:
    """One line on standard error, as every start-up failure ends."""
    print(f"bureau: {message}", file=sys.stderr, flush=True)


def is_headless() -> bool:
    """No screen to show a dialog on (the offscreen or minimal Qt platform)."""
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS


def ask_to_create(path: Path) -> bool:
    """At an interactive start: create a new database where none is?"""
    answer = QMessageBox.question(
        None,
        "Bureau",
        QCoreApplication.translate("Startup", "There is no Bureau database at {path}. Create a new one?").format(
            path=path
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def generate_ppm(args: argparse.Namespace) -> int:
    """``bureau generate-ppm``: create the due PPM work orders, print how many, exit; errors are one line."""
    from desktop.services.ppm_generation import generate_due_ppms

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_application(app)
    try:
        settings = start_settings(args.lang)
        db = open_database(args.database, settings, create=args.create)
    except StartupError as error:
        print_error(error)
        return 1
    try:
        result = generate_due_ppms(db, None, args.until or date.today())
    except BureauError as error:
        print(f"bureau: {translate_message(error.message)}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        message = QCoreApplication.translate("Startup", "PPM generation failed: {error}")
        print(f"bureau: {message.format(error=_first_line(error))}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(
        QCoreApplication.translate(
            "Startup", "PPM work orders created: {count} (of which invoice only, closed at once: {invoice_only})."
        ).format(count=result.created, invoice_only=result.invoice_only)
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == GENERATE_PPM:
        return generate_ppm(args)
    if args.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    _name_application(app)
    icon = resources_dir() / "icons" / "bureau.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    interactive = args.screenshot is None and not is_headless()
    try:
        settings = start_settings(args.lang)
        try:
            db = open_database(args.database, settings, create=args.create)
        except MissingDatabase as missing:
            if not interactive:
                raise
            if not ask_to_create(missing.path):
                return 1
            db = open_database(args.database, settings, create=True)
    except StartupError as error:
        print_error(error)
        return 1
    try:
        if args.demo or args.demo_size:
            load_demo_data(db, translations().language, args.demo_size)
        actor = sign_in_user(db, settings, interactive=interactive)
    except StartupError as error:
        db.dispose()
        print_error(error)
        return 1
    except (SQLAlchemyError, OSError) as error:
        db.dispose()
        print_error(cannot_open(db.url, _first_line(error)))
        return 1
    except BureauError as error:
        db.dispose()
        print_error(cannot_open(db.url, translate_message(error.message)))
        return 1
    except BaseException:
        db.dispose()
        raise
    window = MainWindow(db, actor, settings)
    window.restore_filters()
    window.show()
    if errors.failed():
        window.close()
        db.dispose()
        return 1
    if args.screenshot:
        schedule_screenshot(window, Path(args.screenshot))
    errors.set_interactive(interactive)
    try:
        code = app.exec()
    finally:
        errors.set_interactive(False)
        db.dispose()
    return code or (1 if errors.failed() else 0)


def run() -> int:
    """The console script: unexpected errors are logged and told in one line (a box at the running window),
    never a traceback; the exit status is then non-zero."""
    errors.install()
    try:
        code = main()
    except SystemExit:
        if errors.failed():
            return 1
        raise
    except Exception as error:  # noqa: BLE001 - whatever escapes is logged and told in one line
        return errors.report_fatal(error)
    return code or (1 if errors.failed() else 0)
