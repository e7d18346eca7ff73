"""Fixtures of the importer tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest


@pytest.fixture(scope="session")
async def importer_db() -> AsyncIterator[str]:
    """A migrated importer database for this run."""
    from importer.entrypoints.cli import MIGRATIONS
    from shared.testing import drop_database, migrated_database

    url = await migrated_database("importer", MIGRATIONS)
    yield url
    await drop_database(url)
