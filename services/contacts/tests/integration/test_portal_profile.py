"""Profile edits made in the portal (PortalProfileChanged) reach the customer and person records."""

from __future__ import annotations

import json
import uuid

import pytest

from crm_dev.testing import eventually, publish, read_topic
from shared.contracts import topics
from shared.contracts.portal import PortalProfileChanged

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def test_portal_profile_edits_apply_and_bad_values_are_refused(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    created = await api.post(
        "/customers", json={"first_name": "Ana", "last_name": "Silva", "email": unique_email()}, headers=owner
    )
    cid = created.json()["id"]
    person = await api.post(
        f"/customers/{cid}/people",
        json={"first_name": "Bo", "last_name": "K", "role": "bookkeeper", "email": "bo@k.fr"},
        headers=owner,
    )
    pid = person.json()["id"]

    async def send(**fields):
        event = PortalProfileChanged(customer_id=uuid.UUID(cid), **fields)
        await publish(event, facility_id=facility, aggregate_id=uuid.UUID(cid), namespace=topic_namespace)

    await send(first_name="Anna", email="anna@example.com", language="en")
    await send(person_id=uuid.UUID(pid), last_name="Keller")
    await send(phone="not a phone")

    async def customer_changed():
        body = (await api.get(f"/customers/{cid}", headers=owner)).json()
        return body if body["first_name"] == "Anna" else None

    body = await eventually(customer_changed, what="the portal edit on the customer")
    assert body["email"] == "anna@example.com" and body["language"] == "en" and body["version"] == 2

    async def person_changed():
        people = (await api.get(f"/customers/{cid}/people", headers=owner)).json()["items"]
        return people[0]["last_name"] == "Keller"

    await eventually(person_changed, what="the portal edit on the person")

    async def refused():
        entries = (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]
        return [e for e in entries if e["kind"] == "portal_profile_refused"]

    assert "phone" in (await eventually(refused, what="the refusal on the timeline"))[0]["summary"]
    assert (await api.get(f"/customers/{cid}", headers=owner)).json()["phone"] is None
    topic = topics.resolve(topics.CUSTOMERS, topic_namespace)

    def updated(records):
        envs = [json.loads(r.value) for r in records]
        return [e for e in envs if e["type"] == "CustomerUpdated" and e["aggregate_id"] == cid]

    records = await read_topic(topic, until=lambda rs: bool(updated(rs)))
    assert updated(records)[0]["payload"]["changed_fields"] == ["email", "first_name", "language"]


async def test_the_account_holder_opts_out_of_offers_from_the_portal_and_back_in(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    created = await api.post(
        "/customers", json={"first_name": "Ana", "last_name": "Silva", "email": unique_email()}, headers=owner
    )
    cid = created.json()["id"]
    person = await api.post(
        f"/customers/{cid}/people",
        json={"first_name": "Bo", "last_name": "K", "role": "assistant", "email": unique_email()},
        headers=owner,
    )

    async def send(**fields):
        event = PortalProfileChanged(customer_id=uuid.UUID(cid), **fields)
        await publish(event, facility_id=facility, aggregate_id=uuid.UUID(cid), namespace=topic_namespace)

    async def opt_out_is(value, version):
        body = (await api.get(f"/customers/{cid}", headers=owner)).json()
        return body if body["marketing_opt_out"] is value and body["version"] == version else None

    # A person's account cannot change the holder's choice (the portal refuses it too).
    await send(person_id=uuid.UUID(person.json()["id"]), marketing_opt_out=True)
    await send(marketing_opt_out=True)
    assert await eventually(lambda: opt_out_is(True, 2), what="opted out from the portal")
    await send(marketing_opt_out=False)
    assert await eventually(lambda: opt_out_is(False, 3), what="opted back in")
    entries = (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]
    changed = [e for e in entries if "marketing_opt_out" in json.dumps(e["data"])]
    assert len(changed) == 2 and {e["actor"] for e in changed} == {"portal"}
