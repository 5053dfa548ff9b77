"""Starting Bureau: command line, language, database (migrated), user, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from desktop import __version__
from desktop.cli import GENERATE_PPM, IMPORT_BUILDINGS, build_parser
from desktop.db.engine import (
    Database,
    is_sqlite,
)
from desktop.domain.errors import BureauError
from desktop.paths import data_dir, data_dir_location, resources_dir
from desktop.services.actor import Actor
from desktop.services.my_account import password_change_required
from desktop.services.users import create_first_administrator, has_users, local_administrator, sign_in
from desktop.ui import errors
from desktop.ui.email_translator import install_email_translator
from desktop.ui.i18n import choose_language, translate_message, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.opening import (
    MissingDatabase,
    StartupError,
    cannot_open,
    database_name,
    first_line,
    open_database,
)
from desktop.ui.settings import Settings

USER_ENV = "BUREAU_USER"
PASSWORD_ENV = "BUREAU_PASSWORD"
# Qt platforms with no screen and no one to answer a dialog.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


T = TypeVar("T")


def load_demo_data(db: Database, language: str, size: int | None) -> None:
    from desktop.demo import load_demo
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
            actor = sign_in(db, login, password)
        except BureauError as error:
            raise StartupError(
                QCoreApplication.translate(
                    "Startup",
                    "Cannot sign in to {database} as {login}: {reason} Check BUREAU_USER and BUREAU_PASSWORD.",
                ).format(database=database_name(db.url), login=login, reason=translate_message(error.message))
            ) from error
        if password_change_required(db, actor):
            raise StartupError(
                QCoreApplication.translate(
                    "Startup",
                    "{login} must choose a new password: start Bureau without BUREAU_PASSWORD and sign in.",
                ).format(login=login)
            )
        return actor
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
        if not ok:
            print_error(
                QCoreApplication.translate(
                    "Startup", "Cannot save the screenshot as {path}: choose a folder you can write to."
                ).format(path=path)
            )
        QApplication.exit(0 if ok else 1)

    QTimer.singleShot(0, shoot)


def _name_application(app: QCoreApplication) -> None:
    app.setApplicationName("Bureau")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Bureau")


def start_settings(language: str | None) -> Settings:
    """The settings, the language switched on and the emails' translations loaded.

    A data folder that cannot be made is a StartupError.
    """
    try:
        data_dir()
    except OSError as error:
        translations().switch(choose_language(language, None))
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "Cannot use the data folder {folder} ({error}): set BUREAU_DATA_DIR to a folder you can write to.",
            ).format(folder=data_dir_location(), error=first_line(error))
        ) from error
    settings = Settings()
    translations().switch(choose_language(language, settings.language))
    install_email_translator()
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
    """``bureau generate-ppm``: create the due PPM work orders and close as Not done those auto-close says, print
    per contract and in all what was created, missed, cancelled and closed, exit; errors (a refusal among them)
    are one line and a non-zero status."""
    from desktop.services.ppm.generation import generate_due_ppms
    from desktop.ui.ppm.generation_report import contract_lines, total_lines

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_application(app)
    try:
        settings = start_settings(args.lang)
        db = open_database(args.database, settings, create=args.create, migrate=not args.dry_run)
    except StartupError as error:
        print_error(error)
        return 1
    if args.dry_run:
        return _generate_ppm_dry_run(db, args)
    result = _run_ppm(db, lambda: generate_due_ppms(db, None, args.until or date.today(), far_ahead=args.far_ahead))
    if result is None:
        return 1
    for line in (*contract_lines(result), *total_lines(result)):
        print(line)
    return 0


def _run_ppm(db: Database, work: Callable[[], T]) -> T | None:
    """Run a PPM command's service call and close the database: its result, or None once a refusal or a
    database failure is printed in one line."""
    try:
        return work()
    except BureauError as error:
        print(f"bureau: {translate_message(error.message)}", file=sys.stderr)
        return None
    except SQLAlchemyError as error:
        message = QCoreApplication.translate("Startup", "PPM generation failed: {error}")
        print(f"bureau: {message.format(error=first_line(error))}", file=sys.stderr)
        return None
    finally:
        db.dispose()


def _generate_ppm_dry_run(db: Database, args: argparse.Namespace) -> int:
    """``bureau generate-ppm --dry-run``: print what a run would do, write nothing."""
    from desktop.services.ppm.generation_preview import preview_generation
    from desktop.ui.ppm.dry_run import dry_run_lines

    preview = _run_ppm(db, lambda: preview_generation(db, args.until or date.today(), far_ahead=args.far_ahead))
    if preview is None:
        return 1
    for line in dry_run_lines(preview):
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == GENERATE_PPM:
        return generate_ppm(args)
    if args.command == IMPORT_BUILDINGS:
        from desktop.ui.import_command import import_buildings_command

        return import_buildings_command(args)
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
        print_error(cannot_open(db.url, first_line(error)))
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
