"""Topics are created (or brought) to the spec their contract owns, on the real broker."""

from __future__ import annotations

import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from faststream.kafka import KafkaBroker

from crm_dev.testing import KAFKA, topic_configs
from shared.contracts import topics
from shared.messaging.consumer import register_consumer
from shared.messaging.provision import TopicProvisioner

pytestmark = pytest.mark.integration
HOUR = str(topics.HOUR_MS)


def _namespace() -> str:
    return f"spec{uuid.uuid4().hex[:8]}."


async def _partitions(topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
        return len(described["partitions"])
    finally:
        await admin.close()


async def test_the_signin_topic_and_its_dlq_are_created_with_one_hour_retention():
    ns = _namespace()
    provisioner = TopicProvisioner(KAFKA, namespace=ns)
    signin = topics.spec(topics.SIGNIN_EMAILS)
    try:
        await provisioner.ensure([signin, signin.dlq(), topics.spec(topics.CUSTOMERS)])
    finally:
        await provisioner.close()
    name = topics.resolve(topics.SIGNIN_EMAILS, ns)
    configs = await topic_configs(name)
    assert configs["retention.ms"] == HOUR and configs["cleanup.policy"] == "delete"
    assert configs["segment.ms"] == "600000", "segments close often enough for the hour to be kept"
    assert (await topic_configs(topics.dlq(name)))["retention.ms"] == HOUR, "failures are no exception"
    assert (await topic_configs(topics.resolve(topics.CUSTOMERS, ns)))["retention.ms"] == str(7 * topics.DAY_MS)
    assert await _partitions(name) == signin.partitions == 6


async def test_an_existing_topic_is_brought_to_its_spec_and_keeps_its_other_configs():
    ns = _namespace()
    name = topics.resolve(topics.SIGNIN_EMAILS, ns)
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, 2, 1, topic_configs={"max.message.bytes": "2000000"})])
    finally:
        await admin.close()
    assert (await topic_configs(name))["retention.ms"] != HOUR, "created with the broker's default retention"
    provisioner = TopicProvisioner(KAFKA, namespace=ns)
    try:
        await provisioner.ensure_physical(name)
    finally:
        await provisioner.close()
    configs = await topic_configs(name)
    assert configs["retention.ms"] == HOUR and configs["max.message.bytes"] == "2000000"


async def test_a_subscriber_creates_its_topic_to_spec():
    ns = _namespace()
    broker = KafkaBroker(KAFKA)
    register_consumer(
        broker,
        consumer=f"spec-{uuid.uuid4().hex[:6]}",
        topics=[topics.SIGNIN_EMAILS],
        handlers={},
        uow_factory=lambda: None,  # type: ignore[arg-type, return-value]
        namespace=ns,
    )
    name = topics.resolve(topics.SIGNIN_EMAILS, ns)
    await broker.start()
    try:
        configs = await topic_configs(name)
    finally:
        await broker.stop()
    assert configs["retention.ms"] == HOUR
