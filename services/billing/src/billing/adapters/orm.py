"""billing tables (the outbox and inbox come from shared)."""

from sqlalchemy import MetaData

metadata = MetaData()
