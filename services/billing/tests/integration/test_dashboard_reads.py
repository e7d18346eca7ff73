"""What the dashboard's billing screens read besides the core flows: the provider, autopay, names in lists."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.integration


async def test_provider_state_is_visible_to_every_role(billing, token_for):
    facility = uuid.uuid4()
    for role in ("owner", "manager", "staff"):
        answer = await billing.get("/settings/provider", headers=token_for(role, facility))
        assert answer.status_code == 200, answer.text
        assert answer.json() == {"provider": "local", "connected": True, "mode": "test", "webhooks": True}
    assert (await billing.get("/settings/provider")).status_code == 401


async def test_autopay_reads_back_per_facility(billing, known_customer, token_for):
    facility, other = uuid.uuid4(), uuid.uuid4()
    customer = await known_customer(facility)
    staff = token_for("staff", facility)
    assert (await billing.get(f"/customers/{customer}/autopay", headers=staff)).json() == {
        "customer_id": str(customer),
        "autopay": False,
    }
    refused = await billing.put(f"/customers/{customer}/autopay", json={"enabled": True}, headers=staff)
    assert refused.status_code == 403
    on = await billing.put(
        f"/customers/{customer}/autopay", json={"enabled": True}, headers=token_for("manager", facility)
    )
    assert on.status_code == 200
    assert (await billing.get(f"/customers/{customer}/autopay", headers=staff)).json()["autopay"] is True
    foreign = await billing.get(f"/customers/{customer}/autopay", headers=token_for("owner", other))
    assert foreign.status_code == 404 and foreign.json()["detail"][0]["loc"] == ["path", "customer_id"]


async def test_lists_name_the_customer_and_staff_cannot_record_a_payment(billing, known_customer, token_for):
    facility, other = uuid.uuid4(), uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    rental = await billing.post(
        "/rentals", json={"customer_id": str(customer), "space": "C-3", "price_minor": 9_000}, headers=owner
    )
    assert rental.status_code == 201, rental.text
    invoice = await billing.post(
        "/invoices",
        json={"customer_id": str(customer), "lines": [{"description": "Wash", "unit_amount_minor": 2_500}]},
        headers=owner,
    )
    assert invoice.status_code == 201, invoice.text
    staff = token_for("staff", facility)
    rentals = (await billing.get("/rentals", headers=staff)).json()["items"]
    assert [(r["space"], r["customer_name"]) for r in rentals] == [("C-3", "Ada Lovelace")]
    invoices = (await billing.get("/invoices", params={"status": "open"}, headers=staff)).json()["items"]
    assert [(i["id"], i["customer_name"]) for i in invoices] == [(invoice.json()["id"], "Ada Lovelace")]
    assert (await billing.get("/invoices", headers=token_for("staff", other))).json()["items"] == []
    assert (await billing.get("/rentals", headers=token_for("staff", other))).json()["items"] == []

    payment = {"customer_id": str(customer), "amount_minor": 1_000, "method": "cash"}
    assert (await billing.post("/payments", json=payment, headers=staff)).status_code == 403
    balance = (await billing.get(f"/customers/{customer}/balance", headers=staff)).json()
    assert balance["balance_minor"] == 2_500
