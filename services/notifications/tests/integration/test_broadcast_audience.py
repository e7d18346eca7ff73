"""Broadcast audience preview, selections, bilingual messages and the test to oneself, through a real SMTP server."""

from __future__ import annotations

import uuid

import pytest
from notif_helpers import customer, signed_webhook, system, text_of, unique

from crm_dev.testing import eventually

pytestmark = pytest.mark.integration


async def _preview(n_api, headers, **audience):
    return await n_api.post("/broadcasts/preview", json={"audience": audience}, headers=headers)


async def test_preview_counts_the_audience_and_names_who_is_skipped_and_why_in_this_facility_only(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    _, port = smtp
    facility, other_facility = uuid.uuid4(), uuid.uuid4()
    owner, other = token_for("owner", facility), token_for("owner", other_facility)
    staff = token_for("staff", facility)
    tag = f"p-{uuid.uuid4().hex[:6]}"
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        yes = await customer(c_api, n_api, owner, email=unique("yes@example.com"), tags=[tag])
        english = await customer(c_api, n_api, owner, email=unique("en@example.com"), tags=[tag], language="en")
        out = await customer(
            c_api, n_api, owner, email=unique("out@example.com"), tags=[tag], marketing_opt_out=True, last_name="Out"
        )
        gone_email = unique("gone@example.com")
        gone = await customer(c_api, n_api, owner, email=gone_email, tags=[tag], last_name="Gone")
        optional = {"default_country": "FR", "email_required": False}
        assert (await c_api.put("/settings/facility", json=optional, headers=owner)).status_code == 200
        none = await customer(c_api, n_api, owner, tags=[tag], last_name="None")
        # Another facility's customers with the same tag (even opted out) are never counted nor listed.
        await customer(c_api, n_api, other, email=unique("theirs@example.com"), tags=[tag])
        await customer(c_api, n_api, other, email=unique("theirs2@example.com"), tags=[tag], marketing_opt_out=True)
        bounce = {"id": f"evt-{uuid.uuid4()}", "type": "bounce", "email": gone_email, "reason": "550 mailbox"}
        assert (await signed_webhook(n_api, bounce)).status_code == 200

        r = await _preview(n_api, staff, tags=[tag])  # every role may look before an owner sends
        assert r.status_code == 200, r.text
        preview = r.json()
        assert preview["total"] == 5 and preview["sending"] == 2
        assert preview["languages"] == {"fr": 1, "en": 1}
        assert preview["skipped"] == {"opted_out": 1, "no_email": 1, "undeliverable": 1}
        reasons = {row["customer_id"]: row["reason"] for row in preview["skipped_recipients"]}
        assert reasons == {out: "opted_out", gone: "undeliverable", none: "no_email"}

        selected = (await _preview(n_api, owner, tags=[tag], customer_ids=[yes, out])).json()
        assert (selected["total"], selected["sending"], selected["skipped"]) == (2, 1, {"opted_out": 1})
        assert (await _preview(n_api, owner, customer_ids=[])).json()["total"] == 0, "an empty selection is nobody"
        theirs = await _preview(n_api, other, tags=[tag], customer_ids=[yes, english])
        assert theirs.status_code == 422, "another facility cannot name our customers"
        assert theirs.json()["detail"][0]["loc"] == ["body", "audience", "customer_ids", 0]
        assert (await _preview(n_api, other, tags=[tag])).json()["total"] == 2

        bad = await _preview(n_api, owner, customer_ids=["not-a-uuid"])
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "audience", "customer_ids", 0]


async def test_a_bilingual_broadcast_gives_each_recipient_their_language_french_by_default(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    box, port = smtp
    owner = token_for("owner", uuid.uuid4())
    tag = f"b-{uuid.uuid4().hex[:6]}"
    fr, en = unique("fr@example.com"), unique("en@example.com")
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        await customer(c_api, n_api, owner, email=fr, tags=[tag])
        await customer(c_api, n_api, owner, email=en, tags=[tag], language="en")
        message = {
            "subject": "Fermeture le 25",
            "body": "Le dépôt sera fermé.",
            "english": {"subject": "Closed on the 25th", "body": "The depot will be closed."},
        }
        half = await n_api.post(
            "/broadcasts",
            json={"audience": {"tags": [tag]}, **message, "english": {"subject": "x"}},
            headers=owner,
        )
        assert half.status_code == 422 and half.json()["detail"][0]["loc"] == ["body", "english", "body"]
        r = await n_api.post("/broadcasts", json={"audience": {"tags": [tag]}, **message}, headers=owner)
        assert r.status_code == 202, r.text
        assert r.json()["english"] == message["english"]
        await eventually(lambda: _count(box, 2, fr, en), what="both delivered")
    [french], [english] = box.to(fr), box.to(en)
    assert french["Subject"] == "Fermeture le 25" and "Le dépôt sera fermé." in text_of(french)
    assert "Se désabonner" in text_of(french)
    assert english["Subject"] == "Closed on the 25th" and "The depot will be closed." in text_of(english)
    assert "Unsubscribe" in text_of(english) and "dépôt" not in text_of(english)


async def test_a_test_goes_to_the_signed_in_user_in_each_written_language_and_staff_cannot_send_one(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    box, port = smtp
    facility = uuid.uuid4()
    me = unique("manager@example.com")
    manager, staff = token_for("manager", facility, sub=me), token_for("staff", facility, sub=unique("s@example.com"))
    message = {"subject": "Portes ouvertes", "body": "Venez !", "english": {"subject": "Open day", "body": "Come!"}}
    async with system(contacts_db, notifications_db, settings_for, port) as (_, n_api):
        denied = await n_api.post("/broadcasts/test", json=message, headers=staff)
        assert denied.status_code == 403
        r = await n_api.post("/broadcasts/test", json=message, headers=manager)
        assert r.status_code == 202, r.text
        assert r.json()["to"] == me and [e["language"] for e in r.json()["emails"]] == ["fr", "en"]
        await eventually(lambda: _count(box, 2, me), what="both tests delivered")
        log = (await n_api.get("/emails", headers=manager)).json()["items"]
    subjects = sorted(m["Subject"] for m in box.to(me))
    assert subjects == ["[Test] Open day", "[Test] Portes ouvertes"]
    assert all(m["List-Unsubscribe"] is None for m in box.to(me)), "a test is nobody's marketing mail"
    assert {e["to_email"] for e in log} == {me} and all(e["broadcast_id"] is None for e in log)


async def _count(box, n, *addresses):
    return len(box.to_any(*addresses)) >= n
