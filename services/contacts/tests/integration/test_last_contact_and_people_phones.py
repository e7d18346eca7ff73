"""The last contact date follows sent emails and logged calls or notes; additional contacts' phones are E.164."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from crm_dev.testing import eventually, publish
from shared.contracts.notifications import EmailSent

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def _customer(api, owner) -> str:
    made = await api.post(
        "/customers", json={"first_name": "Lou", "last_name": "Call", "email": unique_email()}, headers=owner
    )
    assert made.status_code == 201, made.text
    return made.json()["id"]


async def test_a_logged_call_and_a_sent_email_set_the_last_contact_date(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    cid = await _customer(api, owner)
    assert (await api.get(f"/customers/{cid}", headers=owner)).json()["last_contacted_at"] is None

    call = {"kind": "call", "summary": "Called about winter storage", "occurred_at": "2026-11-20T10:00:00+00:00"}
    logged = await api.post(f"/customers/{cid}/timeline", json=call, headers=owner)
    assert logged.status_code == 201, logged.text
    assert (logged.json()["kind"], logged.json()["summary"]) == ("call_logged", "Called about winter storage")
    record = (await api.get(f"/customers/{cid}", headers=owner)).json()
    assert record["last_contacted_at"].startswith("2026-11-20T10:00:00") and record["version"] == 1
    viewer = token_for("staff", facility)
    assert (await api.post(f"/customers/{cid}/timeline", json=call, headers=viewer)).status_code == 403
    bad = await api.post(f"/customers/{cid}/timeline", json={"kind": "fax", "summary": "x"}, headers=owner)
    assert bad.status_code == 422

    sent = EmailSent(
        email_id=uuid.uuid4(), customer_id=uuid.UUID(cid), template="direct", to="lou@call.fr", language="fr",
        category="transactional", subject="Hello", message_id="<m@x>",
    )  # fmt: skip
    before = datetime.now(UTC)
    await publish(sent, facility_id=facility, aggregate_id=uuid.UUID(cid), namespace=topic_namespace)

    async def emailed():
        value = (await api.get(f"/customers/{cid}", headers=owner)).json()["last_contacted_at"]
        return value if value and datetime.fromisoformat(value) >= before else None

    await eventually(emailed, timeout=30, what="last contact from the sent email")
    # An older call logged later does not move the date back.
    await api.post(f"/customers/{cid}/timeline", json={**call, "kind": "note"}, headers=owner)
    assert (
        datetime.fromisoformat((await api.get(f"/customers/{cid}", headers=owner)).json()["last_contacted_at"])
        >= before
    )


async def test_an_additional_contacts_phone_is_stored_in_e164(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await _customer(api, owner)
    person = {"first_name": "Ann", "last_name": "Call", "role": "spouse", "phone": "06 11 22 33 44"}
    added = await api.post(f"/customers/{cid}/people", json=person, headers=owner)
    assert added.status_code == 201, added.text
    assert added.json()["phone"] == "+33611223344"
    pid = added.json()["id"]
    changed = await api.patch(f"/customers/{cid}/people/{pid}", json={"phone": "07.81.23.45.67"}, headers=owner)
    assert changed.status_code == 200, changed.text
    assert changed.json()["phone"] == "+33781234567"
    refused = await api.post(f"/customers/{cid}/people", json={**person, "phone": "12"}, headers=owner)
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"][-1] == "phone"


async def test_the_profile_photo_is_taken_off_the_portals_documents(api, token_for, topic_namespace):
    import json

    from crm_dev.testing import read_topic
    from shared.contracts import topics

    owner = token_for("owner", uuid.uuid4())
    cid = await _customer(api, owner)
    files = {"file": ("me.png", b"\x89PNG\r\n\x1a\n photo", "image/png")}
    uploaded = await api.post(f"/customers/{cid}/documents", files=files, headers=owner)
    assert uploaded.status_code == 201, uploaded.text
    photo = uploaded.json()["id"]
    record = (await api.get(f"/customers/{cid}", headers=owner)).json()
    patched = await api.patch(
        f"/customers/{cid}", json={"version": record["version"], "photo_document_id": photo}, headers=owner
    )
    assert patched.status_code == 200, patched.text
    topic = topics.resolve(topics.CUSTOMERS, topic_namespace)

    def removed(records):
        return [
            r for r in records if b"DocumentRemoved" in r.value and photo in json.loads(r.value)["payload"].values()
        ]

    assert removed(await read_topic(topic, until=lambda rs: bool(removed(rs)), timeout=30))
