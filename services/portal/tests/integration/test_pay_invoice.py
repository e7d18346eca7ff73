"""Paying an open invoice from the portal: the request goes to billing as an event, only for one's own invoice."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from portal_helpers import customer, invite, portal_events, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.billing import InvoiceChanged, Money, PaymentMethodChanged

pytestmark = pytest.mark.integration


def eur(n: int) -> Money:
    return Money(amount_minor=n, currency="EUR")


async def test_pay_an_open_invoice_with_the_saved_card(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"payer-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email)}")
    portal.cookies.clear()
    session = {"Cookie": f"portal_session={session_cookie(response)}"}
    iid, paid_id = uuid.uuid4(), uuid.uuid4()
    for invoice_id, status in ((iid, "open"), (paid_id, "paid")):
        changed = InvoiceChanged(
            invoice_id=invoice_id, customer_id=cid, number=f"INV-{status}", status=status, total=eur(4500),
            amount_paid=eur(0 if status == "open" else 4500), amount_due=eur(4500 if status == "open" else 0),
            issued_on=date(2026, 12, 1), due_on=date(2026, 12, 15), revision=1,
        )  # fmt: skip
        await publish(changed, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def both_invoices():
        billing = (await portal.get("/me", headers=session)).json()["billing"]
        return billing if billing["open_invoices"] and billing["paid_invoices"] else None

    await eventually(both_invoices, what="the invoices in the portal's view")
    no_card = await portal.post(f"/me/invoices/{iid}/pay", headers=session)
    assert no_card.status_code == 409 and no_card.json()["detail"][0]["loc"] == ["path", "invoice_id"]
    card = PaymentMethodChanged(
        payment_method_id=uuid.uuid4(), customer_id=cid, brand="visa", last4="4242", exp_month=1, exp_year=2030,
        is_default=True, removed=False, revision=1,
    )  # fmt: skip
    await publish(card, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def card_known():
        return (await portal.get("/me", headers=session)).json()["billing"]["payment_methods"] or None

    await eventually(card_known, what="the card in the portal's view")
    assert (await portal.post(f"/me/invoices/{paid_id}/pay", headers=session)).status_code == 409
    assert (await portal.post(f"/me/invoices/{uuid.uuid4()}/pay", headers=session)).status_code == 404
    assert (await portal.post(f"/me/invoices/{iid}/pay")).status_code == 401
    accepted = await portal.post(f"/me/invoices/{iid}/pay", headers=session)
    assert accepted.status_code == 202, accepted.text
    sent = await portal_events(ns, "PortalInvoicePaymentRequested", lambda p: p["invoice_id"] == str(iid))
    assert sent[0]["customer_id"] == str(cid)
