"""Contacts tables (the outbox and inbox come from shared)."""

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, JSONB

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
    # Added in 0003: the rest of the record.
    Column("phone_digits", Text),
    Column("address", JSONB),
    Column("birthday", Date),
    Column("photo_document_id", Uuid),
    Column("location_id", Uuid),
    Column("stage_id", Uuid),
    Column("source_id", Uuid),
    Column("source_detail", Text),
    Column("customer_type_ids", ARRAY(Uuid), nullable=False, server_default="{}"),
    Column("portal_access", Boolean, nullable=False, server_default=text("true")),
    Column("invited_at", DateTime(timezone=True)),
    Column("signed_in_at", DateTime(timezone=True)),
    # The last email sent to the customer or call/note staff logged (not a record change: no new version).
    Column("last_contacted_at", DateTime(timezone=True)),
    Column("status_locked", Boolean, nullable=False, server_default=text("false")),
    Column("anonymized_at", DateTime(timezone=True)),
    Column("merged_into", Uuid),
    # Added in 0005, unaccented in 0008: maintained by PostgreSQL for search-as-you-type.
    Column(
        "search_text",
        Text,
        Computed(
            "' ' || lower(crm_unaccent(first_name || ' ' || last_name || ' ' || coalesce(email::text, '') || ' '"
            " || coalesce(company, '')))",
            persisted=True,
        ),
    ),
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

# Settings -> CRM: ordered pipeline stages, sources and customer types, per facility.
crm_options = Table(
    "crm_options",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("kind", Text, nullable=False),  # stage | source | customer_type
    Column("name", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("crm_options_unique_name", "facility_id", "kind", func.lower(text("name")), unique=True),
)

# Activity timeline: every change with who, when and each field's old and new value, plus what
# other services report (emails, invites, sign-ins, rentals, invoices).
timeline = Table(
    "timeline",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("occurred_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("kind", Text, nullable=False),
    Column("actor", Text),
    Column("summary", Text, nullable=False),
    Column("data", JSONB, nullable=False, server_default="{}"),
    Column("source_event_id", Uuid, unique=True),
    Index("timeline_customer_time", "customer_id", "occurred_at", "id"),
)

# Additional contacts (people) on a customer's account.
people = Table(
    "people",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("email", CITEXT),
    Column("phone", Text),
    Column("role", Text, nullable=False, server_default="other"),
    Column("role_description", Text),
    Column("is_primary", Boolean, nullable=False, server_default=text("false")),
    Column("portal_access", Boolean, nullable=False, server_default=text("false")),
    Column("preferences", ARRAY(Text), nullable=False, server_default="{}"),
    Column("invited_at", DateTime(timezone=True)),
    Column("signed_in_at", DateTime(timezone=True)),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    CheckConstraint("role IN ('spouse', 'assistant', 'bookkeeper', 'vehicle_manager', 'other')", name="people_role"),
    CheckConstraint("role <> 'other' OR role_description IS NOT NULL", name="people_other_described"),
    CheckConstraint("NOT portal_access OR email IS NOT NULL", name="people_portal_needs_email"),
    Index("people_one_primary", "customer_id", unique=True, postgresql_where=text("is_primary")),
)

# What billing told us, per customer: open rentals, unpaid invoices, open disputes (status and delete guard).
billing_facts = Table(
    "billing_facts",
    metadata,
    Column("kind", Text, primary_key=True),  # rental | invoice | dispute
    Column("ref_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("open", Boolean, nullable=False),
    Column("label", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

facility_settings = Table(
    "facility_settings",
    metadata,
    Column("facility_id", Uuid, primary_key=True),
    Column("default_country", Text, nullable=False, server_default="FR"),
    Column("name", Text),
    Column("language", Text, nullable=False, server_default="fr"),
    Column("time_zone", Text, nullable=False, server_default="Europe/Paris"),
    # Billing owns the currency (fixed once it has invoiced); this copy comes from its events.
    Column("currency", Text, nullable=False, server_default="EUR"),
    # Every customer has an email (the portal and Stortech's rule need one); unique per facility either way.
    Column("email_required", Boolean, nullable=False, server_default=text("true")),
)

cars = Table(
    "cars",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, ForeignKey("customers.id", ondelete="SET NULL"), index=True),
    Column("make", Text, nullable=False),
    Column("model", Text, nullable=False),
    Column("year", Integer),
    Column("colour", Text),
    Column("plate", Text),
    Column("vin", Text),
    # The import that linked the car (undoing that import removes it).
    Column("import_job_id", Uuid),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("cars_facility_vin", "facility_id", "vin", unique=True, postgresql_where=text("vin IS NOT NULL")),
    Index("cars_import_job", "import_job_id", postgresql_where=text("import_job_id IS NOT NULL")),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("filename", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("storage_key", Text, nullable=False),
    Column("uploaded_by", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

# Scheduling (ADR 0010): a customer's appointments, and facility events (no customer, open to all).
appointments = Table(
    "appointments",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, ForeignKey("customers.id", ondelete="CASCADE")),
    Column("car_id", Uuid, ForeignKey("cars.id", ondelete="SET NULL")),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False, server_default=""),
    Column("notes", Text),
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True)),
    Column("status", Text, nullable=False),
    # The portal request it came from (a replayed request creates nothing twice).
    Column("request_id", Uuid, unique=True),
    # The start time the reminder was sent for (a new time gets its own reminder).
    Column("reminded_for", DateTime(timezone=True)),
    Column("revision", Integer, nullable=False, server_default="1"),
    Column("created_by", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    CheckConstraint("(kind = 'event') = (customer_id IS NULL)", name="appointments_event_has_no_customer"),
    Index("appointments_facility_start", "facility_id", "starts_at"),
    Index("appointments_customer_start", "customer_id", "starts_at"),
)
