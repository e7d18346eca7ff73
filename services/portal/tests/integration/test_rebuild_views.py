"""Portal's and notifications' views of contacts' records, dropped and rebuilt from the compacted topics."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import asyncpg
import pytest

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import KAFKA, eventually, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from notifications.entrypoints import cli as notifications_cli
from portal.bootstrap import create_app as portal_app
from portal.config import Settings as PortalSettings
from portal.entrypoints import cli as portal_cli
from shared.messaging.relay import asyncpg_dsn

pytestmark = pytest.mark.integration


async def _rows(url: str, tables: tuple[str, ...], facility: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every row of a facility in each table, without the clock columns the database fills in."""
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        found = {}
        for table in tables:
            rows = await conn.fetch(f"SELECT * FROM {table} WHERE facility_id = $1", facility)
            found[table] = sorted(
                ({k: v for k, v in r.items() if k != "updated_at"} for r in rows), key=lambda r: str(sorted(r.items()))
            )
        return found
    finally:
        await conn.close()


async def _drop(url: str, tables: tuple[str, ...]) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        await conn.execute(f"TRUNCATE {', '.join(tables)}")
    finally:
        await conn.close()


async def test_dropped_views_come_back_the_same_from_the_snapshot_topics(
    contacts_db, portal_db, notifications_db, settings_for, token_for, topic_namespace, tmp_path, monkeypatch
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    contacts = contacts_app(settings_for(ContactsSettings, contacts_db, documents_dir=str(tmp_path)))
    portal = portal_app(settings_for(PortalSettings, portal_db))
    notifications = notifications_app(settings_for(NotificationsSettings, notifications_db))
    async with running_app(contacts) as api, running_app(portal), running_app(notifications):
        # Bob has no email (a view must rebuild a null too): this facility does not require one.
        optional = {"default_country": "FR", "email_required": False}
        assert (await api.put("/settings/facility", json=optional, headers=owner)).status_code == 200
        ids = []
        for first, email in (("Ada", "ada@example.com"), ("Bob", None)):
            created = await api.post(
                "/customers", json={"first_name": first, "last_name": "Rebuild", "email": email}, headers=owner
            )
            assert created.status_code == 201, created.text
            ids.append(created.json()["id"])
        ada = ids[0]
        changed = await api.patch(
            f"/customers/{ada}", json={"language": "en", "tags": ["vip"], "version": 1}, headers=owner
        )
        assert changed.status_code == 200, changed.text
        person = await api.post(
            f"/customers/{ada}/people",
            json={"first_name": "Eve", "last_name": "Rebuild", "email": "eve@example.com", "role": "spouse"},
            headers=owner,
        )
        assert person.status_code == 201, person.text
        car = await api.post(
            f"/customers/{ada}/cars", json={"make": "Citroën", "model": "DS", "year": 1970}, headers=owner
        )
        assert car.status_code == 201, car.text
        doc = await api.post(
            f"/customers/{ada}/documents", files={"file": ("bail.pdf", b"%PDF-1.4", "application/pdf")}, headers=owner
        )
        assert doc.status_code == 201, doc.text

        async def views_complete() -> Any:
            p = await _rows(portal_db, portal_cli.VIEW_TABLES, facility)
            n = await _rows(notifications_db, notifications_cli.VIEW_TABLES, facility)
            full = [
                len(p["profiles"]),
                len(p["people"]),
                len(p["cars"]),
                len(p["documents"]),
                len(n["recipients"]),
                len(n["people"]),
            ]
            english = [r["language"] for r in n["recipients"] if str(r["customer_id"]) == ada] == ["en"]
            return (p, n) if full == [2, 1, 1, 1, 2, 1] and english else None

        portal_rows, notification_rows = await eventually(
            views_complete, timeout=60, what="both views to hold the records"
        )

    await _drop(portal_db, portal_cli.VIEW_TABLES)
    await _drop(notifications_db, notifications_cli.VIEW_TABLES)
    assert not any((await _rows(portal_db, portal_cli.VIEW_TABLES, facility)).values())

    for prefix, url in (("PORTAL_", portal_db), ("NOTIFICATIONS_", notifications_db)):
        monkeypatch.setenv(f"{prefix}DATABASE_URL", url)
        monkeypatch.setenv(f"{prefix}TOPIC_NAMESPACE", topic_namespace)
        monkeypatch.setenv(f"{prefix}KAFKA_BOOTSTRAP_SERVERS", KAFKA)
    await asyncio.to_thread(portal_cli.main, ["rebuild-view", "--yes"])
    await asyncio.to_thread(notifications_cli.main, ["rebuild-view", "--yes"])

    assert await _rows(portal_db, portal_cli.VIEW_TABLES, facility) == portal_rows
    assert await _rows(notifications_db, notifications_cli.VIEW_TABLES, facility) == notification_rows
