"""Async SQLAlchemy engine, sessions and the unit of work that writes state and events together."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from types import TracebackType
from typing import Self, cast

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared import context, tracing
from shared.contracts import snapshots, topics
from shared.contracts.envelope import Envelope, Event
from shared.messaging.schema import BATCH_HEADER, CONTENT_TYPE, HEADER_FIELDS, HEADER_LINES, outbox, shard_of


def make_engine(url: str, pool_size: int = 10) -> AsyncEngine:
    """An engine for one service database; created by bootstrap, never at import."""
    # No pre-ping: it costs a round trip per request; a dropped connection still invalidates the pool on
    # first error, and readiness probes report a database that is down.
    return create_async_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


class UnitOfWork:
    """One transaction: state changes and the events they raise commit together, or not at all."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], topic_namespace: str = "") -> None:
        self._sessionmaker = sessionmaker
        self._namespace = topic_namespace
        self._pending: list[tuple[str, Envelope, str | None, str]] = []
        self.session: AsyncSession
        # Bulk writers (the billing run) set this: the events go out as one outbox row per topic and shard.
        self.bulk_events = False

    async def __aenter__(self) -> Self:
        self.session = self._sessionmaker()
        self._pending = []
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is not None or self.session.in_transaction():
                await self.session.rollback()
        finally:
            await self.session.close()

    def publish(
        self,
        event: Event,
        *,
        facility_id: uuid.UUID,
        aggregate_id: uuid.UUID,
        aggregate_version: int | None = None,
    ) -> Envelope:
        """Queue an event (and the state it leaves, for the compacted topics) for the outbox; written on commit."""
        key = str(snapshots.key_of(event) or aggregate_id)  # a state queued directly is keyed by its entity
        envelope = self._queue(event, facility_id, aggregate_id, aggregate_version, key)
        state = snapshots.state_of(event)
        if state is not None:  # same aggregate id and version as the event, keyed by the entity's own id
            self._queue(state[0], facility_id, aggregate_id, aggregate_version, str(state[1]), envelope.occurred_at)
        return envelope

    def _queue(
        self,
        event: Event,
        facility_id: uuid.UUID,
        aggregate_id: uuid.UUID,
        version: int | None,
        key: str,
        occurred_at: datetime | None = None,
    ) -> Envelope:
        envelope = Envelope.wrap(
            event,
            facility_id=facility_id,
            aggregate_id=aggregate_id,
            aggregate_version=version,
            correlation_id=context.current_correlation_id(),
            causation_id=context.current_causation_id(),
            occurred_at=occurred_at,
        )
        # The span that queued the event is the parent of its publication and of every consumer's span.
        self._pending.append((self.topic_of(type(event)), envelope, tracing.current_traceparent(), key))
        return envelope

    def topic_of(self, event: type[Event]) -> str:
        """The physical topic of an event type for this service (bulk writers that build outbox rows in SQL)."""
        return topics.resolve(event.topic, self._namespace)

    @contextlib.asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """A savepoint: if the block fails, its statements are rolled back and the events it queued dropped."""
        queued = len(self._pending)
        try:
            async with self.session.begin_nested():
                yield
        except BaseException:
            del self._pending[queued:]
            raise

    async def flush_events(self) -> None:
        """Write queued events into the outbox inside the current transaction."""
        if not self._pending:
            return
        rows = [outbox_row(topic, env, traceparent, key) for topic, env, traceparent, key in self._pending]
        if self.bulk_events and len(rows) > 1:
            rows = batch_rows(rows)
        self._pending = []
        await self.session.execute(insert(outbox), rows)

    async def commit(self) -> None:
        """Write the outbox rows and commit everything in one transaction."""
        await self.flush_events()
        await self.session.commit()


def outbox_row(
    topic: str, envelope: Envelope, traceparent: str | None = None, key: str | None = None
) -> dict[str, object]:
    """The outbox row of one envelope, keyed by its aggregate id unless told (bulk writers use it too)."""
    key = key or str(envelope.aggregate_id)
    headers = {name: CONTENT_TYPE if name == "content-type" else str(getattr(envelope, name)) for name in HEADER_FIELDS}
    if traceparent:
        headers[tracing.TRACEPARENT] = traceparent
    return {
        "event_id": envelope.event_id,
        "topic": topic,
        "key": key,
        "shard": shard_of(key),
        "value": envelope.to_bytes(),
        "headers": headers,
    }


def batch_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The outbox rows as one batch row per (topic, shard), events in their order (see relay.messages).

    Each line is "<key>\t<headers JSON>\t<envelope JSON>": events of different types share a row, so
    the order of every key's events is what it would be with a row each. JSON text holds no raw tab or newline.
    """
    lines: dict[tuple[object, object], list[bytes]] = {}
    for row in rows:
        value = cast(bytes, row["value"])
        line = b"\t".join((str(row["key"]).encode(), json.dumps(row["headers"]).encode(), value))
        lines.setdefault((row["topic"], row["shard"]), []).append(line)
    return [
        {
            "event_id": uuid.uuid4(),
            "topic": topic,
            "key": str(shard),
            "shard": shard,
            "value": b"\n".join(batch),
            "headers": {BATCH_HEADER: HEADER_LINES, "events": str(len(batch))},
        }
        for (topic, shard), batch in lines.items()
    ]
