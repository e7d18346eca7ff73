"""Fixtures of the portal integration tests: the app over HTTPS-looking URLs (the cookie is Secure)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from portal.bootstrap import create_app
from portal.config import Settings

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
async def portal(portal_db, settings_for):
    """An HTTP client to the portal app with its broker, consumers and relay running."""
    app = create_app(settings_for(Settings, portal_db))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://portal.test") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client
