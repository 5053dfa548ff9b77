"""Engines and sessions: the embedded SQLite file or a PostgreSQL server (team mode)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import failures
from desktop.domain.errors import BureauError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

DATABASE_URL_ENV = "BUREAU_DATABASE_URL"
DATABASE_FILE_NAME = "bureau.sqlite"

# Execution option carried by connections that will write: their transaction starts with
# BEGIN IMMEDIATE on SQLite, so two writers queue on the busy timeout instead of failing mid-way.
WRITE_OPTION = "bureau_write"
SQLITE_BUSY_TIMEOUT_MS = 10_000
POSTGRES_CONNECT_TIMEOUT_S = 5


class DatabaseUrlError(BureauError):
    """The database URL cannot be used."""


def default_sqlite_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE_NAME


def resolve_url(cli_value: str | None, data_dir: Path, settings_value: str | None = None) -> URL:
    """The database to open: the command line, then the environment, then settings, then the local file."""
    raw = cli_value or os.environ.get(DATABASE_URL_ENV) or settings_value
    if not raw:
        return make_url(f"sqlite:///{default_sqlite_path(data_dir)}")
    return parse_url(raw)


def parse_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):
        # A bare path is the usual way to name an SQLite file.
        if "://" in raw:
            raise DatabaseUrlError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Not a database URL: {url}. Give the path of an SQLite file or a URL such as "
                    "postgresql://user@server/database.",
                ),
                url=_hide_password(raw),
            ) from None
        try:
            path = Path(raw).expanduser().resolve()
        except (OSError, RuntimeError, ValueError):
            raise DatabaseUrlError(
                QT_TRANSLATE_NOOP("Errors", "Not a usable database path: {path}. Give another path."), path=raw
            ) from None
        return make_url(f"sqlite:///{path}")
    backend = url.get_backend_name()
    if backend == "postgresql":
        if url.get_driver_name() in ("", "psycopg2", "psycopg"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    if backend == "sqlite":
        return url
    raise DatabaseUrlError(
        QT_TRANSLATE_NOOP("Errors", "Unsupported database {backend} in {url}: use an SQLite file or a PostgreSQL URL."),
        backend=backend,
        url=url.render_as_string(hide_password=True),
    )


def _hide_password(raw: str) -> str:
    """A URL that could not be parsed, as it may be shown: any password between ':' and '@' masked."""
    scheme, separator, rest = raw.partition("://")
    user_info, at, host = rest.rpartition("@")
    if not separator or not at or ":" not in user_info:
        return raw
    return f"{scheme}://{user_info.split(':', 1)[0]}:***@{host}"


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The file an SQLite URL points at, or None for an in-memory database."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if url.get_driver_name() in ("psycopg", "psycopg2") and "connect_timeout" not in url.query:
        # A server that does not answer fails after a few seconds instead of hanging the start.
        kwargs["connect_args"] = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S, **kwargs.get("connect_args", {})}
    return create_engine(url, **kwargs)


class Database:
    """One database: an engine and the session factories bound to it."""

    def __init__(self, engine: Engine) -> None:
        failures.install(engine)
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    def session(self, write: bool = True) -> Session:
        """A new session (unit of work) the caller owns: commit or roll back, then close."""
        return self._write() if write else self._read()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: commit on success, roll back on any error."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
