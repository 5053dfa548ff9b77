"""Starting Bureau: command line, language, database (migrated), user, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop import __version__
from desktop.cli import GENERATE_PPM, build_parser
from desktop.db.engine import Database, DatabaseUrlError, is_sqlite, make_engine, resolve_url
from desktop.db.migrate import upgrade
from desktop.domain.errors import BureauError
from desktop.paths import data_dir, resources_dir
from desktop.services.actor import Actor
from desktop.services.users import create_first_administrator, has_users, local_administrator, sign_in
from desktop.ui import errors
from desktop.ui.i18n import choose_language, translate_message, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

USER_ENV = "BUREAU_USER"
PASSWORD_ENV = "BUREAU_PASSWORD"


class StartupError(Exception):
    """Start cannot go on: the message is already translated, one line for the console."""


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(getattr(error, "orig", None) or error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def open_database(cli_url: str | None, settings: Settings) -> Database:
    try:
        url = resolve_url(cli_url, data_dir(), settings.database_url)
        engine = make_engine(url)
    except DatabaseUrlError as error:
        raise StartupError(translate_message(error.message)) from error
    except (SQLAlchemyError, ImportError) as error:
        raise StartupError(
            QCoreApplication.translate("Startup", "Cannot use the database: {error}").format(error=_first_line(error))
        ) from error
    try:
        result = upgrade(engine)
    except BureauError as error:
        engine.dispose()
        raise StartupError(translate_message(error.message)) from error
    except (DBAPIError, OSError) as error:
        engine.dispose()
        raise StartupError(
            QCoreApplication.translate("Startup", "Cannot open the database: {error}").format(error=_first_line(error))
        ) from error
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
            raise StartupError(translate_message(error.message)) from error
    if not interactive:
        raise StartupError(
            QCoreApplication.translate("Startup", "Signing in is needed: set BUREAU_USER and BUREAU_PASSWORD.")
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


def generate_ppm(args: argparse.Namespace) -> int:
    """``bureau generate-ppm``: create the due PPM work orders, print how many, exit; errors are one line."""
    from desktop.services.ppm_generation import generate_due_ppms

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_application(app)
    settings = Settings()
    translations().switch(choose_language(args.lang, settings.language))
    try:
        db = open_database(args.database, settings)
    except StartupError as error:
        print(f"bureau: {error}", file=sys.stderr)
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
    settings = Settings()
    translations().switch(choose_language(args.lang, settings.language))
    try:
        db = open_database(args.database, settings)
        if args.demo or args.demo_size:
            load_demo_data(db, translations().language, args.demo_size)
        actor = sign_in_user(db, settings, interactive=args.screenshot is None)
    except StartupError as error:
        print(f"bureau: {error}", file=sys.stderr)
        return 1
    window = MainWindow(db, actor, settings)
    window.restore_filters()
    window.show()
    if args.screenshot:
        schedule_screenshot(window, Path(args.screenshot))
    code = app.exec()
    db.dispose()
    return code


def run() -> int:
    """The console script: unexpected errors are logged and shown as one clear message, never a traceback."""
    errors.install()
    return main()
