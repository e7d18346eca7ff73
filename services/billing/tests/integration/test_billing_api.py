"""Rentals, invoices with tax, partial payments, refunds, cards and autopay, against PostgreSQL and Kafka."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest

from crm_dev.testing import read_topic
from shared.contracts import topics
from shared.contracts.envelope import Envelope

pytestmark = pytest.mark.integration


def _events(records: list[Any], customer_id: uuid.UUID) -> list[Envelope]:
    envs = [Envelope.model_validate_json(r.value) for r in records]
    return [e for e in envs if e.aggregate_id == customer_id]


async def test_rental_invoice_run_payments_and_refund_add_up(
    billing, known_customer, operator_run, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    assert (
        await billing.put("/settings", json={"currency": "EUR", "tax_rate_bp": 2000}, headers=owner)
    ).status_code == 200
    customer = await known_customer(facility)

    rental = await billing.post(
        "/rentals",
        json={"customer_id": str(customer), "space": "Bay 12", "price_minor": 15_000, "starts_on": "2026-10-01"},
        headers=owner,
    )
    assert rental.status_code == 201, rental.text
    assert rental.json()["status"] == "active"

    on = date(2026, 11, 25)
    assert (await operator_run(on))["invoiced"] >= 1
    assert (await operator_run(on))["invoiced"] == 0
    invoices = (await billing.get("/invoices", params={"customer_id": str(customer)}, headers=owner)).json()["items"]
    assert len(invoices) == 1
    inv = invoices[0]
    assert (inv["subtotal_minor"], inv["tax_minor"], inv["total_minor"]) == (15_000, 3_000, 18_000)
    assert inv["period_start"] == "2026-11-01" and inv["number"].startswith("INV-")

    part = await billing.post(
        "/payments",
        json={"customer_id": str(customer), "amount_minor": 5_001, "method": "cash", "invoice_id": inv["id"]},
        headers=owner,
    )
    assert part.status_code == 201, part.text
    half = (await billing.get(f"/invoices/{inv['id']}", headers=owner)).json()
    assert (half["status"], half["amount_paid_minor"], half["amount_due_minor"]) == ("open", 5_001, 12_999)
    rest = await billing.post(
        "/payments", json={"customer_id": str(customer), "amount_minor": 13_000, "method": "transfer"}, headers=owner
    )
    assert rest.status_code == 201
    paid = (await billing.get(f"/invoices/{inv['id']}", headers=owner)).json()
    assert (paid["status"], paid["amount_paid_minor"]) == ("paid", 18_000)
    balance = (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()
    assert balance["balance_minor"] == -1  # one cent of credit left over

    refund = await billing.post(f"/payments/{rest.json()['id']}/refunds", json={"amount_minor": 1_001}, headers=owner)
    assert refund.status_code == 201, refund.text
    reopened = (await billing.get(f"/invoices/{inv['id']}", headers=owner)).json()
    assert (reopened["status"], reopened["amount_due_minor"]) == ("open", 1_000)
    too_much = await billing.post(
        f"/payments/{rest.json()['id']}/refunds", json={"amount_minor": 99_999}, headers=owner
    )
    assert too_much.status_code == 422 and too_much.json()["detail"][0]["loc"] == ["body", "amount_minor"]

    statement = (await billing.get(f"/customers/{customer}/statement", headers=owner)).json()
    assert [e["kind"] for e in statement["entries"]] == ["invoice", "payment", "payment", "refund"]
    assert statement["closing_balance_minor"] == 1_000
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == 1_000

    records = await read_topic(
        topics.resolve(topics.BILLING, topic_namespace),
        until=lambda rs: any(e.type == "PaymentRefunded" for e in _events(rs, customer)),
    )
    types = [e.type for e in _events(records, customer)]
    assert types.count("RentalStarted") == 1 and types.count("InvoiceIssued") == 1
    assert types.count("InvoicePaid") == 1 and "BalanceChanged" in types
    issued = next(e for e in _events(records, customer) if e.type == "InvoiceIssued")
    assert issued.version == 2 and issued.payload["tax"]["amount_minor"] == 3_000


async def test_roles_facilities_and_bad_input(billing, known_customer, token_for):
    facility, other = uuid.uuid4(), uuid.uuid4()
    customer = await known_customer(facility)
    body = {"customer_id": str(customer), "space": "A1", "price_minor": 1000}
    staff = await billing.post("/rentals", json=body, headers=token_for("staff", facility))
    assert staff.status_code == 403
    foreign = await billing.post("/rentals", json=body, headers=token_for("owner", other))
    assert foreign.status_code == 422 and foreign.json()["detail"][0]["loc"] == ["body", "customer_id"]
    assert (await billing.get(f"/customers/{customer}/balance", headers=token_for("owner", other))).status_code == 404
    negative = await billing.post("/rentals", json={**body, "price_minor": -1}, headers=token_for("owner", facility))
    assert negative.status_code == 422 and negative.json()["detail"][0]["loc"][-1] == "price_minor"
    ok = await billing.post("/rentals", json=body, headers=token_for("manager", facility))
    assert ok.status_code == 201
    assert (await billing.get("/rentals", headers=token_for("staff", facility))).json()["items"][0]["id"] == ok.json()[
        "id"
    ]
    assert (await billing.get("/rentals", headers=token_for("staff", other))).json()["items"] == []
    void_paid = await billing.post(f"/invoices/{uuid.uuid4()}/void", headers=token_for("owner", facility))
    assert void_paid.status_code == 404


async def test_autopay_charges_the_default_card_and_records_declines(billing, known_customer, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    good, bad = await known_customer(facility), await known_customer(facility)
    for customer, number in ((good, "4242424242424242"), (bad, "4000000000000002")):
        setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
        card = await billing.post(
            f"/customers/{customer}/payment-methods",
            json={"setup_id": setup["setup_id"], "test_card": {"number": number, "exp_month": 12, "exp_year": 2030}},
            headers=owner,
        )
        assert card.status_code == 201, card.text
        assert card.json()["last4"] == number[-4:] and card.json()["is_default"] is True
        assert "provider_ref" not in card.json()
        assert (
            await billing.put(f"/customers/{customer}/autopay", json={"enabled": True}, headers=owner)
        ).status_code == 200
        inv = await billing.post(
            "/invoices",
            json={"customer_id": str(customer), "lines": [{"description": "Late fee", "unit_amount_minor": 2_500}]},
            headers=owner,
        )
        assert inv.status_code == 201 and inv.json()["autopay_state"] == "pending"
    await billing.post("/runs", json={}, headers=owner)
    good_inv = (await billing.get("/invoices", params={"customer_id": str(good)}, headers=owner)).json()["items"][0]
    bad_inv = (await billing.get("/invoices", params={"customer_id": str(bad)}, headers=owner)).json()["items"][0]
    assert (good_inv["status"], good_inv["autopay_state"]) == ("paid", None)
    assert (bad_inv["status"], bad_inv["autopay_state"]) == ("open", "failed")
    failed = (await billing.get(f"/customers/{bad}/payments", headers=owner)).json()["items"]
    assert failed[0]["status"] == "failed" and failed[0]["failure_reason"] == "card_declined"


async def test_invoice_drafts_void_and_uncollectible(billing, known_customer, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    body = {"customer_id": str(customer), "lines": [{"description": "Fee", "quantity": 2, "unit_amount_minor": 999}]}
    draft = (await billing.post("/invoices", json={**body, "draft": True}, headers=owner)).json()
    assert draft["status"] == "draft" and draft["number"] is None and draft["total_minor"] == 1_998
    issued = await billing.post(f"/invoices/{draft['id']}/finalize", headers=owner)
    assert issued.json()["status"] == "open" and issued.json()["number"]
    again = await billing.post(f"/invoices/{draft['id']}/finalize", headers=owner)
    assert again.status_code == 409
    lost = await billing.post(f"/invoices/{draft['id']}/mark-uncollectible", headers=owner)
    assert lost.json()["status"] == "uncollectible"
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == 1_998
    voided = await billing.post(f"/invoices/{draft['id']}/void", headers=owner)
    assert voided.json()["status"] == "void"
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == 0
    empty = await billing.post("/invoices", json={**body, "lines": []}, headers=owner)
    assert empty.status_code == 422


def _sign(payload: bytes, secret: str, ts: int) -> str:
    import hashlib
    import hmac

    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


async def test_webhooks_verify_signatures_and_apply_once(billing, billing_settings, known_customer, token_for):
    import time

    WEBHOOK_SECRET = billing_settings.stripe_webhook_secret.get_secret_value()
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    card = {"number": "4242424242424242", "exp_month": 1, "exp_year": 2031}
    await billing.post(
        f"/customers/{customer}/payment-methods", json={"setup_id": setup["setup_id"], "test_card": card}, headers=owner
    )
    inv = (
        await billing.post(
            "/invoices",
            json={"customer_id": str(customer), "lines": [{"description": "Storage", "unit_amount_minor": 9_000}]},
            headers=owner,
        )
    ).json()
    payment = (await billing.post("/payments/card", json={"invoice_id": inv["id"]}, headers=owner)).json()
    assert payment["status"] == "succeeded"
    event = {
        "id": f"evt_{uuid.uuid4().hex}",
        "object": "event",
        "type": "charge.dispute.created",
        "data": {
            "object": {
                "id": f"dp_{uuid.uuid4().hex}",
                "object": "dispute",
                "amount": 9_000,
                "payment_intent": payment["provider_ref"],
                "status": "needs_response",
            }
        },
    }
    payload = json.dumps(event).encode()
    now = int(time.time())
    bad = await billing.post(
        "/webhooks/stripe", content=payload, headers={"Stripe-Signature": _sign(payload, "wrong", now)}
    )
    assert bad.status_code == 400 and bad.json()["detail"][0]["loc"] == ["header", "Stripe-Signature"]
    unsigned = await billing.post("/webhooks/stripe", content=payload)
    assert unsigned.status_code == 400
    # Signed with the right secret but ten minutes ago: a captured request cannot be replayed later.
    stale = {"Stripe-Signature": _sign(payload, WEBHOOK_SECRET, now - 600)}
    old = await billing.post("/webhooks/stripe", content=payload, headers=stale)
    assert old.status_code == 400 and old.json()["detail"][0]["loc"] == ["header", "Stripe-Signature"]
    tampered = await billing.post(
        "/webhooks/stripe",
        content=payload.replace(b"9000", b"9001"),
        headers={"Stripe-Signature": _sign(payload, WEBHOOK_SECRET, now)},
    )
    assert tampered.status_code == 400
    headers = {"Stripe-Signature": _sign(payload, WEBHOOK_SECRET, now)}
    first = await billing.post("/webhooks/stripe", content=payload, headers=headers)
    assert first.status_code == 200 and first.json()["duplicate"] is False
    second = await billing.post("/webhooks/stripe", content=payload, headers=headers)
    assert second.status_code == 200 and second.json()["duplicate"] is True

    closed = {**event, "id": f"evt_{uuid.uuid4().hex}", "type": "charge.dispute.closed"}
    closed["data"] = {"object": {**event["data"]["object"], "status": "lost"}}
    body = json.dumps(closed).encode()
    for _ in range(2):
        r = await billing.post(
            "/webhooks/stripe", content=body, headers={"Stripe-Signature": _sign(body, WEBHOOK_SECRET, now)}
        )
        assert r.status_code == 200
    # The lost dispute takes the money back once: the invoice is due again, not twice.
    assert (await billing.get(f"/invoices/{inv['id']}", headers=owner)).json()["amount_due_minor"] == 9_000
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == 9_000


async def test_overdue_invoices_are_flagged_once(billing, known_customer, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    body = {"customer_id": str(customer), "lines": [{"description": "Fee", "unit_amount_minor": 1_000}]}
    late = (await billing.post("/invoices", json={**body, "due_on": "2026-01-31"}, headers=owner)).json()
    assert late["overdue_at"] is None
    first = (await billing.post("/runs", json={}, headers=owner)).json()
    assert first["overdue"] == 1
    flagged = (await billing.get(f"/invoices/{late['id']}", headers=owner)).json()
    assert flagged["overdue_at"] is not None and flagged["status"] == "open"
    again = (await billing.post("/runs", json={}, headers=owner)).json()
    assert again["overdue"] == 0


async def test_money_paid_in_advance_pays_the_next_invoices(billing, known_customer, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    advance = {"customer_id": str(customer), "amount_minor": 5_000, "method": "transfer"}
    assert (await billing.post("/payments", json=advance, headers=owner)).status_code == 201
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == -5_000
    body = {"customer_id": str(customer), "lines": [{"description": "Fee", "unit_amount_minor": 3_000}]}
    first = (await billing.post("/invoices", json=body, headers=owner)).json()
    assert (first["status"], first["amount_paid_minor"]) == ("paid", 3_000)
    second = (await billing.post("/invoices", json=body, headers=owner)).json()
    assert (second["status"], second["amount_paid_minor"], second["amount_due_minor"]) == ("open", 2_000, 1_000)
    assert (await billing.get(f"/customers/{customer}/balance", headers=owner)).json()["balance_minor"] == 1_000


async def test_a_merge_in_contacts_moves_billing_to_the_survivor(billing, known_customer, token_for, topic_namespace):
    from crm_dev.testing import eventually, publish
    from shared.contracts.contacts import CustomerMerged

    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    survivor, merged = await known_customer(facility), await known_customer(facility)
    rental = {"customer_id": str(merged), "space": "C3", "price_minor": 7_000}
    assert (await billing.post("/rentals", json=rental, headers=owner)).status_code == 201
    body = {"customer_id": str(merged), "lines": [{"description": "Fee", "unit_amount_minor": 4_000}]}
    assert (await billing.post("/invoices", json=body, headers=owner)).status_code == 201
    await publish(
        CustomerMerged(survivor_id=survivor, merged_id=merged),
        facility_id=facility,
        aggregate_id=survivor,
        namespace=topic_namespace,
    )

    async def moved() -> bool:
        r = await billing.get(f"/customers/{survivor}/balance", headers=owner)
        return r.json()["balance_minor"] == 4_000

    await eventually(moved, what="the merged customer's invoice to move to the survivor")
    rentals = (await billing.get("/rentals", params={"customer_id": str(survivor)}, headers=owner)).json()["items"]
    assert [r["space"] for r in rentals] == ["C3"]
    again = await billing.post("/rentals", json=rental, headers=owner)
    assert again.status_code == 422, "the merged customer is gone"


async def test_autopay_charges_a_new_invoice_within_seconds(billing_settings, known_customer, token_for):
    from billing.bootstrap import create_app
    from crm_dev.testing import eventually, running_app

    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    settings = billing_settings.model_copy(update={"scheduler_enabled": True, "autopay_interval_s": 0.2})
    async with running_app(create_app(settings)) as app:
        setup = (await app.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
        card = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2031}
        await app.post(
            f"/customers/{customer}/payment-methods",
            json={"setup_id": setup["setup_id"], "test_card": card},
            headers=owner,
        )
        await app.put(f"/customers/{customer}/autopay", json={"enabled": True}, headers=owner)
        body = {"customer_id": str(customer), "lines": [{"description": "Fee", "unit_amount_minor": 1_500}]}
        invoice = (await app.post("/invoices", json=body, headers=owner)).json()

        async def paid() -> bool:
            return (await app.get(f"/invoices/{invoice['id']}", headers=owner)).json()["status"] == "paid"

        await eventually(paid, what="autopay to charge the new invoice")
        history = (await app.get(f"/customers/{customer}/payments", headers=owner)).json()["items"]
        assert [(p["method"], p["amount_minor"], p["status"]) for p in history] == [("card", 1_500, "succeeded")]


async def test_a_rental_names_a_car_of_its_own_facility(billing, known_customer, token_for, topic_namespace):
    from crm_dev.testing import eventually, publish
    from shared.contracts.contacts import CarLinked, CarSnapshot

    facility, other = uuid.uuid4(), uuid.uuid4()
    mine, theirs = await known_customer(facility), await known_customer(other)
    car = CarSnapshot(car_id=uuid.uuid4(), customer_id=theirs, make="Alpine", model="A110")
    await publish(CarLinked(car=car), facility_id=other, aggregate_id=theirs, namespace=topic_namespace)
    body = {"space": "D4", "price_minor": 3_000, "car_id": str(car.car_id)}

    async def rented_by_its_facility() -> bool:
        r = await billing.post("/rentals", json={**body, "customer_id": str(theirs)}, headers=token_for("owner", other))
        return r.status_code == 201

    await eventually(rented_by_its_facility, what="billing to learn the car")
    owner = token_for("owner", facility)
    foreign = await billing.post("/rentals", json={**body, "customer_id": str(mine)}, headers=owner)
    assert foreign.status_code == 422 and foreign.json()["detail"][0]["loc"] == ["body", "car_id"], foreign.text
    unknown = await billing.post(
        "/rentals", json={**body, "customer_id": str(mine), "car_id": str(uuid.uuid4())}, headers=owner
    )
    assert unknown.status_code == 422
    assert (await billing.get("/rentals", headers=owner)).json()["items"] == []
