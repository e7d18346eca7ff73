"""Replay a dead-letter topic: move its messages back to the topic they came from."""

from __future__ import annotations

import argparse
import asyncio

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from shared.messaging.deadletter import DLQ_HEADERS, H_TOPIC


async def replay(bootstrap_servers: str, dlq_topic: str, *, group_id: str = "dlq-replay") -> int:
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
        partitions = consumer.partitions_for_topic(dlq_topic) or set()
        assigned = [TopicPartition(dlq_topic, p) for p in partitions]
        if not assigned:
            return 0
        consumer.assign(assigned)
        end = await consumer.end_offsets(assigned)
        remaining = {tp for tp in assigned if await consumer.position(tp) < end[tp]}
        while remaining:
            batch = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, records in batch.items():
                for record in records:
                    headers = [(k, v) for k, v in (record.headers or []) if k not in DLQ_HEADERS]
                    origin = dict(record.headers or []).get(H_TOPIC)
                    target = origin.decode() if origin else dlq_topic.removesuffix(".dlq")
                    await producer.send_and_wait(target, record.value, key=record.key, headers=headers)
                    moved += 1
                if await consumer.position(tp) >= end[tp]:
                    remaining.discard(tp)
            await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()
    return moved


def main(argv: list[str] | None = None) -> None:
    """CLI: `crm-dev dlq-replay TOPIC.dlq` (also exposed by each service's own CLI)."""
    parser = argparse.ArgumentParser(prog="dlq-replay")
    parser.add_argument("topic", help="the dead-letter topic, e.g. contacts.customers.dlq")
    parser.add_argument("--bootstrap-servers", default="127.0.0.1:19092")
    args = parser.parse_args(argv)
    count = asyncio.run(replay(args.bootstrap_servers, args.topic))
    print(f"replayed {count} message(s) from {args.topic}")
