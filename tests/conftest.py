"""Shared fixtures: a temporary data folder for every test, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.services.actor import Actor  # noqa: E402
from desktop.services.email_language import uninstall_translator  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402

POSTGRES_ENV = "BUREAU_TEST_POSTGRES_URL"
# A folder in memory, where there is one: SQLite commits there do not wait for the disk.
MEMORY_FOLDER = Path("/dev/shm")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """The tests' temporary folders (their SQLite databases among them) go to memory when the system has it and
    no --basetemp was given: thousands of throw-away databases need not be synced to disk."""
    if config.option.basetemp is None and MEMORY_FOLDER.is_dir() and os.access(MEMORY_FOLDER, os.W_OK):
        config.option.basetemp = tempfile.mkdtemp(prefix="bureau-tests-", dir=MEMORY_FOLDER)
        config.stash[_MADE_BASETEMP] = config.option.basetemp


def pytest_unconfigure(config: pytest.Config) -> None:
    made = config.stash.get(_MADE_BASETEMP, None)
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)


_MADE_BASETEMP = pytest.StashKey[str]()
# A test's database is thrown away after it: its commits need not wait for the disk.
FAST_COMMITS = "-csynchronous_commit=off"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or settings."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BUREAU_DATA_DIR", str(folder))
    monkeypatch.delenv("BUREAU_DATABASE_URL", raising=False)
    monkeypatch.setenv("BUREAU_LANG", "en")
    return folder


@pytest.fixture(autouse=True)
def english_emails() -> Iterator[None]:
    """Emails in English unless a test installs a translator (the application installs one when it starts)."""
    uninstall_translator()
    yield
    uninstall_translator()


def postgres_url() -> URL:
    raw = os.environ.get(POSTGRES_ENV)
    if not raw:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return make_url(raw)


# Test workers run side by side (pytest-xdist): the first to come makes the extension, the others wait for it.
EXTENSION_LOCK = 0x42555245_0000_0007


def trigram_extension(connection: Any) -> None:
    """The trigram extension, once per database, outside the per-test schemas (whose dropping would take it,
    and every index built on it, away from the other tests)."""
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": EXTENSION_LOCK})
    try:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
    finally:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": EXTENSION_LOCK})


# Every test schema made and dropped leaves dead rows in the server's catalogs; a server without autovacuum
# keeps them, and each DDL statement gets slower. The suite vacuums them now and then itself.
CATALOGS = ("pg_attribute", "pg_depend", "pg_class", "pg_constraint", "pg_type", "pg_index", "pg_attrdef", "pg_trigger")
VACUUM_EVERY = 100
_schemas_dropped = 0


def vacuum_catalogs(connection: Any) -> None:
    """VACUUM the catalogs a schema's tables fill; on an autocommit connection. Skipped without the right."""
    try:
        connection.execute(text(f"VACUUM {', '.join(f'pg_catalog.{name}' for name in CATALOGS)}"))
    except Exception:  # noqa: BLE001 - a user who may not vacuum the catalogs runs the tests anyway
        pass


@pytest.fixture
def postgres_schema_url() -> Iterator[URL]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        trigram_extension(connection)
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema} {FAST_COMMITS}"})
    finally:
        global _schemas_dropped
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            _schemas_dropped += 1
            if _schemas_dropped % VACUUM_EVERY == 0:
                vacuum_catalogs(connection)
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    if request.param == "sqlite":
        return make_url(f"sqlite:///{tmp_path / 'bureau.sqlite'}")
    return request.getfixturevalue("postgres_schema_url")


# A migrated database is made once per run and copied for each test: the migrations themselves are tested by
# tests/service/test_migrations.py and test_upgrade_keeps_rows.py, on databases of their own.


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file at the schema head, closed (its write-ahead log folded in)."""
    path = tmp_path_factory.mktemp("migrated") / "bureau.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


Script = list[tuple[str, Any, bool]]


@pytest.fixture(scope="session")
def migration_script() -> Script:
    """The statements (with their parameters) that migrate an empty PostgreSQL schema to the head, as run once."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        trigram_extension(connection)
        vacuum_catalogs(connection)  # what earlier runs left
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(base.update_query_dict({"options": f"-csearch_path={schema} {FAST_COMMITS}"}))
    script: Script = []

    def record(_connection: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        script.append((statement, parameters, many))

    event.listen(engine, "before_cursor_execute", record)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return script


def _replay(engine: Any, script: Script) -> None:
    with engine.begin() as connection:
        cursor = connection.connection.driver_connection.cursor()
        for statement, parameters, many in script:
            if many:
                cursor.executemany(statement, parameters)
            else:
                cursor.execute(statement, parameters or None)


@pytest.fixture
def db(db_url: URL, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database on each backend."""
    if db_url.get_backend_name() == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite_file"), tmp_path / "bureau.sqlite")
        engine = make_engine(db_url)
    else:
        engine = make_engine(db_url)
        _replay(engine, request.getfixturevalue("migration_script"))
    upgrade(engine)  # at the head already: only checks it
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, migrated_sqlite_file: Path) -> Iterator[Database]:
    path = tmp_path / "bureau.sqlite"
    shutil.copyfile(migrated_sqlite_file, path)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return local_administrator(db)
