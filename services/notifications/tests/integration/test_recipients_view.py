"""Contacts writes a customer; the relay publishes it; notifications applies it exactly once."""

from __future__ import annotations

import json
import uuid

import asyncpg
import pytest

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from shared.contracts import topics
from shared.messaging.relay import asyncpg_dsn
from shared.testing import eventually, read_topic, running_app

pytestmark = pytest.mark.integration


async def test_customer_reaches_notifications_once_with_its_correlation_id(
    contacts_db, notifications_db, settings_for, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    contacts = contacts_app(settings_for(ContactsSettings, contacts_db))
    notifications = notifications_app(settings_for(NotificationsSettings, notifications_db))
    async with running_app(contacts) as c_api, running_app(notifications) as n_api:
        created = await c_api.post(
            "/customers",
            json={"first_name": "Léa", "last_name": "Martin", "email": "lea@example.com", "language": "en"},
            headers={**owner, "X-Request-ID": "req-flow-1"},
        )
        assert created.status_code == 201, created.text
        customer = created.json()
        assert created.headers["x-request-id"] == "req-flow-1"

        async def recipient():
            r = await n_api.get(f"/recipients/{customer['id']}", headers=owner)
            return r.json() if r.status_code == 200 else None

        seen = await eventually(recipient, what="recipient in notifications")
        assert seen["email"] == "lea@example.com"
        assert seen["language"] == "en"
        assert seen["version"] == 1

        topic = topics.resolve(topics.CUSTOMERS, topic_namespace)
        records = await read_topic(topic, until=lambda rs: any(r.key == customer["id"].encode() for r in rs))
        ours = [json.loads(r.value) for r in records if r.key == customer["id"].encode()]
        assert [e["type"] for e in ours] == ["CustomerCreated"]
        assert ours[0]["correlation_id"] == "req-flow-1"
        assert ours[0]["facility_id"] == str(facility)

    conn = await asyncpg.connect(asyncpg_dsn(notifications_db))
    try:
        handled = await conn.fetchval("SELECT count(*) FROM inbox WHERE event_id = $1", uuid.UUID(ours[0]["event_id"]))
        assert handled == 1
    finally:
        await conn.close()
    conn = await asyncpg.connect(asyncpg_dsn(contacts_db))
    try:
        left = await conn.fetchval("SELECT count(*) FROM outbox WHERE key = $1", customer["id"])
        assert left == 0, "the relay deletes what it published"
    finally:
        await conn.close()


async def test_a_refused_write_leaves_neither_row_nor_event(contacts_db, settings_for, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    app = contacts_app(settings_for(ContactsSettings, contacts_db, relay_enabled=False, consumers_enabled=False))
    async with running_app(app) as api:
        first = await api.post(
            "/customers", json={"first_name": "A", "last_name": "B", "email": "dup@x.org"}, headers=owner
        )
        assert first.status_code == 201
        second = await api.post(
            "/customers", json={"first_name": "C", "last_name": "D", "email": "DUP@x.org"}, headers=owner
        )
        assert second.status_code == 409
        assert second.json()["detail"][0]["loc"] == ["body", "email"]
    conn = await asyncpg.connect(asyncpg_dsn(contacts_db))
    try:
        rows = await conn.fetchval("SELECT count(*) FROM customers WHERE facility_id = $1", facility)
        # Beside it, only its state for the compacted topic (shared.contracts.snapshots).
        events = await conn.fetch("SELECT value FROM outbox WHERE topic NOT LIKE '%-snapshots'")
        mine = [json.loads(e["value"]) for e in events if json.loads(e["value"])["facility_id"] == str(facility)]
        assert rows == 1
        assert [e["type"] for e in mine] == ["CustomerCreated"], (
            "the event was written with the row, in one transaction"
        )
    finally:
        await conn.close()
