"""Notifications tables (the outbox and inbox come from shared)."""

from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, Table, Text, Uuid, func, text

metadata = MetaData()

recipients = Table(
    "recipients",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False, index=True),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("email", Text),
    Column("language", Text, nullable=False, server_default="fr"),
    Column("marketing_opt_out", Boolean, nullable=False, server_default=text("false")),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
