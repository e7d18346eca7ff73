"""An additional contact sees their role's sections (ADR 0008); a car's detail; the sign-in pages' prefill."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from portal_helpers import customer, invite, session_cookie

from crm_dev.testing import eventually, publish
from shared.contracts.contacts import PersonAdded, PersonSnapshot
from shared.contracts.scheduling import AppointmentChanged

pytestmark = pytest.mark.integration


def as_session(sid: str) -> dict[str, str]:
    return {"Cookie": f"portal_session={sid}"}


async def sign_in(portal, ns, facility, cid, email, person_id=None) -> str:
    response = await portal.post(f"/portal/signin/{await invite(ns, facility, cid, email, person_id)}")
    portal.cookies.clear()
    return session_cookie(response)


async def _me_with(portal, sid, key):
    me = (await portal.get("/me", headers=as_session(sid))).json()
    return me if me.get(key) else None


async def test_people_see_only_their_roles_sections_and_staff_preview_agrees(portal, topic_namespace, token_for):
    ns, facility = topic_namespace, uuid.uuid4()
    cid = await customer(ns, facility, f"holder-{uuid.uuid4().hex[:6]}@example.com")
    shown = {}
    for role in ("bookkeeper", "vehicle_manager", "other"):
        email = f"{role}-{uuid.uuid4().hex[:6]}@example.com"
        person = PersonSnapshot(
            person_id=uuid.uuid4(), customer_id=cid, first_name="Bo", last_name="K", email=email,
            portal_access=True, role=role,
        )  # fmt: skip
        await publish(PersonAdded(person=person), facility_id=facility, aggregate_id=cid, namespace=ns, version=1)
        sid = await sign_in(portal, ns, facility, cid, email, person.person_id)
        me = await eventually(lambda sid=sid: _me_with(portal, sid, "profile"), what="the person's profile")
        shown[role] = me["sections"]
        assert ("billing" in me) == (role == "bookkeeper"), "billing only for whoever receives the invoices"
        assert ("cars" in me) == (role == "vehicle_manager")
        preview = await portal.get(
            f"/staff/preview/customers/{cid}?person_id={person.person_id}", headers=token_for("staff", facility)
        )
        assert preview.json()["sections"] == me["sections"], "the staff preview shows the same sections"
        car_id = (await portal.get(f"/staff/preview/customers/{cid}", headers=token_for("staff", facility))).json()[
            "cars"
        ][0]["car_id"]
        car = await portal.get(f"/me/cars/{car_id}", headers=as_session(sid))
        assert car.status_code == (200 if role == "vehicle_manager" else 404)
    assert shown == {
        "bookkeeper": ["shop", "billing", "documents", "settings"],
        "vehicle_manager": ["events", "cars", "settings"],
        "other": ["events", "settings"],
    }


async def test_car_detail_is_the_customers_own_with_its_appointments(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"cars-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    other = await customer(ns, facility, f"other-{uuid.uuid4().hex[:6]}@example.com")
    sid = await sign_in(portal, ns, facility, cid, email)
    me = await eventually(lambda: _me_with(portal, sid, "cars"), what="the car in /me")
    car_id = me["cars"][0]["car_id"]
    soon = datetime.now(UTC) + timedelta(days=2)
    event = AppointmentChanged(
        appointment_id=uuid.uuid4(), customer_id=cid, car_id=uuid.UUID(car_id), title="Pick-up", starts_at=soon,
        status="scheduled", revision=1,
    )  # fmt: skip
    await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns)

    async def detail_with_appointment():
        body = (await portal.get(f"/me/cars/{car_id}", headers=as_session(sid))).json()
        return body if body.get("appointments") else None

    detail = await eventually(detail_with_appointment, what="the appointment on the car")
    assert detail["model"] == "Giulia Ana 0" and detail["appointments"][0]["title"] == "Pick-up"
    other_sid = await sign_in(portal, ns, facility, other, f"o2-{uuid.uuid4().hex[:6]}@example.com")
    assert (await portal.get(f"/me/cars/{car_id}", headers=as_session(other_sid))).status_code == 404
    bad = await portal.get("/me/cars/not-a-uuid", headers=as_session(sid))
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["path", "car_id"]
    assert (await portal.get(f"/me/cars/{car_id}")).status_code == 401


async def test_used_link_page_prefills_the_address_and_the_sent_page_shows_it(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"pre-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    token = await invite(ns, facility, cid, email)
    assert (await portal.post(f"/portal/signin/{token}")).status_code == 303
    portal.cookies.clear()
    used = await portal.get(f"/portal/signin/{token}")
    assert used.status_code == 410 and f'value="{email}"' in used.text
    unknown = await portal.get("/portal/signin/" + "x" * 43)
    assert unknown.status_code == 410 and 'value=""' in unknown.text, "an unknown link reveals no address"
    form = {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "10.77.1.1"}
    known = await portal.post("/portal/request-link", content=f"email={email}&lang=en", headers=form)
    stranger = f"nobody-{uuid.uuid4().hex[:6]}@example.com"
    form2 = {**form, "X-Forwarded-For": "10.77.1.2"}
    nobody = await portal.post("/portal/request-link", content=f"email={stranger}&lang=en", headers=form2)
    assert known.status_code == nobody.status_code == 202
    assert known.text.replace(email, "@") == nobody.text.replace(stranger, "@"), "the same answer for both"
    assert email in known.text and "Send the link again" in known.text and "60 seconds" in known.text
