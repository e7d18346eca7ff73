"""What a running service holds: settings, engine, broker, relay, token verifier."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any

from faststream.kafka import KafkaBroker
from sqlalchemy import text

from shared import tracing
from shared.auth import TokenVerifier
from shared.contracts.envelope import Event
from shared.contracts.topics import spec as topic_spec
from shared.db import UnitOfWork, make_engine, make_sessionmaker
from shared.logs import get_logger
from shared.messaging.broker import make_broker
from shared.messaging.consumer import Handler, register_consumer
from shared.messaging.deadletter import RetryPolicy
from shared.messaging.provision import TopicProvisioner
from shared.messaging.relay import OutboxRelay, make_producer
from shared.opsmetrics import OpsMetrics
from shared.settings import ServiceSettings

log = get_logger(__name__)


class Container:
    """Built by a service's bootstrap; creates clients but connects nothing until start()."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url, settings.db_pool_size)
        self.sessionmaker = make_sessionmaker(self.engine)
        self.broker: KafkaBroker = make_broker(settings)
        self.verifier = TokenVerifier(settings)
        self.tracer_provider = tracing.make_provider(settings)
        self.relay: OutboxRelay | None = None
        self.consumed_topics: set[str] = set()
        self.topics = TopicProvisioner(
            settings.kafka_bootstrap_servers,
            namespace=settings.topic_namespace,
            replication_factor=settings.kafka_replication_factor,
            request_timeout_ms=settings.kafka_request_timeout_ms,
        )
        # Measured at each scrape of /metrics: lag of these groups, outbox, DLQs, and the service's SQL gauges.
        self.ops = OpsMetrics(
            settings.service_name, self.engine, settings.kafka_bootstrap_servers, settings.topic_namespace
        )
        self._started = False

    @property
    def retry_policy(self) -> RetryPolicy:
        """How consumers of this service retry before dead-lettering."""
        s = self.settings
        return RetryPolicy(s.consumer_max_attempts, s.consumer_backoff_base_s, s.consumer_backoff_max_s)

    def subscribe(
        self,
        *,
        consumer: str,
        topics: Iterable[str],
        handlers: Mapping[type[Event], Handler],
        description: str = "",
        instances: int = 1,
    ) -> None:
        """Register a consumer group on this service's broker, its database and its retry policy."""
        topics = list(topics)
        self.consumed_topics.update(topics)
        self.ops.add_group(consumer, topics)
        register_consumer(
            self.broker,
            consumer=consumer,
            topics=topics,
            handlers=handlers,
            uow_factory=self.uow,
            namespace=self.settings.topic_namespace,
            policy=self.retry_policy,
            description=description or None,
            instances=instances,
            replication_factor=self.settings.kafka_replication_factor,
            tracer_provider=self.tracer_provider,
            fetch_max_wait_ms=self.settings.consumer_fetch_max_wait_ms,
            batch_timeout_ms=self.settings.consumer_batch_timeout_ms,
        )

    def uow(self) -> UnitOfWork:
        """A new unit of work on this service's database."""
        return UnitOfWork(self.sessionmaker, self.settings.topic_namespace)

    async def start(self) -> None:
        """Create topics to their specs, connect the broker (starting subscribers if enabled), start the relay."""
        await self._provision_consumed_topics()
        if self.settings.consumers_enabled:
            await self.broker.start()
        else:
            await self.broker.connect()
        if self.settings.relay_enabled:
            producer = make_producer(self.settings.kafka_bootstrap_servers, self.settings.kafka_request_timeout_ms)
            self.relay = OutboxRelay(
                self.engine,
                producer,
                batch_size=self.settings.relay_batch_size,
                poll_interval_s=self.settings.relay_poll_interval_s,
                ensure_topic=self.topics.ensure_physical,
                tracer_provider=self.tracer_provider,
            )
            await self.relay.start()
        self._started = True

    async def stop(self) -> None:
        """Stop relay and broker, dispose the engine."""
        if self.relay is not None:
            await self.relay.stop()
        await self.broker.stop()
        await self.ops.close()
        await self.topics.close()
        await self.engine.dispose()
        self.tracer_provider.shutdown()  # exports what is still queued

    async def _provision_consumed_topics(self) -> None:
        """The consumed topics and their dead-letter topics, before anything can create them with broker defaults."""
        specs = [spec for t in sorted(self.consumed_topics) for spec in (topic_spec(t), topic_spec(t).dlq())]
        try:
            await self.topics.ensure(specs)
        except Exception as exc:  # subscribers still create missing topics to spec; the relay ensures its own
            log.warning("topics not provisioned", error=repr(exc))

    async def readiness(self) -> dict[str, Any]:
        """What serving HTTP needs (the database) and, as detail only, whether the broker answers."""
        checks: dict[str, Any] = {}
        try:
            async with asyncio.timeout(2):
                async with self.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:
            checks["database"] = f"error: {type(exc).__name__}"
        checks["kafka"] = await self.kafka_health()
        return checks

    async def kafka_health(self) -> str:
        """Whether the broker answers within a second; while it does not, writes wait in the outbox."""
        try:
            return "ok" if self._started and await self.broker.ping(timeout=1) else "unreachable"
        except Exception as exc:
            return f"error: {type(exc).__name__}"
