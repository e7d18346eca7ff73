"""Every write operation of the portal's OpenAPI document, called by facility A, leaves facility B unchanged.

The portal's writes name few records by id (a customer acts through their session, staff on their facility's
settings); facility B's open invoice is the one named (paying it from A must do nothing); the generated calls
fail as soon as a route names another record that is not seeded here.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from portal_helpers import customer, db_rows, invite, session_cookie

from crm_dev.testing import drop_database, eventually, migrated_database, publish, settled
from portal.bootstrap import create_app
from portal.config import Settings
from portal.entrypoints.cli import MIGRATIONS
from shared import cross_facility as cf
from shared.contracts.billing import BillingProductChanged, Money

pytestmark = pytest.mark.integration

HINTS: dict[str, dict[str, Any]] = {
    "PATCH /me/profile": {"json": {"first_name": "Zed"}},
    "POST /me/onboarding/{step}": {"paths": {"step": "confirm_profile"}},
    "POST /signout": {"last": True},
    "POST /portal/signout": {"last": True},
    "POST /me/payment-methods": {"json": {"token": "pm_card_visa", "exp_month": 4, "exp_year": 2031}},
    "POST /me/pickup-requests": {"json": {"wanted_at": (datetime.now(UTC) + timedelta(days=3)).isoformat()}},
}


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("portal", MIGRATIONS)
    yield url
    await drop_database(url)


async def _signed_in(portal: Any, ns: str, facility: uuid.UUID) -> str:
    """A customer of the facility signed in to the portal: their session id."""
    email = f"x{uuid.uuid4().hex[:8]}@example.com"
    cid = await customer(ns, facility, email)
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email)}")
    portal.cookies.clear()
    return session_cookie(response)


async def _a_car(database: str, facility: uuid.UUID) -> uuid.UUID:
    """A car of the facility's customer, once the read model holds it (a pick-up request names one)."""

    async def found() -> list[Any]:
        return await db_rows(database, "SELECT car_id FROM cars WHERE facility_id = $1", facility)

    return (await eventually(found, what="the customer's car in the portal's view"))[0]["car_id"]


async def _a_product(database: str, ns: str, facility: uuid.UUID) -> uuid.UUID:
    """An active product of the facility's shop, once the read model holds it (an order names one)."""
    event = BillingProductChanged(
        product_id=uuid.uuid4(), name="Wash", price=Money(amount_minor=2_000, currency="EUR"), kind="service",
        active=True, revision=1,
    )  # fmt: skip
    await publish(event, facility_id=facility, aggregate_id=event.product_id, namespace=ns)

    async def found() -> list[Any]:
        return await db_rows(database, "SELECT 1 FROM shop_products WHERE product_id = $1", event.product_id)

    await eventually(found, what="the product in the portal's catalogue")
    return event.product_id


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, topic_namespace):
    app = create_app(settings_for(Settings, database))
    a, b = uuid.uuid4(), uuid.uuid4()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://portal.test") as portal:
            session_a = await _signed_in(portal, topic_namespace, a)
            await _signed_in(portal, topic_namespace, b)
            invoices = {a: uuid.uuid4(), b: uuid.uuid4()}
            for facility, invoice_id in invoices.items():
                await db_rows(
                    database,
                    "INSERT INTO invoices (invoice_id, customer_id, facility_id, number, status, currency,"
                    " total_minor, amount_paid_minor, amount_due_minor, due_on, revision)"
                    " VALUES ($1, $2, $3, 'INV-1', 'open', 'EUR', 100, 0, 100, current_date, 1)",
                    invoice_id,
                    uuid.uuid4(),
                    facility,
                )
            cars = {facility: await _a_car(database, facility) for facility in (a, b)}
            headers = {**token_for("owner", a), "Cookie": f"portal_session={session_a}"}
            products = {facility: await _a_product(database, topic_namespace, facility) for facility in (a, b)}
            mine = {"invoice_id": invoices[a], "car_id": cars[a], "product_id": products[a]}
            theirs = {"invoice_id": invoices[b], "car_id": cars[b], "product_id": products[b]}
            todo = cf.calls(cf.Spec(app.openapi()), cf.by_name(), mine, theirs, HINTS)
            assert len(todo) >= 9
            await settled(app.state.container)
            failures = await cf.check(portal, todo, headers, database, b)
    assert failures == [], "\n".join(failures)
