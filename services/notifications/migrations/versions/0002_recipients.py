"""Recipients view.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
from notifications.adapters.orm import recipients

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    recipients.create(op.get_bind())


def downgrade() -> None:
    recipients.drop(op.get_bind())
