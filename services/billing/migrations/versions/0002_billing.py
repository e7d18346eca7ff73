"""Billing: customers view, settings, rentals, invoices and lines, payments, refunds, disputes, cards.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NOW = sa.text("now()")


def _money(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger, nullable=False, server_default="0")


def upgrade() -> None:
    op.create_table(
        "billing_settings",
        sa.Column("facility_id", sa.Uuid, primary_key=True),
        sa.Column("currency", sa.String(3), nullable=False, server_default="EUR"),
        sa.Column("tax_rate_bp", sa.Integer, nullable=False, server_default="0"),
        sa.Column("payment_terms_days", sa.Integer, nullable=False, server_default="14"),
        sa.Column("next_invoice_no", sa.BigInteger, nullable=False, server_default="1"),
        sa.CheckConstraint("tax_rate_bp BETWEEN 0 AND 10000", name="tax_rate_range"),
    )
    op.create_table(
        "accounts",
        sa.Column("customer_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("email", sa.Text),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default="false"),
        sa.Column("autopay", sa.Boolean, nullable=False, server_default="false"),
        sa.Column("provider_customer_ref", sa.Text),
        sa.Column("revision", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("customer_version", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_index("accounts_facility", "accounts", ["facility_id"])
    op.create_table(
        "rentals",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("accounts.customer_id"), nullable=False),
        sa.Column("car_id", sa.Uuid),
        sa.Column("space", sa.Text, nullable=False),
        sa.Column("price_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("period", sa.Text, nullable=False, server_default="month"),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date),
        sa.Column("notice_given_on", sa.Date),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.CheckConstraint("price_minor >= 0", name="price_not_negative"),
        sa.CheckConstraint("status IN ('scheduled', 'active', 'ended')", name="rental_status"),
        sa.CheckConstraint("period IN ('month', 'week', 'year')", name="rental_period"),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="rental_dates"),
    )
    op.create_index("rentals_customer", "rentals", ["customer_id"])
    op.create_index("rentals_status", "rentals", ["status", "starts_on"])
    op.create_table(
        "invoices",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("accounts.customer_id"), nullable=False),
        sa.Column("rental_id", sa.Uuid, sa.ForeignKey("rentals.id")),
        sa.Column("number", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        _money("subtotal_minor"),
        _money("tax_minor"),
        _money("total_minor"),
        _money("amount_paid_minor"),
        sa.Column("tax_rate_bp", sa.Integer, nullable=False, server_default="0"),
        sa.Column("issued_on", sa.Date),
        sa.Column("due_on", sa.Date),
        sa.Column("period_start", sa.Date),
        sa.Column("period_end", sa.Date),
        sa.Column("overdue_at", sa.DateTime(timezone=True)),
        sa.Column("autopay_state", sa.Text),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.CheckConstraint("status IN ('draft', 'open', 'paid', 'void', 'uncollectible')", name="invoice_status"),
        sa.CheckConstraint("amount_paid_minor BETWEEN 0 AND total_minor", name="paid_within_total"),
        sa.UniqueConstraint("facility_id", "number", name="invoice_number_unique"),
    )
    # The invoice job's idempotency: one invoice per rental and period, however often it runs.
    op.create_index(
        "invoices_rental_period",
        "invoices",
        ["rental_id", "period_start"],
        unique=True,
        postgresql_where=sa.text("rental_id IS NOT NULL"),
    )
    op.create_index("invoices_customer", "invoices", ["customer_id", "status"])
    op.create_index(
        "invoices_open_due", "invoices", ["due_on"], postgresql_where=sa.text("status = 'open' AND overdue_at IS NULL")
    )
    op.create_index("invoices_autopay", "invoices", ["id"], postgresql_where=sa.text("autopay_state = 'pending'"))
    op.create_table(
        "invoice_lines",
        sa.Column("invoice_id", sa.Uuid, sa.ForeignKey("invoices.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_amount_minor", sa.BigInteger, nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "payment_methods",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("accounts.customer_id"), nullable=False),
        sa.Column("provider", sa.Text, nullable=False),
        sa.Column("provider_ref", sa.Text, nullable=False),
        sa.Column("brand", sa.Text, nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("exp_month", sa.Integer, nullable=False),
        sa.Column("exp_year", sa.Integer, nullable=False),
        sa.Column("is_default", sa.Boolean, nullable=False, server_default="false"),
        sa.Column("removed", sa.Boolean, nullable=False, server_default="false"),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.UniqueConstraint("provider", "provider_ref", name="payment_method_ref_unique"),
    )
    op.create_index(
        "payment_methods_one_default",
        "payment_methods",
        ["customer_id"],
        unique=True,
        postgresql_where=sa.text("is_default AND NOT removed"),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("accounts.customer_id"), nullable=False),
        sa.Column("invoice_id", sa.Uuid, sa.ForeignKey("invoices.id")),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("method", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("provider_ref", sa.Text, unique=True),
        sa.Column("reference", sa.Text),
        sa.Column("failure_reason", sa.Text),
        _money("applied_minor"),
        _money("refunded_minor"),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.CheckConstraint("amount_minor > 0", name="payment_positive"),
        sa.CheckConstraint("method IN ('cash', 'cheque', 'transfer', 'card')", name="payment_method_kind"),
        sa.CheckConstraint("status IN ('succeeded', 'failed')", name="payment_status"),
        sa.CheckConstraint("refunded_minor BETWEEN 0 AND amount_minor", name="refund_within_amount"),
    )
    op.create_index("payments_customer", "payments", ["customer_id", "received_on"])
    op.create_table(
        "allocations",
        sa.Column("payment_id", sa.Uuid, sa.ForeignKey("payments.id"), primary_key=True),
        sa.Column("invoice_id", sa.Uuid, sa.ForeignKey("invoices.id"), primary_key=True),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.CheckConstraint("amount_minor >= 0", name="allocation_not_negative"),
    )
    op.create_table(
        "refunds",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("payment_id", sa.Uuid, sa.ForeignKey("payments.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("provider_ref", sa.Text, unique=True),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.CheckConstraint("amount_minor > 0", name="refund_positive"),
    )
    op.create_table(
        "disputes",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, nullable=False),
        sa.Column("payment_id", sa.Uuid, sa.ForeignKey("payments.id"), nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("provider_ref", sa.Text, nullable=False, unique=True),
        sa.Column("status", sa.Text, nullable=False, server_default="open"),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
        sa.CheckConstraint("status IN ('open', 'won', 'lost')", name="dispute_status"),
    )
    op.create_table(
        "provider_events",
        sa.Column("provider", sa.Text, primary_key=True),
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW),
    )


def downgrade() -> None:
    for table in (
        "provider_events",
        "disputes",
        "refunds",
        "allocations",
        "payments",
        "payment_methods",
        "invoice_lines",
        "invoices",
        "rentals",
        "accounts",
        "billing_settings",
    ):
        op.drop_table(table)
