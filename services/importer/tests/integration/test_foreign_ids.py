"""Every write operation of the importer's OpenAPI document, called with another facility's ids, is refused."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from crm_dev.testing import drop_database, migrated_database, running_app
from importer.bootstrap import create_app
from importer.config import Settings
from importer.entrypoints.cli import MIGRATIONS
from shared import cross_facility as cf

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration

CSV = b"first_name,last_name,email\r\nAda,Lovelace,ada@example.com\r\nBob,,bob@example.com\r\n"
HINTS: dict[str, dict[str, Any]] = {
    "POST /imports": {"content": b"first_name,last_name\r\nCy,Young\r\n", "params": {"filename": "c.csv"}},
    "PUT /imports/{job_id}/mapping": {"json": {"mapping": {"email": None}}},
}


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("importer", MIGRATIONS)
    yield url
    await drop_database(url)


async def _seed(importer: Any, owner: dict[str, str]) -> dict[str, Any]:
    """A validated import of the facility, the one record importer commands name."""
    created = await upload(importer, owner, CSV)
    assert created.status_code == 201, created.text
    await wait_status(importer, owner, created.json()["id"], "ready")
    return {"job_id": created.json()["id"]}


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, tmp_path):
    settings = settings_for(Settings, database, uploads_dir=str(tmp_path / "uploads"), runner_poll_s=0.2)
    app = create_app(settings)
    a, b = uuid.uuid4(), uuid.uuid4()
    async with running_app(app) as importer:
        owner_a = token_for("owner", a)
        mine, theirs = await _seed(importer, owner_a), await _seed(importer, token_for("owner", b))
        todo = cf.calls(cf.Spec(app.openapi()), cf.by_name(), mine, theirs, HINTS)
        assert len(todo) >= 5
        failures = await cf.check(importer, todo, owner_a, database, b)
    assert failures == [], "\n".join(failures)
