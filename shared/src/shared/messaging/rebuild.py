"""Rebuild a read model from the compacted snapshot topics: empty its tables, replay each entity's newest state.

The states are read from the beginning of each topic up to its end as of the start (no consumer group),
the newest per key wins (the broker may not have compacted yet), and each is applied as the event a live
consumer would have seen, through that consumer's own handlers, in one transaction: readers see the old
view until the new one is complete. Live consumers keep running: their handlers skip older versions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from sqlalchemy import text

from shared.contracts import snapshots, topics
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import registry
from shared.db import UnitOfWork
from shared.logs import get_logger
from shared.messaging.consumer import Handler

log = get_logger(__name__)


async def newest_states(bootstrap_servers: str, topic: str) -> list[Envelope]:
    """The newest envelope of each key of a topic (up to its end as of now), in the order they were last written."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        # Assigned partitions, not a subscription: the topic's partitions come from a fresh metadata fetch.
        cluster = await consumer._client.fetch_all_metadata()  # what consumer.topics() calls
        partitions = [TopicPartition(topic, p) for p in sorted(cluster.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        newest: dict[bytes, Envelope] = {}
        while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
            batch = await consumer.getmany(timeout_ms=500)
            for tp, records in batch.items():
                for record in records:
                    if record.offset < ends[tp] and record.value is not None and record.key is not None:
                        newest.pop(record.key, None)  # re-inserted: dict order is the order of last writes
                        newest[record.key] = Envelope.model_validate_json(record.value)
        return list(newest.values())
    finally:
        await consumer.stop()


def _replayed(state: Envelope) -> Iterable[tuple[Envelope, Event]]:
    """The envelopes (same ids, facility and version as the state's) of the events that lead to a state."""
    for event in snapshots.replay(registry.parse(state)):
        envelope = state.model_copy(update={"type": event.type, "payload": event.model_dump(mode="json")})
        yield envelope, event


async def rebuild_view(
    uow: UnitOfWork,
    *,
    bootstrap_servers: str,
    namespace: str,
    tables: Iterable[str],
    handlers: Mapping[type[Event], Handler],
) -> dict[str, int]:
    """Empty `tables` and fill them again from the snapshot topics; returns states applied per topic."""
    by_type = {model.type: handler for model, handler in handlers.items()}
    states = {t: await newest_states(bootstrap_servers, topics.resolve(t, namespace)) for t in snapshots.TOPICS}
    applied: dict[str, int] = {}
    async with uow:
        await uow.session.execute(text(f"TRUNCATE {', '.join(tables)}"))
        for topic, envelopes in states.items():
            applied[topic] = 0
            for state in envelopes:
                for envelope, event in _replayed(state):
                    if event.type in by_type:
                        await by_type[event.type](uow, envelope, event)
                        applied[topic] += 1
        await uow.commit()
    log.info("view rebuilt", tables=list(tables), applied=applied)
    return applied


def rebuild_summary(applied: Mapping[str, Any]) -> str:
    """One line for the command line."""
    return ", ".join(f"{topic}: {count}" for topic, count in applied.items())
