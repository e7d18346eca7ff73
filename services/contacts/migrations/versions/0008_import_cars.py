"""Cars remember the import that linked them, so undoing a cars file removes its cars.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cars", sa.Column("import_job_id", sa.Uuid))
    op.create_index("cars_import_job", "cars", ["import_job_id"], postgresql_where=sa.text("import_job_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("cars_import_job", "cars")
    op.drop_column("cars", "import_job_id")
