"""People on an account, and the billing facts behind status and the delete guard.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column(
            "customer_id", sa.Uuid, sa.ForeignKey("customers.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("email", CITEXT),
        sa.Column("phone", sa.Text),
        sa.Column("role", sa.Text, nullable=False, server_default="other"),
        sa.Column("role_description", sa.Text),
        sa.Column("is_primary", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("portal_access", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("preferences", ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("invited_at", sa.DateTime(timezone=True)),
        sa.Column("signed_in_at", sa.DateTime(timezone=True)),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint(
            "role IN ('spouse', 'assistant', 'bookkeeper', 'vehicle_manager', 'other')", name="people_role"
        ),
        sa.CheckConstraint("role <> 'other' OR role_description IS NOT NULL", name="people_other_described"),
        sa.CheckConstraint("NOT portal_access OR email IS NOT NULL", name="people_portal_needs_email"),
    )
    op.create_index(
        "people_one_primary", "people", ["customer_id"], unique=True, postgresql_where=sa.text("is_primary")
    )
    op.create_table(
        "billing_facts",
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("ref_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("open", sa.Boolean, nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("billing_facts")
    op.drop_table("people")
