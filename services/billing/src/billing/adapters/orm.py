"""billing tables as SQLAlchemy Core (constraints live in the migrations; the outbox and inbox come from shared)."""

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)

metadata = MetaData()


def _money(name: str) -> Column[int]:
    return Column(name, BigInteger, nullable=False, server_default="0")


def _created(name: str = "created_at") -> Column[object]:
    return Column(name, DateTime(timezone=True), nullable=False, server_default=text("now()"))


def _customer() -> Column[object]:
    return Column("customer_id", Uuid, ForeignKey("accounts.customer_id"), nullable=False)


settings = Table(
    "billing_settings",
    metadata,
    Column("facility_id", Uuid, primary_key=True),
    Column("currency", String(3), nullable=False, server_default="EUR"),
    Column("tax_rate_bp", Integer, nullable=False, server_default="0"),
    Column("payment_terms_days", Integer, nullable=False, server_default="14"),
    Column("next_invoice_no", BigInteger, nullable=False, server_default="1"),
    Column("time_zone", Text, nullable=False, server_default="Europe/Paris"),
)

accounts = Table(
    "accounts",
    metadata,
    Column("customer_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("name", Text, nullable=False, server_default=""),
    Column("email", Text),
    Column("deleted", Boolean, nullable=False, server_default="false"),
    Column("autopay", Boolean, nullable=False, server_default="false"),
    Column("provider_customer_ref", Text),
    Column("revision", BigInteger, nullable=False, server_default="0"),
    Column("customer_version", BigInteger, nullable=False, server_default="0"),
)

# The facility of each car contacts announced: a car never changes facility, so nothing else is kept.
cars = Table(
    "cars",
    metadata,
    Column("car_id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
)

rentals = Table(
    "rentals",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    _customer(),
    Column("car_id", Uuid),
    Column("space", Text, nullable=False),
    Column("price_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("period", Text, nullable=False, server_default="month"),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date),
    Column("notice_given_on", Date),
    Column("status", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    _created(),
    Column("version", Integer, nullable=False, server_default="1"),
)

invoices = Table(
    "invoices",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    _customer(),
    Column("rental_id", Uuid, ForeignKey("rentals.id")),
    Column("number", Text),
    Column("status", Text, nullable=False),
    Column("currency", String(3), nullable=False),
    _money("subtotal_minor"),
    _money("tax_minor"),
    _money("total_minor"),
    _money("amount_paid_minor"),
    Column("tax_rate_bp", Integer, nullable=False, server_default="0"),
    Column("issued_on", Date),
    Column("due_on", Date),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("overdue_at", DateTime(timezone=True)),
    Column("autopay_state", Text),
    Column("revision", Integer, nullable=False, server_default="1"),
    _created(),
    UniqueConstraint("facility_id", "number", name="invoice_number_unique"),
)

invoice_lines = Table(
    "invoice_lines",
    metadata,
    Column("invoice_id", Uuid, ForeignKey("invoices.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_amount_minor", BigInteger, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
)

payment_methods = Table(
    "payment_methods",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    _customer(),
    Column("provider", Text, nullable=False),
    Column("provider_ref", Text, nullable=False),
    Column("brand", Text, nullable=False),
    Column("last4", String(4), nullable=False),
    Column("exp_month", Integer, nullable=False),
    Column("exp_year", Integer, nullable=False),
    Column("is_default", Boolean, nullable=False, server_default="false"),
    Column("removed", Boolean, nullable=False, server_default="false"),
    Column("revision", Integer, nullable=False, server_default="1"),
    _created(),
    UniqueConstraint("provider", "provider_ref", name="payment_method_ref_unique"),
)

payments = Table(
    "payments",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    _customer(),
    Column("invoice_id", Uuid, ForeignKey("invoices.id")),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("method", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("provider_ref", Text, unique=True),
    Column("reference", Text),
    Column("failure_reason", Text),
    _money("applied_minor"),
    _money("refunded_minor"),
    Column("received_on", Date, nullable=False),
    Column("recorded_by", Text, nullable=False),
    _created(),
)

allocations = Table(
    "allocations",
    metadata,
    Column("payment_id", Uuid, ForeignKey("payments.id"), primary_key=True),
    Column("invoice_id", Uuid, ForeignKey("invoices.id"), primary_key=True),
    Column("amount_minor", BigInteger, nullable=False),
)

refunds = Table(
    "refunds",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("payment_id", Uuid, ForeignKey("payments.id"), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("provider_ref", Text, unique=True),
    Column("reason", Text),
    _created(),
)

disputes = Table(
    "disputes",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("customer_id", Uuid, nullable=False),
    Column("payment_id", Uuid, ForeignKey("payments.id"), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("provider_ref", Text, nullable=False, unique=True),
    Column("status", Text, nullable=False, server_default="open"),
    _created("opened_at"),
    Column("closed_at", DateTime(timezone=True)),
)

provider_events = Table(
    "provider_events",
    metadata,
    Column("provider", Text, primary_key=True),
    Column("event_id", Text, primary_key=True),
    Column("type", Text, nullable=False),
    _created("received_at"),
)

products = Table(
    "products",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("price_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("kind", Text, nullable=False, server_default="product"),
    Column("active", Boolean, nullable=False, server_default="true"),
    Column("version", Integer, nullable=False, server_default="1"),
    _created(),
    _created("updated_at"),
)

# A customer's order from the portal; its id is the one the portal gave it, so a redelivery finds it.
orders = Table(
    "orders",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("facility_id", Uuid, nullable=False),
    _customer(),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("product_name", Text, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_minor", BigInteger, nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("state", Text, nullable=False),
    Column("invoice_id", Uuid, ForeignKey("invoices.id")),
    Column("pay_now", Boolean, nullable=False, server_default="false"),
    Column("version", Integer, nullable=False, server_default="1"),
    _created(),
    _created("updated_at"),
)
