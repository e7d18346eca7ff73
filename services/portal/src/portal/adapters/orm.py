"""portal tables (the outbox and inbox come from shared)."""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT

metadata = MetaData()


def _now() -> "Column[object]":
    return Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now())


# One sign-in identity (an email) for a customer or one person of that customer; subject_id is whichever.
accounts = Table(
    "accounts",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("subject_id", Uuid, nullable=False, unique=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("person_id", Uuid),
    Column("email", CITEXT, nullable=False, index=True),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False, server_default=""),
    Column("language", Text, nullable=False, server_default="fr"),
    Column("active", Boolean, nullable=False, server_default=text("true")),
    Column("last_signed_in_at", DateTime(timezone=True)),
    _now(),
)

# Links are stored only as SHA-256 of the token; kind is invite | resend | signin | email.
signin_tokens = Table(
    "signin_tokens",
    metadata,
    Column("token_hash", LargeBinary, primary_key=True),
    Column("account_id", Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", Text, nullable=False),
    Column("new_email", CITEXT),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
    _now(),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id_hash", LargeBinary, primary_key=True),
    Column("account_id", Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("last_seen_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    _now(),
)

# Link requests per key (hashed email or client address), for the rate limit.
link_requests = Table(
    "link_requests",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("link_requests_key_at", "key", "at"),
)

profiles = Table(
    "profiles",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("company", Text),
    Column("email", Text),
    Column("phone", Text),
    Column("language", Text, nullable=False, server_default="fr"),
    Column("marketing_opt_out", Boolean, nullable=False, server_default=text("false")),
    Column("deleted", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
)

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
    Column("role", Text, nullable=False),
    Column("portal_access", Boolean, nullable=False),
    Column("removed", Boolean, nullable=False, server_default=text("false")),
    Column("version", Integer, nullable=False),
)

# Cars and documents carry no aggregate version: the event time orders them (`as_of`).
cars = Table(
    "cars",
    metadata,
    Column("car_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("make", Text, nullable=False),
    Column("model", Text, nullable=False),
    Column("year", Integer),
    Column("colour", Text),
    Column("plate", Text),
    Column("vin", Text),
    Column("removed", Boolean, nullable=False, server_default=text("false")),
    Column("as_of", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("document_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("filename", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("removed", Boolean, nullable=False, server_default=text("false")),
    Column("as_of", DateTime(timezone=True), nullable=False),
)

invoices = Table(
    "invoices",
    metadata,
    Column("invoice_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("number", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("amount_paid_minor", BigInteger, nullable=False),
    Column("amount_due_minor", BigInteger, nullable=False),
    Column("issued_on", Date),
    Column("due_on", Date, nullable=False),
    Column("revision", Integer, nullable=False),
)

balances = Table(
    "balances",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("currency", Text, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("open_invoices", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
)

payment_methods = Table(
    "payment_methods",
    metadata,
    Column("payment_method_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("brand", Text, nullable=False),
    Column("last4", Text, nullable=False),
    Column("exp_month", Integer, nullable=False),
    Column("exp_year", Integer, nullable=False),
    Column("is_default", Boolean, nullable=False),
    Column("removed", Boolean, nullable=False),
    Column("revision", Integer, nullable=False),
)

# Cards a customer submitted (only the provider's token went out, never a number) and what billing answered.
card_requests = Table(
    "card_requests",
    metadata,
    Column("request_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("person_id", Uuid),
    Column("status", Text, nullable=False),
    Column("reason", Text),
    _now(),
    Column("settled_at", DateTime(timezone=True)),
    Index("card_requests_customer", "customer_id", "created_at"),
)

appointments = Table(
    "appointments",
    metadata,
    Column("appointment_id", Uuid, primary_key=True),
    Column("customer_id", Uuid, nullable=False, index=True),
    Column("facility_id", Uuid, nullable=False),
    Column("car_id", Uuid),
    Column("title", Text, nullable=False),
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True)),
    Column("status", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    # From the optional fields scheduling added (ADR 0010): the detailed status, the kind and staff's notes.
    Column("kind", Text, nullable=False, server_default="other"),
    Column("state", Text),
    Column("notes", Text),
)

# Facility events, open to every customer of the facility (FacilityEventChanged).
facility_events = Table(
    "facility_events",
    metadata,
    Column("facility_event_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("notes", Text),
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True)),
    Column("status", Text, nullable=False),
    Column("revision", Integer, nullable=False),
)

facility_settings = Table(
    "facility_settings",
    metadata,
    Column("facility_id", Uuid, primary_key=True),
    Column("sections", ARRAY(Text), nullable=False),
    Column("onboarding_steps", ARRAY(Text), nullable=False),
    Column("updated_by", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

onboarding_progress = Table(
    "onboarding_progress",
    metadata,
    Column("account_id", Uuid, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("step", Text, primary_key=True),
    Column("done_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

pending_links = Table(
    "pending_links",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("email", CITEXT, nullable=False),
    Column("requested_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

# The facility's shop catalogue, from billing's product snapshots.
shop_products = Table(
    "shop_products",
    metadata,
    Column("product_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("price_minor", BigInteger, nullable=False),
    Column("currency", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("revision", Integer, nullable=False),
)

# A customer's orders: written as "requested" (revision 0) when placed here, then billing's states win.
shop_orders = Table(
    "shop_orders",
    metadata,
    Column("order_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("person_id", Uuid),
    Column("product_id", Uuid, nullable=False),
    Column("product_name", Text),
    Column("quantity", Integer, nullable=False),
    Column("pay_now", Boolean, nullable=False, server_default="false"),
    Column("state", Text, nullable=False),
    Column("total_minor", BigInteger),
    Column("currency", Text),
    Column("invoice_id", Uuid),
    Column("reason", Text),
    Column("revision", Integer, nullable=False),
    Column("placed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
