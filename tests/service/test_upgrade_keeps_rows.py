"""Upgrading a database keeps every row: from every revision, on SQLite and PostgreSQL, through Bureau's start.

A database is built at each revision and filled with tests/migration_rows.py's rows (every table holds some),
then opened the way Bureau opens it at start, which upgrades it to the head. Every row must still be there with
the same value in every column the head kept. An upgrade is all or nothing: killed mid-way (SIGKILL) it leaves
the database as it was, and one that would leave rows pointing at missing rows is refused and rolled back.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

import desktop.db.migrate as migrate
from desktop.db.engine import make_engine
from desktop.db.migrate import SQLITE_APPLICATION_ID, VERSION_TABLE, UpgradeFailed, is_search_table
from tests.migration_rows import Rows, rows_at

REPOSITORY = Path(__file__).resolve().parents[2]
PACKAGED_MIGRATIONS = migrate.MIGRATIONS_DIR


def revisions_base_to_head() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


REVISIONS = revisions_base_to_head()
HEAD = REVISIONS[-1]

# table -> (columns, rows as read back by plain SQL, ordered by primary key)
Snapshot = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def url_string(url: URL) -> str:
    """What a user gives Bureau: the file path for SQLite, the URL for a server."""
    if is_sqlite(url):
        assert url.database is not None
        return url.database
    return url.render_as_string(hide_password=False)


@contextmanager
def plain_connection(url: URL) -> Iterator[Connection]:
    """A connection with none of Bureau's settings: to look at the database from outside."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


@contextmanager
def bureau_engine(url: URL) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def user_tables(connection: Connection) -> list[str]:
    names = inspect(connection).get_table_names()
    return sorted(name for name in names if name != VERSION_TABLE and not is_search_table(name))


def snapshot(url: URL) -> Snapshot:
    with plain_connection(url) as connection:
        inspector = inspect(connection)
        result: Snapshot = {}
        for table in user_tables(connection):
            columns = [column["name"] for column in inspector.get_columns(table)]
            order = ", ".join(inspector.get_pk_constraint(table)["constrained_columns"])
            rows = connection.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")).all()
            result[table] = (columns, [tuple(row) for row in rows])
        return result


