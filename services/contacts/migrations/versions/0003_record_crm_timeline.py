"""The rest of the customer record, CRM options and the activity timeline.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
    sa.Column("phone_digits", sa.Text),
    sa.Column("address", JSONB),
    sa.Column("birthday", sa.Date),
    sa.Column("photo_document_id", sa.Uuid),
    sa.Column("location_id", sa.Uuid),
    sa.Column("stage_id", sa.Uuid),
    sa.Column("source_id", sa.Uuid),
    sa.Column("source_detail", sa.Text),
    sa.Column("customer_type_ids", ARRAY(sa.Uuid), nullable=False, server_default="{}"),
    sa.Column("portal_access", sa.Boolean, nullable=False, server_default=sa.text("true")),
    sa.Column("invited_at", sa.DateTime(timezone=True)),
    sa.Column("signed_in_at", sa.DateTime(timezone=True)),
    sa.Column("status_locked", sa.Boolean, nullable=False, server_default=sa.text("false")),
    sa.Column("anonymized_at", sa.DateTime(timezone=True)),
    sa.Column("merged_into", sa.Uuid),
]


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("customers", column)
    op.create_table(
        "crm_options",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.execute("CREATE UNIQUE INDEX crm_options_unique_name ON crm_options (facility_id, kind, lower(name))")
    op.create_table(
        "timeline",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("actor", sa.Text),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("data", JSONB, nullable=False, server_default="{}"),
        sa.Column("source_event_id", sa.Uuid, unique=True),
    )
    op.create_index("timeline_customer_time", "timeline", ["customer_id", "occurred_at", "id"])


def downgrade() -> None:
    op.drop_table("timeline")
    op.drop_table("crm_options")
    for column in COLUMNS:
        op.drop_column("customers", column.name)
