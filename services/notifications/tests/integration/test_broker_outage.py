"""With the broker stopped, writes still succeed; after it restarts every event arrives, in order per key."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from pathlib import Path

import pytest

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, read_topic, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from shared.contracts import topics

pytestmark = [pytest.mark.integration, pytest.mark.broker_restart]
KAFKA_SH = Path(__file__).resolve().parents[4] / "deploy" / "local" / "kafka.sh"


async def kafka(action: str) -> None:
    proc = await asyncio.create_subprocess_exec("bash", str(KAFKA_SH), action, env=os.environ.copy())
    assert await asyncio.wait_for(proc.wait(), 180) == 0, f"kafka.sh {action} failed"


async def test_writes_survive_a_broker_outage_and_arrive_in_order(
    contacts_db, notifications_db, settings_for, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    c_settings = settings_for(ContactsSettings, contacts_db, kafka_request_timeout_ms=3000)
    async with running_app(contacts_app(c_settings)) as c_api:
        await kafka("stop")
        try:
            ids = []
            for i in range(10):
                r = await c_api.post(
                    "/customers",
                    json={"first_name": f"Out{i}", "last_name": "Age", "email": f"out{i}@outage.example.org"},
                    headers=owner,
                )
                assert r.status_code == 201, "writes succeed while the broker is down"
                ids.append(r.json()["id"])
            for cid in ids:
                for version in (1, 2):
                    r = await c_api.patch(
                        f"/customers/{cid}", json={"version": version, "company": f"Co{version}"}, headers=owner
                    )
                    assert r.status_code == 200
        finally:
            await kafka("start")

        n_settings = settings_for(NotificationsSettings, notifications_db)
        async with running_app(notifications_app(n_settings)) as n_api:

            async def all_current():
                for cid in ids:
                    r = await n_api.get(f"/recipients/{cid}", headers=owner)
                    if r.status_code != 200 or r.json()["version"] != 3:
                        return False
                return True

            await eventually(all_current, timeout=90, what="every customer at version 3 in notifications")

    topic = topics.resolve(topics.CUSTOMERS, topic_namespace)
    wanted = {cid.encode() for cid in ids}
    records = await read_topic(topic, until=lambda rs: sum(r.key in wanted for r in rs) >= 30, timeout=60)
    per_key: dict[bytes, list[int]] = {}
    for record in records:
        if record.key in wanted:
            per_key.setdefault(record.key, []).append(json.loads(record.value)["aggregate_version"])
    assert all(versions == [1, 2, 3] for versions in per_key.values()), per_key
