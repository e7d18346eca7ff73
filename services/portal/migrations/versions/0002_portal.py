"""Accounts, sign-in links, sessions, rate limits, the customer read model and facility settings.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("subject_id", sa.Uuid, nullable=False, unique=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("person_id", sa.Uuid),
        sa.Column("email", postgresql.CITEXT, nullable=False, index=True),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False, server_default=""),
        sa.Column("language", sa.Text, nullable=False, server_default="fr"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.text("true")),
        sa.Column("last_signed_in_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "signin_tokens",
        sa.Column("token_hash", sa.LargeBinary, primary_key=True),
        sa.Column("account_id", sa.Uuid, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("new_email", postgresql.CITEXT),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "sessions",
        sa.Column("id_hash", sa.LargeBinary, primary_key=True),
        sa.Column("account_id", sa.Uuid, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "link_requests",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Index("link_requests_key_at", "key", "at"),
    )
    op.create_table(
        "profiles",
        sa.Column("customer_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("company", sa.Text),
        sa.Column("email", sa.Text),
        sa.Column("phone", sa.Text),
        sa.Column("language", sa.Text, nullable=False, server_default="fr"),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("person_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("email", sa.Text),
        sa.Column("phone", sa.Text),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("portal_access", sa.Boolean, nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "cars",
        sa.Column("car_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("make", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("year", sa.Integer),
        sa.Column("colour", sa.Text),
        sa.Column("plate", sa.Text),
        sa.Column("vin", sa.Text),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("document_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("content_type", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "invoices",
        sa.Column("invoice_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("currency", sa.Text, nullable=False),
        sa.Column("total_minor", sa.BigInteger, nullable=False),
        sa.Column("amount_paid_minor", sa.BigInteger, nullable=False),
        sa.Column("amount_due_minor", sa.BigInteger, nullable=False),
        sa.Column("issued_on", sa.Date),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "balances",
        sa.Column("customer_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("currency", sa.Text, nullable=False),
        sa.Column("amount_minor", sa.BigInteger, nullable=False),
        sa.Column("open_invoices", sa.Integer, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "payment_methods",
        sa.Column("payment_method_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("brand", sa.Text, nullable=False),
        sa.Column("last4", sa.Text, nullable=False),
        sa.Column("exp_month", sa.Integer, nullable=False),
        sa.Column("exp_year", sa.Integer, nullable=False),
        sa.Column("is_default", sa.Boolean, nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "appointments",
        sa.Column("appointment_id", sa.Uuid, primary_key=True),
        sa.Column("customer_id", sa.Uuid, nullable=False, index=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("car_id", sa.Uuid),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "facility_settings",
        sa.Column("facility_id", sa.Uuid, primary_key=True),
        sa.Column("sections", postgresql.ARRAY(sa.Text), nullable=False),
        sa.Column("onboarding_steps", postgresql.ARRAY(sa.Text), nullable=False),
        sa.Column("updated_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "onboarding_progress",
        sa.Column("account_id", sa.Uuid, sa.ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("step", sa.Text, primary_key=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("onboarding_progress")
    op.drop_table("facility_settings")
    op.drop_table("appointments")
    op.drop_table("payment_methods")
    op.drop_table("balances")
    op.drop_table("invoices")
    op.drop_table("documents")
    op.drop_table("cars")
    op.drop_table("people")
    op.drop_table("profiles")
    op.drop_table("link_requests")
    op.drop_table("sessions")
    op.drop_table("signin_tokens")
    op.drop_table("accounts")
