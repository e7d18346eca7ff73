"""The English version of a broadcast's message (French stays in subject and body).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("broadcasts", sa.Column("english", JSONB))


def downgrade() -> None:
    op.drop_column("broadcasts", "english")
