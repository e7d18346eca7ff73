"""No sign-in secret readable on Kafka: the link is sealed, and its topic keeps one hour."""

from __future__ import annotations

import json
import uuid

import pytest
from portal_helpers import customer, invite

from crm_dev.testing import read_topic, topic_configs
from shared.contracts import topics

pytestmark = pytest.mark.integration


async def test_the_emailed_token_is_nowhere_in_the_topics_bytes_and_the_topic_keeps_an_hour(portal, topic_namespace):
    facility = uuid.uuid4()
    email = f"sealed-{uuid.uuid4().hex[:6]}@example.com"
    cid = await customer(topic_namespace, facility, email)
    token = await invite(topic_namespace, facility, cid, email)  # opened with the keyring, as notifications does
    topic = topics.resolve(topics.SIGNIN_EMAILS, topic_namespace)
    records = await read_topic(topic, until=lambda rs: any(email.encode() in r.value for r in rs))
    mine = [r for r in records if email.encode() in r.value]
    raw = b"".join(r.value + b"".join(v for _, v in r.headers) for r in records)
    assert token.encode() not in raw and b"/portal/signin/" not in raw
    link = json.loads(mine[0].value)["payload"]["link"]
    assert set(link) == {"key_id", "nonce", "ciphertext"} and link["key_id"] == "dev"
    configs = await topic_configs(topic)
    assert configs["retention.ms"] == "3600000" and configs["cleanup.policy"] == "delete"
