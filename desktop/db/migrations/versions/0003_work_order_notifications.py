"""work order notifications: the contacts emailed about an order's changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_order_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_work_order_notification_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_work_order_notification_work_order_id_work_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_notification")),
        sa.UniqueConstraint(
            "work_order_id", "contact_id", name=op.f("uq_work_order_notification_work_order_id_contact_id")
        ),
    )
    with op.batch_alter_table("work_order_notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_order_notification_contact_id"), ["contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("work_order_notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_order_notification_contact_id"))
    op.drop_table("work_order_notification")
