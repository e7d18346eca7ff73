"""The Shop's read model: the facility's catalogue (from billing) and each customer's orders and their state.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_products",
        sa.Column("product_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("price_minor", sa.BigInteger, nullable=False),
        sa.Column("currency", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_index("shop_products_facility", "shop_products", ["facility_id", "name"])
    op.create_table(
        "shop_orders",
        sa.Column("order_id", sa.Uuid, primary_key=True),
        sa.Column("facility_id", sa.Uuid, nullable=False),
        sa.Column("customer_id", sa.Uuid, nullable=False),
        sa.Column("person_id", sa.Uuid),
        sa.Column("product_id", sa.Uuid, nullable=False),
        sa.Column("product_name", sa.Text),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("pay_now", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("total_minor", sa.BigInteger),
        sa.Column("currency", sa.Text),
        sa.Column("invoice_id", sa.Uuid),
        sa.Column("reason", sa.Text),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
    )
    op.create_index("shop_orders_customer", "shop_orders", ["facility_id", "customer_id", "placed_at"])


def downgrade() -> None:
    op.drop_table("shop_orders")
    op.drop_table("shop_products")
