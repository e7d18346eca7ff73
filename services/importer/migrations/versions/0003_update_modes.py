"""A job's choice of blank cells clearing values; known customers' fields for the preview; undone files re-import.

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
    # A file whose import was undone may be imported again: it is no longer "the same file as a job".
    op.drop_index("import_jobs_same_file", "import_jobs")
    op.create_index(
        "import_jobs_same_file",
        "import_jobs",
        ["facility_id", "sha256"],
        unique=True,
        postgresql_where=sa.text("status NOT IN ('cancelled', 'failed') AND undo_status IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("import_jobs_same_file", "import_jobs")
    op.create_index(
        "import_jobs_same_file",
        "import_jobs",
        ["facility_id", "sha256"],
        unique=True,
        postgresql_where=sa.text("status NOT IN ('cancelled', 'failed')"),
    )
    op.drop_column("known_emails", "snapshot")
    op.drop_column("import_jobs", "header_row")
    op.drop_column("import_jobs", "blank_clears")
