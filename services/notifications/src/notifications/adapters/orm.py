"""Notifications tables (the outbox and inbox come from shared)."""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, JSONB

metadata = MetaData()

# What notifications knows of each customer, fed by customer events.
recipients = Table(
    "recipients",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False, index=True),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("email", Text),
    Column("phone", Text),  # for a channel other than email (none yet)
    Column("language", Text, nullable=False, server_default="fr"),
    Column("marketing_opt_out", Boolean, nullable=False, server_default=text("false")),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("status", Text, nullable=False, server_default="lead"),
    Column("stage", Text),
    Column("tags", ARRAY(Text), nullable=False, server_default="{}"),
    Column("customer_types", ARRAY(Text), nullable=False, server_default="{}"),
)

# People on a customer's account with their own message preferences.
people = Table(
    "people",
    metadata,
    Column("person_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("email", Text),
    Column("phone", Text),
    Column("role", Text),
    Column("preferences", ARRAY(Text), nullable=False, server_default="{}"),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False, server_default="0"),
)

# Addresses the mail provider reported as bounced or complained about.
undeliverable = Table(
    "undeliverable",
    metadata,
    Column("email", CITEXT, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

facility_profiles = Table(
    "facility_profiles",
    metadata,
    Column("facility_id", Uuid, primary_key=True),
    Column("name", Text, nullable=False),
    Column("reply_to", Text),
)

# Every email: what, to whom, in which language, and what became of it.
emails = Table(
    "emails",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("idempotency_key", Text, nullable=False, unique=True),
    Column("customer_id", Uuid),
    Column("person_id", Uuid),
    Column("broadcast_id", Uuid),
    Column("to_email", Text),
    Column("to_name", Text),
    Column("template", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("category", Text, nullable=False),  # transactional | marketing
    Column("context", JSONB, nullable=False, server_default="{}"),
    Column("status", Text, nullable=False),  # queued | sent | failed | bounced | skipped
    Column("reason", Text),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("message_id", Text),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("sent_at", DateTime(timezone=True)),
    Index("emails_queue", "next_attempt_at", postgresql_where=text("status = 'queued'")),
    Index("emails_customer", "customer_id", "created_at"),
    Index("emails_broadcast", "broadcast_id", "status"),
)

broadcasts = Table(
    "broadcasts",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("audience", JSONB, nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("english", JSONB),  # {"subject", "body"} for English recipients; None: French for everyone
    Column("status", Text, nullable=False),  # sending | completed
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("completed_at", DateTime(timezone=True)),
    UniqueConstraint("id", "facility_id"),
)
