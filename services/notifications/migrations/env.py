"""Alembic environment of notifications."""

from notifications.adapters.orm import metadata
from shared.migrate import run_env

run_env(metadata)
