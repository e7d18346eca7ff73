"""The testcontainers path: PostgreSQL and Kafka in containers answer like the process-started ones.

Runs only where a Docker engine is reachable; elsewhere it skips and says why (pytest -rs prints it).
"""

from __future__ import annotations

import asyncpg
import pytest

from crm_dev import testinfra

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def containers():
    reason = testinfra.docker_unreachable()
    if reason:
        pytest.skip(f"testcontainers path not run: {reason}")
    env, started = testinfra.start_containers()
    yield env
    for container in reversed(started):
        container.stop()


async def test_containers_serve_postgres_with_the_extensions_and_a_kafka_round_trip(containers):
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    conn = await asyncpg.connect(containers["CRM_ADMIN_DATABASE_URL"])
    try:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext")
        assert await conn.fetchval("SELECT similarity('storage', 'storage')") == 1.0
    finally:
        await conn.close()
    kafka = containers["KAFKA_BOOTSTRAP_SERVERS"]
    producer = AIOKafkaProducer(bootstrap_servers=kafka)
    await producer.start()
    try:
        await producer.send_and_wait("tc.check", b"hello", key=b"k")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer("tc.check", bootstrap_servers=kafka, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    try:
        record = await consumer.getone()
        assert record.value == b"hello"
    finally:
        await consumer.stop()


def test_the_switch_names_its_choices_and_refuses_others():
    assert testinfra.select("processes").containers == []
    with pytest.raises(ValueError, match="CRM_TEST_INFRA='docker'"):
        testinfra.select("docker")
    demanded = testinfra.Infra("testcontainers", reason="no Docker engine reachable (test)")
    assert demanded.unavailable and "testcontainers not used: no Docker engine" in demanded.describe()
