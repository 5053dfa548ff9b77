"""the PPM schedule history and the anchor each building's periods were planned from

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

``schedule_history`` keeps every change of a stored PPM period (what moved, from what to what, why, when).
``job_building.planned_anchor`` is the last completed visit or certificate the stored periods were planned from;
rows of earlier revisions have none, so generation re-plans a building with dynamic dates once, then only when
its anchor changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("job_building", sa.Column("planned_anchor", sa.Date(), nullable=True))
    op.create_table(
        "schedule_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_building_id", sa.Integer(), nullable=False),
        sa.Column("financial_start", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("what", sa.String(length=30), nullable=False),
        sa.Column("old_value", sa.String(length=60), nullable=True),
        sa.Column("new_value", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_building_id"],
            ["job_building.id"],
            name=op.f("fk_schedule_history_job_building_id_job_building"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_schedule_history_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_history")),
    )
    op.create_index(
        "ix_schedule_history_job_building_id_id", "schedule_history", ["job_building_id", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_schedule_history_job_building_id_id", table_name="schedule_history")
    op.drop_table("schedule_history")
    # Dropped in place (SQLite 3.35+): a table rebuild would trip over the rows that refer to the job building.
    op.drop_column("job_building", "planned_anchor")
