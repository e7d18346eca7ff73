"""A tiny service for plumbing tests: a consumer that records each handled event as an effect row."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from sqlalchemy import text

from shared.container import Container
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import EventRegistry
from shared.db import UnitOfWork
from shared.errors import Refused
from shared.messaging.consumer import register_consumer
from shared.messaging.schema import NOTIFY_DDL, metadata
from shared.settings import ServiceSettings

TOPIC = "plumbing.things"
registry = EventRegistry()


@registry.register
class ThingHappened(Event):
    """A test event; `seq` orders events of one key."""

    type: ClassVar[str] = "ThingHappened"
    topic: ClassVar[str] = TOPIC
    seq: int
    note: str = ""


attempts: dict[str, int] = {}
fail_times: dict[str, int] = {}


async def record_effect(uow: UnitOfWork, envelope: Envelope, event: ThingHappened) -> None:
    """Insert one effect row; fails as often as fail_times asks (for retry tests); a note "refuse" is refused."""
    key = str(envelope.event_id)
    attempts[key] = attempts.get(key, 0) + 1
    if event.note == "refuse":
        raise Refused("thing refused", [{"type": "thing_refused", "msg": "this thing is refused"}])
    if fail_times.get(key, 0) > 0:
        fail_times[key] -= 1
        raise RuntimeError(f"induced failure of {key}")
    await uow.session.execute(
        text("INSERT INTO effects (event_id, aggregate_id, seq) VALUES (:e, :a, :s)"),
        {"e": envelope.event_id, "a": envelope.aggregate_id, "s": event.seq},
    )


async def prepare_schema(engine: Any) -> None:
    """Outbox, inbox and the effects table in a fresh database."""
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        for statement in NOTIFY_DDL:
            await conn.execute(text(statement))
        await conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS effects (event_id uuid, aggregate_id uuid, seq int,"
                " at timestamptz DEFAULT clock_timestamp())"
            )
        )


def build(settings: ServiceSettings, group: str, uow_factory: Any = None, **options: Any) -> Container:
    """A container whose broker runs the effect consumer under `group` (options go to register_consumer)."""
    container = Container(settings)
    register_consumer(
        container.broker,
        consumer=group,
        topics=[TOPIC],
        handlers={ThingHappened: record_effect},
        uow_factory=uow_factory or container.uow,
        namespace=settings.topic_namespace,
        registry=registry,
        policy=container.retry_policy,
        **options,
    )
    return container


def envelope(aggregate_id: uuid.UUID, seq: int, note: str = "") -> Envelope:
    """An envelope of ThingHappened."""
    return Envelope.wrap(
        ThingHappened(seq=seq, note=note),
        facility_id=uuid.UUID(int=1),
        aggregate_id=aggregate_id,
        correlation_id=f"corr-{seq}",
        aggregate_version=seq,
    )
