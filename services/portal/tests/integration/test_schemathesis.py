"""Property-based requests against the running portal from its own OpenAPI, signed in: no 5xx, ever."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import shutil
import subprocess
import uuid

import asyncpg
import pytest
from portal_helpers import plain_url

from shared.testing import service

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
    env = {
        "PORTAL_DATABASE_URL": portal_db,
        "PORTAL_JWT_PUBLIC_KEY_PATH": signing_key[1],
        "PORTAL_ROOT_PATH": "",
        "PORTAL_TOPIC_NAMESPACE": topic_namespace,
        "PORTAL_LOG_LEVEL": "WARNING",
        "PORTAL_CONSUMERS_ENABLED": "false",
    }
    owner = token_for("owner", facility)["Authorization"]
    st = shutil.which("st") or "st"
    with service("portal", env, tmp_path) as url:
        run = subprocess.run(
            [
                st, "run", f"{url}/openapi.json", "--url", url, "--checks", "not_a_server_error",
                "--header", f"Authorization: {owner}", "--header", f"Cookie: portal_session={session}",
                # Signing out would end the session the rest of the run uses.
                "--exclude-path-regex", "signout",
                "--max-examples", "25", "--workers", "1", "--request-timeout", "10",
                "--generation-deterministic", "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
        )  # fmt: skip
    output = run.stdout
    failures = output.partition("FAILURES")[2].partition("WARNINGS")[0]
    summary = (failures or output[-4000:])[:6000]
    assert "ST101" not in output and "Server error" not in output, summary
    generated = re.search(r"(\d+) generated, (\d+) passed", output)
    assert generated and generated.group(1) == generated.group(2) and int(generated.group(1)) > 100, summary
