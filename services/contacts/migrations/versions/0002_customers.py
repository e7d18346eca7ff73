"""Customers.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    op.create_table(
        "customers",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("company", sa.Text),
        sa.Column("email", CITEXT),
        sa.Column("phone", sa.Text),
        sa.Column("phone_raw", sa.Text),
        sa.Column("language", sa.Text, nullable=False, server_default="fr"),
        sa.Column("marketing_opt_out", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("status", sa.Text, nullable=False, server_default="lead"),
        sa.Column("tags", ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("notes", sa.Text),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("created_by", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_by", sa.Text),
        sa.Column("deleted_at", sa.DateTime(timezone=True)),
    )
    op.create_index(
        "customers_facility_email_key",
        "customers",
        ["facility_id", "email"],
        unique=True,
        postgresql_where=sa.text("email IS NOT NULL AND deleted_at IS NULL"),
    )
    op.create_index("customers_facility_created", "customers", ["facility_id", "created_at", "id"])


def downgrade() -> None:
    op.drop_table("customers")
