"""The facility's profile: name, language, time zone, and the currency billing announces.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facility_settings", sa.Column("name", sa.Text))
    op.add_column("facility_settings", sa.Column("language", sa.Text, nullable=False, server_default="fr"))
    op.add_column("facility_settings", sa.Column("time_zone", sa.Text, nullable=False, server_default="Europe/Paris"))
    op.add_column("facility_settings", sa.Column("currency", sa.Text, nullable=False, server_default="EUR"))


def downgrade() -> None:
    for column in ("currency", "time_zone", "language", "name"):
        op.drop_column("facility_settings", column)
