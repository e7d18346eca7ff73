"""Outbox and inbox tables, identical in every service's database."""

import zlib

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Identity,
    Index,
    LargeBinary,
    MetaData,
    SmallInteger,
    Table,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB

OUTBOX_CHANNEL = "outbox"
# Rows are spread over shards by key; a relay owns a shard while it publishes it, which keeps
# per-key order even when several relay processes run.
OUTBOX_SHARDS = 16
# Marks an outbox row that holds many events of one topic and shard, one per line (see relay.messages).
BATCH_HEADER = "x-outbox-batch"
# Its value for rows whose lines each carry their own headers (shared.db.batch_rows), not the row's.
HEADER_LINES = "header-lines"
# The headers of every event's message, in this order (shared.db.outbox_row; shared.messaging.sql_envelope
# builds the same ones in SQL): each is the envelope field of that name as text, but `content-type`.
HEADER_FIELDS = ("type", "version", "event_id", "correlation_id", "content-type")
CONTENT_TYPE = "application/json"

metadata = MetaData()

outbox = Table(
    "outbox",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("event_id", Uuid, nullable=False, unique=True),
    Column("topic", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("shard", SmallInteger, nullable=False),
    Column("value", LargeBinary, nullable=False),
    Column("headers", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("outbox_shard_id", "shard", "id"),
)

inbox = Table(
    "inbox",
    metadata,
    Column("consumer", Text, primary_key=True),
    Column("event_id", Uuid, primary_key=True),
    Column("processed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

NOTIFY_DDL = [
    f"""
    CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('{OUTBOX_CHANNEL}', ''); RETURN NULL; END $$
    """,
    "DROP TRIGGER IF EXISTS outbox_notify ON outbox",
    "CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()",
]


def shard_of(key: str) -> int:
    """The shard a key belongs to; stable across processes and versions."""
    return zlib.crc32(key.encode()) % OUTBOX_SHARDS


def create_messaging_tables(op: object) -> None:
    """Alembic helper: create the outbox, inbox and the NOTIFY trigger in a migration."""
    bind = op.get_bind()  # type: ignore[attr-defined]
    metadata.create_all(bind=bind)
    for statement in NOTIFY_DDL:
        op.execute(statement)  # type: ignore[attr-defined]


def drop_messaging_tables(op: object) -> None:
    """Alembic helper: the downgrade of create_messaging_tables."""
    op.execute("DROP TRIGGER IF EXISTS outbox_notify ON outbox")  # type: ignore[attr-defined]
    op.execute("DROP FUNCTION IF EXISTS outbox_notify()")  # type: ignore[attr-defined]
    metadata.drop_all(bind=op.get_bind())  # type: ignore[attr-defined]
