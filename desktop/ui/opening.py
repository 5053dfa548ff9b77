"""Opening the database at start: which one, whether it may be created, brought to this version's schema.

Every failure is a :class:`StartupError` whose message is one translated line naming the database and what to
do; the caller prints it and exits non-zero.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop.db.engine import (
    DATABASE_URL_ENV,
    Database,
    DatabaseUrlError,
    is_sqlite,
    make_engine,
    resolve_url,
    sqlite_file,
)
from desktop.db.migrate import SCHEMA_HEAD, schema_state, upgrade
from desktop.domain.errors import BureauError
from desktop.paths import data_dir
from desktop.ui.i18n import translate_message
from desktop.ui.settings import Settings


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


def first_line(error: BaseException) -> str:
    """An error as one line: the reason an OS error gives, else the first line of its text."""
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
        raise cannot_open(url, first_line(error)) from error
    if size is None:
        if not create:
            raise MissingDatabase(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # "File exists" means a file stands where a folder of the path should be: say that instead.
            reason = os.strerror(errno.ENOTDIR) if isinstance(error, FileExistsError) else first_line(error)
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


def _at_head(engine: Engine, url: URL) -> Database:
    """The database as it is, refused unless its schema is this version's."""
    try:
        state, _where = schema_state(engine)
    except BureauError as error:
        engine.dispose()
        raise StartupError(translate_message(error.message)) from error
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        engine.dispose()
        raise cannot_open(url, first_line(error)) from error
    if state.revision != SCHEMA_HEAD:
        engine.dispose()
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "The database {database} is not at this version of Bureau's schema: open it with Bureau once (or "
                "run the command without --dry-run) to create or upgrade it.",
            ).format(database=database_name(url))
        )
    return Database(engine)


def open_database(cli_url: str | None, settings: Settings, *, create: bool = False, migrate: bool = True) -> Database:
    """The database chosen by the command line, the environment or the settings, else the default one,
    migrated. A chosen SQLite file that does not exist is created only with ``create``; the default one always.
    ``migrate`` False (a run that must write nothing): the database must exist at this version's schema; it is
    neither created nor upgraded."""
    try:
        url = resolve_url(cli_url, data_dir(), settings.database_url)
    except DatabaseUrlError as error:
        raise StartupError(translate_message(error.message)) from error
    chosen = bool(cli_url or os.environ.get(DATABASE_URL_ENV) or settings.database_url)
    check_sqlite_file(url, create=migrate and (create or not chosen))
    try:
        engine = make_engine(url)
    except ImportError as error:
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "Cannot use the database {database}: {error}. Install Bureau with its PostgreSQL driver "
                '(pip install "bureau[postgres]").',
            ).format(database=database_name(url), error=first_line(error))
        ) from error
    except SQLAlchemyError as error:
        raise StartupError(
            QCoreApplication.translate("Startup", "Cannot use the database {database}: {error}. Check its URL.").format(
                database=database_name(url), error=first_line(error).rstrip(".")
            )
        ) from error
    except OSError as error:
        raise cannot_open(url, first_line(error)) from error
    if not migrate:
        return _at_head(engine, url)
    try:
        result = upgrade(engine)
    except BureauError as error:
        engine.dispose()
        raise StartupError(translate_message(error.message)) from error
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        engine.dispose()
        raise cannot_open(url, first_line(error)) from error
    if result.backup is not None:
        print(
            QCoreApplication.translate("Startup", "Database upgraded; the previous version was saved as {path}").format(
                path=result.backup
            )
        )
    return Database(engine)
