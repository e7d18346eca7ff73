"""Importer and contacts running in the test's process, against the real broker and databases."""

from __future__ import annotations

import uuid
from typing import Any

import asyncpg
import pytest

from contacts.bootstrap import create_app as create_contacts
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, running_app
from importer.bootstrap import create_app as create_importer
from importer.config import Settings


@pytest.fixture
async def contacts(contacts_db, settings_for):
    """An HTTP client to contacts, with its consumers and relay running."""
    async with running_app(create_contacts(settings_for(ContactsSettings, contacts_db))) as client:
        yield client


@pytest.fixture
def importer_settings(importer_db, settings_for, tmp_path):
    """Importer settings for a test: small chunks so a few rows make several chunks, a 64 KB upload limit."""
    return settings_for(
        Settings,
        importer_db,
        uploads_dir=str(tmp_path / "uploads"),
        max_upload_bytes=64 * 1024,
        chunk_rows=3,
        relay_poll_interval_s=0.2,
        runner_poll_s=0.2,
        lease_s=2.0,
    )


@pytest.fixture
async def importer(importer_settings):
    """An HTTP client to the importer, with its consumers, relay and job runner running."""
    async with running_app(create_importer(importer_settings)) as client:
        yield client


@pytest.fixture
def facility():
    """A fresh facility per test."""
    return uuid.uuid4()


async def upload(client, headers, body: bytes, filename: str = "customers.csv", **params: Any):
    """POST a file as the request body."""
    return await client.post("/imports", params={"filename": filename, **params}, content=body, headers=headers)


async def wait_status(client, headers, job_id, *statuses: str, timeout: float = 30) -> dict[str, Any]:
    """The job once it reaches one of the statuses."""

    async def probe():
        job = (await client.get(f"/imports/{job_id}", headers=headers)).json()
        return job if job["status"] in statuses else None

    return await eventually(probe, timeout=timeout, what=f"import {job_id} {statuses}")


async def count_customers(contacts_db: str, facility) -> tuple[int, int]:
    """(live customers, distinct emails) of the facility, read from contacts' database."""
    conn = await asyncpg.connect(contacts_db.replace("+asyncpg", ""))
    try:
        row = await conn.fetchrow(
            "SELECT count(*), count(DISTINCT lower(email)) FROM customers"
            " WHERE facility_id = $1 AND deleted_at IS NULL",
            facility,
        )
        return row[0], row[1]
    finally:
        await conn.close()
