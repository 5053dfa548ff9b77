"""helpdesk list: name copies for sorting, text search index, rename triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_INDEXES = ("client_name", "building_name", "assignee_name")

# (trigger name, table, column, work_order copy, work_order key)
RENAMES = (
    ("client_name_to_work_orders", "client", "name", "client_name", "client_id"),
    ("building_name_to_work_orders", "building", "name", "building_name", "building_id"),
    ("user_name_to_work_orders", "app_user", "display_name", "assignee_name", "assignee_id"),
)

SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE work_order_search USING fts5(
        number, title, building_name, content='work_order', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER work_order_search_insert AFTER INSERT ON work_order BEGIN
        INSERT INTO work_order_search (rowid, number, title, building_name)
        VALUES (new.id, new.number, new.title, new.building_name);
    END""",
    """CREATE TRIGGER work_order_search_delete AFTER DELETE ON work_order BEGIN
        INSERT INTO work_order_search (work_order_search, rowid, number, title, building_name)
        VALUES ('delete', old.id, old.number, old.title, old.building_name);
    END""",
    """CREATE TRIGGER work_order_search_update AFTER UPDATE OF number, title, building_name ON work_order BEGIN
        INSERT INTO work_order_search (work_order_search, rowid, number, title, building_name)
        VALUES ('delete', old.id, old.number, old.title, old.building_name);
        INSERT INTO work_order_search (rowid, number, title, building_name)
        VALUES (new.id, new.number, new.title, new.building_name);
    END""",
    "INSERT INTO work_order_search (work_order_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("client_name", sa.String(length=200), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(
            sa.Column("building_name", sa.String(length=200), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("assignee_name", sa.String(length=120), nullable=True))
    op.execute("UPDATE work_order SET client_name = (SELECT name FROM client WHERE client.id = work_order.client_id)")
    op.execute(
        "UPDATE work_order SET building_name = (SELECT name FROM building WHERE building.id = work_order.building_id)"
    )
    op.execute(
        "UPDATE work_order SET assignee_name = "
        "(SELECT display_name FROM app_user WHERE app_user.id = work_order.assignee_id)"
    )
    for column in NEW_INDEXES:
        op.create_index(f"ix_work_order_{column}_number", "work_order", [column, "number"], unique=False)

    if dialect == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
        for name, table, column, copy, key in RENAMES:
            op.execute(
                f"CREATE TRIGGER {name} AFTER UPDATE OF {column} ON {table} BEGIN "
                f"UPDATE work_order SET {copy} = new.{column} WHERE {key} = new.id; END"
            )
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema = op.get_bind().scalar(
            sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
        )
        op.execute(
            "CREATE INDEX ix_work_order_search ON work_order USING gin "
            f"((CAST(number AS TEXT) || ' ' || title || ' ' || building_name) {schema}.gin_trgm_ops)"
        )
        for name, table, column, copy, key in RENAMES:
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"UPDATE work_order SET {copy} = NEW.{column} WHERE {key} = NEW.id; RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {name} AFTER UPDATE OF {column} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, *_ in RENAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS work_order_search_{suffix}")
        op.execute("DROP TABLE IF EXISTS work_order_search")
    elif dialect == "postgresql":
        for name, table, *_ in RENAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP INDEX IF EXISTS ix_work_order_search")
    for column in NEW_INDEXES:
        op.drop_index(f"ix_work_order_{column}_number", table_name="work_order")
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.drop_column("assignee_name")
        batch_op.drop_column("building_name")
        batch_op.drop_column("client_name")
