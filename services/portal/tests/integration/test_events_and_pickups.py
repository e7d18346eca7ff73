"""Events: the customer's appointments with their detailed status and the facility's events; pick-up requests."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from portal_helpers import customer
from test_access_and_car_detail import _me_with, as_session, sign_in

from crm_dev.testing import eventually, publish, read_topic
from shared.contracts import topics
from shared.contracts.scheduling import AppointmentChanged, FacilityEventChanged

pytestmark = pytest.mark.integration


async def test_events_show_requested_and_confirmed_appointments_and_only_this_facilitys_events(portal, topic_namespace):
    ns, facility, elsewhere = topic_namespace, uuid.uuid4(), uuid.uuid4()
    email = f"events-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    sid = await sign_in(portal, ns, facility, cid, email)
    soon = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    pickup, dropoff, cancelled = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    for appointment_id, kind, state, status, at in (
        (pickup, "pickup", "requested", "scheduled", soon),
        (dropoff, "dropoff", "confirmed", "scheduled", soon - timedelta(hours=1)),
        (cancelled, "service", "cancelled", "cancelled", soon),
    ):
        event = AppointmentChanged(
            appointment_id=appointment_id, customer_id=cid, title="", kind=kind, starts_at=at, status=status,
            state=state, notes="Bâche", revision=1,
        )  # fmt: skip
        await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns)
    ours, theirs = uuid.uuid4(), uuid.uuid4()
    for event_id, fid, title in ((theirs, elsewhere, "Not ours"), (ours, facility, "Cars & coffee")):
        shared_event = FacilityEventChanged(facility_event_id=event_id, title=title, starts_at=soon, revision=1)
        await publish(shared_event, facility_id=fid, aggregate_id=event_id, namespace=ns)

    async def all_shown():
        me = await _me_with(portal, sid, "events")
        return me if me and len(me["events"]) >= 3 else None

    events = (await eventually(all_shown, what="appointments and the facility event"))["events"]
    assert [(e["appointment_id"], e["kind"], e["state"]) for e in events] == [
        (str(dropoff), "dropoff", "confirmed"),
        (str(pickup), "pickup", "requested"),
        (str(ours), "event", "scheduled"),
    ]
    assert events[0]["notes"] == "Bâche"
    confirmed = AppointmentChanged(
        appointment_id=pickup, customer_id=cid, title="", kind="pickup", starts_at=soon, state="confirmed", revision=2
    )
    older = AppointmentChanged(
        appointment_id=pickup, customer_id=cid, title="", kind="pickup", starts_at=soon, state="requested", revision=1
    )
    for event in (confirmed, older):  # a late older snapshot does not undo the confirmation
        await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns)
    marker = FacilityEventChanged(
        facility_event_id=ours, title="Cars & coffee", starts_at=soon, status="cancelled", revision=2
    )
    await publish(marker, facility_id=facility, aggregate_id=ours, namespace=ns)

    async def settled():
        me = await _me_with(portal, sid, "events")
        return me["events"] if me and len(me["events"]) == 2 else None

    events = await eventually(settled, what="the cancelled facility event gone")
    assert [(e["kind"], e["state"]) for e in events] == [("dropoff", "confirmed"), ("pickup", "confirmed")]


async def test_a_pickup_request_is_checked_and_published_for_scheduling(portal, topic_namespace):
    ns, facility = topic_namespace, uuid.uuid4()
    email = f"pickup-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(ns, facility, email)
    sid = await sign_in(portal, ns, facility, cid, email)
    me = await eventually(lambda: _me_with(portal, sid, "cars"), what="the car in /me")
    car_id = me["cars"][0]["car_id"]
    wanted = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    bad = [
        ({"wanted_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat()}, ["body", "wanted_at"]),
        ({"wanted_at": "2027-01-01T10:00:00"}, ["body", "wanted_at"]),
        ({"wanted_at": wanted, "car_id": str(uuid.uuid4())}, ["body", "car_id"]),
        ({"wanted_at": wanted, "colour": "red"}, ["body", "colour"]),
    ]
    for body, loc in bad:
        answer = await portal.post("/me/pickup-requests", json=body, headers=as_session(sid))
        assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == loc, (body, answer.text)
    assert (await portal.post("/me/pickup-requests", json={"wanted_at": wanted})).status_code == 401
    accepted = await portal.post(
        "/me/pickup-requests",
        json={"wanted_at": wanted, "car_id": car_id, "notes": "Le matin"},
        headers=as_session(sid),
    )
    assert accepted.status_code == 202, accepted.text
    request_id = accepted.json()["request_id"]

    def found(records) -> bool:
        return any(json.loads(r.value)["payload"].get("request_id") == request_id for r in records)

    records = await read_topic(topics.resolve(topics.PORTAL, ns), until=found, timeout=30)
    [sent] = [json.loads(r.value) for r in records if json.loads(r.value)["payload"].get("request_id") == request_id]
    assert sent["type"] == "PortalPickupRequested" and sent["facility_id"] == str(facility)
    assert sent["payload"]["customer_id"] == str(cid) and sent["payload"]["car_id"] == car_id
