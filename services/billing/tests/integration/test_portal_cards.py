"""Through the real broker: a card the customer tokenized in the portal is attached, saved once, or declined."""

from __future__ import annotations

import json
import uuid

import pytest

from crm_dev.testing import eventually, publish, publish_envelope, read_topic
from shared.contracts import topics
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalPaymentMethodSubmitted

pytestmark = pytest.mark.integration


def submitted(customer: uuid.UUID, token: str) -> PortalPaymentMethodSubmitted:
    return PortalPaymentMethodSubmitted(
        request_id=uuid.uuid4(),
        customer_id=customer,
        token=token,
        brand="visa",
        last4="4242",
        exp_month=4,
        exp_year=2031,
    )


async def billing_payloads(ns: str, customer: uuid.UUID, until_type: str) -> list[dict]:
    """The billing topic's payloads about this customer, once one of `until_type` is there."""

    def mine(records) -> list[dict]:
        envs = [json.loads(r.value) for r in records]
        return [{"type": e["type"], **e["payload"]} for e in envs if e["aggregate_id"] == str(customer)]

    topic = topics.resolve(topics.BILLING, ns)
    records = await read_topic(topic, until=lambda rs: any(p["type"] == until_type for p in mine(rs)))
    return mine(records)


async def cards_of(billing, customer, owner) -> list[dict]:
    return (await billing.get(f"/customers/{customer}/payment-methods", headers=owner)).json()["items"]


async def test_a_test_token_is_saved_once_as_the_default_card(billing, known_customer, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility, email=f"{uuid.uuid4().hex}@example.com")
    event = submitted(customer, "pm_card_visa")
    envelope = await publish(event, facility_id=facility, aggregate_id=customer, namespace=topic_namespace)
    await publish_envelope(envelope, topics.resolve(topics.PORTAL, topic_namespace))  # redelivered

    payloads = await billing_payloads(topic_namespace, customer, "PaymentMethodRequestSettled")
    settled = [p for p in payloads if p["type"] == "PaymentMethodRequestSettled"]
    assert [(s["request_id"], s["outcome"], s["reason"]) for s in settled] == [(str(event.request_id), "saved", None)]
    changed = [p for p in payloads if p["type"] == "PaymentMethodChanged"]
    assert [(c["brand"], c["last4"], c["exp_month"], c["exp_year"], c["is_default"]) for c in changed] == [
        ("visa", "4242", 4, 2031, True)
    ]
    assert changed[0]["payment_method_id"] == settled[0]["payment_method_id"]
    cards = await cards_of(billing, customer, owner)
    assert [(c["brand"], c["last4"], c["is_default"], c["provider"]) for c in cards] == [
        ("visa", "4242", True, "local")
    ]
    # A second card is saved beside the first, which stays the default.
    second = submitted(customer, "pm_card_mastercard")
    await publish(second, facility_id=facility, aggregate_id=customer, namespace=topic_namespace)

    async def two() -> list[dict] | None:
        found = await cards_of(billing, customer, owner)
        return found if len(found) == 2 else None

    both = await eventually(two, timeout=30, what="the second card")
    assert {(c["last4"], c["is_default"]) for c in both} == {("4242", True), ("4444", False)}


@pytest.mark.parametrize("token", ["pm_card_chargeDeclined", "pm_card_unknown"])
async def test_a_declined_or_unknown_token_is_a_declined_outcome_and_no_card(
    billing, known_customer, token_for, topic_namespace, token
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    customer = await known_customer(facility)
    event = submitted(customer, token)
    await publish(event, facility_id=facility, aggregate_id=customer, namespace=topic_namespace)

    payloads = await billing_payloads(topic_namespace, customer, "PaymentMethodRequestSettled")
    settled = [p for p in payloads if p["type"] == "PaymentMethodRequestSettled"]
    expected = "card_declined" if token == "pm_card_chargeDeclined" else "unknown_token"
    assert [(s["outcome"], s["reason"], s["payment_method_id"]) for s in settled] == [("declined", expected, None)]
    assert not [p for p in payloads if p["type"] == "PaymentMethodChanged"]
    assert await cards_of(billing, customer, owner) == []


async def test_another_facilitys_customer_gets_a_declined_outcome(billing, known_customer, topic_namespace):
    customer = await known_customer(uuid.uuid4())
    event = submitted(customer, "pm_card_visa")
    await publish(event, facility_id=uuid.uuid4(), aggregate_id=customer, namespace=topic_namespace)
    payloads = await billing_payloads(topic_namespace, customer, "PaymentMethodRequestSettled")
    settled = [p for p in payloads if p["type"] == "PaymentMethodRequestSettled"]
    assert [(s["outcome"], s["reason"]) for s in settled] == [("declined", "unknown_customer")]


async def test_a_malformed_submission_goes_to_the_dead_letter_topic(billing, known_customer, topic_namespace):
    facility = uuid.uuid4()
    customer = await known_customer(facility)
    good = Envelope.wrap(
        submitted(customer, "pm_card_visa"), facility_id=facility, aggregate_id=customer, correlation_id="test"
    )
    raw = json.loads(good.to_bytes())
    raw["payload"]["exp_month"] = 13
    raw["payload"]["token"] = "4242 4242 4242 4242"
    bad = Envelope.model_validate({**raw, "event_id": str(uuid.uuid4())})
    portal_topic = topics.resolve(topics.PORTAL, topic_namespace)
    await publish_envelope(bad, portal_topic)
    dlq = topics.dlq(portal_topic)
    marker = str(bad.event_id).encode()
    dead = [r for r in await read_topic(dlq, until=lambda rs: any(marker in r.value for r in rs)) if marker in r.value]
    assert len(dead) == 1
