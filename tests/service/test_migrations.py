"""Schema migrations on real databases: models and migrations agree, foreign or newer databases are refused
untouched, new databases are created, and an SQLite file is backed up (with the backup API) before an upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, String, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

import desktop.db.migrate as migrate
from desktop.db.engine import make_engine
from desktop.db.migrate import (
    SQLITE_APPLICATION_ID,
    VERSION_TABLE,
    DatabaseRefused,
    alembic_config,
    head_revision,
    include_name,
    upgrade,
)
from desktop.db.models import Base

ORIGINAL_MIGRATIONS_DIR = migrate.MIGRATIONS_DIR
FUTURE_REVISION = "9999_future"


@contextmanager
def engine_for(url: URL | str) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def sqlite_url(path: Path) -> URL:
    return make_url(f"sqlite:///{path}")


def schema_differences(engine: Engine, metadata: MetaData = Base.metadata) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "version_table": VERSION_TABLE, "include_name": include_name},
        )
        return list(compare_metadata(context, metadata))


def alembic_command(engine: Engine, name: str, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, name)(config, revision)


def versions_in(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def sqlite_query(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read an SQLite file with a short-lived connection of its own."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def revision_of(path: Path) -> str:
    return sqlite_query(path, f"SELECT version_num FROM {VERSION_TABLE}")[0][0]


def columns_of(path: Path, table: str) -> set[str]:
    return {row[1] for row in sqlite_query(path, f"PRAGMA table_info({table})")}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in a folder: its bytes and modification time."""
    return {item.name: (item.read_bytes(), item.stat().st_mtime_ns) for item in sorted(folder.iterdir())}


def make_bureau_file(path: Path) -> None:
    with engine_for(sqlite_url(path)) as engine:
        upgrade(engine)


def make_newer_bureau_file(path: Path) -> None:
    """A Bureau file as a newer Bureau would leave it: its schema revision is unknown to this code."""
    make_bureau_file(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"UPDATE {VERSION_TABLE} SET version_num = ?", (FUTURE_REVISION,))
        connection.commit()


# 1. Migrations and models agree.


def test_migrated_schema_matches_the_models(db_url: URL) -> None:
    with engine_for(db_url) as engine:
        upgrade(engine)
        assert versions_in(engine) == [head_revision()]
        assert schema_differences(engine) == []


def test_the_comparison_sees_a_model_the_migrations_do_not_follow(tmp_path: Path) -> None:
    """Guard for the test above: a changed column type in the models is reported, not ignored."""
    drifted = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(drifted)
    drifted.tables["client"].c.reference.type = String(41)
    with engine_for(sqlite_url(tmp_path / "bureau.sqlite")) as engine:
        upgrade(engine)
        differences = schema_differences(engine, drifted)
    assert len(differences) == 1
    (change,) = differences[0]  # a column change comes as a list of one modification
    assert change[0] == "modify_type"
    assert change[2:4] == ("client", "reference")


def test_downgrade_to_base_then_upgrade_again(db_url: URL) -> None:
    with engine_for(db_url) as engine:
        upgrade(engine)
        alembic_command(engine, "downgrade", "base")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == {VERSION_TABLE}
        assert versions_in(engine) == []

        alembic_command(engine, "upgrade", "head")
        assert versions_in(engine) == [head_revision()]
        assert schema_differences(engine) == []


# 2. A database written by a newer Bureau is refused and left as it is.


def test_sqlite_file_from_a_newer_bureau_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    path = folder / "bureau.sqlite"
    make_newer_bureau_file(path)
    before = snapshot(folder)
    assert list(before) == ["bureau.sqlite"]  # closed cleanly: no -wal or -shm beside it

    with engine_for(sqlite_url(path)) as engine, pytest.raises(DatabaseRefused, match="newer version") as refused:
        upgrade(engine)

    assert FUTURE_REVISION in str(refused.value)
    # Same bytes, same modification time, and no -wal, -shm or backup left beside it.
    assert snapshot(folder) == before


