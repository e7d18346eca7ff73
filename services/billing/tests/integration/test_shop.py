"""The shop: products and orders through the API (roles, facilities, validation) and portal orders through Kafka."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from billing.bootstrap import create_app
from billing.service_layer import jobs
from crm_dev.testing import eventually, publish, read_topic, running_app
from shared.contracts import topics
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalOrderPlaced
from shared.messaging.deadletter import H_ERROR

pytestmark = pytest.mark.integration

WASH = {"name": "Car wash", "description": "Inside and out", "price_minor": 2_500, "kind": "service"}


@pytest.fixture
async def shop(billing_settings) -> AsyncIterator[tuple[Any, Any]]:
    """The billing app's client and its container (the autopay step is run by hand: no scheduler here)."""
    app = create_app(billing_settings)
    async with running_app(app) as client:
        yield client, app.state.container


async def test_owner_and_manager_write_products_every_role_reads(billing, token_for):
    facility = uuid.uuid4()
    owner, manager, staff = (token_for(r, facility) for r in ("owner", "manager", "staff"))
    made = await billing.post("/products", json=WASH, headers=owner)
    assert made.status_code == 201, made.text
    product = made.json()
    assert (product["price_minor"], product["currency"], product["active"], product["version"]) == (
        2_500,
        "EUR",
        True,
        1,
    )
    changed = await billing.patch(
        f"/products/{product['id']}", json={"price_minor": 3_000, "version": 1}, headers=manager
    )
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = await billing.patch(f"/products/{product['id']}", json={"active": False, "version": 1}, headers=owner)
    assert stale.status_code == 409 and stale.json()["detail"][0]["loc"] == ["body", "version"]
    assert (await billing.post("/products", json=WASH, headers=staff)).status_code == 403
    assert (await billing.patch(f"/products/{product['id']}", json={"active": False}, headers=staff)).status_code == 403
    listed = await billing.get("/products", headers=staff)
    assert listed.status_code == 200 and [p["id"] for p in listed.json()["items"]] == [product["id"]]
    assert (await billing.get("/orders", headers=staff)).status_code == 200
    off = await billing.patch(f"/products/{product['id']}", json={"active": False}, headers=owner)
    assert off.json()["active"] is False
    active = await billing.get("/products", params={"active": "true"}, headers=staff)
    assert active.json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**WASH, "price_minor": -1}, "price_minor"),
        ({**WASH, "name": " "}, "name"),
        ({**WASH, "kind": "rental"}, "kind"),
        ({**WASH, "description": "x" * 2_001}, "description"),
        ({**WASH, "colour": "red"}, "colour"),
    ],
)
async def test_bad_product_input_names_the_field(billing, token_for, body, field):
    owner = token_for("owner", uuid.uuid4())
    r = await billing.post("/products", json=body, headers=owner)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == field, r.text


async def test_another_facilitys_product_and_order_answer_404(shop, known_customer, token_for, topic_namespace):
    billing, _ = shop
    a, b = uuid.uuid4(), uuid.uuid4()
    theirs = (await billing.post("/products", json=WASH, headers=token_for("owner", b))).json()
    customer = await known_customer(b)
    order = await _order(billing, token_for("owner", b), b, customer, theirs["id"], topic_namespace)
    owner_a = token_for("owner", a)
    r = await billing.patch(f"/products/{theirs['id']}", json={"active": False}, headers=owner_a)
    assert r.status_code == 404 and r.json()["detail"][0]["loc"] == ["path", "product_id"]
    for action in ("fulfil", "cancel"):
        r = await billing.post(f"/orders/{order['id']}/{action}", headers=owner_a)
        assert r.status_code == 404 and r.json()["detail"][0]["loc"] == ["path", "order_id"]
    assert (await billing.get("/orders", headers=owner_a)).json()["items"] == []
    assert (await billing.get("/products", headers=owner_a)).json()["items"] == []


async def _order(
    billing: Any, owner: dict[str, str], facility: uuid.UUID, customer: uuid.UUID, product: str, ns: str, **more: Any
) -> dict[str, Any]:
    """Place an order as the portal would and wait until billing has it."""
    event = PortalOrderPlaced(
        order_id=uuid.uuid4(), customer_id=customer, product_id=uuid.UUID(product), quantity=2, **more
    )
    await publish(event, facility_id=facility, aggregate_id=customer, namespace=ns)

    async def placed() -> Any:
        items = (await billing.get("/orders", params={"customer_id": str(customer)}, headers=owner)).json()["items"]
        return next((o for o in items if o["id"] == str(event.order_id)), None)

    return await eventually(placed, what="billing to take the order")  # type: ignore[no-any-return]


def _order_states(records: list[Any], order_id: str) -> list[str]:
    envs = [Envelope.model_validate_json(r.value) for r in records]
    return [e.payload["state"] for e in envs if e.type == "BillingOrderChanged" and e.payload["order_id"] == order_id]


