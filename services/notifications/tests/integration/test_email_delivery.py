"""Email through a real SMTP server: language, retries, failures, broadcasts, unsubscribe, bounces."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from notif_helpers import customer, signed_webhook, system, text_of, unique

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, read_topic, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from shared.contracts import topics

pytestmark = pytest.mark.integration


async def log_of(n_api, headers, **params):
    return (await n_api.get("/emails", params=params, headers=headers)).json()["items"]


async def test_direct_message_goes_out_in_the_contacts_language(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    amelie, john = unique("amelie@example.fr"), unique("john@example.com")
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        await n_api.put(
            "/settings/facility", json={"name": "Garage Nord", "reply_to": "desk@garage-nord.fr"}, headers=owner
        )
        fr = await customer(c_api, n_api, owner, email=amelie)
        en = await customer(c_api, n_api, owner, email=john, language="en")
        for cid in (fr, en):
            r = await n_api.post(
                "/emails", json={"customer_id": cid, "subject": "Votre box", "body": "Bonjour"}, headers=owner
            )
            assert r.status_code == 202 and r.json()["status"] == "queued"
        await eventually(lambda: _count(box, 2, amelie, john), what="two emails received")
    french, english = box.to(amelie)[0], box.to(john)[0]
    assert "Message envoyé par Garage Nord." in text_of(french)
    assert "Message sent by Garage Nord." in text_of(english)
    assert french["Reply-To"] == '"Garage Nord" <desk@garage-nord.fr>' or "desk@garage-nord.fr" in french["Reply-To"]
    assert french["List-Unsubscribe"] is None, "transactional mail carries no unsubscribe header"
    html = next(p.get_content() for p in french.walk() if p.get_content_type() == "text/html")
    assert 'lang="fr"' in html


async def _count(box, n, *addresses):
    return len(box.to_any(*addresses)) >= n


async def test_a_4xx_is_retried_and_then_succeeds(contacts_db, notifications_db, settings_for, token_for, smtp):
    box, port = smtp
    later = unique("later@example.com")
    box.soft_fail_once.add(later)
    owner = token_for("owner", uuid.uuid4())
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = await customer(c_api, n_api, owner, email=later)
        await n_api.post("/emails", json={"customer_id": cid, "subject": "S", "body": "B"}, headers=owner)
        await eventually(lambda: _count(box, 1, later), what="delivered after a retry")
        entry = await eventually(lambda: _status(n_api, owner, cid, "sent"), what="logged as sent")
    assert [r for r in box.refusals if later in r] == [f"451 {later}"]
    assert entry["attempts"] == 2 and entry["message_id"]


async def _status(n_api, headers, cid, status):
    entries = await log_of(n_api, headers, customer_id=cid)
    return entries[0] if entries and entries[0]["status"] == status else None


async def test_a_5xx_ends_failed_and_is_published(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    nobody = unique("nobody@example.com")
    box.hard_fail.add(nobody)
    owner = token_for("owner", uuid.uuid4())
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = await customer(c_api, n_api, owner, email=nobody)
        await n_api.post("/emails", json={"customer_id": cid, "subject": "S", "body": "B"}, headers=owner)
        entry = await eventually(lambda: _status(n_api, owner, cid, "failed"), what="logged as failed")
        records = await read_topic(
            topics.resolve(topics.NOTIFICATIONS, topic_namespace),
            until=lambda rs: any(r.key == cid.encode() for r in rs),
        )
        timeline = await eventually(lambda: _timeline_has(c_api, owner, cid, "email_failed"), what="on the timeline")
    assert entry["attempts"] == 1 and entry["reason"].startswith("550")
    assert "550" in timeline["summary"], "the failure shows on the customer's timeline in contacts"
    event = json.loads(next(r.value for r in records if r.key == cid.encode()))
    assert event["type"] == "EmailFailed" and event["payload"]["reason"].startswith("550")
    assert box.to_any(nobody) == []


async def _timeline_has(c_api, headers, cid, kind):
    entries = (await c_api.get(f"/customers/{cid}/timeline", headers=headers)).json()["items"]
    return next((e for e in entries if e["kind"] == kind), None)


async def test_names_and_subjects_cannot_inject_headers(contacts_db, notifications_db, settings_for, token_for, smtp):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    safe = unique("safe@example.com")
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = await customer(c_api, n_api, owner, email=safe, first_name="Eve\r\nBcc: spy@evil.test")
        subject = "Hello\r\nBcc: spy@evil.test\nX-Injected: yes"
        r = await n_api.post("/emails", json={"customer_id": cid, "subject": subject, "body": "B"}, headers=owner)
        assert r.status_code == 202
        await eventually(lambda: _count(box, 1, safe, "spy@evil.test"), what="delivered")
    [message] = box.to_any(safe, "spy@evil.test")
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert box.envelopes[box.messages.index(message)] == [safe]
    assert "Bcc: spy@evil.test" in message["Subject"]


async def test_broadcast_skips_opted_out_invalid_and_bounced_and_reports_why(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    tag = f"winter-{uuid.uuid4().hex[:6]}"
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        await customer(c_api, n_api, owner, email="yes@example.com", tags=[tag])
        await customer(c_api, n_api, owner, email="no@example.com", tags=[tag], marketing_opt_out=True)
        # A facility that does not require emails (contacts requires one by default) may have customers without.
        optional = {"default_country": "FR", "email_required": False}
        assert (await c_api.put("/settings/facility", json=optional, headers=owner)).status_code == 200
        await customer(c_api, n_api, owner, tags=[tag])
        gone = await customer(c_api, n_api, owner, email="gone@example.com", tags=[tag])
        await customer(c_api, n_api, owner, email="other@example.com", tags=["other"])
        bounce = {"id": f"evt-{uuid.uuid4()}", "type": "bounce", "email": "gone@example.com", "reason": "550 mailbox"}
        assert (await signed_webhook(n_api, bounce)).status_code == 200
        seen = (await n_api.get(f"/recipients/{gone}", headers=owner)).json()
        assert seen["undeliverable_reason"] == "bounce: 550 mailbox"
        r = await n_api.post(
            "/broadcasts",
            json={"audience": {"tags": [tag]}, "subject": "Offre d'hiver", "body": "-10 %"},
            headers=owner,
        )
        assert r.status_code == 202, r.text
        bid = r.json()["id"]

        async def done():
            report = (await n_api.get(f"/broadcasts/{bid}", headers=owner)).json()
            return report if report["status"] == "completed" else None

        report = await eventually(done, what="broadcast completed")
    assert report["sent"] == 1 and report["failed"] == 0
    assert report["skipped"] == {"opted_out": 1, "no_email": 1, "undeliverable": 1}
    # The database is the session's: mail another test left queued may go out here too; look at this test's.
    ours = {"yes@example.com", "no@example.com", "gone@example.com", "other@example.com"}
    mine = [m for m in box.messages if m["To"].addresses[0].addr_spec in ours]
    assert [m["To"] for m in mine] == ["Test Person <yes@example.com>"]
    sent = mine[0]
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert sent["List-Unsubscribe"].startswith("<http://gateway.test/api/notifications/unsubscribe?")


async def test_webhook_needs_a_valid_signature_and_applies_once(contacts_db, notifications_db, settings_for, smtp):
    _, port = smtp
    async with system(contacts_db, notifications_db, settings_for, port) as (_, n_api):
        event = {"id": f"evt-{uuid.uuid4()}", "type": "bounce", "email": "x@example.com"}
        assert (await signed_webhook(n_api, event, secret="wrong")).status_code == 401
        assert (await signed_webhook(n_api, event, stamp=int(time.time()) - 3600)).status_code == 401
        huge = await signed_webhook(n_api, event, stamp=int("9" * 401))
        assert huge.status_code == 422 and huge.json()["detail"][0]["loc"] == ["header", "x-webhook-timestamp"]
        first = await signed_webhook(n_api, event)
        again = await signed_webhook(n_api, event)
    assert first.json() == {"applied": True} and again.json() == {"applied": False}


async def test_unsubscribe_get_only_shows_a_page_and_post_opts_out(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    tag = f"t-{uuid.uuid4().hex[:6]}"
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        bye = unique("bye@example.com")
        cid = await customer(c_api, n_api, owner, email=bye, tags=[tag], language="en")
        await n_api.post("/broadcasts", json={"audience": {"tags": [tag]}, "subject": "S", "body": "B"}, headers=owner)
        await eventually(lambda: _count(box, 1, bye), what="broadcast delivered")
        url = box.to_any(bye)[0]["List-Unsubscribe"].strip("<>").replace("http://gateway.test/api/notifications", "")
        page = await n_api.get(url)
        assert page.status_code == 200 and "Unsubscribe me" in page.text and "<form" in page.text
        assert (await n_api.get(f"/recipients/{cid}", headers=owner)).json()["marketing_opt_out"] is False
        forged = await n_api.post(url[:-4] + "0000", content=b"List-Unsubscribe=One-Click")
        assert forged.status_code == 400
        done = await n_api.post(url, content=b"List-Unsubscribe=One-Click")
        assert done.status_code == 200
        assert (await n_api.get(f"/recipients/{cid}", headers=owner)).json()["marketing_opt_out"] is True

        async def opted_out_in_contacts():
            record = (await c_api.get(f"/customers/{cid}", headers=owner)).json()
            return record if record["marketing_opt_out"] else None

        record = await eventually(opted_out_in_contacts, what="contacts applied the opt-out")
        assert record["version"] == 2
        assert await _timeline_has(c_api, owner, cid, "marketing_opt_out")
        records = await read_topic(
            topics.resolve(topics.NOTIFICATIONS, topic_namespace),
            until=lambda rs: any(
                json.loads(r.value)["type"] == "MarketingOptedOut" and r.key == cid.encode() for r in rs
            ),
        )
    assert records


async def test_staff_cannot_send_or_broadcast(contacts_db, notifications_db, settings_for, token_for, smtp):
    _, port = smtp
    staff = token_for("staff", uuid.uuid4())
    async with system(contacts_db, notifications_db, settings_for, port) as (_, n_api):
        direct = await n_api.post(
            "/emails", json={"customer_id": str(uuid.uuid4()), "subject": "S", "body": "B"}, headers=staff
        )
        blast = await n_api.post("/broadcasts", json={"audience": {}, "subject": "S", "body": "B"}, headers=staff)
        owner = {**staff, **token_for("owner", uuid.uuid4())}
        bad = await n_api.post(
            "/broadcasts", json={"audience": {"status": ["vip"]}, "subject": "S", "body": "B"}, headers=owner
        )
    assert direct.status_code == 403 and blast.status_code == 403
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][:3] == ["body", "audience", "status"]


async def test_a_broadcast_resumes_after_a_restart_without_sending_anyone_twice(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    tag = f"r-{uuid.uuid4().hex[:6]}"
    addresses = [f"r{i}-{tag}@example.com" for i in range(30)]
    n_settings = settings_for(
        NotificationsSettings, notifications_db, smtp_port=port, dispatcher_poll_s=0.05, dispatcher_batch=4
    )
    async with running_app(contacts_app(settings_for(ContactsSettings, contacts_db))) as c_api:
        ids = []
        for address in addresses:
            r = await c_api.post(
                "/customers", json={"first_name": "R", "last_name": "S", "email": address, "tags": [tag]}, headers=owner
            )
            ids.append(r.json()["id"])
        async with running_app(notifications_app(n_settings)) as n_api:
            await eventually(lambda: _all_known(n_api, owner, ids), what="all recipients known")
            r = await n_api.post(
                "/broadcasts", json={"audience": {"tags": [tag]}, "subject": "S", "body": "B"}, headers=owner
            )
            bid = r.json()["id"]
            await eventually(lambda: _count(box, 4, *addresses), what="a first few sent")
        sent_before_restart = sum(tag in m["To"].addresses[0].addr_spec for m in box.messages)
        assert sent_before_restart < len(addresses), "the restart happens mid-broadcast"
        async with running_app(notifications_app(n_settings)) as n_api:

            async def done():
                report = (await n_api.get(f"/broadcasts/{bid}", headers=owner)).json()
                return report if report["status"] == "completed" else None

            report = await eventually(done, timeout=60, what="broadcast completed after restart")
    # The database is the session's: mail another test left queued may go out here too; count this test's.
    mine = (m["To"].addresses[0].addr_spec for m in box.messages)
    received = sorted(a for a in mine if a.endswith(f"-{tag}@example.com"))
    assert received == sorted(addresses), "everyone exactly once"
    assert report["sent"] == len(addresses)


async def _all_known(n_api, headers, ids):
    for cid in ids:
        if (await n_api.get(f"/recipients/{cid}", headers=headers)).status_code != 200:
            return False
    return True
