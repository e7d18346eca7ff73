"""The compacted state topics follow rows that move or vanish without an event of their own."""

from __future__ import annotations

import json
import uuid

import pytest

from crm_dev.testing import read_topic
from shared.contracts import topics

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def _newest(topic: str, namespace: str, key: str, until_type: str, check) -> dict:
    def done(records) -> bool:
        ours = [json.loads(r.value) for r in records if r.key == key.encode()]
        return bool(ours) and ours[-1]["type"] == until_type and check(ours[-1]["payload"])

    records = await read_topic(topics.resolve(topic, namespace), until=done, timeout=30)
    return [json.loads(r.value) for r in records if r.key == key.encode()][-1]["payload"]


async def test_merged_people_name_the_survivor_and_erased_ones_leave_no_data(api, token_for, topic_namespace):
    owner = token_for("owner", uuid.uuid4())
    keep, twin = [
        (
            await api.post(
                "/customers", json={"first_name": n, "last_name": "Snap", "email": unique_email()}, headers=owner
            )
        ).json()["id"]
        for n in ("Keep", "Twin")
    ]
    person = await api.post(
        f"/customers/{twin}/people",
        json={"first_name": "Pat", "last_name": "Snap", "email": "pat@example.com", "role": "spouse"},
        headers=owner,
    )
    assert person.status_code == 201, person.text
    pid = person.json()["id"]
    assert (await api.post(f"/customers/{keep}/merge", json={"other_id": twin}, headers=owner)).status_code == 200
    moved = await _newest(
        topics.PERSON_SNAPSHOTS, topic_namespace, pid, "PersonState", lambda p: p["person"]["customer_id"] == keep
    )
    assert moved["person"]["email"] == "pat@example.com"
    gone = await _newest(topics.CUSTOMER_SNAPSHOTS, topic_namespace, twin, "CustomerState", lambda p: True)
    assert gone["customer"] is None and gone["deleted"] is True

    assert (await api.post(f"/customers/{keep}/anonymize", headers=owner)).status_code == 200
    erased = await _newest(topics.PERSON_SNAPSHOTS, topic_namespace, pid, "PersonState", lambda p: p["person"] is None)
    assert "pat@example.com" not in json.dumps(erased)
