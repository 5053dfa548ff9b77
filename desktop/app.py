"""Starting Bureau: command line, language, database (migrated), user, main window."""

from __future__ import annotations

import argparse
import ctypes
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
from desktop.cli import GENERATE_PPM, IMPORT_BUILDINGS, CommandLineError, language_option, parse_arguments
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

# The libraries Qt's X11 platform loads that a desktop may lack: their names and the files the loader looks for.
X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-image": "libxcb-image.so.0",
    "xcb-render-util": "libxcb-render-util.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
    "EGL": "libEGL.so.1",
}
DEBIAN_X11_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libegl1"
)
FEDORA_X11_PACKAGES = (
    "xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil libxkbcommon-x11 libglvnd-egl"
)


def loadable(file_name: str) -> bool:
    """Whether the dynamic loader finds and loads the library ``file_name`` (as Qt's plugin will ask it to)."""
    try:
        ctypes.CDLL(file_name)
    except OSError:
        return False
    return True


def missing_x11_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    """The X11 libraries Qt would fail to load (``load``, default :func:`loadable`, tells), on Linux when Qt is to
    use X11 (QT_QPA_PLATFORM unset or xcb, and no Wayland session); empty elsewhere."""
    load = load or loadable
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if platform != "xcb" and (platform or os.environ.get("WAYLAND_DISPLAY")):
        return []
    return [name for name, file_name in X11_LIBRARIES.items() if not load(file_name)]


def x11_libraries_message(missing: Sequence[str]) -> str:
    """The one line that says which packages to install, before Qt aborts on the missing libraries."""
    return QCoreApplication.translate(
        "Startup",
        "Qt cannot show a window without the X11 libraries {libraries}. Install them: on Debian or Ubuntu "
        "sudo apt install {debian}; on Fedora sudo dnf install {fedora}.",
    ).format(libraries=", ".join(missing), debian=DEBIAN_X11_PACKAGES, fedora=FEDORA_X11_PACKAGES)


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
    if not is_sqlite(db.url):
        print(
            QCoreApplication.translate(
                "Startup",
                "The demo's agents have no password: give them one in Administration > Agents and roles… before "
                "they sign in.",
            )
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


def _language_before_start(language: str | None) -> None:
    """For a message printed before Bureau starts: Qt's core and the language chosen as at a start, from
    ``language`` (--lang), the environment, the settings or the system."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_application(app)
    try:
        start_settings(language)
    except StartupError:
        pass  # no data folder: the language is still switched on, from the command line or the system


def command_line_error(argv: Sequence[str]) -> int:
    """A command line that does not parse: its error in one line, in the language it asks for (else the saved
    one, else the system's), status 2 as argparse's."""
    _language_before_start(language_option(argv))
    try:
        parse_arguments(argv, lambda text: QCoreApplication.translate("CommandLine", text))
    except CommandLineError as error:
        print_error(error)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_arguments(argv)
    except CommandLineError:
        return command_line_error(sys.argv[1:] if argv is None else list(argv))
    if args.command == GENERATE_PPM:
        return generate_ppm(args)
    if args.command == IMPORT_BUILDINGS:
        from desktop.ui.import_command import import_buildings_command

        return import_buildings_command(args)
    if args.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test()
    if QApplication.instance() is None and (missing := missing_x11_libraries()):
        # Qt would abort with a message naming one library; say all of them and how to install them.
        _language_before_start(args.lang)
        print_error(x11_libraries_message(missing))
        return 1
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
        # Signed in first: a new server asks for its first administrator before the demo adds its agents.
        actor = sign_in_user(db, settings, interactive=interactive)
        if args.demo or args.demo_size:
            load_demo_data(db, translations().language, args.demo_size)
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
