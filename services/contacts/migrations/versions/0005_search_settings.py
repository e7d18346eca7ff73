"""Search text, phone digits and sort indexes; facility settings (default country for phone numbers).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEARCH_TEXT = (
    "lower(first_name || ' ' || last_name || ' ' || coalesce(email::text, '') || ' ' || coalesce(company, ''))"
)


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"ALTER TABLE customers ADD COLUMN search_text text GENERATED ALWAYS AS ({SEARCH_TEXT}) STORED")
    op.execute("CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)")
    op.execute("CREATE INDEX customers_phone_trgm ON customers USING gin (phone_digits gin_trgm_ops)")
    op.execute("CREATE INDEX customers_first_prefix ON customers (facility_id, lower(first_name) text_pattern_ops)")
    op.execute("CREATE INDEX customers_last_prefix ON customers (facility_id, lower(last_name) text_pattern_ops)")
    op.execute(
        "CREATE INDEX customers_facility_name ON customers (facility_id, lower(last_name), lower(first_name), id)"
    )
    op.execute("CREATE INDEX customers_facility_status ON customers (facility_id, status, created_at, id)")
    op.execute("CREATE INDEX customers_facility_stage ON customers (facility_id, stage_id)")
    op.execute("CREATE INDEX customers_tags ON customers USING gin (tags)")
    op.create_table(
        "facility_settings",
        sa.Column("facility_id", sa.Uuid, primary_key=True),
        sa.Column("default_country", sa.Text, nullable=False, server_default="FR"),
    )


def downgrade() -> None:
    op.drop_table("facility_settings")
    for index in (
        "customers_tags",
        "customers_facility_stage",
        "customers_facility_status",
        "customers_facility_name",
        "customers_last_prefix",
        "customers_first_prefix",
        "customers_phone_trgm",
        "customers_search_trgm",
    ):
        op.execute(f"DROP INDEX {index}")
    op.drop_column("customers", "search_text")
