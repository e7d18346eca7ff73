"""Alembic environment of billing."""

from billing.adapters.orm import metadata
from shared.migrate import run_env

run_env(metadata)
