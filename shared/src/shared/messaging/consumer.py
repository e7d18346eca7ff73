"""Subscriber factory: consumer group, inbox dedupe, one transaction per event, ack after commit."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage

from shared import context
from shared.contracts import topics as topic_names
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import EventRegistry
from shared.contracts.registry import registry as default_registry
from shared.db import UnitOfWork
from shared.logs import get_logger
from shared.messaging import inbox, metrics

log = get_logger(__name__)

Handler = Callable[[UnitOfWork, Envelope, Any], Awaitable[None]]


def register_consumer(
    broker: KafkaBroker,
    *,
    consumer: str,
    topics: Iterable[str],
    handlers: Mapping[type[Event], Handler],
    uow_factory: Callable[[], UnitOfWork],
    namespace: str = "",
    registry: EventRegistry = default_registry,
    description: str | None = None,
) -> None:
    """Subscribe `consumer` (its group id) to topics; each event runs its handler once, in one UoW.

    Events of types with no handler are acknowledged and skipped. Retries and the DLQ are the broker
    middleware's job (see deadletter.py); an exception here means "not done", never a lost message.
    """
    by_type = {model.type: handler for model, handler in handlers.items()}
    physical = [topic_names.resolve(t, namespace) for t in topics]

    async def handle(envelope: Envelope, msg: KafkaMessage) -> None:
        context.bind(envelope.correlation_id, str(envelope.event_id))
        handler = by_type.get(envelope.type)
        if handler is None:
            metrics.CONSUMED.labels(consumer, envelope.type, "ignored").inc()
            return
        event = registry.parse(envelope)
        started = time.perf_counter()
        async with uow_factory() as uow:
            if not await inbox.claim(uow.session, consumer, envelope.event_id):
                metrics.CONSUMED.labels(consumer, envelope.type, "duplicate").inc()
                log.info("duplicate event skipped", type=envelope.type, event_id=str(envelope.event_id))
                return
            await handler(uow, envelope, event)
            await uow.commit()
        metrics.HANDLE_SECONDS.labels(consumer).observe(time.perf_counter() - started)
        metrics.CONSUMED.labels(consumer, envelope.type, "handled").inc()
        log.debug("event handled", type=envelope.type, event_id=str(envelope.event_id))

    handle.__name__ = consumer.replace("-", "_")
    handle.__qualname__ = handle.__name__
    broker.subscriber(
        *physical,
        group_id=consumer,
        ack_policy=AckPolicy.NACK_ON_ERROR,
        auto_offset_reset="earliest",
        title=f"{consumer}",
        description=description or f"{consumer} handles: {', '.join(sorted(by_type))}",
    )(handle)


def document_publications(
    broker: KafkaBroker, *, topic: str, events: Iterable[type[Event]], namespace: str = ""
) -> None:
    """Declare what a service publishes (through its outbox) so the AsyncAPI document shows it."""
    names = ", ".join(sorted(e.type for e in events))
    broker.publisher(
        topic_names.resolve(topic, namespace),
        title=f"{topic}:publish",
        description=f"Published through the outbox, keyed by aggregate id: {names}",
        schema=Envelope,
    )