def revision_in(url: URL) -> list[str]:
    with plain_connection(url) as connection:
        return list(connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def build_database(url: URL, revision: str, rows: Rows) -> None:
    """A database at ``revision`` as a Bureau of that revision leaves it, holding ``rows``."""
    with bureau_engine(url) as engine:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if is_sqlite(url):
                connection.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        with engine.begin() as connection:
            metadata = reflect(connection)
            tables = metadata.tables
            unknown = set(rows) - set(tables)
            assert not unknown, f"tests/migration_rows.py has rows for tables not at revision {revision}: {unknown}"
            assert_every_table_holds_rows({name: len(rows.get(name, [])) for name in tables}, revision)
            for name, table in tables.items():
                written = {column for row in rows.get(name, []) for column in row}
                unwritten = sorted(set(table.columns.keys()) - written)
                assert not unwritten, (
                    f"columns of {name} at revision {revision} without values in tests/migration_rows.py: "
                    f"{unwritten}; give them values in CHANGES[{revision!r}] (or in the revision that added them)"
                )
            # Parents before children, whatever revision added them.
            for table in metadata.sorted_tables:
                for row in rows.get(table.name, []):
                    columns = list(row)
                    connection.execute(
                        text(
                            f"INSERT INTO {table.name} ({', '.join(columns)}) "
                            f"VALUES ({', '.join(':' + column for column in columns)})"
                        ),
                        row,
                    )


def reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(connection, only=user_tables(connection))
    return metadata


def assert_every_table_holds_rows(counts: dict[str, int], revision: str) -> None:
    empty = sorted(table for table, count in counts.items() if not count)
    assert not empty, (
        f"tables of revision {revision} without rows: {empty}. Write their rows in tests/migration_rows.py, "
        f"CHANGES[{revision!r}] (or the revision that created them), so that upgrading them is tested"
    )


def assert_rows_kept(before: Snapshot, after: Snapshot) -> None:
    """Every table of the old revision: same rows, same values in every column the head kept."""
    missing = sorted(set(before) - set(after))
    assert not missing, f"tables gone after the upgrade: {missing}"
    for table, (columns, rows) in before.items():
        after_columns, after_rows = after[table]
        kept = [index for index, column in enumerate(columns) if column in after_columns]
        moved = [after_columns.index(columns[index]) for index in kept]
        assert len(after_rows) == len(rows), f"{table}: {len(rows)} rows before the upgrade, {len(after_rows)} after"
        for old, new in zip(rows, after_rows, strict=True):
            expected = {columns[index]: old[index] for index in kept}
            got = {columns[index]: new[position] for index, position in zip(kept, moved, strict=True)}
            assert got == expected, f"{table}: a row changed in the upgrade"


def assert_sqlite_file_is_sound(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA application_id").fetchall() == [(SQLITE_APPLICATION_ID,)]


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_every_revision_keeps_every_row(qapp: object, db_url: URL, revision: str) -> None:
    from desktop.app import open_database
    from desktop.ui.settings import Settings

    build_database(db_url, revision, rows_at(REVISIONS[: REVISIONS.index(revision) + 1]))
    before = snapshot(db_url)
    assert_every_table_holds_rows({table: len(rows) for table, (_, rows) in before.items()}, revision)

    database = open_database(url_string(db_url), Settings())
    try:
        with database.engine.connect() as connection:
            if is_sqlite(db_url):
                # The pooled connection the upgrade used enforces foreign keys again.
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()

    assert revision_in(db_url) == [HEAD]
    assert_rows_kept(before, snapshot(db_url))
    if is_sqlite(db_url):
        assert db_url.database is not None
        assert_sqlite_file_is_sound(Path(db_url.database))
        with closing(sqlite3.connect(db_url.database)) as connection:
            # The text-search index still matches the work orders.
            connection.execute("INSERT INTO work_order_search (work_order_search) VALUES ('integrity-check')")


# An upgrade is all or nothing.

SLOW_REVISION = '''"""test revision: rebuilds work_order, then, when asked, waits to be killed"""

import os
import time
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from desktop.db.rebuild import triggers_kept

revision = "test_slow"
down_revision = "{base}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with triggers_kept(bind), op.batch_alter_table("work_order", recreate="always") as batch_op:
            batch_op.add_column(sa.Column("test_note", sa.String(length=50), nullable=True))
    else:
        op.add_column("work_order", sa.Column("test_note", sa.String(length=50), nullable=True))
    op.execute("UPDATE work_order SET test_note = 'upgraded', title = title || ' (upgraded)'")
    marker = os.environ.get("BUREAU_TEST_MARKER")
    if marker:
        Path(marker).write_text("rebuilt", encoding="utf-8")
        time.sleep(60)


def downgrade() -> None:
    op.drop_column("work_order", "test_note")
'''

DANGLING_REVISION = '''"""test revision: leaves an activity entry of a work order that does not exist"""

from alembic import op

revision = "test_dangling"
down_revision = "{base}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO activity_entry (id, work_order_id, created_at, kind, text) "
        "VALUES (9001, 999999, '2026-05-01 00:00:00', 'comment', 'orphan')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM activity_entry WHERE id = 9001")
'''

SUBPROCESS_UPGRADE = (
    "import sys\n"
    "from pathlib import Path\n"
    "import desktop.db.migrate as migrate\n"
    "from desktop.db.engine import make_engine\n"
    "migrate.MIGRATIONS_DIR = Path(sys.argv[1])\n"
    "migrate.upgrade(make_engine(sys.argv[2]))\n"
)


def migrations_with(tmp_path: Path, name: str, source: str) -> Path:
    directory = tmp_path / "migrations"
    shutil.copytree(PACKAGED_MIGRATIONS, directory, ignore=shutil.ignore_patterns("__pycache__"))
    (directory / "versions" / f"{name}.py").write_text(source.format(base=HEAD), encoding="utf-8")
    return directory


def database_at_head_with_rows(url: URL) -> Snapshot:
    build_database(url, HEAD, rows_at(REVISIONS))
    return snapshot(url)


def work_order_columns(url: URL) -> set[str]:
    with plain_connection(url) as connection:
        return {column["name"] for column in inspect(connection).get_columns("work_order")}


def assert_is_the_old_database(url: URL, before: Snapshot) -> None:
    if is_sqlite(url):
        assert url.database is not None
        assert_sqlite_file_is_sound(Path(url.database))
    assert revision_in(url) == [HEAD]
    assert "test_note" not in work_order_columns(url)
    assert snapshot(url) == before


def wait_for(marker: Path, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        if process.poll() is not None:
            _, error = process.communicate()
            pytest.fail(f"the upgrade ended (code {process.returncode}) before the marker:\n{error.decode()}")
        if time.monotonic() > deadline:
            pytest.fail("the upgrade did not reach the marker")
        time.sleep(0.02)


def test_upgrade_killed_midway_leaves_the_old_database(
    db_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = database_at_head_with_rows(db_url)
    migrations = migrations_with(tmp_path, "test_slow", SLOW_REVISION)
    marker = tmp_path / "rebuilt.marker"
    environment = {**os.environ, "BUREAU_TEST_MARKER": str(marker), "PYTHONPATH": str(REPOSITORY)}
    process = subprocess.Popen(
        [sys.executable, "-c", SUBPROCESS_UPGRADE, str(migrations), db_url.render_as_string(hide_password=False)],
        cwd=REPOSITORY,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(marker, process)
        # work_order is rebuilt (SQLite) or altered (PostgreSQL) and its rows changed, not committed.
        os.kill(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL

    assert_is_the_old_database(db_url, before)

    # Started again, the upgrade goes through: the new database, every row kept.
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    with bureau_engine(db_url) as engine:
        migrate.upgrade(engine)
    assert revision_in(db_url) == ["test_slow"]
    after = snapshot(db_url)
    columns, orders = after["work_order"]
    title, note = columns.index("title"), columns.index("test_note")
    assert {(order[title].rsplit(" ", 1)[-1], order[note]) for order in orders} == {("(upgraded)", "upgraded")}
    # Apart from what the test revision changed, every row is as it was.
    after["work_order"] = (
        columns,
        [(*order[:title], order[title].removesuffix(" (upgraded)"), *order[title + 1 :]) for order in orders],
    )
    assert_rows_kept(before, after)
    if is_sqlite(db_url):
        assert db_url.database is not None
        assert_sqlite_file_is_sound(Path(db_url.database))


def test_upgrade_leaving_rows_that_point_nowhere_is_refused_and_rolled_back(
    db_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = database_at_head_with_rows(db_url)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations_with(tmp_path, "test_dangling", DANGLING_REVISION))

    with bureau_engine(db_url) as engine:
        if is_sqlite(db_url):
            # Foreign keys are off while the migrations run; the check before commit finds the orphan.
            with pytest.raises(UpgradeFailed) as refused:
                migrate.upgrade(engine)
            assert db_url.database is not None
            assert db_url.database in str(refused.value)
            assert "activity_entry" in str(refused.value)
            assert "work_order" in str(refused.value)
        else:
            with pytest.raises(IntegrityError):
                migrate.upgrade(engine)
        with engine.connect() as connection:
            if is_sqlite(db_url):
                # The connection the upgrade used goes back to the pool enforcing foreign keys.
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    assert_is_the_old_database(db_url, before)
