"""Alembic environment of contacts."""

from contacts.adapters.orm import metadata
from shared.migrate import run_env

run_env(metadata)
