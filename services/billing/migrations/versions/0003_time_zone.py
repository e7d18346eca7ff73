"""Billing settings get the facility's time zone: the billing day started over HTTP is today there.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("billing_settings", sa.Column("time_zone", sa.Text, nullable=False, server_default="Europe/Paris"))


def downgrade() -> None:
    op.drop_column("billing_settings", "time_zone")
