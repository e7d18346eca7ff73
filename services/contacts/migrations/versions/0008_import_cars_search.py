"""Cars remember the import that linked them; accent-free search text; last contact date; email required setting.

The search text starts with a space so a short word matches the start of any word (" du", " jm") through
the trigram index, and is unaccented through an immutable wrapper of `unaccent` (which is only stable).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


SEARCH_TEXT = (
    "' ' || lower(crm_unaccent(first_name || ' ' || last_name || ' ' || coalesce(email::text, '') || ' '"
    " || coalesce(company, '')))"
)
OLD_SEARCH_TEXT = (
    "lower(first_name || ' ' || last_name || ' ' || coalesce(email::text, '') || ' ' || coalesce(company, ''))"
)


def _search_text(expression: str) -> None:
    op.execute("DROP INDEX customers_search_trgm")
    op.drop_column("customers", "search_text")
    op.execute(f"ALTER TABLE customers ADD COLUMN search_text text GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    op.add_column("cars", sa.Column("import_job_id", sa.Uuid))
    op.create_index("cars_import_job", "cars", ["import_job_id"], postgresql_where=sa.text("import_job_id IS NOT NULL"))
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(
        "CREATE OR REPLACE FUNCTION crm_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT"
        " SET search_path FROM CURRENT AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$"
    )
    _search_text(SEARCH_TEXT)
    op.add_column("customers", sa.Column("last_contacted_at", sa.DateTime(timezone=True)))
    required = sa.Column("email_required", sa.Boolean, nullable=False, server_default=sa.true())
    op.add_column("facility_settings", required)


def downgrade() -> None:
    op.drop_column("facility_settings", "email_required")
    op.drop_column("customers", "last_contacted_at")
    _search_text(OLD_SEARCH_TEXT)
    op.execute("DROP FUNCTION crm_unaccent(text)")
    op.drop_index("cars_import_job", "cars")
    op.drop_column("cars", "import_job_id")
