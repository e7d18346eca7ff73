"""Fixtures of the portal tests: a migrated database for this run."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest


@pytest.fixture(scope="session")
async def portal_db() -> AsyncIterator[str]:
    """A migrated portal database for this run."""
    from portal.entrypoints.cli import MIGRATIONS
    from shared.testing import drop_database, migrated_database

    url = await migrated_database("portal", MIGRATIONS)
    yield url
    await drop_database(url)
