"""Alembic environment of portal."""

from portal.adapters.orm import metadata
from shared.migrate import run_env

run_env(metadata)
