"""Property-based requests against the running portal from its own OpenAPI, signed in: no 5xx, ever."""

from __future__ import annotations

import asyncio
import hashlib
import uuid

import asyncpg
import pytest
from portal_helpers import plain_url

from crm_dev.testing import assert_no_server_error, schemathesis, service, service_env

pytestmark = pytest.mark.integration


async def seed_session(url: str, facility: uuid.UUID) -> str:
    """An account with a live session, written as the service writes them (only the hash)."""
    session, account, customer = uuid.uuid4().hex + uuid.uuid4().hex, uuid.uuid4(), uuid.uuid4()
    conn = await asyncpg.connect(plain_url(url))
    try:
        await conn.execute(
            "INSERT INTO accounts (id, subject_id, facility_id, customer_id, email, first_name)"
            " VALUES ($1, $2, $3, $2, 'fuzz@example.com', 'Fuzz')",
            account,
            customer,
            facility,
        )
        await conn.execute(
            "INSERT INTO sessions (id_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
            hashlib.sha256(session.encode()).digest(),
            account,
        )
    finally:
        await conn.close()
    return session


def test_no_generated_request_gets_a_server_error(portal_db, signing_key, token_for, tmp_path, topic_namespace):
    facility = uuid.uuid4()
    session = asyncio.run(seed_session(portal_db, facility))
    env = service_env("portal", portal_db, signing_key[1], topic_namespace, consumers_enabled="false")
    headers = {**token_for("owner", facility), "Cookie": f"portal_session={session}"}
    with service("portal", env, tmp_path) as url:
        # Signing out would end the session the rest of the run uses.
        run = schemathesis(url, headers, max_examples=25, extra=("--exclude-path-regex", "signout"))
    assert_no_server_error(run, at_least=100)
