"""Bring a database to the schema of this version of Bureau, or refuse it without touching it.

At start the app checks what it is given:
- nothing there (no file, an empty file, an empty server schema): create the schema;
- a Bureau database of an older schema: on SQLite, copy it first with SQLite's backup API, then upgrade;
- a database written by a newer Bureau, or something that is not a Bureau database: refuse, unchanged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from desktop.db.engine import WRITE_OPTION, sqlite_file
from desktop.domain.errors import BureauError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "bureau_schema_version"
# The newest migration. Checked against the migration scripts by the tests; lets a start on an up-to-date
# database skip loading Alembic and the scripts at all.
SCHEMA_HEAD = "0010"
# PRAGMA application_id of a Bureau SQLite file: "BURE".
SQLITE_APPLICATION_ID = 0x42555245
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PACKAGED_MIGRATIONS = MIGRATIONS_DIR


# Text-search structures made by the migrations with SQL of their own (an FTS5 table and its shadow
# tables on SQLite, a trigram index on PostgreSQL): not in the models, so autogenerate leaves them alone.
SEARCH_TABLE_PREFIXES = ("work_order_search", "building_search", "contact_search")
SEARCH_INDEXES = frozenset(
    {
        "ix_work_order_search",
        "ix_building_name_trgm",
        "ix_building_address_line_trgm",
        "ix_building_postcode_trgm",
        "ix_building_city_trgm",
        "ix_contact_name_trgm",
        "ix_contact_email_trgm",
        "ix_contact_phone_trgm",
        "ix_building_name_lower",
        "ix_contact_name_lower",
    }
)


def is_search_table(name: str | None) -> bool:
    """True for the text-search tables (and their FTS5 shadow tables) that only the migrations know."""
    return (name or "").startswith(SEARCH_TABLE_PREFIXES)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table":
        return not is_search_table(name)
    if type_ == "index":
        return name not in SEARCH_INDEXES
    return True


class DatabaseRefused(BureauError):
    """The database is not one this version of Bureau may open."""


class UpgradeFailed(BureauError):
    """The upgrade would have left the database inconsistent: it was rolled back, the database is as it was."""


@dataclass(frozen=True)
class SchemaState:
    """What is found in a database before it is opened for work."""

    empty: bool
    revision: str | None


@dataclass(frozen=True)
class MigrationResult:
    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read what an SQLite file holds without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(empty=True, revision=None)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a Bureau database (it is not an SQLite file)."), path=str(path)
        )
    # A read-only connection to a WAL-mode file still creates -wal and -shm files beside it. With no
    # -wal or -journal there, the file holds everything: read it as immutable, leaving no trace.
    pending = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    mode = "mode=ro" if pending else "mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as error:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be opened: {error}"), path=str(path), error=str(error)
        ) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and application_id == 0:
            return SchemaState(empty=True, revision=None)
        if application_id != SQLITE_APPLICATION_ID or VERSION_TABLE not in tables:
            raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a Bureau database."), path=str(path))
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a Bureau database ({error})."), path=str(path), error=str(error)
        ) from error
    finally:
        connection.close()
    return SchemaState(empty=False, revision=row[0] if row else None)


def inspect_server(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return SchemaState(empty=True, revision=None)
        if VERSION_TABLE not in tables:
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP("Errors", "The database at {url} is not a Bureau database."),
                url=_safe_url(engine.url),
            )
        row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).fetchone()
    return SchemaState(empty=False, revision=row[0] if row else None)


def _safe_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def check_state(state: SchemaState, where: str) -> None:
    if state.empty:
        return
    # No revision at all: a Bureau database downgraded to the base; it upgrades like any older one.
    if state.revision is not None and state.revision not in known_revisions():
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{where} was written by a newer version of Bureau (schema {revision}). "
                "Install the newer version to open it.",
            ),
            where=where,
            revision=state.revision,
        )


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a live SQLite database with the backup API (consistent even with a WAL) next to it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix or '.sqlite'}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def schema_state(engine: Engine) -> tuple[SchemaState, str]:
    """What ``engine``'s database holds, read without writing to it, and how to name it."""
    path = sqlite_file(engine.url)
    if engine.url.get_backend_name() == "sqlite":
        state = inspect_sqlite_file(path) if path is not None else SchemaState(empty=True, revision=None)
        return state, str(path) if path is not None else "memory"
    return inspect_server(engine), _safe_url(engine.url)


def upgrade(engine: Engine) -> MigrationResult:
    """Create or upgrade the schema of ``engine``'s database; refuse newer or foreign databases."""
    path = sqlite_file(engine.url)
    state, where = schema_state(engine)
    if state.revision == SCHEMA_HEAD and MIGRATIONS_DIR == _PACKAGED_MIGRATIONS:
        return MigrationResult(created=False, from_revision=SCHEMA_HEAD, to_revision=SCHEMA_HEAD, backup=None)
    check_state(state, where)
    head = head_revision()
    if state.revision == head:
        return MigrationResult(created=False, from_revision=head, to_revision=head, backup=None)

    backup = None
    if path is not None and not state.empty:
        backup = backup_sqlite(path, state.revision)

    if engine.url.get_backend_name() == "sqlite":
        _run_sqlite_migrations(engine, where)
    else:
        # PostgreSQL: transactional DDL, no table rebuilds, foreign keys checked as the migrations go.
        with engine.begin() as connection:
            _run_migrations(connection)
    return MigrationResult(created=state.empty, from_revision=state.revision, to_revision=head, backup=backup)


def _run_migrations(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _run_sqlite_migrations(engine: Engine, where: str) -> None:
    """All the migrations in one write transaction, with foreign keys off, checked before commit.

    A batch migration rebuilds a table by copying it and dropping the original: with foreign keys on,
    that drop would fire the ON DELETE actions of the tables pointing at it (deleting or emptying their
    rows). The pragma has no effect inside a transaction, so it is set on the connection before BEGIN
    (the engine's connections are in autocommit mode until its "begin" listener emits BEGIN).
    """
    with engine.connect() as connection:
        dbapi_connection = connection.connection.dbapi_connection
        assert dbapi_connection is not None
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.execution_options(**{WRITE_OPTION: True}).begin():
                _run_migrations(connection)
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise UpgradeFailed(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The upgrade of {database} was stopped and the database left as it was: rows of "
                            "{table} would point at rows missing from {parent}.",
                        ),
                        database=where,
                        table=", ".join(sorted({str(row[0]) for row in violations})),
                        parent=", ".join(sorted({str(row[2]) for row in violations})),
                    )
                connection.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        finally:
            _enforce_foreign_keys_again(connection)


def _enforce_foreign_keys_again(connection: Connection) -> None:
    """Turn foreign keys back on before the connection returns to the pool; if that fails, drop it."""
    try:
        dbapi_connection = connection.connection.dbapi_connection
        assert dbapi_connection is not None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        if dbapi_connection.execute("PRAGMA foreign_keys").fetchone() != (1,):
            connection.invalidate()
    except Exception:
        connection.invalidate()
