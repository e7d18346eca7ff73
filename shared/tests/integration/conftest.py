"""Fixtures of the plumbing tests: a database with outbox, inbox and effects, a producer, a consumer."""

from __future__ import annotations

import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

sys.path.insert(0, str(Path(__file__).parent))

import harness

from crm_dev.testing import KAFKA, create_database, drop_database
from shared.db import make_engine
from shared.settings import ServiceSettings


@pytest.fixture(scope="session")
async def plumbing_db() -> AsyncIterator[str]:
    """A database with the messaging tables and an effects table."""
    url = await create_database("plumbing")
    engine = make_engine(url)
    await harness.prepare_schema(engine)
    await engine.dispose()
    yield url
    await drop_database(url)


@pytest.fixture
def plumbing_settings(plumbing_db: str, topic_namespace: str) -> ServiceSettings:
    """Settings of the test service; a fresh namespace per test keeps partitions clean."""
    return ServiceSettings(
        service_name="plumbing",
        database_url=plumbing_db,
        kafka_bootstrap_servers=KAFKA,
        topic_namespace=f"{topic_namespace}{uuid.uuid4().hex[:6]}.",
        consumer_max_attempts=3,
        consumer_backoff_base_s=0.01,
        consumer_backoff_max_s=0.05,
        relay_poll_interval_s=0.2,
        log_json=True,
    )


@pytest.fixture
async def producer() -> AsyncIterator[AIOKafkaProducer]:
    """A plain producer for putting raw bytes on topics."""
    p = AIOKafkaProducer(bootstrap_servers=KAFKA, enable_idempotence=True)
    await p.start()
    yield p
    await p.stop()
