"""Import jobs, rejected rows, applied chunks, the view of known emails.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import CITEXT, JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    ts = sa.DateTime(timezone=True)
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("encoding", sa.Text, nullable=False),
        sa.Column("delimiter", sa.Text, nullable=False),
        sa.Column("headers", JSONB, nullable=False),
        sa.Column("mapping", JSONB, nullable=False),
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("mode", sa.Text, nullable=False, server_default="create"),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("validation_no", sa.Integer, nullable=False, server_default="0"),
        sa.Column("total_rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("valid_rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rejected_rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("summary", JSONB, nullable=False, server_default="{}"),
        sa.Column("chunk_size", sa.Integer, nullable=False),
        sa.Column("chunks_sent", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rows_sent", sa.Integer, nullable=False, server_default="0"),
        sa.Column("chunks_total", sa.Integer),
        sa.Column("chunks_applied", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("skipped", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("error", sa.Text),
        sa.Column("lease_owner", sa.Text),
        sa.Column("lease_until", ts),
        sa.Column("confirmed_at", ts),
        sa.Column("last_applied_at", ts),
        sa.Column("finished_at", ts),
        sa.Column("undo_status", sa.Text),
        sa.Column("undo_result", JSONB),
        sa.Column("created_at", ts, nullable=False, server_default=sa.func.now()),
    )
    op.create_index(
        "import_jobs_same_file",
        "import_jobs",
        ["facility_id", "sha256"],
        unique=True,
        postgresql_where=sa.text("status NOT IN ('cancelled', 'failed')"),
    )
    op.create_index("import_jobs_facility", "import_jobs", ["facility_id", "created_at"])
    op.create_table(
        "import_row_errors",
        sa.Column("job_id", sa.Uuid, nullable=False),
        sa.Column("row_no", sa.Integer, nullable=False),
        sa.Column("stage", sa.Text, nullable=False),
        sa.Column("problems", JSONB, nullable=False),
        sa.PrimaryKeyConstraint("job_id", "row_no"),
    )
    op.create_table(
        "import_chunks",
        sa.Column("job_id", sa.Uuid, nullable=False),
        sa.Column("chunk_no", sa.Integer, nullable=False),
        sa.Column("created", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("applied_at", ts, nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("job_id", "chunk_no"),
    )
    op.create_table(
        "known_emails",
        sa.Column("customer_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("email", CITEXT),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("known_emails_facility_email", "known_emails", ["facility_id", "email"])


def downgrade() -> None:
    for table in ("known_emails", "import_chunks", "import_row_errors", "import_jobs"):
        op.drop_table(table)
