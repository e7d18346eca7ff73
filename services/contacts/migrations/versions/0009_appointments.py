"""Scheduling: appointments of customers and facility events (ADR 0010).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("customers.id", ondelete="CASCADE")),
        sa.Column("car_id", sa.Uuid, sa.ForeignKey("cars.id", ondelete="SET NULL")),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("notes", sa.Text),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("request_id", sa.Uuid, unique=True),
        sa.Column("reminded_for", sa.DateTime(timezone=True)),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("(kind = 'event') = (customer_id IS NULL)", name="appointments_event_has_no_customer"),
    )
    op.create_index("appointments_facility_start", "appointments", ["facility_id", "starts_at"])
    op.create_index("appointments_customer_start", "appointments", ["customer_id", "starts_at"])


def downgrade() -> None:
    op.drop_table("appointments")
