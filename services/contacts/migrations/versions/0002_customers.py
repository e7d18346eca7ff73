"""Customers.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
from contacts.adapters.orm import customers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    customers.create(op.get_bind())


def downgrade() -> None:
    customers.drop(op.get_bind())
