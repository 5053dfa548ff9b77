"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("reference", name=op.f("uq_client_reference")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_name"), ["name"], unique=False)

    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("name", name=op.f("uq_role_name")),
    )
    op.create_table(
        "building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address_line", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name=op.f("ck_building_dates")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_building_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building")),
    )
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_building_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_building_name"), ["name"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("receives_ppm_emails", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_contact_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_client_id"), ["client_id"], unique=False)

    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("fy_start_month", sa.Integer(), nullable=False),
        sa.Column("fy_start_day", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_contract_dates")),
        sa.CheckConstraint("fy_start_day BETWEEN 1 AND 31", name=op.f("ck_contract_fy_day")),
        sa.CheckConstraint("fy_start_month BETWEEN 1 AND 12", name=op.f("ck_contract_fy_month")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_contract_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("reference", name=op.f("uq_contract_reference")),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_client_id"), ["client_id"], unique=False)

    op.create_table(
        "role_permission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column(
            "permission",
            sa.Enum(
                "cancel_ppm",
                "bulk_close_ppm",
                "edit_contract",
                "delete_work_order",
                "admin",
                name="permission",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_role_permission_role_id_role"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_permission")),
        sa.UniqueConstraint("role_id", "permission", name=op.f("uq_role_permission_role_id_permission")),
    )
    op.create_table(
        "saved_filter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_saved_filter_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filter")),
        sa.UniqueConstraint("user_id", "name", name=op.f("uq_saved_filter_user_id_name")),
    )
    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], name=op.f("fk_user_role_role_id_role"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "role_id", name=op.f("pk_user_role")),
    )
    op.create_table(
        "ppm_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column(
            "frequency",
            sa.Enum(
                "weekly",
                "fortnightly",
                "monthly",
                "bimonthly",
                "quarterly",
                "four_monthly",
                "half_yearly",
                "yearly",
                "two_yearly",
                "three_yearly",
                "five_yearly",
                "seasonal",
                name="frequency",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("seasonal_months", sa.String(length=40), nullable=True),
        sa.Column("certificate_based", sa.Boolean(), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column(
            "default_visit_frequency",
            sa.Enum(
                "weekly",
                "fortnightly",
                "monthly",
                "bimonthly",
                "quarterly",
                "four_monthly",
                "half_yearly",
                "yearly",
                "two_yearly",
                "three_yearly",
                "five_yearly",
                "seasonal",
                name="default_visit_frequency",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "default_invoice_frequency",
            sa.Enum(
                "weekly",
                "fortnightly",
                "monthly",
                "bimonthly",
                "quarterly",
                "four_monthly",
                "half_yearly",
                "yearly",
                "two_yearly",
                "three_yearly",
                "five_yearly",
                "seasonal",
                name="default_invoice_frequency",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("default_invoice_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("exclude_dynamic_dates_default", sa.Boolean(), nullable=False),
        sa.Column("auto_close_days", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("auto_close_days IS NULL OR auto_close_days >= 0", name=op.f("ck_ppm_job_auto_close_days")),
        sa.CheckConstraint("default_invoice_amount >= 0", name=op.f("ck_ppm_job_amount")),
        sa.CheckConstraint("lead_days >= 0", name=op.f("ck_ppm_job_lead_days")),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"], name=op.f("fk_ppm_job_contract_id_contract")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ppm_job")),
    )
    with op.batch_alter_table("ppm_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ppm_job_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "job_building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ppm_job_id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column(
            "visit_frequency",
            sa.Enum(
                "weekly",
                "fortnightly",
                "monthly",
                "bimonthly",
                "quarterly",
                "four_monthly",
                "half_yearly",
                "yearly",
                "two_yearly",
                "three_yearly",
                "five_yearly",
                "seasonal",
                name="visit_frequency",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "invoice_frequency",
            sa.Enum(
                "weekly",
                "fortnightly",
                "monthly",
                "bimonthly",
                "quarterly",
                "four_monthly",
                "half_yearly",
                "yearly",
                "two_yearly",
                "three_yearly",
                "five_yearly",
                "seasonal",
                name="invoice_frequency",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("invoice_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("partial_periods", sa.Boolean(), nullable=False),
        sa.Column("exclude_dynamic_dates", sa.Boolean(), nullable=False),
        sa.Column("next_visit_required_by", sa.Date(), nullable=True),
        sa.Column("instructions", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("invoice_amount >= 0", name=op.f("ck_job_building_amount")),
        sa.ForeignKeyConstraint(["building_id"], ["building.id"], name=op.f("fk_job_building_building_id_building")),
        sa.ForeignKeyConstraint(["ppm_job_id"], ["ppm_job.id"], name=op.f("fk_job_building_ppm_job_id_ppm_job")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_building")),
        sa.UniqueConstraint("ppm_job_id", "building_id", name=op.f("uq_job_building_ppm_job_id_building_id")),
    )
    with op.batch_alter_table("job_building", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_building_building_id"), ["building_id"], unique=False)

    op.create_table(
        "financial_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_building_id", sa.Integer(), nullable=False),
        sa.Column("financial_start", sa.Date(), nullable=False),
        sa.Column("financial_end", sa.Date(), nullable=False),
        sa.Column("visit_start", sa.Date(), nullable=True),
        sa.Column("visit_end", sa.Date(), nullable=True),
        sa.Column("visit_set_manually", sa.Boolean(), nullable=False),
        sa.Column("invoiced", sa.Boolean(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("certificate_required", sa.Boolean(), nullable=False),
        sa.Column("partial", sa.Boolean(), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("auto_generation_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(visit_start IS NULL AND visit_end IS NULL) OR (visit_start IS NOT NULL AND visit_end IS NOT NULL)",
            name=op.f("ck_financial_period_visit_both_or_none"),
        ),
        sa.CheckConstraint("financial_end >= financial_start", name=op.f("ck_financial_period_financial_dates")),
        sa.ForeignKeyConstraint(
            ["job_building_id"],
            ["job_building.id"],
            name=op.f("fk_financial_period_job_building_id_job_building"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financial_period")),
        sa.UniqueConstraint(
            "job_building_id", "financial_start", name=op.f("uq_financial_period_job_building_id_financial_start")
        ),
    )
    with op.batch_alter_table("financial_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_financial_period_auto_generation_date"), ["auto_generation_date"], unique=False
        )

    op.create_table(
        "work_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "reactive",
                "quote",
                "ppm",
                "audit",
                "purchase",
                name="type",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "needs_clarification",
                "in_progress",
                "on_hold",
                "awaiting_verification",
                "completed",
                "closed",
                "cancelled",
                "rejected",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "previous_status",
            sa.Enum(
                "new",
                "needs_clarification",
                "in_progress",
                "on_hold",
                "awaiting_verification",
                "completed",
                "closed",
                "cancelled",
                "rejected",
                name="previous_status",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=True,
        ),
        sa.Column("priority", sa.SmallInteger(), nullable=False),
        sa.Column("impact", sa.String(length=60), nullable=True),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("job_building_id", sa.Integer(), nullable=True),
        sa.Column("financial_period_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("financial_end_date", sa.Date(), nullable=True),
        sa.Column("balance", sa.Numeric(precision=14, scale=2), server_default=sa.text("0"), nullable=False),
        sa.Column("fixed_cost", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("invoice_only", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("client_reference", sa.String(length=80), nullable=True),
        sa.Column("ppm_cancel_final", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "type <> 'ppm' OR (job_building_id IS NOT NULL AND financial_period_id IS NOT NULL)",
            name=op.f("ck_work_order_ppm_has_period"),
        ),
        sa.CheckConstraint(
            "type = 'ppm' OR (job_building_id IS NULL AND financial_period_id IS NULL)",
            name=op.f("ck_work_order_period_only_for_ppm"),
        ),
        sa.CheckConstraint("number > 0", name=op.f("ck_work_order_number_positive")),
        sa.CheckConstraint("priority BETWEEN 1 AND 4", name=op.f("ck_work_order_priority")),
        sa.ForeignKeyConstraint(["assignee_id"], ["app_user.id"], name=op.f("fk_work_order_assignee_id_app_user")),
        sa.ForeignKeyConstraint(["building_id"], ["building.id"], name=op.f("fk_work_order_building_id_building")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_work_order_client_id_client")),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], name=op.f("fk_work_order_contact_id_contact")),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"], name=op.f("fk_work_order_contract_id_contract")),
        sa.ForeignKeyConstraint(
            ["financial_period_id"],
            ["financial_period.id"],
            name=op.f("fk_work_order_financial_period_id_financial_period"),
        ),
        sa.ForeignKeyConstraint(
            ["job_building_id"], ["job_building.id"], name=op.f("fk_work_order_job_building_id_job_building")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order")),
        sa.UniqueConstraint(
            "job_building_id", "financial_period_id", name=op.f("uq_work_order_job_building_id_financial_period_id")
        ),
        sa.UniqueConstraint("number", name=op.f("uq_work_order_number")),
    )
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.create_index("ix_work_order_assignee_id_number", ["assignee_id", "number"], unique=False)
        batch_op.create_index("ix_work_order_building_id_number", ["building_id", "number"], unique=False)
        batch_op.create_index("ix_work_order_client_id_number", ["client_id", "number"], unique=False)
        batch_op.create_index(batch_op.f("ix_work_order_contract_id"), ["contract_id"], unique=False)
        batch_op.create_index("ix_work_order_created_at_number", ["created_at", "number"], unique=False)
        batch_op.create_index("ix_work_order_due_date_number", ["due_date", "number"], unique=False)
        batch_op.create_index("ix_work_order_priority_number", ["priority", "number"], unique=False)
        batch_op.create_index("ix_work_order_status_number", ["status", "number"], unique=False)
        batch_op.create_index("ix_work_order_title_number", ["title", "number"], unique=False)
        batch_op.create_index("ix_work_order_type_number", ["type", "number"], unique=False)

    op.create_table(
        "activity_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "status",
                "field",
                "comment",
                "email",
                "attachment",
                "time_entry",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_activity_entry_user_id_app_user")),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_activity_entry_work_order_id_work_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_entry")),
    )
    with op.batch_alter_table("activity_entry", schema=None) as batch_op:
        batch_op.create_index("ix_activity_entry_work_order_id_id", ["work_order_id", "id"], unique=False)

    op.create_table(
        "email_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("work_order_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_email_outbox_attempts")),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_order.id"],
            name=op.f("fk_email_outbox_work_order_id_work_order"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_outbox")),
    )
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_email_outbox_pending", ["sent_at", "next_attempt_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_email_outbox_pending")

    op.drop_table("email_outbox")
    with op.batch_alter_table("activity_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_entry_work_order_id_id")

    op.drop_table("activity_entry")
    with op.batch_alter_table("work_order", schema=None) as batch_op:
        batch_op.drop_index("ix_work_order_type_number")
        batch_op.drop_index("ix_work_order_title_number")
        batch_op.drop_index("ix_work_order_status_number")
        batch_op.drop_index("ix_work_order_priority_number")
        batch_op.drop_index("ix_work_order_due_date_number")
        batch_op.drop_index("ix_work_order_created_at_number")
        batch_op.drop_index(batch_op.f("ix_work_order_contract_id"))
        batch_op.drop_index("ix_work_order_client_id_number")
        batch_op.drop_index("ix_work_order_building_id_number")
        batch_op.drop_index("ix_work_order_assignee_id_number")

    op.drop_table("work_order")
    with op.batch_alter_table("financial_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_financial_period_auto_generation_date"))

    op.drop_table("financial_period")
    with op.batch_alter_table("job_building", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_building_building_id"))

    op.drop_table("job_building")
    with op.batch_alter_table("ppm_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ppm_job_contract_id"))

    op.drop_table("ppm_job")
    op.drop_table("user_role")
    op.drop_table("saved_filter")
    op.drop_table("role_permission")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_client_id"))

    op.drop_table("contract")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_client_id"))

    op.drop_table("contact")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_building_name"))
        batch_op.drop_index(batch_op.f("ix_building_client_id"))

    op.drop_table("building")
    op.drop_table("role")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_name"))

    op.drop_table("client")
    op.drop_table("app_user")
