"""A customer adds a card: only a token goes to billing, the request reads pending then saved or declined."""

from __future__ import annotations

import uuid

import pytest
from portal_helpers import customer, invite, portal_events, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.billing import PaymentMethodChanged, PaymentMethodRequestSettled
from shared.contracts.contacts import PersonAdded, PersonSnapshot

pytestmark = pytest.mark.integration

CARD = {"token": "pm_card_visa", "brand": "visa", "last4": "4242", "exp_month": 4, "exp_year": 2031}


async def signed_in(portal, ns, facility, cid, email, person_id=None) -> dict[str, str]:
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email, person_id)}")
    portal.cookies.clear()
    return {"Cookie": f"portal_session={session_cookie(response)}"}


async def a_customer(portal, ns, facility) -> tuple[uuid.UUID, dict[str, str]]:
    email = f"card-{uuid.uuid4().hex[:8]}@example.com"
    cid = await customer(ns, facility, email)
    return cid, await signed_in(portal, ns, facility, cid, email)


async def status_of(portal, session, request_id) -> dict:
    response = await portal.get(f"/me/payment-methods/requests/{request_id}", headers=session)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"token": None}, ["body", "token"]),
        ({"token": "4242424242424242"}, ["body", "token"]),
        ({"token": "tok_visa"}, ["body", "token"]),
        ({"exp_month": 13}, ["body", "exp_month"]),
        ({"exp_year": 2020}, ["body", "exp_year"]),
        ({"last4": "42"}, ["body", "last4"]),
        ({"number": "4242424242424242"}, ["body", "number"]),
    ],
)
async def test_a_card_that_is_not_a_valid_token_is_refused_naming_the_field(portal, topic_namespace, change, loc):
    _, session = await a_customer(portal, topic_namespace, uuid.uuid4())
    body = {k: v for k, v in {**CARD, **change}.items() if v is not None}
    refused = await portal.post("/me/payment-methods", json=body, headers=session)
    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"][0]["loc"] == loc


async def test_a_card_request_is_pending_then_saved_or_declined_and_only_its_customer_sees_it(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    cid, session = await a_customer(portal, ns, facility)
    me = (await portal.get("/me", headers=session)).json()
    assert me["billing"]["card_entry"] == "local" and me["billing"]["payment_methods"] == []
    assert (await portal.post("/me/payment-methods", json=CARD)).status_code == 401

    accepted = await portal.post("/me/payment-methods", json=CARD, headers=session)
    assert accepted.status_code == 202, accepted.text
    request_id = accepted.json()["request_id"]
    assert await status_of(portal, session, request_id) == {
        "request_id": request_id,
        "status": "pending",
        "reason": None,
    }
    sent = await portal_events(ns, "PortalPaymentMethodSubmitted", lambda p: p["request_id"] == request_id)
    assert sent[0]["customer_id"] == str(cid) and sent[0]["token"] == "pm_card_visa"
    assert "number" not in sent[0] and "cvc" not in sent[0]

    # Another customer, of this facility or of another, does not find the request.
    _, neighbour = await a_customer(portal, ns, facility)
    _, foreigner = await a_customer(portal, ns, uuid.uuid4())
    for other in (neighbour, foreigner):
        polled = await portal.get(f"/me/payment-methods/requests/{request_id}", headers=other)
        assert polled.status_code == 404 and polled.json()["detail"][0]["loc"] == ["path", "request_id"]
    # An answer published under another facility changes nothing.
    forged = PaymentMethodRequestSettled(
        request_id=uuid.UUID(request_id), customer_id=cid, outcome="declined", reason="x"
    )
    await publish(forged, facility_id=uuid.uuid4(), aggregate_id=cid, namespace=ns)

    method_id = uuid.uuid4()
    card = PaymentMethodChanged(
        payment_method_id=method_id, customer_id=cid, brand="visa", last4="4242", exp_month=4, exp_year=2031,
        is_default=True, revision=1,
    )  # fmt: skip
    saved = PaymentMethodRequestSettled(
        request_id=uuid.UUID(request_id), customer_id=cid, outcome="saved", payment_method_id=method_id
    )
    for event in (card, saved):
        await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def settled(rid=request_id):
        body = await status_of(portal, session, rid)
        return body if body["status"] != "pending" else None

    assert (await eventually(settled, what="the saved answer"))["status"] == "saved"
    cards = (await portal.get("/me", headers=session)).json()["billing"]["payment_methods"]
    assert [(c["brand"], c["last4"]) for c in cards] == [("visa", "4242")]

    second = (await portal.post("/me/payment-methods", json=CARD, headers=session)).json()["request_id"]
    declined = PaymentMethodRequestSettled(
        request_id=uuid.UUID(second), customer_id=cid, outcome="declined", reason="card_declined"
    )
    await publish(declined, facility_id=facility, aggregate_id=cid, namespace=ns)
    answer = await eventually(lambda: settled(second), what="the declined answer")
    assert answer == {"request_id": second, "status": "declined", "reason": "card_declined"}


async def test_only_people_whose_role_includes_billing_add_a_card(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    cid = await customer(ns, facility, f"holder-{uuid.uuid4().hex[:6]}@example.com")
    outcomes = {}
    for role in ("bookkeeper", "vehicle_manager"):
        email = f"{role}-{uuid.uuid4().hex[:6]}@example.com"
        person = PersonSnapshot(
            person_id=uuid.uuid4(), customer_id=cid, first_name="Bo", last_name="K", email=email, role=role
        )
        await publish(PersonAdded(person=person), facility_id=facility, aggregate_id=cid, namespace=ns, version=1)
        session = await signed_in(portal, ns, facility, cid, email, person.person_id)

        async def profile_known(session=session):
            return (await portal.get("/me", headers=session)).json().get("profile")

        await eventually(profile_known, what="the person's profile")
        outcomes[role] = (await portal.post("/me/payment-methods", json=CARD, headers=session)).status_code
    assert outcomes == {"bookkeeper": 202, "vehicle_manager": 404}
