"""Shared fixtures: a temporary data folder for every test, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from desktop.db.engine import Database, make_engine  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.services.actor import Actor  # noqa: E402
from desktop.services.users import local_administrator  # noqa: E402

POSTGRES_ENV = "BUREAU_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder or settings."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BUREAU_DATA_DIR", str(folder))
    monkeypatch.delenv("BUREAU_DATABASE_URL", raising=False)
    monkeypatch.setenv("BUREAU_LANG", "en")
    return folder


def postgres_url() -> URL:
    raw = os.environ.get(POSTGRES_ENV)
    if not raw:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return make_url(raw)


@pytest.fixture
def postgres_schema_url() -> Iterator[URL]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        # The trigram extension lives once per database: keep it out of the per-test schemas, whose
        # dropping would take it (and every index built on it) away from the other tests.
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"})
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    if request.param == "sqlite":
        return make_url(f"sqlite:///{tmp_path / 'bureau.sqlite'}")
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def db(db_url: URL) -> Iterator[Database]:
    """A migrated, empty database on each backend."""
    engine = make_engine(db_url)
    upgrade(engine)
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    engine = make_engine(f"sqlite:///{tmp_path / 'bureau.sqlite'}")
    upgrade(engine)
    database = Database(engine)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return local_administrator(db)
