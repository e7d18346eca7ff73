"""Outbox relay: publishes committed outbox rows to Kafka in order per key, then deletes them."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import nullcontext
from typing import Any

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import SpanKind
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared import tracing
from shared.logs import get_logger
from shared.messaging import metrics
from shared.messaging.provision import TopicSpecRefused
from shared.messaging.schema import BATCH_HEADER, HEADER_LINES, OUTBOX_CHANNEL, OUTBOX_SHARDS
from shared.polling import PollingWorker

log = get_logger(__name__)

# Each shard is guarded by a transaction-scoped advisory lock, so one relay at a time publishes a
# shard's rows in id order; FOR UPDATE SKIP LOCKED keeps a second relay off rows already claimed.
_CLAIM_SHARDS = text(
    "SELECT coalesce(array_agg(s), '{}') FROM ("
    " SELECT s FROM unnest(CAST(:order AS int[])) AS s"
    " WHERE pg_try_advisory_xact_lock(hashtext('outbox-relay'), s)) AS held"
)
_CLAIM_ROWS = text(
    "SELECT id, topic, key, value, headers FROM outbox WHERE shard = ANY(:shards)"
    " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED"
)
_DELETE = text("DELETE FROM outbox WHERE id = ANY(:ids)")
_PARTITIONER = DefaultPartitioner()


def messages(row: Any, traceparent: str | None = None) -> Iterator[tuple[bytes, bytes, list[tuple[str, bytes]]]]:
    """The (key, value, headers) messages of an outbox row: one, or one per line of a batch row.

    A batch row (header `x-outbox-batch: lines`, written by bulk writers such as contacts' import) holds
    many events of one topic and shard, one per line: "<key>\\t<event id>\\t<envelope JSON>". Their keys
    share the row's shard, so per-key order is what it would be with a row each. The envelope is
    PostgreSQL's JSON text, which never holds a raw tab or newline (they are escaped inside strings).
    `traceparent` (the relay's producer span) replaces the one stored with the row.
    """
    row_headers = {**row.headers, tracing.TRACEPARENT: traceparent} if traceparent else row.headers
    if row_headers.get(BATCH_HEADER) == HEADER_LINES:  # "<key>\t<headers JSON>\t<envelope JSON>" per line
        for line in bytes(row.value).split(b"\n"):
            key, headers, value = line.split(b"\t", 2)
            own = json.loads(headers) | ({tracing.TRACEPARENT: traceparent} if traceparent else {})
            yield key, value, [(k, str(v).encode()) for k, v in own.items()]
        return
    if row_headers.get(BATCH_HEADER) != "lines":
        yield row.key.encode(), row.value, [(k, str(v).encode()) for k, v in row_headers.items()]
        return
    shared = [(k, str(v).encode()) for k, v in row_headers.items() if k not in (BATCH_HEADER, "event_id")]
    for line in bytes(row.value).split(b"\n"):
        key, event_id, value = line.split(b"\t", 2)
        yield key, value, [*shared, ("event_id", event_id)]


def asyncpg_dsn(sqlalchemy_url: str) -> str:
    """The plain libpq URL asyncpg wants, from a SQLAlchemy URL."""
    return sqlalchemy_url.replace("postgresql+asyncpg://", "postgresql://", 1)


def make_producer(bootstrap_servers: str, request_timeout_ms: int = 10_000) -> AIOKafkaProducer:
    """An idempotent producer (acks=all): retries never reorder or duplicate within a partition."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers,
        enable_idempotence=True,
        acks="all",
        linger_ms=2,
        request_timeout_ms=request_timeout_ms,
        max_batch_size=1024 * 1024,
    )


class OutboxRelay:
    """Drains the outbox: woken by NOTIFY, polling as a fallback, backing off while Kafka is away."""

    def __init__(
        self,
        engine: AsyncEngine,
        producer: AIOKafkaProducer,
        *,
        batch_size: int = 500,
        poll_interval_s: float = 1.0,
        max_backoff_s: float = 5.0,
        ensure_topic: Callable[[str], Awaitable[None]] | None = None,
        tracer_provider: TracerProvider | None = None,
    ) -> None:
        self._engine = engine
        self._producer = producer
        self._batch_size = batch_size
        self._listener: asyncpg.Connection | None = None
        # NOTIFY wakes the worker, the poll interval covers a notification lost while reconnecting; a
        # failure (Kafka or PostgreSQL away) retries after 0.2 s, doubling up to `max_backoff_s`, jittered.
        self._worker = PollingWorker(
            "outbox-relay",
            self._step,
            poll_interval_s,
            backoff_base_s=0.2,
            max_backoff_s=max_backoff_s,
            jitter=True,
            on_failure=self._failed,
        )
        # Partitions per topic, read once: the relay's process is restarted when a topic gains partitions.
        self._partitions_of: dict[str, list[int]] = {}
        # Creates a topic to its spec before the first publish would let the broker create it with defaults.
        self._ensure_topic = ensure_topic
        self._tracer_provider = tracer_provider

    async def start(self) -> None:
        """Start the producer, the LISTEN connection and the loop."""
        await self._producer.start()
        self._worker.start()

    async def stop(self) -> None:
        """Stop the loop, then the listener and producer."""
        await self._worker.stop()
        await self._close_listener()
        await self._producer.stop()

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        url = self._engine.url.render_as_string(hide_password=False)
        self._listener = await asyncpg.connect(asyncpg_dsn(url))
        await self._listener.add_listener(OUTBOX_CHANNEL, lambda *_: self._worker.wake())

    async def _close_listener(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            await self._listener.close()
        self._listener = None

    async def _step(self) -> bool:
        """One batch; True when it was full (more rows are waiting, so no wait before the next)."""
        await self._listen()
        return await self.publish_batch() >= self._batch_size

    async def _failed(self, exc: Exception) -> None:
        metrics.RELAY_FAILURES.inc()
        await self._close_listener()  # reconnected by the next step

    async def publish_batch(self) -> int:
        """Publish one batch of rows in one transaction; returns how many were published."""
        order = list(range(OUTBOX_SHARDS))
        random.shuffle(order)
        started = time.perf_counter()
        async with self._engine.begin() as conn:
            shards = (await conn.execute(_CLAIM_SHARDS, {"order": order})).scalar_one()
            if not shards:
                return 0
            rows = (await conn.execute(_CLAIM_ROWS, {"shards": shards, "limit": self._batch_size})).all()
            if not rows:
                return 0
            claimed = time.perf_counter()
            sent = await self._publish(rows)
            published = time.perf_counter()
            await conn.execute(_DELETE, {"ids": [row.id for row in rows]})
        done = time.perf_counter()
        metrics.OUTBOX_PUBLISHED.inc(sent)
        metrics.RELAY_BATCH_ROWS.observe(len(rows))
        for phase, seconds in (
            ("claim", claimed - started),
            ("publish", published - claimed),
            ("commit", done - published),
        ):
            metrics.RELAY_SECONDS.labels(phase).observe(seconds)
        return len(rows)

    async def _publish(self, rows: Sequence[Any]) -> int:
        """Send rows in id order as one record batch per (topic, partition) and wait until Kafka has them all.

        The partition is the default partitioner's (murmur2 of the key), as `producer.send` would choose,
        so consumers see each key in one partition in order; batches skip a future per message.
        """
        futures: list[asyncio.Future[Any]] = []
        open_batches: dict[tuple[str, int], Any] = {}
        sent = 0
        for row in rows:
            partitions = await self._partitions(row.topic)
            with self._publish_span(row):
                row_messages = list(messages(row, tracing.current_traceparent()))
            for key, value, headers in row_messages:
                sent += 1
                partition = _PARTITIONER(key, partitions, partitions)  # all of them, all available
                batch = open_batches.get((row.topic, partition))
                if batch is None or batch.append(key=key, value=value, timestamp=None, headers=headers) is None:
                    if batch is not None:  # full: send it and start the next one
                        futures.append(await self._producer.send_batch(batch, row.topic, partition=partition))
                    batch = open_batches[row.topic, partition] = self._producer.create_batch()
                    if batch.append(key=key, value=value, timestamp=None, headers=headers) is None:
                        raise ValueError(f"a message of outbox row {row.id} is larger than a record batch")
        for (topic, partition), batch in open_batches.items():
            futures.append(await self._producer.send_batch(batch, topic, partition=partition))
        await asyncio.gather(*futures)
        return sent

    def _publish_span(self, row: Any) -> Any:
        """A producer span under the span that wrote the row (rows written outside any trace get none)."""
        parent = tracing.parent_of(row.headers)
        if parent is None:
            return nullcontext()
        return tracing.span(
            self._tracer_provider,
            f"{row.topic} publish",
            kind=SpanKind.PRODUCER,
            parent=parent,
            attributes={"messaging.system": "kafka", "messaging.destination.name": row.topic},
        )

    async def _partitions(self, topic: str) -> list[int]:
        if topic not in self._partitions_of:
            if self._ensure_topic is not None:
                try:
                    await self._ensure_topic(topic)
                except TopicSpecRefused as exc:  # a provisioned cluster: the topic is someone else's to shape
                    log.warning("topic not created to its spec", topic=topic, error=str(exc))
            self._partitions_of[topic] = sorted(await self._producer.partitions_for(topic))
        return self._partitions_of[topic]
