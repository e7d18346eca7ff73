"""Subscriber factory: consumer group, batches applied in one transaction, inbox dedupe, ack after commit.

A poll batch is applied in one unit of work. If that fails it is retried with backoff; if it still fails
(or one event is bad) the batch is applied one event at a time, so only the bad event goes to the DLQ
and the rest keep their order. The offset is committed only after all of it is done.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import SpanKind
from pydantic import ValidationError

from shared import context, tracing
from shared.contracts import topics as topic_names
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import EventRegistry
from shared.contracts.registry import registry as default_registry
from shared.db import UnitOfWork
from shared.logs import get_logger
from shared.messaging import inbox, metrics
from shared.messaging.asyncapi import note_channel
from shared.messaging.deadletter import PERMANENT, RetryPolicy, dead_letter
from shared.messaging.provision import SpecTopic

log = get_logger(__name__)

Handler = Callable[[UnitOfWork, Envelope, Any], Awaitable[None]]
Item = tuple[Any, Envelope]


class Batched:
    """A handler that also applies a run of consecutive events at once (one statement for many rows).

    Called like any handler for one event. When a poll batch holds consecutive events whose handler is the
    same Batched, they are passed to `many` together, in order; an event with another handler ends the run,
    so the order of effects between handlers is what one-by-one handling would give.
    """

    def __init__(self, many: Callable[[UnitOfWork, Sequence[tuple[Envelope, Any]]], Awaitable[None]]) -> None:
        self.many = many

    async def __call__(self, uow: UnitOfWork, envelope: Envelope, event: Any) -> None:
        await self.many(uow, [(envelope, event)])


async def _raw_bodies(msg: Any) -> Any:
    """Keep bodies as bytes: envelopes are parsed per record, so one bad record cannot sink a batch."""
    return msg.body


class _Applier:
    """Applies envelopes for one consumer group."""

    def __init__(
        self,
        consumer: str,
        by_type: Mapping[str, Handler],
        uow_factory: Callable[[], UnitOfWork],
        registry: EventRegistry,
        policy: RetryPolicy,
        broker: KafkaBroker,
        tracer_provider: TracerProvider | None = None,
    ) -> None:
        self.consumer, self.by_type, self.uow_factory = consumer, by_type, uow_factory
        self.registry, self.policy, self.broker = registry, policy, broker
        self.tracer_provider = tracer_provider

    async def apply(self, items: Sequence[Item]) -> None:
        """Apply events in one transaction; events already in the inbox are skipped."""
        started = time.perf_counter()
        async with self.uow_factory() as uow:
            fresh = await inbox.claim_many(uow.session, self.consumer, [env.event_id for _, env in items])
            outcomes: list[tuple[str, str]] = []
            run: list[tuple[Envelope, Any]] = []  # consecutive events of one Batched handler, not yet applied
            for record, env in items:
                # A consumer span under the producer's: what the handler publishes continues the same trace.
                with self._span(record, env):
                    context.bind(env.correlation_id, str(env.event_id))
                    if env.event_id not in fresh:
                        outcomes.append((env.type, "duplicate"))
                        log.info("duplicate event skipped", type=env.type, event_id=str(env.event_id))
                        continue
                    fresh.discard(env.event_id)
                    handler = self.by_type[env.type]
                    if run and self.by_type[run[0][0].type] is not handler:
                        await self._apply_run(uow, run)
                    if isinstance(handler, Batched):
                        run.append((env, self.registry.parse(env)))
                    else:
                        await handler(uow, env, self.registry.parse(env))
                    outcomes.append((env.type, "handled"))
            await self._apply_run(uow, run)
            await uow.commit()
        metrics.HANDLE_SECONDS.labels(self.consumer).observe(time.perf_counter() - started)
        for event_type, outcome in outcomes:
            metrics.CONSUMED.labels(self.consumer, event_type, outcome).inc()

    def _span(self, record: Any, env: Envelope) -> Any:
        return tracing.span(
            self.tracer_provider,
            f"{record.topic} process",
            kind=SpanKind.CONSUMER,
            parent=tracing.parent_of(record.headers),
            attributes={
                "messaging.system": "kafka",
                "messaging.destination.name": record.topic,
                "messaging.consumer.group.name": self.consumer,
                "messaging.message.id": str(env.event_id),
                "event.type": env.type,
            },
        )

    async def _apply_run(self, uow: UnitOfWork, run: list[tuple[Envelope, Any]]) -> None:
        """Apply (and empty) a run of events of one Batched handler."""
        if run:
            handler = self.by_type[run[0][0].type]
            assert isinstance(handler, Batched)
            await handler.many(uow, list(run))
            run.clear()

    async def apply_with_retries(self, items: Sequence[Item]) -> tuple[Exception | None, int]:
        """Apply with bounded backoff; returns the last error (None on success) and attempts made."""
        for attempt in range(1, self.policy.max_attempts + 1):
            try:
                await self.apply(items)
                return None, attempt
            except PERMANENT as exc:
                return exc, attempt
            except Exception as exc:
                if attempt == self.policy.max_attempts:
                    return exc, attempt
                delay = self.policy.delay(attempt)
                log.warning("handling failed; retrying", error=repr(exc), attempt=attempt, delay_s=round(delay, 3))
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def handle_records(self, records: Sequence[Any]) -> None:
        """Parse, apply as one batch, fall back to one by one; dead-letter what cannot be done."""
        items: list[Item] = []
        for record in records:
            try:
                env = Envelope.model_validate_json(record.value or b"")
            except ValidationError as exc:
                await dead_letter(self.broker, record, exc, 1, self.consumer)
                continue
            if env.type in self.by_type:
                items.append((record, env))
            else:
                metrics.CONSUMED.labels(self.consumer, env.type, "ignored").inc()
        if not items:
            return
        error, attempts = await self.apply_with_retries(items)
        if error is None:
            return
        if len(items) == 1:
            await dead_letter(self.broker, items[0][0], error, attempts, self.consumer)
            return
        log.warning("batch failed; applying one event at a time", error=repr(error), size=len(items))
        for item in items:
            item_error, attempts = await self.apply_with_retries([item])
            if item_error is not None:
                await dead_letter(self.broker, item[0], item_error, attempts, self.consumer)


def register_consumer(
    broker: KafkaBroker,
    *,
    consumer: str,
    topics: Iterable[str],
    handlers: Mapping[type[Event], Handler],
    uow_factory: Callable[[], UnitOfWork],
    namespace: str = "",
    registry: EventRegistry = default_registry,
    policy: RetryPolicy | None = None,
    description: str | None = None,
    max_records: int = 500,
    instances: int = 1,
    replication_factor: int = 1,
    tracer_provider: TracerProvider | None = None,
    fetch_max_wait_ms: int = 50,
    batch_timeout_ms: int = 20,
) -> None:
    """Subscribe `consumer` (its group id) to topics; each event's handler takes effect exactly once.

    Events of types with no handler are acknowledged and skipped. An exception escaping here (the DLQ
    itself unreachable) rewinds the partitions, so nothing is acknowledged that was not done.
    Missing topics are created to their spec (shared.contracts.topics).
    `instances` > 1 joins the group that many times from this process: the topic's partitions are
    shared among them and their batches are applied concurrently, each in its own transaction.
    """
    by_type = {model.type: handler for model, handler in handlers.items()}
    applier = _Applier(consumer, by_type, uow_factory, registry, policy or RetryPolicy(), broker, tracer_provider)

    async def handle(bodies: list[bytes], msg: KafkaMessage) -> None:
        raw = msg.raw_message
        await applier.handle_records(raw if isinstance(raw, tuple) else (raw,))

    handle.__name__ = handle.__qualname__ = consumer.replace("-", "_")
    types = ", ".join(sorted(by_type))
    note_channel(broker, consumer, handlers)
    for instance in range(instances):
        broker.subscriber(
            *[SpecTopic(topic_names.resolve(t, namespace), topic_names.spec(t), replication_factor) for t in topics],
            group_id=consumer,
            batch=True,
            max_records=max_records,
            batch_timeout_ms=batch_timeout_ms,
            fetch_max_wait_ms=fetch_max_wait_ms,
            ack_policy=AckPolicy.NACK_ON_ERROR,
            auto_offset_reset="earliest",
            decoder=_raw_bodies,
            title=consumer,
            description=(description or consumer) + f" Envelopes (see publications) of: {types}.",
            include_in_schema=instance == 0,
        )(handle)


def document_publications(
    broker: KafkaBroker, *, service: str, namespace: str = "", registry: EventRegistry = default_registry
) -> None:
    """Declare what a service publishes (through its outbox) so the AsyncAPI document shows it.

    What it publishes is what its contracts say (each contract module's PRODUCER): one channel per topic.
    """
    for topic, events in registry.published_by(service).items():
        names = ", ".join(e.type for e in events)
        note_channel(broker, f"{topic}:publish", events)
        broker.publisher(
            topic_names.resolve(topic, namespace),
            title=f"{topic}:publish",
            description=f"Published through the outbox, keyed by aggregate id: {names}",
            schema=Envelope,
        )


__all__ = ["Batched", "Handler", "document_publications", "register_consumer"]