def test_sqlite_file_a_newer_bureau_is_still_writing_is_refused_untouched(tmp_path: Path) -> None:
    """The newer revision is only in the WAL of a newer Bureau still running: it must still be seen."""
    folder = tmp_path / "shared"
    path = folder / "bureau.sqlite"
    make_bureau_file(path)
    with closing(sqlite3.connect(path)) as newer_bureau:
        newer_bureau.execute("PRAGMA wal_autocheckpoint = 0")
        newer_bureau.execute(f"UPDATE {VERSION_TABLE} SET version_num = ?", (FUTURE_REVISION,))
        newer_bureau.commit()
        wal = folder / "bureau.sqlite-wal"
        assert wal.stat().st_size > 0
        main_before = path.read_bytes(), path.stat().st_mtime_ns
        wal_before = wal.read_bytes(), wal.stat().st_mtime_ns
        names_before = sorted(item.name for item in folder.iterdir())

        with engine_for(sqlite_url(path)) as engine, pytest.raises(DatabaseRefused, match="newer version"):
            upgrade(engine)

        assert (path.read_bytes(), path.stat().st_mtime_ns) == main_before
        assert (wal.read_bytes(), wal.stat().st_mtime_ns) == wal_before
        assert sorted(item.name for item in folder.iterdir()) == names_before
        assert newer_bureau.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall() == [(FUTURE_REVISION,)]


@pytest.mark.postgres
def test_postgres_database_from_a_newer_bureau_is_refused_untouched(postgres_schema_url: URL) -> None:
    with engine_for(postgres_schema_url) as engine:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = :v"), {"v": FUTURE_REVISION})
            tables_before = set(inspect(connection).get_table_names())

        with pytest.raises(DatabaseRefused, match="newer version"):
            upgrade(engine)

        assert versions_in(engine) == [FUTURE_REVISION]
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == tables_before


# 3. Something that is not a Bureau database is refused and left as it is.


def write_text_file(path: Path) -> None:
    path.write_text("Site visits 2026\nBuilding A: boiler check\n", encoding="utf-8")


