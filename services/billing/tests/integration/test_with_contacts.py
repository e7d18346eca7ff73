"""Through the real broker: billing's events make a customer Active or Inactive in contacts and guard deletion."""

from __future__ import annotations

import uuid

import pytest

from contacts.bootstrap import create_app as create_contacts
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, running_app

pytestmark = pytest.mark.integration


async def test_rentals_set_status_and_unpaid_invoices_block_deletion(billing, contacts_db, settings_for, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    async with running_app(create_contacts(settings_for(ContactsSettings, contacts_db))) as contacts:
        created = await contacts.post(
            "/customers",
            json={"first_name": "Grace", "last_name": "Hopper", "email": f"{uuid.uuid4().hex}@example.com"},
            headers=owner,
        )
        assert created.status_code == 201, created.text
        customer = created.json()["id"]
        assert created.json()["status"] == "lead"

        async def billing_knows() -> bool:
            return (await billing.get(f"/customers/{customer}/balance", headers=owner)).status_code == 200

        await eventually(billing_knows, what="billing to learn the customer from contacts")

        async def status_is(expected: str) -> bool:
            return (await contacts.get(f"/customers/{customer}", headers=owner)).json()["status"] == expected

        rental = await billing.post(
            "/rentals", json={"customer_id": customer, "space": "Bay 7", "price_minor": 20_000}, headers=owner
        )
        assert rental.status_code == 201, rental.text
        await eventually(lambda: status_is("active"), what="contacts to make the customer Active")

        end = await billing.post(f"/rentals/{rental.json()['id']}/end", json={}, headers=owner)
        assert end.status_code == 200 and end.json()["status"] == "ended"
        await eventually(lambda: status_is("inactive"), what="contacts to make the customer Inactive")

        invoice = await billing.post(
            "/invoices",
            json={"customer_id": customer, "lines": [{"description": "Cleaning fee", "unit_amount_minor": 4_500}]},
            headers=owner,
        )
        assert invoice.status_code == 201

        async def invoice_known() -> bool:
            return "Invoice issued" in (await contacts.get(f"/customers/{customer}/timeline", headers=owner)).text

        await eventually(invoice_known, what="contacts to learn of the invoice")
        refused = await contacts.delete(f"/customers/{customer}", headers=owner)
        assert refused.status_code == 409
        assert [d["type"] for d in refused.json()["detail"]] == ["unpaid_invoice"]
        paid = await billing.post(
            "/payments",
            json={"customer_id": customer, "amount_minor": 4_500, "method": "cash", "invoice_id": invoice.json()["id"]},
            headers=owner,
        )
        assert paid.status_code == 201

        async def deleted() -> bool:
            return (await contacts.delete(f"/customers/{customer}", headers=owner)).status_code == 204

        await eventually(deleted, what="deletion once the invoice is paid")

        # Billing hears of the deletion too: no new rental for a deleted customer.
        async def new_rental_refused() -> bool:
            r = await billing.post(
                "/rentals", json={"customer_id": customer, "space": "Bay 8", "price_minor": 1}, headers=owner
            )
            return r.status_code == 422

        await eventually(new_rental_refused, what="billing to learn of the deletion")


async def test_the_currency_billing_keeps_shows_with_the_facility_in_contacts(
    billing, contacts_db, settings_for, token_for
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    async with running_app(create_contacts(settings_for(ContactsSettings, contacts_db))) as contacts:
        changed = await billing.put(
            "/settings", json={"currency": "GBP", "tax_rate_bp": 2000, "payment_terms_days": 30}, headers=owner
        )
        assert changed.status_code == 200, changed.text

        async def shows_pounds() -> bool:
            listed = (await contacts.get("/facilities", headers=owner)).json()["items"]
            return bool(listed[0]["currency"] == "GBP")

        await eventually(shows_pounds, what="contacts to learn the facility's currency from billing")
