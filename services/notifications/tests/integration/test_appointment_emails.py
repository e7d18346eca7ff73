"""Appointment emails: scheduled, confirmed and the day-before reminder, from contacts' scheduling, over real SMTP."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from notif_helpers import customer, system, text_of, unique

from contacts.service_layer.scheduling_jobs import send_due_reminders
from crm_dev.testing import eventually
from shared.db import UnitOfWork, make_engine, make_sessionmaker

pytestmark = pytest.mark.integration


async def test_people_who_follow_scheduling_get_each_stage_once_in_the_customers_language(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    holder, driver, bookkeeper = unique("holder@example.com"), unique("driver@example.com"), unique("books@example.com")
    everyone = (holder, driver, bookkeeper)
    starts = (datetime.now(UTC) + timedelta(hours=20)).replace(second=0, microsecond=0)
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = await customer(c_api, n_api, owner, email=holder, language="en")
        for email, prefs in ((driver, ["scheduling"]), (bookkeeper, ["invoices"])):
            person = {"first_name": "P", "last_name": "Q", "role": "assistant", "email": email, "preferences": prefs}
            added = await c_api.post(f"/customers/{cid}/people", json=person, headers=owner)
            assert added.status_code == 201, added.text
        booked = await c_api.post(
            "/appointments",
            json={"kind": "pickup", "customer_id": cid, "starts_at": starts.isoformat(), "notes": "Keys at desk"},
            headers=owner,
        )
        appt = booked.json()["id"]
        await eventually(lambda: _received(box, 2, *everyone), what="scheduled emails")
        await c_api.patch(f"/appointments/{appt}", json={"notes": "Keys at the desk"}, headers=owner)  # no email
        await c_api.patch(f"/appointments/{appt}", json={"status": "confirmed"}, headers=owner)
        await eventually(lambda: _received(box, 4, *everyone), what="confirmed emails")
        engine = make_engine(contacts_db)
        try:
            for _ in range(2):  # the job runs twice: one reminder
                await send_due_reminders(UnitOfWork(make_sessionmaker(engine), topic_namespace))
        finally:
            await engine.dispose()
        await eventually(lambda: _received(box, 6, *everyone), what="reminder emails")
        # Another facility's event for the same customer id reaches nobody: its recipients are not this one's.
        other = token_for("owner", uuid.uuid4())
        foreign = await c_api.post(
            "/appointments", json={"kind": "pickup", "customer_id": cid, "starts_at": starts.isoformat()}, headers=other
        )
        assert foreign.status_code == 404
        # A marker after everything: a second reminder would have arrived before it.
        await c_api.patch(
            f"/appointments/{appt}", json={"starts_at": (starts + timedelta(days=5)).isoformat()}, headers=owner
        )
        await eventually(lambda: _received(box, 8, *everyone), what="the rescheduled emails")
    mail = box.to_any(*everyone)
    assert not box.to(bookkeeper), "people who do not follow scheduling get nothing"
    subjects = sorted(m["Subject"] for m in mail if m["To"].addresses[0].addr_spec == driver)
    assert [s.split(":")[0] for s in subjects] == ["Appointment", "Confirmed", "Confirmed", "Reminder"]
    local = starts.astimezone(ZoneInfo("Europe/Paris")).strftime("%d/%m/%Y at %H:%M")
    reminder = next(m for m in mail if m["Subject"].startswith("Reminder") and m["To"].addresses[0].addr_spec == holder)
    assert local in reminder["Subject"] and "car pick-up" in text_of(reminder) and "is coming up" in text_of(reminder)


async def _received(box, n, *addresses):
    return len(box.to_any(*addresses)) >= n