def make_notes_database(path: Path, journal_mode: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('call the plumber')")
        connection.commit()


def make_bureau_tables_without_application_id(path: Path) -> None:
    """Bureau's tables and version table, but not Bureau's stamp: not a file Bureau made (Bureau stamps
    every file in the transaction that creates its schema), so it is not adopted."""
    make_bureau_file(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 0")
        connection.commit()


def make_stamped_file_without_version_table(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.commit()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(write_text_file, "not an SQLite file", id="text-file"),
        pytest.param(lambda path: make_notes_database(path, "delete"), "not a Bureau database", id="notes-db"),
        pytest.param(lambda path: make_notes_database(path, "wal"), "not a Bureau database", id="notes-db-wal"),
        pytest.param(make_bureau_tables_without_application_id, "not a Bureau database", id="no-application-id"),
        pytest.param(make_stamped_file_without_version_table, "not a Bureau database", id="no-version-table"),
    ],
)
def test_file_that_is_not_a_bureau_database_is_refused_untouched(
    tmp_path: Path, make: Callable[[Path], object], reason: str
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "bureau.sqlite"
    make(path)
    before = snapshot(folder)
    assert list(before) == ["bureau.sqlite"]

    with engine_for(sqlite_url(path)) as engine, pytest.raises(DatabaseRefused, match=reason):
        upgrade(engine)

    assert snapshot(folder) == before


@pytest.mark.postgres
def test_postgres_schema_of_another_application_is_refused_untouched(postgres_schema_url: URL) -> None:
    other = create_engine(postgres_schema_url)
    try:
        with other.begin() as connection:
            connection.execute(text("CREATE TABLE notes (id integer PRIMARY KEY, body text)"))
            connection.execute(text("INSERT INTO notes VALUES (1, 'call the plumber')"))
    finally:
        other.dispose()

    with engine_for(postgres_schema_url) as engine:
        with pytest.raises(DatabaseRefused, match="not a Bureau database"):
            upgrade(engine)
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["notes"]
            assert connection.execute(text("SELECT body FROM notes")).scalars().all() == ["call the plumber"]


# 4. Nothing there yet: the database is created.


def make_empty_sqlite_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("DROP TABLE scratch")
        connection.commit()
    assert path.read_bytes().startswith(migrate.SQLITE_HEADER)


@pytest.mark.parametrize(
    "prepare",
    [
        pytest.param(lambda path: None, id="missing-file-and-folder"),
        pytest.param(lambda path: (path.parent.mkdir(), path.touch()), id="zero-byte-file"),
        pytest.param(lambda path: (path.parent.mkdir(), make_empty_sqlite_database(path)), id="empty-sqlite"),
    ],
)
def test_new_sqlite_database_is_created_and_stamped(tmp_path: Path, prepare: Callable[[Path], object]) -> None:
    folder = tmp_path / "new-folder"
    path = folder / "bureau.sqlite"
    prepare(path)

    with engine_for(sqlite_url(path)) as engine:
        result = upgrade(engine)
        assert (result.created, result.from_revision, result.to_revision, result.backup) == (
            True,
            None,
            head_revision(),
            None,
        )
        assert schema_differences(engine) == []
        # Opening it again is a no-op: nothing to upgrade, no backup.
        again = upgrade(engine)
        assert (again.created, again.backup) == (False, None)

    assert sqlite_query(path, "PRAGMA application_id") == [(SQLITE_APPLICATION_ID,)]
    assert revision_of(path) == head_revision()
    assert [item.name for item in folder.iterdir()] == ["bureau.sqlite"]


# 5. An older Bureau file is backed up with the backup API before it is upgraded, in one transaction.

EXTRA_REVISION = '''"""test extra revision"""

import sqlalchemy as sa
from alembic import op

revision = "test_extra"
down_revision = "{base}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("test_note", sa.String(length=50), nullable=True))
    op.execute("UPDATE client SET test_note = 'upgraded', name = name || ' (upgraded)'")
{failure}

def downgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("test_note")
'''
FAILURE = '    raise RuntimeError("test revision fails")\n'
# The extra revision builds on the real head, whatever it is now.
BASE = head_revision()
CLIENTS = [(1, "Acme Facilities", "ACME"), (2, "Borough Council", "BORO")]


def use_migrations_with_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: bool) -> None:
    directory = tmp_path / "migrations"
    shutil.copytree(ORIGINAL_MIGRATIONS_DIR, directory, ignore=shutil.ignore_patterns("__pycache__"))
    revision = EXTRA_REVISION.format(base=BASE, failure=FAILURE if failing else "")
    (directory / "versions" / "test_extra.py").write_text(revision, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", directory)
    assert head_revision() == "test_extra"


@contextmanager
def bureau_file_with_rows_only_in_the_wal(path: Path) -> Iterator[None]:
    """A Bureau file at the current head whose rows are still only in the WAL: another connection stays open and
    checkpoints nothing, as a second running Bureau would."""
    make_bureau_file(path)
    assert revision_of(path) == BASE
    with closing(sqlite3.connect(path)) as other_bureau:
        other_bureau.execute("PRAGMA wal_autocheckpoint = 0")
        other_bureau.executemany("INSERT INTO client (id, name, reference) VALUES (?, ?, ?)", CLIENTS)
        other_bureau.commit()
        # A plain copy of the main file would lose the rows: they are only in the WAL.
        plain_copy = path.with_name("plain-copy.sqlite")
        shutil.copyfile(path, plain_copy)
        assert sqlite_query(plain_copy, "SELECT count(*) FROM client") == [(0,)]
        plain_copy.unlink()
        yield


def backups_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.backup-*"))


def assert_is_the_base_database(path: Path) -> None:
    assert sqlite_query(path, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_query(path, "PRAGMA application_id") == [(SQLITE_APPLICATION_ID,)]
    assert revision_of(path) == BASE
    assert "test_note" not in columns_of(path, "client")
    assert sqlite_query(path, "SELECT id, name, reference FROM client ORDER BY id") == CLIENTS


def test_older_sqlite_file_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bureau.sqlite"
    with bureau_file_with_rows_only_in_the_wal(path):
        use_migrations_with_extra_revision(tmp_path, monkeypatch, failing=False)
        with engine_for(sqlite_url(path)) as engine:
            result = upgrade(engine)

    assert (result.created, result.from_revision, result.to_revision) == (False, BASE, "test_extra")
    assert result.backup is not None
    assert backups_of(path) == [result.backup]
    assert result.backup.parent == path.parent
    # The backup is the database as it was before the upgrade, WAL content included.
    assert_is_the_base_database(result.backup)

    assert revision_of(path) == "test_extra"
    assert sqlite_query(path, "SELECT id, name, test_note FROM client ORDER BY id") == [
        (1, "Acme Facilities (upgraded)", "upgraded"),
        (2, "Borough Council (upgraded)", "upgraded"),
    ]
    assert sqlite_query(path, "PRAGMA application_id") == [(SQLITE_APPLICATION_ID,)]


def test_failed_upgrade_leaves_the_backup_and_the_database_at_its_old_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bureau.sqlite"
    with bureau_file_with_rows_only_in_the_wal(path):
        use_migrations_with_extra_revision(tmp_path, monkeypatch, failing=True)
        with engine_for(sqlite_url(path)) as engine, pytest.raises(RuntimeError, match="test revision fails"):
            upgrade(engine)

    (backup,) = backups_of(path)
    assert_is_the_base_database(backup)
    # The column added and the rows changed before the failure were rolled back with it.
    assert_is_the_base_database(path)


def test_the_recorded_schema_head_is_the_newest_migration() -> None:
    from desktop.db.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
