"""the directory: archived clients and contacts, contact languages and buildings, access notes, forced password
changes, the change log of directory records, agents and roles, and text search over buildings and contacts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Columns are added in place (no table rebuild on SQLite). The text search over buildings and contacts is an FTS5
table with the trigram tokenizer on SQLite, kept by triggers like the work orders' one, and trigram GIN indexes
on PostgreSQL (pg_trgm, made by revision 0002).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (search table, content table, searched columns)
SQLITE_SEARCHES = (
    ("building_search", "building", ("name", "address_line", "postcode", "city")),
    ("contact_search", "contact", ("name", "email", "phone")),
)
# (table, column) indexed for the directory lists' sorts.
SORTED_COLUMNS = (
    ("building", "city"),
    ("building", "postcode"),
    ("building", "country"),
    ("contact", "name"),
    ("contact", "email"),
    ("contact", "phone"),
)
# (index, table): the type-ahead lookups list names in the order of lower(name) and find those that start with
# the text typed by a range of it.
NAME_ORDER_INDEXES = (("ix_building_name_lower", "building"), ("ix_contact_name_lower", "contact"))
# (index, table, column) of the PostgreSQL trigram indexes.
POSTGRES_SEARCHES = (
    ("ix_building_name_trgm", "building", "name"),
    ("ix_building_address_line_trgm", "building", "address_line"),
    ("ix_building_postcode_trgm", "building", "postcode"),
    ("ix_building_city_trgm", "building", "city"),
    ("ix_contact_name_trgm", "contact", "name"),
    ("ix_contact_email_trgm", "contact", "email"),
    ("ix_contact_phone_trgm", "contact", "phone"),
)


def sqlite_search_statements(search: str, table: str, columns: Sequence[str]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"CREATE VIRTUAL TABLE {search} USING fts5({names}, content='{table}', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {search}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {search} (rowid, {names}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {search}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {search} ({search}, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {search}_update AFTER UPDATE OF {names} ON {table} BEGIN "
        f"INSERT INTO {search} ({search}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {search} (rowid, {names}) VALUES (new.id, {new}); END",
        f"INSERT INTO {search} ({search}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("client", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column("building", sa.Column("access_notes", sa.Text(), nullable=True))
    # The directory lists sort by these.
    for table, column in SORTED_COLUMNS:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    op.add_column("contact", sa.Column("language", sa.String(length=10), nullable=True))
    op.add_column("contact", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column(
        "app_user", sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.create_table(
        "contact_building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"],
            ["building.id"],
            name=op.f("fk_contact_building_building_id_building"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_building_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_building")),
        sa.UniqueConstraint("contact_id", "building_id", name=op.f("uq_contact_building_contact_id_building_id")),
    )
    op.create_index(op.f("ix_contact_building_building_id"), "contact_building", ["building_id"], unique=False)
    op.create_table(
        "change_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_change_entry_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_entry")),
    )
    op.create_index("ix_change_entry_record_record_id_id", "change_entry", ["record", "record_id", "id"], unique=False)
    for index, table in NAME_ORDER_INDEXES:
        op.execute(f"CREATE INDEX {index} ON {table} (lower(name))")
    if dialect == "sqlite":
        for search, table, columns in SQLITE_SEARCHES:
            for statement in sqlite_search_statements(search, table, columns):
                op.execute(statement)
    elif dialect == "postgresql":
        schema = op.get_bind().scalar(
            sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
        )
        for index, table, column in POSTGRES_SEARCHES:
            op.execute(f"CREATE INDEX {index} ON {table} USING gin ({column} {schema}.gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for search, _table, _columns in SQLITE_SEARCHES:
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {search}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {search}")
    elif dialect == "postgresql":
        for index, _table, _column in POSTGRES_SEARCHES:
            op.execute(f"DROP INDEX IF EXISTS {index}")
    for index, _table in NAME_ORDER_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {index}")
    op.drop_index("ix_change_entry_record_record_id_id", table_name="change_entry")
    op.drop_table("change_entry")
    op.drop_index(op.f("ix_contact_building_building_id"), table_name="contact_building")
    op.drop_table("contact_building")
    op.drop_column("app_user", "must_change_password")
    op.drop_column("contact", "active")
    op.drop_column("contact", "language")
    for table, column in SORTED_COLUMNS:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
    op.drop_column("building", "access_notes")
    op.drop_column("client", "active")
