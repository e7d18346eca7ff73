"""Phone numbers of customers and people, from contacts' events, for channels other than email.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("recipients", "people")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("phone", sa.Text))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "phone")
