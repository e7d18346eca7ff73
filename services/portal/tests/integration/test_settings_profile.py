"""Facility portal settings, onboarding progress, profile edits and email changes confirmed by link."""

from __future__ import annotations

import uuid

import pytest
from portal_helpers import customer, db_rows, emails, invite, portal_events, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.billing import PaymentMethodChanged
from shared.contracts.contacts import CustomerSnapshot, CustomerUpdated

pytestmark = pytest.mark.integration


def as_session(sid: str) -> dict[str, str]:
    return {"Cookie": f"portal_session={sid}"}


async def signed_in(portal, ns, facility, email) -> tuple[uuid.UUID, str]:
    cid = await customer(ns, facility, email)
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email)}")
    portal.cookies.clear()
    return cid, session_cookie(response)


async def test_sections_and_onboarding(portal, topic_namespace, token_for):
    facility = uuid.uuid4()
    cid, sid = await signed_in(portal, topic_namespace, facility, f"onb-{uuid.uuid4().hex[:6]}@example.com")
    me = (await portal.get("/me", headers=as_session(sid))).json()
    assert set(me["sections"]) == {"events", "cars", "shop", "billing", "documents", "settings"}
    assert me["onboarding"] == {"steps": [], "next_step": None}
    wanted = {"sections": ["cars", "settings"], "onboarding_steps": ["confirm_profile", "add_payment_method"]}
    assert (await portal.put("/staff/settings", json=wanted, headers=token_for("staff", facility))).status_code == 403
    bad = await portal.put("/staff/settings", json={"sections": ["garage"]}, headers=token_for("owner", facility))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][:2] == ["body", "sections"]
    saved = await portal.put("/staff/settings", json=wanted, headers=token_for("manager", facility))
    assert saved.status_code == 200 and saved.json()["sections"] == ["cars", "settings"]
    assert (await portal.get("/staff/settings", headers=token_for("staff", facility))).json()["sections"] == [
        "cars",
        "settings",
    ]
    me = (await portal.get("/me", headers=as_session(sid))).json()
    assert "billing" not in me and "documents" not in me and "events" not in me and len(me["cars"]) == 1
    assert me["onboarding"]["next_step"] == "confirm_profile"
    step = await portal.post("/me/onboarding/confirm_profile", headers=as_session(sid))
    assert step.status_code == 200 and step.json()["next_step"] == "add_payment_method"
    refused = await portal.post("/me/onboarding/add_payment_method", headers=as_session(sid))
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["path", "step"]
    card = PaymentMethodChanged(
        payment_method_id=uuid.uuid4(),
        customer_id=cid,
        brand="visa",
        last4="4242",
        exp_month=1,
        exp_year=2030,
        is_default=True,
        revision=1,
    )
    await publish(card, facility_id=facility, aggregate_id=cid, namespace=topic_namespace)

    async def done():
        body = (await portal.get("/me", headers=as_session(sid))).json()
        return body["onboarding"]["next_step"] is None and all(s["done"] for s in body["onboarding"]["steps"])

    await eventually(done, what="a card to complete the payment-method step")
    other = await portal.get("/staff/settings", headers=token_for("owner", uuid.uuid4()))
    defaults = other.json()
    assert len(defaults["sections"]) == 6 and defaults["onboarding_steps"] == [], "other facilities keep defaults"


async def test_profile_edit_and_confirmed_email_change(portal, portal_db, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"edit-{uuid.uuid4().hex[:6]}@example.com"
    cid, sid = await signed_in(portal, ns, facility, email)
    empty = await portal.patch("/me/profile", json={}, headers=as_session(sid))
    assert empty.status_code == 422
    bad = await portal.patch("/me/profile", json={"language": "de"}, headers=as_session(sid))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "language"]
    edit = await portal.patch("/me/profile", json={"phone": "+33612345678"}, headers=as_session(sid))
    assert edit.status_code == 202
    changed = await portal_events(ns, "PortalProfileChanged", lambda p: p["customer_id"] == str(cid))
    assert changed[0]["phone"] == "+33612345678" and changed[0]["email"] is None
    new = f"moved-{uuid.uuid4().hex[:6]}@example.com"
    assert (await portal.post("/me/email", json={"email": new}, headers=as_session(sid))).status_code == 202
    sent = await emails(ns, lambda p: p["email"] == new, type_="PortalEmailConfirmationRequested")
    token = str(sent[0]["link"]).rsplit("/", 1)[1]
    page = await portal.get(f"/portal/confirm-email/{token}")
    assert page.status_code == 200 and new in page.text
    assert (await portal.post(f"/portal/confirm-email/{token}")).status_code == 200
    assert (await portal.post(f"/portal/confirm-email/{token}")).status_code == 410, "single use"
    applied = await portal_events(
        ns, "PortalProfileChanged", lambda p: p["customer_id"] == str(cid) and p["email"] == new
    )
    assert applied
    rows = await db_rows(portal_db, "SELECT email::text FROM accounts WHERE customer_id = $1", cid)
    assert [r["email"] for r in rows] == [new]
    me = await portal.get("/me/profile", headers=as_session(sid))
    assert me.status_code == 200 and me.json()["email"] == new, "confirming keeps the session"


async def test_the_account_holder_chooses_about_offers_and_the_profile_shows_what_contacts_applied(
    portal, topic_namespace
):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"offers-{uuid.uuid4().hex[:6]}@example.com"
    cid, sid = await signed_in(portal, ns, facility, email)
    assert (await portal.get("/me/profile", headers=as_session(sid))).json()["profile"]["marketing_opt_out"] is False
    bad = await portal.patch("/me/profile", json={"marketing_opt_out": "sometimes"}, headers=as_session(sid))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "marketing_opt_out"]
    edit = await portal.patch("/me/profile", json={"marketing_opt_out": True}, headers=as_session(sid))
    assert edit.status_code == 202 and edit.json()["changes"] == {"marketing_opt_out": True}
    sent = await portal_events(ns, "PortalProfileChanged", lambda p: p["customer_id"] == str(cid))
    assert sent[0]["marketing_opt_out"] is True and sent[0]["phone"] is None
    # Contacts applies it and publishes the record; the profile shows it from then on.
    snapshot = CustomerSnapshot(
        customer_id=cid, first_name="Ana", last_name="Silva", email=email, language="en", marketing_opt_out=True
    )
    await publish(CustomerUpdated(customer=snapshot), facility_id=facility, aggregate_id=cid, namespace=ns, version=2)

    async def shown():
        profile = (await portal.get("/me/profile", headers=as_session(sid))).json()["profile"]
        return profile["marketing_opt_out"] is True

    await eventually(shown, what="the opt-out in the portal profile")
