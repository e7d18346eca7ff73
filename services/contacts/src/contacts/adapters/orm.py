"""Contacts tables (the outbox and inbox come from shared)."""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT

metadata = MetaData()

customers = Table(
    "customers",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("company", Text),
    Column("email", CITEXT),
    Column("phone", Text),
    Column("phone_raw", Text),
    Column("language", Text, nullable=False, server_default="fr"),
    Column("marketing_opt_out", Boolean, nullable=False, server_default=text("false")),
    Column("status", Text, nullable=False, server_default="lead"),
    Column("tags", ARRAY(Text), nullable=False, server_default="{}"),
    Column("notes", Text),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("created_by", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_by", Text),
    Column("deleted_at", DateTime(timezone=True)),
    Index(
        "customers_facility_email_key",
        "facility_id",
        "email",
        unique=True,
        postgresql_where=text("email IS NOT NULL AND deleted_at IS NULL"),
    ),
    Index("customers_facility_created", "facility_id", "created_at", "id"),
)
