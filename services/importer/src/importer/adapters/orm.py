"""importer tables (the outbox and inbox come from shared)."""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import CITEXT, JSONB

metadata = MetaData()

jobs = Table(
    "import_jobs",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("filename", Text, nullable=False),
    Column("path", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),
    Column("encoding", Text, nullable=False),
    Column("delimiter", Text, nullable=False),
    Column("headers", JSONB, nullable=False),
    Column("mapping", JSONB, nullable=False),
    Column("country", Text, nullable=False),
    Column("mode", Text, nullable=False, server_default="create"),
    # In an update, a mapped column's blank cell clears the stored value (otherwise it keeps it).
    Column("blank_clears", Boolean, nullable=False, server_default=text("false")),
    # The file's row number of the header (rows above it are titles); None before it is detected.
    Column("header_row", Integer),
    # validating → ready → sending → completed; or cancelled / failed
    Column("status", Text, nullable=False),
    Column("validation_no", Integer, nullable=False, server_default="0"),
    Column("total_rows", Integer, nullable=False, server_default="0"),
    Column("valid_rows", Integer, nullable=False, server_default="0"),
    Column("rejected_rows", Integer, nullable=False, server_default="0"),
    Column("summary", JSONB, nullable=False, server_default="{}"),
    Column("chunk_size", Integer, nullable=False),
    Column("chunks_sent", Integer, nullable=False, server_default="0"),
    Column("rows_sent", Integer, nullable=False, server_default="0"),
    Column("chunks_total", Integer),
    Column("chunks_applied", Integer, nullable=False, server_default="0"),
    Column("created", Integer, nullable=False, server_default="0"),
    Column("updated", Integer, nullable=False, server_default="0"),
    Column("skipped", Integer, nullable=False, server_default="0"),
    Column("failed", Integer, nullable=False, server_default="0"),
    Column("error", Text),
    Column("lease_owner", Text),
    Column("lease_until", DateTime(timezone=True)),
    Column("confirmed_at", DateTime(timezone=True)),
    Column("last_applied_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    Column("undo_status", Text),
    Column("undo_result", JSONB),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    # The same file uploaded twice to a facility is the same job (unless that one was cancelled or undone).
    Index(
        "import_jobs_same_file",
        "facility_id",
        "sha256",
        unique=True,
        postgresql_where=text("status NOT IN ('cancelled', 'failed') AND undo_status IS NULL"),
    ),
    Index("import_jobs_facility", "facility_id", "created_at"),
)

row_errors = Table(
    "import_row_errors",
    metadata,
    Column("job_id", Uuid, nullable=False),
    Column("row_no", Integer, nullable=False),
    Column("stage", Text, nullable=False),  # validation | apply
    Column("problems", JSONB, nullable=False),
    PrimaryKeyConstraint("job_id", "row_no"),
)

chunks = Table(
    "import_chunks",
    metadata,
    Column("job_id", Uuid, nullable=False),
    Column("chunk_no", Integer, nullable=False),
    Column("created", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("job_id", "chunk_no"),
)

# The importer's own view of the facility's live customer emails, fed by customer events.
known_emails = Table(
    "known_emails",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("email", CITEXT),
    Column("version", Integer, nullable=False, server_default="0"),
    # The customer's fields as of that version (CustomerSnapshot), compared in the preview of an update.
    Column("snapshot", JSONB),
    Index("known_emails_facility_email", "facility_id", "email"),
)
