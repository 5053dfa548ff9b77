"""log a call and correct an order: work order kind, archived buildings, database-wide settings

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

The two new columns are added in place, without rebuilding their tables on SQLite: ALTER TABLE ADD COLUMN takes
a CHECK of the new column and a constant default (``sa.true()`` is ``1`` there, ``true`` on PostgreSQL).
``work_order.impact`` keeps its type: the free text older versions wrote stays as it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("incident", "problem", "request", "change")


def upgrade() -> None:
    kinds = ", ".join(f"'{kind}'" for kind in KINDS)
    op.add_column(
        "work_order",
        sa.Column(
            "kind",
            sa.String(length=20),
            sa.CheckConstraint(f"kind IN ({kinds})", name=op.f("ck_work_order_kind")),
            nullable=True,
        ),
    )
    # Completion of the category field reads the categories in use through this index.
    op.create_index(op.f("ix_work_order_category"), "work_order", ["category"], unique=False)
    op.add_column("building", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )


def downgrade() -> None:
    op.drop_table("app_setting")
    op.drop_column("building", "active")
    op.drop_index(op.f("ix_work_order_category"), table_name="work_order")
    op.drop_column("work_order", "kind")
