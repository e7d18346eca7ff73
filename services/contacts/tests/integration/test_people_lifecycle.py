"""People, status from rentals, the delete guard, restore and invites, over HTTP and the real broker."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from crm_dev.testing import eventually, publish, read_topic
from shared.contracts import topics
from shared.contracts.billing import InvoiceIssued, InvoicePaid, Money, RentalEnded, RentalStarted

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def new_customer(api, headers, **fields):
    r = await api.post(
        "/customers",
        json={"first_name": "Ana", "last_name": "Silva", "email": unique_email(), **fields},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def test_people_rules(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await new_customer(api, owner)
    base = f"/customers/{cid}/people"
    spouse = await api.post(
        base, json={"first_name": "Rui", "last_name": "Silva", "role": "spouse", "is_primary": True}, headers=owner
    )
    assert spouse.status_code == 201
    second = await api.post(
        base, json={"first_name": "Eva", "last_name": "S", "role": "assistant", "is_primary": True}, headers=owner
    )
    assert second.status_code == 409 and second.json()["detail"][0]["loc"] == ["body", "is_primary"]
    other = await api.post(base, json={"first_name": "Jo", "last_name": "S", "role": "other"}, headers=owner)
    assert other.status_code == 422 and other.json()["detail"][0]["loc"] == ["body", "role_description"]
    portal = await api.post(
        base, json={"first_name": "Jo", "last_name": "S", "role": "bookkeeper", "portal_access": True}, headers=owner
    )
    assert portal.status_code == 422 and portal.json()["detail"][0]["loc"] == ["body", "email"]
    bookkeeper = await api.post(
        base,
        json={
            "first_name": "Bo",
            "last_name": "K",
            "role": "bookkeeper",
            "email": "bo@k.fr",
            "preferences": ["invoices"],
        },
        headers=owner,
    )
    assert bookkeeper.status_code == 201
    pid = bookkeeper.json()["id"]
    moved = await api.patch(f"{base}/{pid}", json={"is_primary": True}, headers=owner)
    assert moved.status_code == 409, "still only one primary"
    edited = await api.patch(f"{base}/{pid}", json={"preferences": ["invoices", "contracts"]}, headers=owner)
    assert edited.status_code == 200 and edited.json()["version"] == 2
    assert (
        await api.post(base, json={"first_name": "X", "last_name": "Y"}, headers=token_for("staff", uuid.uuid4()))
    ).status_code == 403
    listing = (await api.get(base, headers=owner)).json()["items"]
    assert [p["role"] for p in listing] == ["spouse", "bookkeeper"]
    assert (await api.delete(f"{base}/{pid}", headers=owner)).status_code == 204
    assert len((await api.get(base, headers=owner)).json()["items"]) == 1
    kinds = [e["kind"] for e in (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]]
    assert kinds[:4] == ["person_removed", "person_updated", "person_added", "person_added"]


async def test_rentals_drive_status_and_billing_guards_deletion(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    cid = uuid.UUID(await new_customer(api, owner))
    rental, invoice = uuid.uuid4(), uuid.uuid4()

    async def status_is(expected):
        record = (await api.get(f"/customers/{cid}", headers=owner)).json()
        return record if record["status"] == expected else None

    await publish(
        RentalStarted(rental_id=rental, customer_id=cid, started_on=date(2026, 11, 1)),
        facility_id=facility,
        aggregate_id=cid,
        namespace=topic_namespace,
    )
    await eventually(lambda: status_is("active"), what="Active after RentalStarted")
    amount = Money(amount_minor=9900, currency="EUR")
    await publish(
        InvoiceIssued(
            invoice_id=invoice, customer_id=cid, number="F-1", total=amount, amount_due=amount, due_on=date(2026, 12, 1)
        ),
        facility_id=facility,
        aggregate_id=cid,
        namespace=topic_namespace,
    )

    async def guarded():
        r = await api.delete(f"/customers/{cid}", headers=owner)
        return r if r.status_code == 409 and len(r.json()["detail"]) == 2 else None

    refused = await eventually(guarded, what="both reasons listed")
    assert sorted(d["type"] for d in refused.json()["detail"]) == ["active_rental", "unpaid_invoice"]
    assert (await api.post(f"/customers/{cid}/status", json={"status": "lead"}, headers=owner)).status_code == 409

    await publish(
        RentalEnded(rental_id=rental, customer_id=cid, ended_on=date(2026, 11, 30)),
        facility_id=facility,
        aggregate_id=cid,
        namespace=topic_namespace,
    )
    await eventually(lambda: status_is("inactive"), what="Inactive after the last rental ended")
    await publish(
        InvoicePaid(invoice_id=invoice, customer_id=cid, number="F-1", paid_on=date(2026, 12, 2)),
        facility_id=facility,
        aggregate_id=cid,
        namespace=topic_namespace,
    )

    async def deletable():
        return (await api.delete(f"/customers/{cid}", headers=owner)).status_code == 204

    await eventually(deletable, what="deletion allowed once paid")
    assert (await api.get(f"/customers/{cid}", headers=owner)).status_code == 404
    restored = await api.post(f"/customers/{cid}/restore", headers=owner)
    assert restored.status_code == 200 and restored.json()["status"] == "inactive"
    kinds = {e["kind"] for e in (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]}
    assert {"billing_rental", "billing_invoice", "status_changed", "deleted", "restored"} <= kinds


async def test_staff_may_mark_a_customer_without_rentals_lead_or_inactive(api, token_for):
    owner = token_for("manager", uuid.uuid4())
    cid = await new_customer(api, owner)
    r = await api.post(f"/customers/{cid}/mark-inactive", headers=owner)
    assert r.status_code == 200 and r.json()["status"] == "inactive"
    r = await api.post(f"/customers/{cid}/status", json={"status": "lead"}, headers=owner)
    assert r.status_code == 200 and r.json()["status"] == "lead"
    bad = await api.post(f"/customers/{cid}/status", json={"status": "active"}, headers=owner)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "status"]


async def test_invite_rules_and_event(api, token_for, topic_namespace):
    owner = token_for("owner", uuid.uuid4())
    optional = {"default_country": "FR", "email_required": False}  # so a customer may have no email
    assert (await api.put("/settings/facility", json=optional, headers=owner)).status_code == 200
    no_email = await new_customer(api, owner, email=None)
    r = await api.post(f"/customers/{no_email}/invite", json={}, headers=owner)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "email"]
    cid = await new_customer(api, owner, email=f"inv-{uuid.uuid4().hex[:6]}@example.com", language="en")
    first = await api.post(f"/customers/{cid}/invite", json={}, headers=owner)
    again = await api.post(f"/customers/{cid}/invite", json={}, headers=owner)
    assert first.json()["kind"] == "invite" and again.json()["kind"] == "resend"
    assert (await api.get(f"/customers/{cid}", headers=owner)).json()["invited_at"] is not None
    pid = (
        await api.post(
            f"/customers/{cid}/people", json={"first_name": "P", "last_name": "Q", "role": "spouse"}, headers=owner
        )
    ).json()["id"]
    no_access = await api.post(f"/customers/{cid}/invite", json={"person_id": pid}, headers=owner)
    assert no_access.status_code == 422, "a person without portal access cannot be invited"
    await api.delete(f"/customers/{cid}", headers=owner)
    assert (await api.post(f"/customers/{cid}/invite", json={}, headers=owner)).status_code == 404
    records = await read_topic(
        topics.resolve(topics.CUSTOMERS, topic_namespace),
        until=lambda rs: (
            sum(json.loads(r.value)["type"] == "InviteRequested" and r.key == cid.encode() for r in rs) >= 2
        ),
    )
    invites = [
        json.loads(r.value)["payload"]
        for r in records
        if r.key == cid.encode() and json.loads(r.value)["type"] == "InviteRequested"
    ]
    assert [i["kind"] for i in invites] == ["invite", "resend"] and invites[0]["language"] == "en"


async def test_required_fields_cannot_be_patched_to_null(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await new_customer(api, owner)
    pid = (
        await api.post(
            f"/customers/{cid}/people", json={"first_name": "P", "last_name": "Q", "role": "spouse"}, headers=owner
        )
    ).json()["id"]
    car = (await api.post(f"/customers/{cid}/cars", json={"make": "Renault", "model": "4L"}, headers=owner)).json()
    for url, body, field in [
        (f"/customers/{cid}/people/{pid}", {"first_name": None}, "first_name"),
        (f"/cars/{car['id']}", {"model": None}, "model"),
        (f"/customers/{cid}", {"version": 1, "last_name": None}, "last_name"),
    ]:
        r = await api.patch(url, json=body, headers=owner)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", field], (url, r.text)
