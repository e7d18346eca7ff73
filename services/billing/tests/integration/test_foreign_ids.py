"""Every write operation of billing's OpenAPI document, called with another facility's ids, is refused."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from billing.bootstrap import create_app
from billing.config import Settings
from billing.entrypoints.cli import MIGRATIONS
from crm_dev.testing import drop_database, eventually, migrated_database, publish, running_app, settled
from shared import cross_facility as cf
from shared.contracts.contacts import CarLinked, CarSnapshot, CustomerCreated, CustomerSnapshot
from shared.contracts.portal import PortalOrderPlaced

pytestmark = pytest.mark.integration

CARD = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2031}
HINTS: dict[str, dict[str, Any]] = {
    "POST /customers/{customer_id}/payment-methods": {"json": {"test_card": CARD}},
    "POST /invoices": {"json": {"lines": [{"description": "Fee", "unit_amount_minor": 1_000}]}},
}


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("billing", MIGRATIONS)
    yield url
    await drop_database(url)


async def _seed(app: Any, facility: uuid.UUID, owner: dict[str, str], namespace: str) -> dict[str, Any]:
    """One record of every kind a billing command can name, made as contacts and the facility's owner would."""
    customer = uuid.uuid4()
    snap = CustomerSnapshot(customer_id=customer, first_name="Ada", last_name="Lovelace")
    await publish(CustomerCreated(customer=snap), facility_id=facility, aggregate_id=customer, namespace=namespace)
    car = CarSnapshot(car_id=uuid.uuid4(), customer_id=customer, make="Alpine", model="A110")
    await publish(CarLinked(car=car), facility_id=facility, aggregate_id=customer, namespace=namespace)
    rental_body = {"customer_id": str(customer), "space": "E5", "price_minor": 8_000, "car_id": str(car.car_id)}

    async def rented() -> Any:
        r = await app.post("/rentals", json=rental_body, headers=owner)
        return r.json() if r.status_code == 201 else None

    rental = await eventually(rented, what="billing to learn the customer and the car")
    fee = {"customer_id": str(customer), "lines": [{"description": "Fee", "unit_amount_minor": 5_000}]}
    invoice = (await app.post("/invoices", json=fee, headers=owner)).json()
    cash = {"customer_id": str(customer), "amount_minor": 1_000, "method": "cash", "invoice_id": invoice["id"]}
    payment = (await app.post("/payments", json=cash, headers=owner)).json()
    setup = (await app.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    card = {"setup_id": setup["setup_id"], "test_card": CARD}
    method = (await app.post(f"/customers/{customer}/payment-methods", json=card, headers=owner)).json()
    unused = (await app.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    product = (await app.post("/products", json={"name": "Wash", "price_minor": 2_000}, headers=owner)).json()
    order = PortalOrderPlaced(order_id=uuid.uuid4(), customer_id=customer, product_id=product["id"], quantity=1)
    await publish(order, facility_id=facility, aggregate_id=customer, namespace=namespace)

    async def ordered() -> bool:
        r = await app.get("/orders", params={"customer_id": str(customer)}, headers=owner)
        return bool(r.json()["items"])

    await eventually(ordered, what="billing to take the shop order")
    return {
        "customer_id": customer,
        "car_id": car.car_id,
        "rental_id": rental["id"],
        "invoice_id": invoice["id"],
        "payment_id": payment["id"],
        "method_id": method["id"],
        "setup_id": unused["setup_id"],
        "product_id": product["id"],
        "order_id": order.order_id,
    }


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, topic_namespace):
    settings = settings_for(Settings, database, scheduler_enabled=False, stripe_webhook_secret="whsec_x")
    app = create_app(settings)
    a, b = uuid.uuid4(), uuid.uuid4()
    async with running_app(app) as client:
        owner_a = token_for("owner", a)
        mine, theirs = (
            await _seed(client, a, owner_a, topic_namespace),
            await _seed(client, b, token_for("owner", b), topic_namespace),
        )
        todo = cf.calls(cf.Spec(app.openapi()), cf.by_name(), mine, theirs, HINTS)
        assert len(todo) >= 24
        # The run's other tests share the topics: a consumer still catching up would change rows mid-check.
        await settled(app.state.container)
        failures = await cf.check(client, todo, owner_a, database, b)
    assert failures == [], "\n".join(failures)
