"""Portal sign-in end to end: contacts invite -> portal -> notifications -> SMTP folder -> POST the link."""

from __future__ import annotations

import email
import json
import os
import re
import time
import uuid
from email import policy
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"https?://\S+?(/portal/signin/[A-Za-z0-9_-]{43,})")


def _mail_for(address: str, timeout: float = 30) -> str:
    """The text of the first message the local SMTP server stored for `address`."""
    folder = Path(os.environ.get("CRM_DATA_DIR", ROOT / ".data")) / "mail"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for meta in sorted(folder.glob("*.json")):
            if address in json.loads(meta.read_text())["rcpt_tos"]:
                message = email.message_from_bytes(meta.with_suffix(".eml").read_bytes(), policy=policy.default)
                part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
                return str(part.get_content())
        time.sleep(0.2)
    raise AssertionError(f"no email for {address} within {timeout}s")


def test_an_invited_customer_signs_in_by_emailed_link_and_sees_their_cars(system, demo_headers):
    gateway = system["gateway"]
    address = f"portal-e2e-{uuid.uuid4().hex[:8]}@example.com"
    body = {"first_name": "Chloe", "last_name": "Martin", "email": address, "language": "en"}
    created = httpx.post(f"{gateway}/api/contacts/customers", json=body, headers=demo_headers, timeout=10)
    assert created.status_code == 201, created.text
    cid = created.json()["id"]
    car = {"make": "Porsche", "model": "911", "plate": "AB-123-CD"}
    r = httpx.post(f"{gateway}/api/contacts/customers/{cid}/cars", json=car, headers=demo_headers, timeout=10)
    assert r.status_code == 201, r.text
    r = httpx.post(f"{gateway}/api/contacts/customers/{cid}/invite", json={}, headers=demo_headers, timeout=10)
    assert r.status_code == 202, r.text
    found = LINK.search(_mail_for(address))
    assert found, "the invite email carries a sign-in link"
    path = found.group(1)
    page = httpx.get(f"{gateway}{path}", timeout=10)
    assert page.status_code == 200 and '<form method="post">' in page.text, "opening the link consumes nothing"
    signed = httpx.post(f"{gateway}{path}", timeout=10)
    assert signed.status_code == 303, signed.text
    session = signed.headers["set-cookie"].split(";", 1)[0]
    # The cookie is Secure; the local gateway speaks plain HTTP, so the test carries it by hand.
    me = httpx.get(f"{gateway}/api/portal/me", headers={"Cookie": session}, timeout=10)
    assert me.status_code == 200, me.text
    assert [(c["make"], c["plate"]) for c in me.json()["cars"]] == [("Porsche", "AB-123-CD")]
    assert httpx.post(f"{gateway}{path}", timeout=10).status_code == 410, "the link works once"
