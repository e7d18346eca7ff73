"""Through the real broker: the portal's billing view shows what billing issued, with no call between them."""

from __future__ import annotations

import uuid

import pytest

from crm_dev.testing import eventually, running_app
from portal.bootstrap import create_app as create_portal
from portal.config import Settings as PortalSettings

pytestmark = pytest.mark.integration


async def test_the_portal_billing_view_shows_the_new_invoice_balance_and_card(
    billing, known_customer, portal_db, settings_for, token_for
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    async with running_app(create_portal(settings_for(PortalSettings, portal_db))) as portal:
        customer = await known_customer(facility, email=f"{uuid.uuid4().hex}@example.com")
        setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
        card = {"number": "5555555555554444", "exp_month": 4, "exp_year": 2030}
        await billing.post(
            f"/customers/{customer}/payment-methods",
            json={"setup_id": setup["setup_id"], "test_card": card},
            headers=owner,
        )
        invoice = await billing.post(
            "/invoices",
            json={
                "customer_id": str(customer),
                "lines": [{"description": "November storage", "unit_amount_minor": 12_345}],
            },
            headers=owner,
        )
        assert invoice.status_code == 201
        number = invoice.json()["number"]

        async def shown() -> dict | None:
            r = await portal.get(f"/staff/preview/customers/{customer}", headers=owner)
            if r.status_code != 200:
                return None
            billing_view = r.json().get("billing") or {}
            open_numbers = [i.get("number") for i in billing_view.get("open_invoices") or []]
            balance = billing_view.get("balance") or {}
            ready = (
                number in open_numbers and balance.get("amount_minor") == 12_345 and billing_view.get("payment_methods")
            )
            return billing_view if ready else None

        view = await eventually(shown, timeout=30, what="the portal's billing view to show the invoice")
        assert view["payment_methods"][0]["last4"] == "4444"
        assert view["payment_methods"][0]["brand"] == "mastercard"
