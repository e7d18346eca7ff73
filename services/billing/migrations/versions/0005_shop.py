"""The shop: a facility's products and services, and the orders customers place for them in the portal.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
    ]


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("price_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("kind", sa.Text, nullable=False, server_default="product"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.text("true")),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        *_stamps(),
        sa.CheckConstraint("kind IN ('product', 'service')", name="product_kind"),
        sa.CheckConstraint("price_minor >= 0", name="product_price"),
    )
    op.create_index("products_facility_name", "products", ["facility_id", "name", "id"])
    op.create_table(
        "orders",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, sa.ForeignKey("accounts.customer_id"), nullable=False),
        sa.Column("product_id", sa.Uuid, sa.ForeignKey("products.id"), nullable=False),
        sa.Column("product_name", sa.Text, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger, nullable=False),
        sa.Column("total_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("invoice_id", sa.Uuid, sa.ForeignKey("invoices.id")),
        sa.Column("pay_now", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        *_stamps(),
        sa.CheckConstraint("state IN ('requested', 'invoiced', 'paid', 'fulfilled', 'cancelled')", name="order_state"),
        sa.CheckConstraint("quantity >= 1", name="order_quantity"),
    )
    op.create_index("orders_facility_created", "orders", ["facility_id", "created_at", "id"])
    op.create_index("orders_invoice", "orders", ["invoice_id"])


def downgrade() -> None:
    op.drop_table("orders")
    op.drop_table("products")
