"""PPM schedule: building closures, the last certificate of a job building, periods' orders by period

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "building_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_building_closure_dates")),
        sa.ForeignKeyConstraint(
            ["building_id"],
            ["building.id"],
            name=op.f("fk_building_closure_building_id_building"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building_closure")),
    )
    with op.batch_alter_table("building_closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_building_closure_building_id"), ["building_id"], unique=False)
    with op.batch_alter_table("job_building", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_certificate_date", sa.Date(), nullable=True))
    # Deleting a period row checks that no work order points at it: look it up by index, not by a scan.
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_order_financial_period_id"), ["financial_period_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_order_financial_period_id"))
    with op.batch_alter_table("job_building", schema=None) as batch_op:
        batch_op.drop_column("last_certificate_date")
    with op.batch_alter_table("building_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_building_closure_building_id"))
    op.drop_table("building_closure")
