"""Invite links over the real broker: single use, GET-safe, expiry, sessions, link requests, no leaks."""

from __future__ import annotations

import hashlib
import logging
import uuid

import pytest
from portal_helpers import customer, db_rows, emails, invite, portal_events, session_cookie

from crm_dev.testing import eventually

pytestmark = pytest.mark.integration


def as_session(sid: str) -> dict[str, str]:
    return {"Cookie": f"portal_session={sid}"}


class Recorder(logging.Handler):
    """Every log record, with all its fields, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "httpx":
            return  # the test's own client logs the URLs it calls; the service runs with access_log off
        self.lines.append(f"{record.getMessage()} {record.__dict__}")


async def test_link_works_once_get_is_safe_and_nothing_leaks(portal, portal_db, topic_namespace):
    recorder = Recorder()
    logging.getLogger().addHandler(recorder)
    try:
        facility = uuid.uuid4()
        email = f"ana-{uuid.uuid4().hex[:6]}@example.com"
        cid = await customer(topic_namespace, facility, email, cars=2)
        token = await invite(topic_namespace, facility, cid, email)
        assert len(token) >= 43, "at least 256 bits, URL-safe"
        for _ in range(2):
            page = await portal.get(f"/portal/signin/{token}")
            assert page.status_code == 200 and '<form method="post">' in page.text and "Sign in" in page.text
            assert page.headers["referrer-policy"] == "no-referrer"
        forged = await portal.post(f"/portal/signin/{token}", headers={"Sec-Fetch-Site": "cross-site"})
        assert forged.status_code == 410 and "set-cookie" not in forged.headers, "no sign-in posted from elsewhere"
        signed = await portal.post(f"/portal/signin/{token}", headers={"Sec-Fetch-Site": "same-origin"})
        assert signed.status_code == 303, signed.text
        cookie = signed.headers["set-cookie"].lower()
        assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie and "path=/" in cookie
        sid = session_cookie(signed)
        portal.cookies.clear()
        me = await eventually(lambda: _cars_when(portal, sid, 2), what="the customer's cars in /me")
        assert {c["model"] for c in me["cars"]} == {"Giulia Ana 0", "Giulia Ana 1"}
        again = await portal.post(f"/portal/signin/{token}")
        assert again.status_code == 410 and 'action="/portal/request-link"' in again.text
        assert "already been used" in again.text and "set-cookie" not in again.headers
        used_page = await portal.get(f"/portal/signin/{token}")
        assert used_page.status_code == 410 and 'name="email"' in used_page.text
        await portal_events(topic_namespace, "PortalSignedIn", lambda p: p["customer_id"] == str(cid))
        await portal_events(topic_namespace, "PortalInviteIssued", lambda p: p["customer_id"] == str(cid))
        stored = await db_rows(portal_db, "SELECT token_hash, kind, used_at FROM signin_tokens")
        mine = [r for r in stored if bytes(r["token_hash"]) == hashlib.sha256(token.encode()).digest()]
        assert len(mine) == 1 and mine[0]["kind"] == "invite" and mine[0]["used_at"] is not None
        await eventually(lambda: _outbox_empty(portal_db), what="the relay to drain the outbox")
        dump = await db_rows(portal_db, "SELECT string_agg(t::text, ' ') AS all FROM signin_tokens t")
        sessions = await db_rows(portal_db, "SELECT string_agg(s::text, ' ') AS all FROM sessions s")
        assert token not in (dump[0]["all"] or "") and sid not in (sessions[0]["all"] or "")
    finally:
        logging.getLogger().removeHandler(recorder)
    assert recorder.lines, "the handler saw the service's logs"
    assert not [line for line in recorder.lines if token in line or sid in line]


async def _cars_when(portal, sid, count):
    r = await portal.get("/me", headers=as_session(sid))
    assert r.status_code == 200, r.text
    body = r.json()
    return body if len(body["cars"]) == count else None


async def _outbox_empty(url):
    return (await db_rows(url, "SELECT count(*) AS n FROM outbox"))[0]["n"] == 0


async def test_expired_link_fails_and_offers_a_new_one(portal, portal_db, topic_namespace):
    facility = uuid.uuid4()
    email = f"exp-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(topic_namespace, facility, email, cars=0)
    token = await invite(topic_namespace, facility, cid, email)
    digest = hashlib.sha256(token.encode()).digest()
    await db_rows(
        portal_db, "UPDATE signin_tokens SET expires_at = now() - interval '1 second' WHERE token_hash=$1", digest
    )
    page = await portal.get(f"/portal/signin/{token}")
    assert page.status_code == 410 and "expired" in page.text and 'action="/portal/request-link"' in page.text
    post = await portal.post(f"/portal/signin/{token}")
    assert post.status_code == 410 and "set-cookie" not in post.headers
    assert (await portal.get("/me")).status_code == 401


async def test_request_link_same_answer_and_rate_limits(portal, topic_namespace):
    facility = uuid.uuid4()
    known = f"known-{uuid.uuid4().hex[:6]}@example.com"
    unknown = f"nobody-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(topic_namespace, facility, known, cars=0)
    await invite(topic_namespace, facility, cid, known)
    ip = {"X-Forwarded-For": f"10.1.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"}
    a = await portal.post("/signin/request-link", json={"email": known}, headers=ip)
    b = await portal.post("/signin/request-link", json={"email": unknown}, headers=ip)
    assert (a.status_code, a.content) == (b.status_code, b.content) and a.status_code == 202
    sent = await emails(topic_namespace, lambda p: p["email"] == known and p["kind"] == "signin")
    assert len(sent) == 1
    for email in (known, unknown):
        limited = await portal.post("/signin/request-link", json={"email": email}, headers=ip)
        assert limited.status_code == 429 and 1 <= int(limited.headers["retry-after"]) <= 60
        assert limited.json()["detail"][0]["type"] == "rate_limited"
    bad = await portal.post("/signin/request-link", json={"email": "no-at-sign"}, headers=ip)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "email"]
    form_type = {"content-type": "application/x-www-form-urlencoded"}
    nul = await portal.post("/portal/request-link", content="email=a%00%40b.fr", headers={**ip, **form_type})
    assert nul.status_code == 422 and 'name="email"' in nul.text
    # Per client address: 10 a minute by default, whatever the emails.
    other_ip = {"X-Forwarded-For": f"10.2.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"}
    codes = [
        (await portal.post("/signin/request-link", json={"email": f"x{i}@e.com"}, headers=other_ip)).status_code
        for i in range(11)
    ]
    assert codes == [202] * 10 + [429]
    form = await portal.post(
        "/portal/request-link",
        content=f"email={unknown}&lang=fr",
        headers={**ip, "content-type": "application/x-www-form-urlencoded"},
    )
    assert form.status_code == 429 and "Trop de demandes" in form.text and form.headers["retry-after"]


async def test_sign_out_and_rotation(portal, topic_namespace):
    facility = uuid.uuid4()
    email = f"rot-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(topic_namespace, facility, email, cars=0)
    first = session_cookie(await portal.post(f"/portal/signin/{await invite(topic_namespace, facility, cid, email)}"))
    portal.cookies.clear()
    ip = {"X-Forwarded-For": f"10.3.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"}
    assert (await portal.post("/signin/request-link", json={"email": email}, headers=ip)).status_code == 202
    sent = await emails(topic_namespace, lambda p: p["email"] == email and p["kind"] == "signin")
    second_token = str(sent[-1]["link"]).rsplit("/", 1)[1]
    rotated = await portal.post(f"/portal/signin/{second_token}", headers=as_session(first))
    second = session_cookie(rotated)
    portal.cookies.clear()
    assert second != first
    assert (await portal.get("/me", headers=as_session(first))).status_code == 401, "old session ended"
    assert (await portal.get("/me", headers=as_session(second))).status_code == 200
    home = await portal.get("/portal/", headers=as_session(second))
    assert home.status_code == 200 and "You are signed in, Ana" in home.text
    assert (await portal.post("/signout", headers=as_session(second))).status_code == 204
    assert (await portal.get("/me", headers=as_session(second))).status_code == 401
    assert (await portal.get("/portal/", headers=as_session(second))).status_code == 401


async def test_idle_and_absolute_expiry(portal, portal_db, topic_namespace):
    facility = uuid.uuid4()
    email = f"idle-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(topic_namespace, facility, email, cars=0)
    sessions = []
    for _ in range(2):
        token = await invite(topic_namespace, facility, cid, email)
        sessions.append(session_cookie(await portal.post(f"/portal/signin/{token}")))
        portal.cookies.clear()
    idle, absolute = sessions
    digest = hashlib.sha256(idle.encode()).digest()
    await db_rows(portal_db, "UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE id_hash = $1", digest)
    assert (await portal.get("/me", headers=as_session(idle))).status_code == 401, "idle for longer than 8 hours"
    assert (await portal.get("/me", headers=as_session(absolute))).status_code == 200
    digest = hashlib.sha256(absolute.encode()).digest()
    await db_rows(portal_db, "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id_hash = $1", digest)
    assert (await portal.get("/me", headers=as_session(absolute))).status_code == 401, "past its absolute expiry"
