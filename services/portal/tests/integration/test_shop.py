"""The portal's Shop: the catalogue and order states from billing's events, and the order a customer places."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from portal_helpers import customer, invite, portal_events, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.billing import BillingOrderChanged, BillingProductChanged, Money, PaymentMethodChanged

pytestmark = pytest.mark.integration


def product(
    name: str, active: bool = True, revision: int = 1, price: int = 2_500, **more: Any
) -> BillingProductChanged:
    return BillingProductChanged(
        product_id=more.pop("product_id", uuid.uuid4()), name=name, price=Money(amount_minor=price, currency="EUR"),
        kind="service", active=active, revision=1, **more,
    )  # fmt: skip


async def signed_in(portal: Any, ns: str, facility: uuid.UUID) -> tuple[uuid.UUID, dict[str, str]]:
    email = f"shop-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email, cars=0)
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email)}")
    portal.cookies.clear()
    return cid, {"Cookie": f"portal_session={session_cookie(response)}"}


async def test_the_catalogue_follows_billing_and_orders_show_their_state(portal, topic_namespace):
    ns, facility, other = topic_namespace, uuid.uuid4(), uuid.uuid4()
    cid, session = await signed_in(portal, ns, facility)
    wash, tyres, retired = product("Car wash"), product("Tyre storage", price=9_000), product("Old", active=False)
    foreign = product("Other facility's wash")
    for event in (wash, tyres, retired):
        await publish(event, facility_id=facility, aggregate_id=event.product_id, namespace=ns)
    await publish(foreign, facility_id=other, aggregate_id=foreign.product_id, namespace=ns)
    newer = wash.model_copy(
        update={"name": "Car wash deluxe", "price": Money(amount_minor=3_000, currency="EUR"), "revision": 2}
    )
    await publish(newer, facility_id=facility, aggregate_id=wash.product_id, namespace=ns)
    await publish(wash, facility_id=facility, aggregate_id=wash.product_id, namespace=ns)  # an old one, again

    async def catalogue() -> Any:
        shop = (await portal.get("/me/shop", headers=session)).json()
        names = [p["name"] for p in shop["products"]]
        return shop if names == ["Car wash deluxe", "Tyre storage"] else None

    shop = await eventually(catalogue, what="the catalogue in the portal's view")
    assert shop["products"][0]["price_minor"] == 3_000 and shop["can_pay_now"] is False
    assert (await portal.get("/me", headers=session)).json()["shop"]["products"] == shop["products"]

    for body, field in [
        ({"product_id": str(foreign.product_id)}, "product_id"),
        ({"product_id": str(retired.product_id)}, "product_id"),
        ({"product_id": str(uuid.uuid4())}, "product_id"),
        ({"product_id": "nope"}, "product_id"),
        ({"product_id": str(wash.product_id), "quantity": 0}, "quantity"),
        ({"product_id": str(wash.product_id), "quantity": 101}, "quantity"),
        ({"product_id": str(wash.product_id), "pay_now": True}, "pay_now"),
        ({"product_id": str(wash.product_id), "colour": "red"}, "colour"),
    ]:
        r = await portal.post("/me/orders", json=body, headers=session)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == field, (body, r.text)
    assert (await portal.post("/me/orders", json={"product_id": str(wash.product_id)})).status_code == 401

    placed = await portal.post("/me/orders", json={"product_id": str(wash.product_id), "quantity": 2}, headers=session)
    assert placed.status_code == 202, placed.text
    order_id = placed.json()["order_id"]
    sent = await portal_events(ns, "PortalOrderPlaced", lambda p: p["order_id"] == order_id)
    assert (sent[0]["customer_id"], sent[0]["quantity"], sent[0]["pay_now"]) == (str(cid), 2, False)
    orders = (await portal.get("/me/shop", headers=session)).json()["orders"]
    assert [(o["order_id"], o["state"], o["product_name"]) for o in orders] == [
        (order_id, "requested", "Car wash deluxe")
    ]

    for state, revision in (("paid", 2), ("invoiced", 1)):  # out of order: the newer one stays
        changed = BillingOrderChanged(
            order_id=uuid.UUID(order_id), customer_id=cid, product_id=wash.product_id, quantity=2, state=state,
            total=Money(amount_minor=7_200, currency="EUR"), invoice_id=uuid.uuid4(), revision=revision,
        )  # fmt: skip
        await publish(changed, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def paid() -> Any:
        orders = (await portal.get("/me/shop", headers=session)).json()["orders"]
        return orders if orders[0]["state"] == "paid" else None

    orders = await eventually(paid, what="the order's state from billing")
    assert (orders[0]["total_minor"], orders[0]["product_name"]) == (7_200, "Car wash deluxe")


async def test_pay_now_needs_a_card_and_a_refused_order_says_why(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    cid, session = await signed_in(portal, ns, facility)
    wash = product("Car wash")
    await publish(wash, facility_id=facility, aggregate_id=wash.product_id, namespace=ns)
    card = PaymentMethodChanged(
        payment_method_id=uuid.uuid4(), customer_id=cid, brand="visa", last4="4242", exp_month=1, exp_year=2030,
        is_default=True, removed=False, revision=1,
    )  # fmt: skip
    await publish(card, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def ready() -> Any:
        shop = (await portal.get("/me/shop", headers=session)).json()
        return shop["products"] and shop["can_pay_now"]

    await eventually(ready, what="the product and the card in the portal's view")
    body = {"product_id": str(wash.product_id), "pay_now": True}
    placed = await portal.post("/me/orders", json=body, headers=session)
    assert placed.status_code == 202, placed.text
    order_id = uuid.UUID(placed.json()["order_id"])
    refused = BillingOrderChanged(
        order_id=order_id, customer_id=cid, product_id=wash.product_id, quantity=1, state="refused",
        reason="the product is no longer offered", revision=1,
    )  # fmt: skip
    await publish(refused, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def shown() -> Any:
        orders = (await portal.get("/me/shop", headers=session)).json()["orders"]
        return orders if orders[0]["state"] == "refused" else None

    orders = await eventually(shown, what="the refusal in the portal's view")
    assert orders[0]["reason"] == "the product is no longer offered" and orders[0]["pay_now"] is True


async def test_a_facility_with_shop_off_shows_no_shop(portal, topic_namespace, token_for):
    ns, facility = topic_namespace, uuid.uuid4()
    _, session = await signed_in(portal, ns, facility)
    wash = product("Car wash")
    await publish(wash, facility_id=facility, aggregate_id=wash.product_id, namespace=ns)
    off = {"sections": ["cars", "billing", "settings"], "onboarding_steps": []}
    assert (await portal.put("/staff/settings", json=off, headers=token_for("owner", facility))).status_code == 200
    me = (await portal.get("/me", headers=session)).json()
    assert "shop" not in me["sections"] and me.get("shop") is None
    assert (await portal.get("/me/shop", headers=session)).status_code == 404
    r = await portal.post("/me/orders", json={"product_id": str(wash.product_id)}, headers=session)
    assert r.status_code == 404
