"""Helpers shared by the notifications integration tests."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from contextlib import asynccontextmanager
from email.message import Message

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings

WEBHOOK_SECRET = "test-webhook-secret"


@asynccontextmanager
async def system(contacts_db, notifications_db, settings_for, smtp_port, **overrides):
    n_settings = settings_for(
        NotificationsSettings,
        notifications_db,
        smtp_port=smtp_port,
        dispatcher_poll_s=0.05,
        send_backoff_base_s=0.05,
        send_max_attempts=3,
        public_base_url="http://gateway.test/api/notifications",
        webhook_secret=WEBHOOK_SECRET,
        **overrides,
    )
    async with running_app(contacts_app(settings_for(ContactsSettings, contacts_db))) as c_api:
        async with running_app(notifications_app(n_settings)) as n_api:
            yield c_api, n_api


async def customer(c_api, n_api, headers, **fields) -> str:
    body = {"first_name": "Test", "last_name": "Person", **fields}
    r = await c_api.post("/customers", json=body, headers=headers)
    assert r.status_code == 201, r.text
    cid = r.json()["id"]

    async def known():
        return (await n_api.get(f"/recipients/{cid}", headers=headers)).status_code == 200

    await eventually(known, what="recipient known to notifications")
    return cid


def unique(address: str) -> str:
    """An address no other test of the session uses (see `Mailbox.to_any`)."""
    local, domain = address.split("@")
    return f"{local}-{uuid.uuid4().hex[:8]}@{domain}"


def text_of(message: Message) -> str:
    return next(p.get_content() for p in message.walk() if p.get_content_type() == "text/plain")


async def signed_webhook(n_api, event, secret=WEBHOOK_SECRET, stamp=None):
    body = json.dumps(event).encode()
    stamp = stamp or int(time.time())
    signature = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    headers = {"X-Webhook-Timestamp": str(stamp), "X-Webhook-Signature": signature, "Content-Type": "application/json"}
    return await n_api.post("/webhooks/mail-provider", content=body, headers=headers)
