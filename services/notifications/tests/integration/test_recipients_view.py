"""Contacts writes a customer; the relay publishes it; notifications applies it exactly once."""

from __future__ import annotations

import json
import uuid

import asyncpg
import pytest

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, read_topic, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from shared.contracts import topics
from shared.messaging.relay import asyncpg_dsn

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


async def test_the_views_keep_the_phone_numbers_of_customers_and_people_and_anonymising_erases_them(
    contacts_db, notifications_db, settings_for, token_for
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    contacts = contacts_app(settings_for(ContactsSettings, contacts_db))
    notifications = notifications_app(settings_for(NotificationsSettings, notifications_db, dispatcher_enabled=False))
    conn = await asyncpg.connect(asyncpg_dsn(notifications_db))
    try:
        async with running_app(contacts) as c_api, running_app(notifications):
            created = await c_api.post(
                "/customers",
                json={
                    "first_name": "Tel",
                    "last_name": "Phone",
                    "email": f"{uuid.uuid4().hex}@x.org",
                    "phone": "+33 6 12 34 56 78",
                },
                headers=owner,
            )
            assert created.status_code == 201, created.text
            cid = created.json()["id"]
            person = {"first_name": "Ann", "last_name": "Call", "role": "spouse", "phone": "06 11 22 33 44"}
            added = await c_api.post(f"/customers/{cid}/people", json=person, headers=owner)
            assert added.status_code == 201, added.text
            pid = uuid.UUID(added.json()["id"])

            async def phones():
                customer = await conn.fetchval("SELECT phone FROM recipients WHERE customer_id = $1", uuid.UUID(cid))
                person = await conn.fetchval("SELECT phone FROM people WHERE person_id = $1", pid)
                return (customer, person) if customer and person else None

            stored = await eventually(phones, what="both phone numbers in the views")
            # Contacts stores numbers normalised (E.164); the views keep what its events say.
            assert stored == ("+33612345678", "+33611223344")

            version = (await c_api.get(f"/customers/{cid}", headers=owner)).json()["version"]
            edited = await c_api.patch(
                f"/customers/{cid}", json={"version": version, "phone": "+33 7 98 87 76 65"}, headers=owner
            )
            assert edited.status_code == 200, edited.text

            async def changed():
                phone = await conn.fetchval("SELECT phone FROM recipients WHERE customer_id = $1", uuid.UUID(cid))
                return phone if phone == "+33798877665" else None

            await eventually(changed, what="the new number replaces the old one")
            anonymised = await c_api.post(f"/customers/{cid}/anonymize", headers=owner)
            assert anonymised.status_code in (200, 204), anonymised.text

            async def erased():
                row = await conn.fetchrow(
                    "SELECT phone, deleted FROM recipients WHERE customer_id = $1", uuid.UUID(cid)
                )
                return row if row["deleted"] and row["phone"] is None else None

            await eventually(erased, what="the anonymised customer's number erased")
            assert await conn.fetchval("SELECT count(*) FROM people WHERE customer_id = $1", uuid.UUID(cid)) == 0
    finally:
        await conn.close()
