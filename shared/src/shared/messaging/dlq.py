"""Dead-letter topics: list, show, replay (all, one, or by filter) and purge, against the real broker."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, RecordsToDelete

from shared.messaging.deadletter import DLQ_HEADERS, H_ATTEMPTS, H_CONSUMER, H_ERROR, H_OFFSET, H_PARTITION, H_TOPIC


@dataclass(frozen=True)
class DeadLetter:
    """One message waiting in a dead-letter topic, with the story its headers tell."""

    partition: int
    offset: int
    timestamp_ms: int
    key: str | None
    headers: dict[str, str]
    value: bytes = field(repr=False)

    @property
    def ref(self) -> str:
        """How the CLI names it: PARTITION:OFFSET."""
        return f"{self.partition}:{self.offset}"

    @property
    def error(self) -> str:
        return self.headers.get(H_ERROR, "")

    @property
    def event_type(self) -> str:
        return self.headers.get("type", "")

    def summary(self) -> dict[str, Any]:
        """What `dlq list` prints per message."""
        h = self.headers
        return {
            "ref": self.ref, "type": self.event_type, "error": self.error[:200], "consumer": h.get(H_CONSUMER, ""),
            "attempts": h.get(H_ATTEMPTS, ""), "original": f"{h.get(H_TOPIC, '')}[{h.get(H_PARTITION, '')}]"
            f"@{h.get(H_OFFSET, '')}", "timestamp_ms": self.timestamp_ms,
        }  # fmt: skip

    def detail(self) -> dict[str, Any]:
        """What `dlq show` prints: every header, the error and the payload (JSON when it is JSON)."""
        try:
            payload: Any = json.loads(self.value)
        except ValueError:
            payload = self.value.decode("utf-8", "replace")
        return {**self.summary(), "error": self.error, "key": self.key, "headers": self.headers, "payload": payload}


@dataclass(frozen=True)
class Filter:
    """Which dead letters `replay --where` picks; empty fields match everything."""

    event_type: str = ""
    error_contains: str = ""
    consumer: str = ""

    def __call__(self, letter: DeadLetter) -> bool:
        return (
            (not self.event_type or letter.event_type == self.event_type)
            and (not self.error_contains or self.error_contains.lower() in letter.error.lower())
            and (not self.consumer or letter.headers.get(H_CONSUMER) == self.consumer)
        )


def _letter(record: Any) -> DeadLetter:
    headers = {k: v.decode("utf-8", "replace") for k, v in (record.headers or [])}
    key = record.key.decode("utf-8", "replace") if record.key is not None else None
    return DeadLetter(record.partition, record.offset, record.timestamp, key, headers, record.value or b"")


@asynccontextmanager
async def _reader(bootstrap_servers: str) -> AsyncIterator[AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        yield consumer
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """The topic's partitions as the broker describes them (none if it does not exist); never creates it."""
    if topic not in await consumer.topics():
        return []
    # The consumer's own metadata only covers topics it subscribed to: ask the cluster.
    admin = AIOKafkaAdminClient(bootstrap_servers=consumer._client._bootstrap_servers)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted((TopicPartition(topic, p["partition"]) for p in described["partitions"]), key=lambda tp: tp.partition)


async def read_all(bootstrap_servers: str, dlq_topic: str, *, timeout_s: float = 30.0) -> list[DeadLetter]:
    """Every message now in the dead-letter topic (from its start to its end offsets), oldest first."""
    async with _reader(bootstrap_servers) as consumer:
        parts = await _partitions(consumer, dlq_topic)
        if not parts:
            return []
        consumer.assign(parts)
        start, end = await consumer.beginning_offsets(parts), await consumer.end_offsets(parts)
        pending = {tp for tp in parts if end[tp] > start[tp]}
        for tp in parts:
            consumer.seek(tp, start[tp])
        letters: list[DeadLetter] = []
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            batch = await consumer.getmany(*pending, timeout_ms=500)
            for tp, records in batch.items():
                letters += [_letter(r) for r in records if r.offset < end[tp]]
            pending = {tp for tp in pending if await consumer.position(tp) < end[tp]}
        if pending:
            raise TimeoutError(f"could not read {dlq_topic} to its end in {timeout_s}s")
        return sorted(letters, key=lambda d: (d.timestamp_ms, d.partition, d.offset))


