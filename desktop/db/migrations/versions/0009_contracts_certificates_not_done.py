"""archived contracts, buildings leaving a PPM job, certificates with their documents, and the Not done status

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

- ``contract.active``: contracts are archived, never deleted; existing ones are active.
- ``job_building.end_date``: the last day of a building in a PPM job it left after orders were generated.
- ``stored_file``: file contents kept inside the database, once per SHA-256.
- ``certificate``: a building's certificates under a certificate-based PPM job, each with its document.
- ``work_order.status`` (and ``previous_status``) accept ``not_done``, the status auto-close gives a PPM order.
  On SQLite the two CHECK constraints are loosened in place (the table definition is rewritten, as SQLite's
  documentation describes for dropping or loosening a constraint): no row is copied, and the full-text search
  triggers and every index stay as they are.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = (
    "new",
    "needs_clarification",
    "in_progress",
    "on_hold",
    "awaiting_verification",
    "completed",
    "closed",
    "cancelled",
    "rejected",
)
NEW_STATUSES = (*STATUSES, "not_done")
STATUS_COLUMNS = ("status", "previous_status")


def _in_list(values: Sequence[str]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _statuses_on_sqlite(old: Sequence[str], new: Sequence[str]) -> None:
    """Rewrite the CHECK constraints of the status columns in work_order's stored definition."""
    bind = op.get_bind()
    definition = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'work_order'"
    ).scalar_one()
    changed = definition
    for column in STATUS_COLUMNS:
        pattern = re.compile(
            rf"(CONSTRAINT\s+\"?ck_work_order_{column}\"?\s+CHECK\s*\(\s*\"?{column}\"?\s+IN\s*\()([^)]*)(\))"
        )
        changed, count = pattern.subn(lambda match: f"{match[1]}{_in_list(new)}{match[3]}", changed)
        if count != 1:
            raise RuntimeError(f"work_order's CHECK constraint on {column} is not where it was expected")
    schema_version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'work_order'", (changed,)
        )
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(schema_version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if problems != ["ok"]:
        raise RuntimeError(f"the database is not sound after loosening work_order's status checks: {problems}")


def _statuses_on_server(new: Sequence[str]) -> None:
    for column in STATUS_COLUMNS:
        name = op.f(f"ck_work_order_{column}")
        op.drop_constraint(name, "work_order", type_="check")
        op.create_check_constraint(name, "work_order", f"{column} IN ({_in_list(new)})")


def _set_statuses(old: Sequence[str], new: Sequence[str]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _statuses_on_sqlite(old, new)
    else:
        _statuses_on_server(new)


def upgrade() -> None:
    op.add_column("contract", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column("job_building", sa.Column("end_date", sa.Date(), nullable=True))
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_stored_file_size")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_stored_file_sha256")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_file")),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("ppm_job_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=80), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("valid_until IS NULL OR valid_until >= issued_on", name=op.f("ck_certificate_valid_until")),
        sa.ForeignKeyConstraint(["building_id"], ["building.id"], name=op.f("fk_certificate_building_id_building")),
        sa.ForeignKeyConstraint(["ppm_job_id"], ["ppm_job.id"], name=op.f("fk_certificate_ppm_job_id_ppm_job")),
        sa.ForeignKeyConstraint(
            ["file_sha256"], ["stored_file.sha256"], name=op.f("fk_certificate_file_sha256_stored_file")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_order.id"], name=op.f("fk_certificate_work_order_id_work_order")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_certificate_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
    )
    op.create_index(
        "ix_certificate_building_id_ppm_job_id_issued_on",
        "certificate",
        ["building_id", "ppm_job_id", "issued_on"],
        unique=False,
    )
    op.create_index(op.f("ix_certificate_ppm_job_id"), "certificate", ["ppm_job_id"], unique=False)
    op.create_index(op.f("ix_certificate_file_sha256"), "certificate", ["file_sha256"], unique=False)
    op.create_index(op.f("ix_certificate_work_order_id"), "certificate", ["work_order_id"], unique=False)
    _set_statuses(STATUSES, NEW_STATUSES)


def downgrade() -> None:
    # An older Bureau knows no Not done: such orders go back as cancelled, the closest status it has.
    for column in STATUS_COLUMNS:
        op.execute(sa.text(f"UPDATE work_order SET {column} = 'cancelled' WHERE {column} = 'not_done'"))
    _set_statuses(NEW_STATUSES, STATUSES)
    op.drop_index(op.f("ix_certificate_work_order_id"), table_name="certificate")
    op.drop_index(op.f("ix_certificate_file_sha256"), table_name="certificate")
    op.drop_index(op.f("ix_certificate_ppm_job_id"), table_name="certificate")
    op.drop_index("ix_certificate_building_id_ppm_job_id_issued_on", table_name="certificate")
    op.drop_table("certificate")
    op.drop_table("stored_file")
    # Dropped in place (SQLite 3.35+): a table rebuild would trip over the rows that refer to these tables.
    op.drop_column("job_building", "end_date")
    op.drop_column("contract", "active")
