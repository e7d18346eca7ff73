"""Alembic environment of importer."""

from importer.adapters.orm import metadata
from shared.migrate import run_env

run_env(metadata)
