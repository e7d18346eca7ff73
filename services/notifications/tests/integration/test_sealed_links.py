"""Sealed sign-in links: opened under any key of the keyring, dead-lettered at once under an unknown key."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from notif_helpers import customer, system, text_of

from crm_dev.testing import eventually, publish, read_topic
from shared.contracts import topics
from shared.contracts.portal import SignInEmailRequested
from shared.messaging.deadletter import H_ATTEMPTS, H_ERROR
from shared.sealing import Keyring, decode_key, new_key

pytestmark = pytest.mark.integration

OLD, NEW, UNKNOWN = new_key(), new_key(), new_key()


def _request(keyring: Keyring, cid: uuid.UUID, email: str, link: str) -> SignInEmailRequested:
    return SignInEmailRequested.sealing(
        keyring,
        link,
        request_id=uuid.uuid4(),
        customer_id=cid,
        email=email,
        first_name="Holder",
        language="en",
        kind="signin",
        expires_at=datetime.now(UTC) + timedelta(hours=1),
    )


async def test_a_link_sealed_under_the_old_key_is_sent_and_an_unknown_key_is_dead_lettered_once(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    rotated = {"link_keys": {"2026-11": OLD, "2026-12": NEW}, "link_key_id": "2026-12"}
    old_portal = Keyring("2026-11", {"2026-11": decode_key(OLD)})
    stranger = Keyring("2027-01", {"2027-01": decode_key(UNKNOWN)})
    links = [f"https://portal.test/portal/signin/{uuid.uuid4().hex}" for _ in range(3)]
    async with system(contacts_db, notifications_db, settings_for, port, **rotated) as (c_api, n_api):
        cid = uuid.UUID(await customer(c_api, n_api, owner, email="rotate@example.com", language="en"))
        for keyring, link in zip((old_portal, stranger, old_portal), links, strict=True):
            event = _request(keyring, cid, "rotate@example.com", link)
            await publish(event, facility_id=facility, aggregate_id=cid, namespace=topic_namespace)

        async def both_sent():
            return len(box.to("rotate@example.com")) >= 2

        await eventually(both_sent, what="the two emails sealed under a key notifications holds")
        dlq = topics.dlq(topics.resolve(topics.SIGNIN_EMAILS, topic_namespace))
        mine = str(cid).encode()  # other tests of this run may have dead-lettered theirs here too
        dead = [r for r in await read_topic(dlq, until=lambda rs: any(mine in r.value for r in rs)) if mine in r.value]
    sent = " ".join(text_of(m) for m in box.to("rotate@example.com"))
    assert links[0] in sent and links[2] in sent and len(box.to("rotate@example.com")) == 2
    assert links[1] not in sent
    assert len(dead) == 1
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert "unknown sealing key id '2027-01'" in headers[H_ERROR]
    assert headers[H_ATTEMPTS] == "1", "an unknown key is permanent: no retries"
    assert links[1].encode() not in dead[0].value
