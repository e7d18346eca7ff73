"""Outbox relay against the real broker: exactly once with two relays, order per key, NOTIFY wake-up."""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict

import asyncpg
import harness
import pytest
from aiokafka.partitioner import DefaultPartitioner
from sqlalchemy import insert

from crm_dev.testing import KAFKA, eventually, read_topic
from shared.contracts import topics
from shared.db import make_engine, outbox_row
from shared.messaging.relay import OutboxRelay, asyncpg_dsn, make_producer
from shared.messaging.schema import outbox

pytestmark = pytest.mark.integration


async def outbox_left(db: str) -> int:
    conn = await asyncpg.connect(asyncpg_dsn(db))
    try:
        return await conn.fetchval("SELECT count(*) FROM outbox")
    finally:
        await conn.close()


async def test_two_relays_publish_each_row_exactly_once_in_order_per_key(plumbing_settings, plumbing_db):
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    keys = [uuid.uuid4() for _ in range(40)]
    envelopes = [harness.envelope(keys[i % len(keys)], seq=i) for i in range(4000)]
    engine = make_engine(plumbing_db)
    relays = [
        OutboxRelay(engine, make_producer(KAFKA), batch_size=200, poll_interval_s=0.1),
        OutboxRelay(engine, make_producer(KAFKA), batch_size=200, poll_interval_s=0.1),
    ]
    for relay in relays:
        await relay.start()
    try:
        # Written in several transactions while both relays run, as a busy service would.
        for start in range(0, len(envelopes), 500):
            async with engine.begin() as conn:
                await conn.execute(insert(outbox), [outbox_row(topic, e) for e in envelopes[start : start + 500]])
        await eventually(lambda: _empty(plumbing_db), timeout=60, what="outbox drained")
    finally:
        for relay in relays:
            await relay.stop()
        await engine.dispose()

    records = await read_topic(topic, until=lambda rs: len(rs) >= len(envelopes), timeout=60)
    ids = [json.loads(r.value)["event_id"] for r in records]
    assert len(ids) == len(set(ids)) == len(envelopes), "every row exactly once"
    by_key: dict[bytes, list[int]] = defaultdict(list)
    for record in records:
        by_key[record.key].append(json.loads(record.value)["payload"]["seq"])
    for seqs in by_key.values():
        assert seqs == sorted(seqs), "per-key order kept"
    producer = make_producer(KAFKA)
    await producer.start()
    try:
        partitions = sorted(await producer.partitions_for(topic))
    finally:
        await producer.stop()
    chosen = {r.key: DefaultPartitioner()(r.key, partitions, partitions) for r in records}
    assert all(r.partition == chosen[r.key] for r in records), "the partition producer.send would choose"


async def _empty(db: str) -> bool:
    return await outbox_left(db) == 0


async def test_relay_wakes_on_notify_not_on_its_poll(plumbing_settings, plumbing_db):
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    engine = make_engine(plumbing_db)
    relay = OutboxRelay(engine, make_producer(KAFKA), poll_interval_s=30.0)
    await relay.start()
    try:
        await eventually(lambda: _empty(plumbing_db), what="startup drain")
        env = harness.envelope(uuid.uuid4(), 1)
        started = time.monotonic()
        async with engine.begin() as conn:
            await conn.execute(insert(outbox), [outbox_row(topic, env)])
        await eventually(lambda: _empty(plumbing_db), timeout=10, what="published after NOTIFY")
        assert time.monotonic() - started < 5, "woken by NOTIFY, long before the 30 s poll"
    finally:
        await relay.stop()
        await engine.dispose()
