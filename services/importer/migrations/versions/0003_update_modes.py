"""Blank cells clearing values is a choice of the job; the view of known customers keeps what the preview compares.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("import_jobs", sa.Column("blank_clears", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("import_jobs", sa.Column("header_row", sa.Integer))
    op.add_column("known_emails", sa.Column("snapshot", JSONB))


def downgrade() -> None:
    op.drop_column("known_emails", "snapshot")
    op.drop_column("import_jobs", "header_row")
    op.drop_column("import_jobs", "blank_clears")
