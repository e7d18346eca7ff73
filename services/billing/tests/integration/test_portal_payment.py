"""Through the real broker: a payment the customer asks for in the portal is charged once to their card."""

from __future__ import annotations

import uuid

import pytest

from crm_dev.testing import eventually, publish, publish_envelope
from shared.contracts import topics
from shared.contracts.portal import PortalInvoicePaymentRequested

pytestmark = pytest.mark.integration


async def save_card(billing, customer, owner, number: str) -> None:
    setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    card = {"number": number, "exp_month": 4, "exp_year": 2030}
    saved = await billing.post(
        f"/customers/{customer}/payment-methods", json={"setup_id": setup["setup_id"], "test_card": card}, headers=owner
    )
    assert saved.status_code == 201, saved.text


async def open_invoice(billing, customer, owner) -> str:
    body = {"customer_id": str(customer), "lines": [{"description": "Car wash", "unit_amount_minor": 4_500}]}
    made = await billing.post("/invoices", json=body, headers=owner)
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


async def test_a_portal_payment_request_charges_the_default_card_once(
    billing, known_customer, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility, email=f"{uuid.uuid4().hex}@example.com")
    await save_card(billing, customer, owner, "4242424242424242")
    invoice = await open_invoice(billing, customer, owner)
    asked = PortalInvoicePaymentRequested(customer_id=customer, invoice_id=uuid.UUID(invoice))
    envelope = await publish(asked, facility_id=facility, aggregate_id=customer, namespace=topic_namespace)
    await publish_envelope(envelope, topics.resolve(topics.PORTAL, topic_namespace))  # redelivered

    async def paid() -> dict | None:
        body = (await billing.get(f"/invoices/{invoice}", headers=owner)).json()
        return body if body["status"] == "paid" else None

    await eventually(paid, timeout=30, what="the invoice to be paid by card")
    history = (await billing.get(f"/customers/{customer}/payments", headers=owner)).json()["items"]
    assert [(p["method"], p["amount_minor"], p["status"]) for p in history] == [("card", 4_500, "succeeded")]


async def test_a_request_for_another_customers_invoice_charges_nothing(
    billing, known_customer, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    victim = await known_customer(facility, email=f"{uuid.uuid4().hex}@example.com")
    other = await known_customer(facility, email=f"{uuid.uuid4().hex}@example.com")
    await save_card(billing, victim, owner, "4242424242424242")
    invoice = await open_invoice(billing, victim, owner)
    forged = PortalInvoicePaymentRequested(customer_id=other, invoice_id=uuid.UUID(invoice))
    await publish(forged, facility_id=facility, aggregate_id=other, namespace=topic_namespace)
    # A real request after it shows the consumer went past the forged one without charging it.
    marker = await open_invoice(billing, victim, owner)
    real = PortalInvoicePaymentRequested(customer_id=victim, invoice_id=uuid.UUID(marker))
    await publish(real, facility_id=facility, aggregate_id=victim, namespace=topic_namespace)

    async def marker_paid() -> bool:
        return (await billing.get(f"/invoices/{marker}", headers=owner)).json()["status"] == "paid"

    await eventually(marker_paid, timeout=30, what="the later, genuine request to be charged")
    assert (await billing.get(f"/invoices/{invoice}", headers=owner)).json()["status"] == "open"
