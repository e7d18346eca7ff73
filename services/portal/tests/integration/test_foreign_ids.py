"""Every write operation of the portal's OpenAPI document, called by facility A, leaves facility B unchanged.

The portal's writes name no record by id today (a customer acts through their session, staff on their
facility's settings); the generated calls then fail as soon as a route names one that is not seeded here.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from portal_helpers import customer, invite, session_cookie

from portal.bootstrap import create_app
from portal.config import Settings
from portal.entrypoints.cli import MIGRATIONS
from shared import cross_facility as cf
from shared.testing import drop_database, migrated_database

pytestmark = pytest.mark.integration

HINTS: dict[str, dict[str, Any]] = {
    "PATCH /me/profile": {"json": {"first_name": "Zed"}},
    "POST /me/onboarding/{step}": {"paths": {"step": "confirm_profile"}},
    "POST /signout": {"last": True},
    "POST /portal/signout": {"last": True},
}


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("portal", MIGRATIONS)
    yield url
    await drop_database(url)


async def _signed_in(portal: Any, ns: str, facility: uuid.UUID) -> str:
    """A customer of the facility signed in to the portal: their session id."""
    email = f"x{uuid.uuid4().hex[:8]}@example.com"
    cid = await customer(ns, facility, email)
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email)}")
    portal.cookies.clear()
    return session_cookie(response)


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, topic_namespace):
    app = create_app(settings_for(Settings, database))
    a, b = uuid.uuid4(), uuid.uuid4()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://portal.test") as portal:
            session_a = await _signed_in(portal, topic_namespace, a)
            await _signed_in(portal, topic_namespace, b)
            headers = {**token_for("owner", a), "Cookie": f"portal_session={session_a}"}
            todo = cf.calls(cf.Spec(app.openapi()), cf.by_name(), {}, {}, HINTS)
            assert len(todo) >= 8
            failures = await cf.check(portal, todo, headers, database, b)
    assert failures == [], "\n".join(failures)
