"""Scheduling in contacts: appointments and facility events, roles, facilities, portal requests, reminders."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from contacts.service_layer.scheduling_jobs import send_due_reminders
from crm_dev.testing import eventually, publish, read_topic
from shared.contracts import topics
from shared.contracts.portal import PortalPickupRequested

from .conftest import unique_email

pytestmark = pytest.mark.integration
TOMORROW = (datetime.now(UTC) + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)


async def _customer_with_car(api, headers):
    cid = (
        await api.post(
            "/customers", json={"first_name": "Léa", "last_name": "Roy", "email": unique_email()}, headers=headers
        )
    ).json()["id"]
    car = (await api.post(f"/customers/{cid}/cars", json={"make": "Alpine", "model": "A110"}, headers=headers)).json()
    return cid, car["id"]


def _day(at: datetime) -> dict[str, str]:
    start = at.replace(hour=0, minute=0)
    return {"from": start.isoformat(), "to": (start + timedelta(days=1)).isoformat()}


async def _published(namespace: str, key: str, n: int) -> list[dict]:
    def done(records) -> bool:
        return len([r for r in records if r.key == key.encode()]) >= n

    records = await read_topic(topics.resolve(topics.APPOINTMENTS, namespace), until=done, timeout=30)
    return [json.loads(r.value) for r in records if r.key == key.encode()]


async def test_staff_schedule_confirm_and_cancel_and_each_change_is_published(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner, manager, staff = (token_for(r, facility) for r in ("owner", "manager", "staff"))
    cid, car = await _customer_with_car(api, owner)
    body = {"kind": "dropoff", "customer_id": cid, "car_id": car, "starts_at": TOMORROW.isoformat(), "notes": "Bâche"}
    created = await api.post("/appointments", json=body, headers=manager)
    assert created.status_code == 201, created.text
    appt = created.json()
    assert appt["status"] == "scheduled" and appt["car_label"] == "Alpine A110" and appt["customer_name"] == "Léa Roy"
    event = await api.post(
        "/appointments",
        json={
            "kind": "event",
            "title": "Soirée cars & coffee",
            "starts_at": (TOMORROW + timedelta(hours=9)).isoformat(),
        },
        headers=owner,
    )
    assert event.status_code == 201 and event.json()["customer_id"] is None
    # Every role views; only owner and manager write.
    listed = await api.get("/appointments", params=_day(TOMORROW), headers=staff)
    assert [a["kind"] for a in listed.json()["items"]] == ["dropoff", "event"]
    assert (await api.post("/appointments", json=body, headers=staff)).status_code == 403
    assert (await api.patch(f"/appointments/{appt['id']}", json={"status": "done"}, headers=staff)).status_code == 403
    confirmed = await api.patch(f"/appointments/{appt['id']}", json={"status": "confirmed"}, headers=owner)
    assert confirmed.json()["status"] == "confirmed" and confirmed.json()["revision"] == 2
    mine = await api.get(f"/customers/{cid}/appointments", params=_day(TOMORROW), headers=staff)
    assert [a["id"] for a in mine.json()["items"]] == [appt["id"]]
    cancelled = await api.patch(f"/appointments/{appt['id']}", json={"status": "cancelled"}, headers=owner)
    assert cancelled.json()["status"] == "cancelled"
    again = await api.patch(f"/appointments/{appt['id']}", json={"status": "confirmed"}, headers=owner)
    assert again.status_code == 409 and again.json()["detail"][0]["loc"] == ["body", "status"]

    sent = await _published(topic_namespace, cid, 3)
    assert [(m["type"], m["payload"]["state"], m["payload"]["status"]) for m in sent] == [
        ("AppointmentChanged", "scheduled", "scheduled"),
        ("AppointmentChanged", "confirmed", "scheduled"),
        ("AppointmentChanged", "cancelled", "cancelled"),
    ]
    assert sent[0]["payload"]["notes"] == "Bâche" and sent[0]["payload"]["time_zone"] == "Europe/Paris"
    [facility_event] = await _published(topic_namespace, event.json()["id"], 1)
    assert facility_event["type"] == "FacilityEventChanged" and facility_event["facility_id"] == str(facility)
    kinds = [e["kind"] for e in (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]]
    assert kinds[:3] == ["appointment_cancelled", "appointment_confirmed", "appointment_scheduled"]


async def test_bad_input_names_the_field_and_other_facilities_see_nothing(api, token_for):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    cid, _ = await _customer_with_car(api, owner)
    other_cid, other_car = await _customer_with_car(api, owner)
    at = TOMORROW.isoformat()
    cases = [
        ({"kind": "pickup", "starts_at": at}, ["body", "customer_id"]),
        ({"kind": "event", "customer_id": cid, "starts_at": at}, ["body", "customer_id"]),
        ({"kind": "pickup", "customer_id": cid, "car_id": other_car, "starts_at": at}, ["body", "car_id"]),
        ({"kind": "pickup", "customer_id": cid, "starts_at": at, "ends_at": at}, ["body", "ends_at"]),
        ({"kind": "pickup", "customer_id": cid, "starts_at": "2026-01-01T10:00:00"}, ["body", "starts_at"]),
        ({"kind": "valet", "customer_id": cid, "starts_at": at}, ["body", "kind"]),
    ]
    for body, loc in cases:
        answer = await api.post("/appointments", json=body, headers=owner)
        assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == loc, (body, answer.text)
    bad_range = await api.get("/appointments", params={"from": at, "to": at}, headers=owner)
    assert bad_range.status_code == 422 and bad_range.json()["detail"][0]["loc"] == ["query", "to"]
    appt = (
        await api.post("/appointments", json={"kind": "service", "customer_id": cid, "starts_at": at}, headers=owner)
    ).json()

    elsewhere = token_for("owner", uuid.uuid4())
    assert (await api.get("/appointments", params=_day(TOMORROW), headers=elsewhere)).json()["items"] == []
    assert (
        await api.patch(f"/appointments/{appt['id']}", json={"status": "done"}, headers=elsewhere)
    ).status_code == 404
    stranger = await api.post(
        "/appointments", json={"kind": "pickup", "customer_id": cid, "starts_at": at}, headers=elsewhere
    )
    assert stranger.status_code == 404 and stranger.json()["detail"][0]["loc"] == ["body", "customer_id"]
    assert (
        await api.get(f"/customers/{other_cid}/appointments", params=_day(TOMORROW), headers=elsewhere)
    ).status_code == 404


async def test_a_portal_pickup_request_becomes_a_requested_appointment_once(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    cid, car = await _customer_with_car(api, owner)
    request = PortalPickupRequested(
        request_id=uuid.uuid4(), customer_id=uuid.UUID(cid), car_id=uuid.UUID(car), wanted_at=TOMORROW, notes="Le matin"
    )
    marker = PortalPickupRequested(
        request_id=uuid.uuid4(), customer_id=uuid.UUID(cid), wanted_at=TOMORROW + timedelta(days=1)
    )
    # Delivered twice, then a request from a facility that does not have this customer, then a marker.
    for event, fid in ((request, facility), (request, facility), (request, uuid.uuid4()), (marker, facility)):
        await publish(event, facility_id=fid, aggregate_id=uuid.UUID(cid), namespace=topic_namespace)
    two_days = {"from": _day(TOMORROW)["from"], "to": (TOMORROW + timedelta(days=2)).isoformat()}

    async def requested():
        items = (await api.get(f"/customers/{cid}/appointments", params=two_days, headers=owner)).json()["items"]
        return items if any(i["starts_at"].startswith(marker.wanted_at.date().isoformat()) for i in items) else None

    appt, _ = await eventually(requested, what="the requested pick-ups")
    assert appt["status"] == "requested" and appt["kind"] == "pickup" and appt["requested_by_customer"]
    assert appt["car_id"] == car and appt["notes"] == "Le matin" and appt["created_by"] == "portal"
    confirmed = await api.patch(f"/appointments/{appt['id']}", json={"status": "confirmed"}, headers=owner)
    assert confirmed.json()["status"] == "confirmed"
    sent = await _published(topic_namespace, cid, 3)
    assert [m["payload"]["state"] for m in sent] == ["requested", "requested", "confirmed"]
    assert sent[0]["payload"]["requested_by_customer"] is True


async def test_reminders_go_once_per_start_time_for_appointments_within_a_day(
    api, token_for, topic_namespace, contacts_db
):
    from shared.db import UnitOfWork, make_engine, make_sessionmaker

    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    cid, _ = await _customer_with_car(api, owner)
    now = datetime.now(UTC)
    soon = (
        await api.post(
            "/appointments",
            json={"kind": "pickup", "customer_id": cid, "starts_at": (now + timedelta(hours=20)).isoformat()},
            headers=owner,
        )
    ).json()
    later = (
        await api.post(
            "/appointments",
            json={"kind": "service", "customer_id": cid, "starts_at": (now + timedelta(days=3)).isoformat()},
            headers=owner,
        )
    ).json()
    gone = (
        await api.post(
            "/appointments",
            json={"kind": "dropoff", "customer_id": cid, "starts_at": (now + timedelta(hours=5)).isoformat()},
            headers=owner,
        )
    ).json()
    await api.patch(f"/appointments/{gone['id']}", json={"status": "cancelled"}, headers=owner)
    engine = make_engine(contacts_db)
    try:
        uow = lambda: UnitOfWork(make_sessionmaker(engine), topic_namespace)  # noqa: E731
        await send_due_reminders(uow(), now)
        assert await send_due_reminders(uow(), now) == 0  # reminded once
        await api.patch(
            f"/appointments/{soon['id']}", json={"starts_at": (now + timedelta(hours=22)).isoformat()}, headers=owner
        )
        assert await send_due_reminders(uow(), now) >= 1  # a new time, a new reminder
    finally:
        await engine.dispose()
    sent = await _published(topic_namespace, cid, 7)
    reminders = [m["payload"]["appointment_id"] for m in sent if m["type"] == "AppointmentReminderDue"]
    assert reminders == [soon["id"], soon["id"]] and later["id"] not in reminders
