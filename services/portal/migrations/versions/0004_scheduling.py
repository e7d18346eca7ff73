"""Scheduling in the read model: an appointment's kind, detailed status and notes; facility events.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("appointments", sa.Column("kind", sa.Text, nullable=False, server_default="other"))
    op.add_column("appointments", sa.Column("state", sa.Text))
    op.add_column("appointments", sa.Column("notes", sa.Text))
    op.create_table(
        "facility_events",
        sa.Column("facility_event_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("facility_events")
    for name in ("notes", "state", "kind"):
        op.drop_column("appointments", name)
