"""Audience fields, people, deliverability, facility profiles, the email log and broadcasts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RECIPIENT_COLUMNS = [
    sa.Column("status", sa.Text, nullable=False, server_default="lead"),
    sa.Column("stage", sa.Text),
    sa.Column("tags", ARRAY(sa.Text), nullable=False, server_default="{}"),
    sa.Column("customer_types", ARRAY(sa.Text), nullable=False, server_default="{}"),
]


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    for column in RECIPIENT_COLUMNS:
        op.add_column("recipients", column)
    op.create_table(
        "people",
        sa.Column("person_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("email", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("preferences", ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "undeliverable",
        sa.Column("email", CITEXT, primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "facility_profiles",
        sa.Column("facility_id", sa.Uuid, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("reply_to", sa.Text),
    )
    op.create_table(
        "emails",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("idempotency_key", sa.Text, nullable=False, unique=True),
        sa.Column("customer_id", sa.Uuid),
        sa.Column("person_id", sa.Uuid),
        sa.Column("broadcast_id", sa.Uuid),
        sa.Column("to_email", sa.Text),
        sa.Column("to_name", sa.Text),
        sa.Column("template", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("context", JSONB, nullable=False, server_default="{}"),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("message_id", sa.Text),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
    )
    op.create_index("emails_queue", "emails", ["next_attempt_at"], postgresql_where=sa.text("status = 'queued'"))
    op.create_index("emails_customer", "emails", ["customer_id", "created_at"])
    op.create_index("emails_broadcast", "emails", ["broadcast_id", "status"])
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("audience", JSONB, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("completed_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("id", "facility_id"),
    )


def downgrade() -> None:
    for table in ("broadcasts", "emails", "facility_profiles", "undeliverable", "people"):
        op.drop_table(table)
    for column in RECIPIENT_COLUMNS:
        op.drop_column("recipients", column.name)