async def test_an_order_becomes_its_own_invoice_and_staff_fulfil_it(shop, known_customer, token_for, topic_namespace):
    billing, _ = shop
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    await billing.put("/settings", json={"currency": "EUR", "tax_rate_bp": 2000}, headers=owner)
    product = (await billing.post("/products", json=WASH, headers=owner)).json()
    customer = await known_customer(facility)
    order = await _order(billing, owner, facility, customer, product["id"], topic_namespace)
    assert (order["state"], order["quantity"], order["total_minor"], order["customer_name"]) == (
        "invoiced",
        2,
        6_000,
        "Ada Lovelace",
    )
    invoice = (await billing.get(f"/invoices/{order['invoice_id']}", headers=owner)).json()
    assert (invoice["status"], invoice["total_minor"], invoice["rental_id"]) == ("open", 6_000, None)
    assert invoice["lines"] == [
        {"description": "Car wash", "quantity": 2, "unit_amount_minor": 2_500, "amount_minor": 5_000}
    ]
    staff = token_for("staff", facility)
    assert (await billing.post(f"/orders/{order['id']}/fulfil", headers=staff)).status_code == 403
    done = await billing.post(f"/orders/{order['id']}/fulfil", headers=token_for("manager", facility))
    assert done.status_code == 200 and done.json()["state"] == "fulfilled"
    again = await billing.post(f"/orders/{order['id']}/cancel", headers=owner)
    assert again.status_code == 409 and again.json()["detail"][0]["loc"] == ["body", "state"]
    billing_topic = topics.resolve(topics.BILLING, topic_namespace)
    records = await read_topic(billing_topic, until=lambda rs: len(_order_states(rs, order["id"])) >= 2)
    assert _order_states(records, order["id"]) == ["invoiced", "fulfilled"]


async def test_cancelling_an_order_voids_its_invoice(shop, known_customer, token_for, topic_namespace):
    billing, _ = shop
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    product = (await billing.post("/products", json=WASH, headers=owner)).json()
    customer = await known_customer(facility)
    order = await _order(billing, owner, facility, customer, product["id"], topic_namespace)
    cancelled = await billing.post(f"/orders/{order['id']}/cancel", headers=owner)
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    invoice = (await billing.get(f"/invoices/{order['invoice_id']}", headers=owner)).json()
    assert invoice["status"] == "void"


async def test_pay_now_charges_the_saved_card_and_the_order_is_paid(shop, known_customer, token_for, topic_namespace):
    billing, container = shop
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    product = (await billing.post("/products", json=WASH, headers=owner)).json()
    customer = await known_customer(facility)
    setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    card = {"number": "4242424242424242", "exp_month": 4, "exp_year": 2031}
    saved = await billing.post(
        f"/customers/{customer}/payment-methods",
        json={"setup_id": setup["setup_id"], "test_card": card, "make_default": True},
        headers=owner,
    )
    assert saved.status_code == 201, saved.text
    order = await _order(billing, owner, facility, customer, product["id"], topic_namespace, pay_now=True)
    assert order["pay_now"] is True
    assert await jobs.charge_autopay(container, container.provider, jobs.today(), facility_id=facility) == 1
    orders = (await billing.get("/orders", params={"customer_id": str(customer)}, headers=owner)).json()["items"]
    assert [(o["state"], o["version"]) for o in orders] == [("paid", 2)]
    invoice = (await billing.get(f"/invoices/{order['invoice_id']}", headers=owner)).json()
    assert (invoice["status"], invoice["amount_due_minor"]) == ("paid", 0)
    refused = await billing.post(f"/orders/{order['id']}/cancel", headers=owner)
    assert refused.status_code == 409


async def test_an_order_of_an_inactive_or_foreign_product_is_dead_lettered_and_refused(
    shop, known_customer, token_for, topic_namespace
):
    billing, _ = shop
    facility, other = uuid.uuid4(), uuid.uuid4()
    owner = token_for("owner", facility)
    off = (await billing.post("/products", json={**WASH, "active": False}, headers=owner)).json()
    foreign = (await billing.post("/products", json=WASH, headers=token_for("owner", other))).json()
    customer = await known_customer(facility)
    placed = [
        PortalOrderPlaced(order_id=uuid.uuid4(), customer_id=customer, product_id=uuid.UUID(p["id"]), quantity=1)
        for p in (off, foreign)
    ]
    for event in placed:
        await publish(event, facility_id=facility, aggregate_id=customer, namespace=topic_namespace)
    ids = {str(e.order_id) for e in placed}
    dlq = topics.dlq(topics.resolve(topics.PORTAL, topic_namespace))

    def mine(records: list[Any]) -> list[Any]:
        return [r for r in records if json.loads(r.value)["payload"].get("order_id") in ids]

    dead = mine(await read_topic(dlq, until=lambda rs: len(mine(rs)) == 2))
    reasons = sorted(dict((k, v.decode()) for k, v in r.headers)[H_ERROR] for r in dead)
    assert "no such product" in reasons[0] and "no longer offered" in reasons[1], reasons
    assert all('"loc": ["body", "product_id"]' in r for r in reasons)
    billing_topic = topics.resolve(topics.BILLING, topic_namespace)
    records = await read_topic(billing_topic, until=lambda rs: all(_order_states(rs, i) for i in ids))
    assert all(_order_states(records, i) == ["refused"] for i in ids)
    assert (await billing.get("/orders", headers=owner)).json()["items"] == []


async def test_a_patch_with_null_for_a_required_field_names_it(billing, token_for):
    owner = token_for("owner", uuid.uuid4())
    product = (await billing.post("/products", json=WASH, headers=owner)).json()
    r = await billing.patch(f"/products/{product['id']}", json={"active": None}, headers=owner)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "active"], r.text
