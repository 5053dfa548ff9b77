"""attachments, rates and time entries, the agents' running timers, and quick-reply templates

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

- ``attachment``: files attached to a work order; their content is a ``stored_file`` row (once per SHA-256).
- ``rate``: hourly rates kept by administrators; ``time_entry``: time spent on an order at a rate (amount and
  currency copied when saved).
- ``running_timer``: the one timer an agent runs, kept across restarts by its start.
- ``reply_template`` and ``reply_template_body``: quick replies, with a body per language where wanted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=14, scale=2)


def _version() -> sa.Column:
    return sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_size")),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_order.id"], name=op.f("fk_attachment_work_order_id_work_order"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["file_sha256"], ["stored_file.sha256"], name=op.f("fk_attachment_file_sha256_stored_file")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_attachment_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_work_order_id_id", "attachment", ["work_order_id", "id"], unique=False)
    op.create_index(op.f("ix_attachment_file_sha256"), "attachment", ["file_sha256"], unique=False)
    op.create_table(
        "rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("hourly_amount", MONEY, nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _version(),
        sa.CheckConstraint("hourly_amount >= 0", name=op.f("ck_rate_hourly_amount")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate")),
        sa.UniqueConstraint("name", name=op.f("uq_rate_name")),
    )
    op.create_table(
        "time_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("technician_id", sa.Integer(), nullable=True),
        sa.Column("rate_id", sa.Integer(), nullable=True),
        sa.Column("hourly_amount", MONEY, nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _version(),
        sa.CheckConstraint("ended_at > started_at", name=op.f("ck_time_entry_ends_after_start")),
        sa.CheckConstraint("hourly_amount >= 0", name=op.f("ck_time_entry_hourly_amount")),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_order.id"], name=op.f("fk_time_entry_work_order_id_work_order"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["technician_id"], ["app_user.id"], name=op.f("fk_time_entry_technician_id_app_user")),
        sa.ForeignKeyConstraint(["rate_id"], ["rate.id"], name=op.f("fk_time_entry_rate_id_rate")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_time_entry_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_entry")),
    )
    op.create_index(
        "ix_time_entry_work_order_id_started_at", "time_entry", ["work_order_id", "started_at"], unique=False
    )
    op.create_index(op.f("ix_time_entry_technician_id"), "time_entry", ["technician_id"], unique=False)
    op.create_table(
        "running_timer",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_running_timer_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_running_timer_work_order_id_work_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_running_timer")),
    )
    op.create_index(op.f("ix_running_timer_work_order_id"), "running_timer", ["work_order_id"], unique=False)
    op.create_table(
        "reply_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _version(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_template")),
        sa.UniqueConstraint("title", name=op.f("uq_reply_template_title")),
    )
    op.create_table(
        "reply_template_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["reply_template.id"],
            name=op.f("fk_reply_template_body_template_id_reply_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_template_body")),
        sa.UniqueConstraint("template_id", "language", name=op.f("uq_reply_template_body_template_id_language")),
    )


def downgrade() -> None:
    op.drop_table("reply_template_body")
    op.drop_table("reply_template")
    op.drop_index(op.f("ix_running_timer_work_order_id"), table_name="running_timer")
    op.drop_table("running_timer")
    op.drop_index(op.f("ix_time_entry_technician_id"), table_name="time_entry")
    op.drop_index("ix_time_entry_work_order_id_started_at", table_name="time_entry")
    op.drop_table("time_entry")
    op.drop_table("rate")
    op.drop_index(op.f("ix_attachment_file_sha256"), table_name="attachment")
    op.drop_index("ix_attachment_work_order_id_id", table_name="attachment")
    op.drop_table("attachment")
