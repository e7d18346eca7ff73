"""Replay a dead-letter topic: move its messages back to the topic they came from."""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from shared.messaging.deadletter import DLQ_HEADERS, H_TOPIC


async def _republish(producer: AIOKafkaProducer, dlq_topic: str, record: Any) -> None:
    headers = [(k, v) for k, v in (record.headers or []) if k not in DLQ_HEADERS]
    origin = dict(record.headers or []).get(H_TOPIC)
    target = origin.decode() if origin else dlq_topic.removesuffix(".dlq")
    await producer.send_and_wait(target, record.value, key=record.key, headers=headers)


async def replay(
    bootstrap_servers: str, dlq_topic: str, *, group_id: str = "dlq-replay", timeout_s: float = 60.0
) -> int:
    """Republish every message waiting in `dlq_topic` to its original topic; returns how many."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers, enable_idempotence=True)
    await consumer.start()
    await producer.start()
    moved = 0
    try:
        if dlq_topic not in await consumer.topics():
            return 0
        consumer.subscribe([dlq_topic])
        end: dict[TopicPartition, int] | None = None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    await _republish(producer, dlq_topic, record)
                    moved += 1
            if batch:
                await consumer.commit()
            assignment = list(consumer.assignment())
            if assignment and end is None:
                end = await consumer.end_offsets(assignment)
            if end is not None and all([await consumer.position(tp) >= off for tp, off in end.items()]):
                break
    finally:
        await producer.stop()
        await consumer.stop()
    return moved


def main(argv: list[str] | None = None) -> None:
    """CLI: `crm-dev dlq-replay TOPIC.dlq` (also exposed by each service's own CLI)."""
    parser = argparse.ArgumentParser(prog="dlq-replay")
    parser.add_argument("topic", help="the dead-letter topic, e.g. contacts.customers.dlq")
    parser.add_argument("--bootstrap-servers", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"))
    args = parser.parse_args(argv)
    count = asyncio.run(replay(args.bootstrap_servers, args.topic))
    print(f"replayed {count} message(s) from {args.topic}")
