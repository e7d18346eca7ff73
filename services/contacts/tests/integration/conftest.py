"""Fixtures of the contacts integration tests."""

from __future__ import annotations

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from shared.testing import running_app


@pytest.fixture
async def api(contacts_db, settings_for):
    """An HTTP client to the contacts app, with its broker, consumers and relay running."""
    async with running_app(create_app(settings_for(Settings, contacts_db))) as client:
        yield client
