"""The whole invite chain in one process: contacts -> Kafka -> portal -> Kafka -> notifications -> SMTP -> sign-in."""

from __future__ import annotations

import email
import re
import socket
import uuid
from email import policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings

pytestmark = pytest.mark.integration
LINK = re.compile(r"https?://\S+/portal/signin/([A-Za-z0-9_-]{43,})")


class Inbox:
    """Stores every message the SMTP server accepts."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            (list(envelope.rcpt_tos), email.message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 Message accepted"


def text_of(message: Any) -> str:
    return str(next(p.get_content() for p in message.walk() if p.get_content_type() == "text/plain"))


async def test_invite_from_contacts_reaches_the_mailbox_and_signs_in(
    portal, contacts_db, notifications_db, settings_for, token_for, tmp_path
):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    n_settings = settings_for(NotificationsSettings, notifications_db, smtp_port=port, dispatcher_poll_s=0.05)
    try:
        async with (
            running_app(
                contacts_app(settings_for(ContactsSettings, contacts_db, documents_dir=str(tmp_path)))
            ) as contacts,
            running_app(notifications_app(n_settings)),
        ):
            owner = token_for("owner", uuid.uuid4())
            address = f"chain-{uuid.uuid4().hex[:8]}@example.com"
            body = {"first_name": "Chloe", "last_name": "Martin", "email": address, "language": "en"}
            cid = (await contacts.post("/customers", json=body, headers=owner)).json()["id"]
            car = {"make": "Porsche", "model": "911", "plate": "AB-123-CD"}
            assert (await contacts.post(f"/customers/{cid}/cars", json=car, headers=owner)).status_code == 201
            files = {"file": ("contract.pdf", b"%PDF-1.4 signed", "application/pdf")}
            assert (await contacts.post(f"/customers/{cid}/documents", files=files, headers=owner)).status_code == 201
            invited = await contacts.post(f"/customers/{cid}/invite", json={}, headers=owner)
            assert invited.status_code == 202, invited.text

            async def mail():
                return [m for rcpts, m in inbox.messages if address in rcpts]

            message = (await eventually(mail, timeout=30, what="the invite email"))[0]
            token = LINK.search(text_of(message))
            assert token, text_of(message)
            signed = await portal.post(f"/portal/signin/{token.group(1)}")
            assert signed.status_code == 303
            sid = signed.headers["set-cookie"].split(";", 1)[0].split("=", 1)[1]
            portal.cookies.clear()
            me = await portal.get("/me", headers={"Cookie": f"portal_session={sid}"})
            assert me.status_code == 200 and [(c["make"], c["plate"]) for c in me.json()["cars"]] == [
                ("Porsche", "AB-123-CD")
            ]

            # The portal signs a link to contacts' download route; contacts serves the file for it.
            (document,) = me.json()["documents"]
            assert document["download_url"].startswith("/api/contacts/documents/")
            file = await contacts.get(document["download_url"].removeprefix("/api/contacts"))
            assert file.status_code == 200 and file.content == b"%PDF-1.4 signed"

            async def signed_in_shown():
                record = (await contacts.get(f"/customers/{cid}", headers=owner)).json()
                return record.get("signed_in_at") and record.get("invited_at")

            await eventually(signed_in_shown, what="contacts to show invited and signed in")

            # A new sign-in email is confirmed from its own mailbox, then contacts takes it.
            new = f"moved-{uuid.uuid4().hex[:8]}@example.com"
            asked = await portal.post("/me/email", json={"email": new}, headers={"Cookie": f"portal_session={sid}"})
            assert asked.status_code == 202

            async def confirmation():
                return [m for rcpts, m in inbox.messages if new in rcpts]

            text = text_of((await eventually(confirmation, timeout=30, what="the confirmation email"))[0])
            confirm = re.search(r"/portal/confirm-email/([A-Za-z0-9_-]{43,})", text)
            assert confirm and "24 hours" in text, text
            assert (await portal.post(f"/portal/confirm-email/{confirm.group(1)}")).status_code == 200

            async def email_moved():
                return (await contacts.get(f"/customers/{cid}", headers=owner)).json()["email"] == new

            await eventually(email_moved, what="contacts to apply the confirmed email")
            me = await portal.get("/me", headers={"Cookie": f"portal_session={sid}"})
            assert me.status_code == 200 and me.json()["settings"]["email"] == new, "the session that asked survives"
    finally:
        controller.stop()
