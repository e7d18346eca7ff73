"""Revocation from contacts events through Kafka, and one customer never reading another's data."""

from __future__ import annotations

import uuid

import pytest
from portal_helpers import customer, invite, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.contacts import (
    CustomerDeleted,
    CustomerSnapshot,
    CustomerUpdated,
    PersonAdded,
    PersonSnapshot,
    PersonUpdated,
)

pytestmark = pytest.mark.integration


def as_session(sid: str) -> dict[str, str]:
    return {"Cookie": f"portal_session={sid}"}


async def sign_in(portal, ns, facility, cid, email, person_id=None) -> str:
    token = await invite(ns, facility, cid, email, person_id)
    response = await portal.post(f"/portal/signin/{token}")
    assert response.status_code == 303, response.text
    portal.cookies.clear()
    return session_cookie(response)


async def status_of(portal, sid) -> int:
    return (await portal.get("/me", headers=as_session(sid))).status_code


async def test_turning_off_a_persons_access_revokes_the_live_session(portal, topic_namespace, token_for):
    ns, facility = topic_namespace, uuid.uuid4()
    cid = await customer(ns, facility, f"owner-{uuid.uuid4().hex[:6]}@example.com")
    email = f"bookkeeper-{uuid.uuid4().hex[:6]}@example.com"
    person = PersonSnapshot(
        person_id=uuid.uuid4(), customer_id=cid, first_name="Bo", last_name="K", email=email, portal_access=True,
        role="vehicle_manager",
    )  # fmt: skip
    await publish(PersonAdded(person=person), facility_id=facility, aggregate_id=cid, namespace=ns, version=1)
    sid = await sign_in(portal, ns, facility, cid, email, person.person_id)
    me = (await portal.get("/me", headers=as_session(sid))).json()
    assert me["profile"]["first_name"] == "Bo" and me["person_id"] == str(person.person_id)
    assert me["customer_id"] == str(cid) and len(me["cars"]) == 1, "a person sees the customer's cars"
    staff = token_for("staff", facility)
    preview = await portal.get(f"/staff/preview/customers/{cid}?person_id={person.person_id}", headers=staff)
    assert preview.json() == me, "staff preview of a person is exactly their view"
    off = person.model_copy(update={"portal_access": False})
    await publish(PersonUpdated(person=off), facility_id=facility, aggregate_id=cid, namespace=ns, version=2)
    await eventually(lambda: _is(portal, sid, 401), timeout=10, what="the session to be revoked")
    ip = {"X-Forwarded-For": f"10.9.{uuid.uuid4().int % 250}.1"}
    assert (await portal.post("/signin/request-link", json={"email": email}, headers=ip)).status_code == 202
    # Replaying the old PersonAdded (portal access on) must not bring access back.
    await publish(PersonAdded(person=person), facility_id=facility, aggregate_id=cid, namespace=ns, version=1)
    assert await status_of(portal, sid) == 401


async def _is(portal, sid, code):
    return await status_of(portal, sid) == code


async def test_customer_access_email_and_deletion_revoke(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"cust-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    snap = CustomerSnapshot(customer_id=cid, first_name="Ana", last_name="Silva", email=email)
    sid = await sign_in(portal, ns, facility, cid, email)
    await publish(
        CustomerUpdated(customer=snap, changed_fields=("portal_access",)),
        facility_id=facility,
        aggregate_id=cid,
        namespace=ns,
        version=2,
    )
    await eventually(lambda: _is(portal, sid, 401), timeout=10, what="portal access off to revoke")
    sid = await sign_in(portal, ns, facility, cid, email)
    moved = snap.model_copy(update={"email": f"new-{email}"})
    await publish(
        CustomerUpdated(customer=moved, changed_fields=("email",)),
        facility_id=facility,
        aggregate_id=cid,
        namespace=ns,
        version=3,
    )
    await eventually(lambda: _is(portal, sid, 401), timeout=10, what="an email change to revoke")
    sid = await sign_in(portal, ns, facility, cid, f"new-{email}")
    await publish(CustomerDeleted(customer_id=cid), facility_id=facility, aggregate_id=cid, namespace=ns, version=4)
    await eventually(lambda: _is(portal, sid, 401), timeout=10, what="deletion to revoke")


async def test_a_session_reads_only_its_own_customer_and_facility(portal, topic_namespace, token_for):
    ns, f1, f2 = topic_namespace, uuid.uuid4(), uuid.uuid4()
    a_email = f"a-{uuid.uuid4().hex[:6]}@example.com"
    a = await customer(ns, f1, a_email, cars=1, first="A")
    b = await customer(ns, f1, f"b-{uuid.uuid4().hex[:6]}@example.com", cars=2, first="B")
    c = await customer(ns, f2, f"c-{uuid.uuid4().hex[:6]}@example.com", cars=3, first="C")
    sid = await sign_in(portal, ns, f1, a, a_email)
    staff = token_for("staff", f1)
    await eventually(lambda: _preview_has_cars(portal, staff, b, 2), what="B's cars in the read model")
    me = (await portal.get("/me", headers=as_session(sid))).json()
    assert me["customer_id"] == str(a) and [car["model"] for car in me["cars"]] == ["Giulia A 0"]
    preview = (await portal.get(f"/staff/preview/customers/{a}", headers=staff)).json()
    assert {k: v for k, v in preview.items() if k != "documents"} == {k: v for k, v in me.items() if k != "documents"}
    other = await portal.get(f"/staff/preview/customers/{c}", headers=staff)
    assert other.status_code == 404, "another facility's customer is not found"
    assert (await portal.get(f"/staff/preview/customers/{c}", headers=token_for("owner", f2))).status_code == 200
    assert (await portal.get(f"/staff/preview/customers/{a}")).status_code == 401
    # A portal session is not a staff token, and /me takes no customer id to tamper with.
    assert (await portal.get(f"/staff/preview/customers/{b}", headers=as_session(sid))).status_code == 401
    assert (await portal.get(f"/me?customer_id={b}", headers=as_session(sid))).json()["customer_id"] == str(a)


async def _preview_has_cars(portal, staff, cid, count):
    r = await portal.get(f"/staff/preview/customers/{cid}", headers=staff)
    return r.status_code == 200 and len(r.json()["cars"]) == count
