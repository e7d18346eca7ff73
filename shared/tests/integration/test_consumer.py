"""Consumer plumbing against the real broker and database: inbox, retries, DLQ, replay, crash safety."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import harness
import pytest

from crm_dev.testing import KAFKA, eventually, read_topic
from shared.contracts import topics
from shared.messaging import deadletter
from shared.messaging.relay import asyncpg_dsn

pytestmark = pytest.mark.integration
HERE = Path(__file__).parent


async def effects(db: str, aggregate_id: uuid.UUID) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(asyncpg_dsn(db))
    try:
        return await conn.fetch("SELECT event_id, seq FROM effects WHERE aggregate_id = $1 ORDER BY at", aggregate_id)
    finally:
        await conn.close()


async def send(producer, settings, env, *, raw: bytes | None = None) -> None:
    topic = topics.resolve(harness.TOPIC, settings.topic_namespace)
    await producer.send_and_wait(topic, raw if raw is not None else env.to_bytes(), key=str(env.aggregate_id).encode())


async def test_the_same_event_twice_gives_one_effect(plumbing_settings, plumbing_db, producer):
    container = harness.build(plumbing_settings, "dedupe")
    key = uuid.uuid4()
    first, marker = harness.envelope(key, 1), harness.envelope(key, 2)
    await container.start()
    try:
        await send(producer, plumbing_settings, first)
        await send(producer, plumbing_settings, first)
        await send(producer, plumbing_settings, marker)
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 2), what="marker handled")
    finally:
        await container.stop()
    assert [r["seq"] for r in rows] == [1, 2], "the duplicate before the marker had no effect"


async def _has_seq(db: str, key: uuid.UUID, seq: int):
    rows = await effects(db, key)
    return rows if any(r["seq"] == seq for r in rows) else None


async def test_poison_message_goes_to_dlq_with_headers_and_the_partition_moves_on(
    plumbing_settings, plumbing_db, producer
):
    container = harness.build(plumbing_settings, "poison")
    key = uuid.uuid4()
    good = harness.envelope(key, 1)
    await container.start()
    try:
        await send(producer, plumbing_settings, good, raw=b"{not json")
        await send(producer, plumbing_settings, good)
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 1), what="next message handled")
    finally:
        await container.stop()
    assert len(rows) == 1
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    dead = await read_topic(topics.dlq(topic), until=lambda rs: len(rs) >= 1)
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert dead[0].value == b"{not json"
    assert dead[0].key == str(key).encode()
    assert headers[deadletter.H_TOPIC] == topic
    assert headers[deadletter.H_OFFSET] == "0"
    assert headers[deadletter.H_PARTITION].isdigit()
    assert headers[deadletter.H_ATTEMPTS] == "1", "validation errors are not retried"
    assert "ValidationError" in headers[deadletter.H_ERROR]


async def test_a_domain_error_is_dead_lettered_at_once_with_its_reason_and_the_next_is_handled(
    plumbing_settings, plumbing_db, producer
):
    container = harness.build(plumbing_settings, "refused")
    key = uuid.uuid4()
    refused, following = harness.envelope(key, 1, note="refuse"), harness.envelope(key, 2)
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    await container.start()
    try:
        await send(producer, plumbing_settings, refused)
        await send(producer, plumbing_settings, following)
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 2), what="the next event handled")
        dead = await read_topic(topics.dlq(topic), until=lambda rs: len(rs) >= 1)
    finally:
        await container.stop()
    assert [r["seq"] for r in rows] == [2]
    assert len(dead) == 1 and dead[0].value == refused.to_bytes()
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert headers[deadletter.H_ATTEMPTS] == "1", "a refused business rule is not retried"
    assert "Refused: thing refused" in headers[deadletter.H_ERROR]
    assert "thing_refused" in headers[deadletter.H_ERROR]
    # Applied once in its batch, once alone when the batch fell back: never retried with backoff.
    assert harness.attempts[str(refused.event_id)] <= 2


async def test_transient_failure_is_retried_in_place(plumbing_settings, plumbing_db, producer):
    container = harness.build(plumbing_settings, "transient")
    key = uuid.uuid4()
    env = harness.envelope(key, 1)
    harness.fail_times[str(env.event_id)] = 2
    await container.start()
    try:
        await send(producer, plumbing_settings, env)
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 1), what="handled after retries")
    finally:
        await container.stop()
    assert len(rows) == 1
    assert harness.attempts[str(env.event_id)] == 3


async def test_exhausted_retries_dead_letter_then_replay_moves_it_back(plumbing_settings, plumbing_db, producer):
    container = harness.build(plumbing_settings, "replay")
    key = uuid.uuid4()
    failing, following = harness.envelope(key, 1), harness.envelope(key, 2)
    harness.fail_times[str(failing.event_id)] = 99
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    await container.start()
    try:
        await send(producer, plumbing_settings, failing)
        await send(producer, plumbing_settings, following)
        await eventually(lambda: _has_seq(plumbing_db, key, 2), what="the next event handled")
        dead = await read_topic(topics.dlq(topic), until=lambda rs: len(rs) >= 1)
        assert {k: v.decode() for k, v in dead[0].headers}[deadletter.H_ATTEMPTS] == "3"
        assert "induced failure" in {k: v.decode() for k, v in dead[0].headers}[deadletter.H_ERROR]

        harness.fail_times[str(failing.event_id)] = 0
        replay = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "crm_dev.cli",
            "dlq-replay",
            topics.dlq(topic),
            "--bootstrap-servers",
            KAFKA,
            stdout=subprocess.PIPE,
        )
        out, _ = await replay.communicate()
        assert replay.returncode == 0
        assert b"replayed 1 message" in out
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 1), what="replayed event handled")
    finally:
        await container.stop()
    assert sorted(r["seq"] for r in rows) == [1, 2]


async def test_crash_after_db_commit_before_offset_commit_has_no_duplicate_effect(
    plumbing_settings, plumbing_db, producer
):
    key = uuid.uuid4()
    event, marker = harness.envelope(key, 1), harness.envelope(key, 2)
    args = [
        sys.executable,
        str(HERE / "crashing_consumer.py"),
        plumbing_db,
        plumbing_settings.topic_namespace,
        "crashy",
    ]
    env = {**os.environ, "PYTHONPATH": str(HERE), "KAFKA_BOOTSTRAP_SERVERS": KAFKA}
    await send(producer, plumbing_settings, event)

    crashing = await asyncio.create_subprocess_exec(*args, env={**env, "CRASH_AFTER_COMMIT": "1"})
    assert await asyncio.wait_for(crashing.wait(), 60) == 17, "it died right after committing"
    assert len(await effects(plumbing_db, key)) == 1

    restarted = await asyncio.create_subprocess_exec(*args, env=env, stdout=subprocess.PIPE)  # logs: stdout
    try:
        await send(producer, plumbing_settings, marker)
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 2), timeout=60, what="marker after restart")
    finally:
        restarted.terminate()
        err, _ = await restarted.communicate()
    assert [r["seq"] for r in rows] == [1, 2]
    assert b"duplicate event skipped" in err and str(event.event_id).encode() in err, "it was redelivered and skipped"
    skipped = next(line for line in err.splitlines() if b"duplicate event skipped" in line)
    assert json.loads(skipped)["correlation_id"] == event.correlation_id, "consumer logs carry the correlation id"


async def test_a_bad_event_inside_a_batch_is_isolated_and_the_rest_keep_their_order(
    plumbing_settings, plumbing_db, producer
):
    key = uuid.uuid4()
    envs = [harness.envelope(key, seq) for seq in range(1, 6)]
    harness.fail_times[str(envs[2].event_id)] = 99
    for env in envs:
        await send(producer, plumbing_settings, env)
    container = harness.build(plumbing_settings, "batchy")
    await container.start()
    try:
        rows = await eventually(lambda: _has_seq(plumbing_db, key, 5), what="the batch after the bad event")
    finally:
        await container.stop()
    assert [r["seq"] for r in rows] == [1, 2, 4, 5]
    topic = topics.resolve(harness.TOPIC, plumbing_settings.topic_namespace)
    dead = await read_topic(topics.dlq(topic), until=lambda rs: len(rs) >= 1)
    assert [r.value for r in dead] == [envs[2].to_bytes()]


async def test_instances_share_a_created_topics_partitions_and_apply_every_event_once(
    plumbing_settings, plumbing_db, producer
):
    # A fresh namespace: the subscriber creates the topic, with the partitions of its spec (FastStream's own
    # default would be one, which leaves every other member of the group idle).
    settings = plumbing_settings.model_copy(update={"topic_namespace": f"p{uuid.uuid4().hex[:8]}."})
    container = harness.build(settings, "lanes", instances=2)
    assert topics.spec(harness.TOPIC).partitions == 6
    keys = [uuid.uuid4() for _ in range(12)]
    await container.start()
    try:
        subscribers = list(container.broker.subscribers)

        async def balanced():
            assigned = [len(s.consumer.assignment()) if s.consumer else 0 for s in subscribers]
            return assigned if sorted(assigned) == [3, 3] else None

        await eventually(balanced, what="both members of the group hold three of the six partitions")
        for key in keys:
            await send(producer, settings, harness.envelope(key, 1))
        rows = [await eventually(lambda k=key: _has_seq(plumbing_db, k, 1), what="event handled") for key in keys]
    finally:
        await container.stop()
    assert [len(r) for r in rows] == [1] * len(keys)