async def show(bootstrap_servers: str, dlq_topic: str, ref: str) -> DeadLetter:
    """The one message at PARTITION:OFFSET; LookupError if it is not (or no longer) there."""
    partition, _, offset = ref.partition(":")
    tp = TopicPartition(dlq_topic, int(partition))
    async with _reader(bootstrap_servers) as consumer:
        if tp not in await _partitions(consumer, dlq_topic):
            raise LookupError(f"{dlq_topic} has no partition {partition}")
        consumer.assign([tp])
        start, end = (await consumer.beginning_offsets([tp]))[tp], (await consumer.end_offsets([tp]))[tp]
        if not start <= int(offset) < end:
            raise LookupError(f"{dlq_topic} holds offsets {start}..{end - 1} of partition {partition}, not {offset}")
        consumer.seek(tp, int(offset))
        record = await asyncio.wait_for(consumer.getone(tp), 30)
        return _letter(record)


async def republish(bootstrap_servers: str, dlq_topic: str, letters: list[DeadLetter]) -> int:
    """Send dead letters back to the topic they came from, without the DLQ's headers; returns how many."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers, enable_idempotence=True)
    await producer.start()
    try:
        for letter in letters:
            target = letter.headers.get(H_TOPIC) or dlq_topic.removesuffix(".dlq")
            headers = [(k, v.encode()) for k, v in letter.headers.items() if k not in DLQ_HEADERS]
            key = letter.key.encode() if letter.key is not None else None
            await producer.send_and_wait(target, letter.value, key=key, headers=headers)
    finally:
        await producer.stop()
    return len(letters)


async def replay_matching(bootstrap_servers: str, dlq_topic: str, where: Callable[[DeadLetter], bool]) -> int:
    """Republish the dead letters `where` picks; they stay in the DLQ (consumers skip what they already did)."""
    letters = [d for d in await read_all(bootstrap_servers, dlq_topic) if where(d)]
    return await republish(bootstrap_servers, dlq_topic, letters)


async def purge(bootstrap_servers: str, dlq_topic: str) -> int:
    """Delete every message now in the dead-letter topic; returns how many were deleted."""
    async with _reader(bootstrap_servers) as consumer:
        parts = await _partitions(consumer, dlq_topic)
        if not parts:
            return 0
        start, end = await consumer.beginning_offsets(parts), await consumer.end_offsets(parts)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers)
    await admin.start()
    try:
        await admin.delete_records({tp: RecordsToDelete(end[tp]) for tp in parts if end[tp] > start[tp]})
    finally:
        await admin.close()
    return sum(end[tp] - start[tp] for tp in parts)


async def replay(
    bootstrap_servers: str, dlq_topic: str, *, group_id: str = "dlq-replay", timeout_s: float = 60.0
) -> int:
    """Republish every message not yet replayed by `group_id` (its committed offset) to its original topic."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    moved = 0
    try:
        if dlq_topic not in await consumer.topics():
            return 0
        consumer.subscribe([dlq_topic])
        end: dict[TopicPartition, int] | None = None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            letters = [_letter(r) for records in batch.values() for r in records]
            moved += await republish(bootstrap_servers, dlq_topic, letters) if letters else 0
            if batch:
                await consumer.commit()
            assignment = list(consumer.assignment())
            if assignment and end is None:
                end = await consumer.end_offsets(assignment)
            if end is not None and all([await consumer.position(tp) >= off for tp, off in end.items()]):
                break
    finally:
        await consumer.stop()
    return moved


def main(argv: list[str] | None = None) -> None:
    """CLI: `crm-dev dlq-replay TOPIC.dlq` (each service's CLI has the full `dlq` command)."""
    parser = argparse.ArgumentParser(prog="dlq-replay")
    parser.add_argument("topic", help="the dead-letter topic, e.g. contacts.customers.dlq")
    parser.add_argument("--bootstrap-servers", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"))
    args = parser.parse_args(argv)
    count = asyncio.run(replay(args.bootstrap_servers, args.topic))
    print(f"replayed {count} message(s) from {args.topic}")
