"""The envelope every message on Kafka carries, around a typed, versioned payload."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field


class Event(BaseModel):
    """Base of every event payload: frozen; `type`, `version` and `topic` identify its contract.

    The service that publishes it is its module's `PRODUCER`, or its own `producer` where a module holds
    contracts of two services (shared.contracts.registry.EventRegistry.published_by).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: ClassVar[str]
    version: ClassVar[int] = 1
    topic: ClassVar[str]
    producer: ClassVar[str | None] = None


class Envelope(BaseModel):
    """Wire format: metadata for routing, tracing and dedupe, plus the event payload."""

    model_config = ConfigDict(frozen=True)

    event_id: uuid.UUID
    type: str
    version: int = Field(ge=1)
    occurred_at: datetime
    facility_id: uuid.UUID
    aggregate_id: uuid.UUID
    aggregate_version: int | None = None
    correlation_id: str
    causation_id: str | None = None
    payload: dict[str, Any]

    @classmethod
    def wrap(
        cls,
        event: Event,
        *,
        facility_id: uuid.UUID,
        aggregate_id: uuid.UUID,
        correlation_id: str,
        causation_id: str | None = None,
        aggregate_version: int | None = None,
        occurred_at: datetime | None = None,
    ) -> Envelope:
        """Put an event into a new envelope with a fresh event id."""
        return cls(
            event_id=uuid.uuid4(),
            type=event.type,
            version=event.version,
            occurred_at=occurred_at or datetime.now(UTC),
            facility_id=facility_id,
            aggregate_id=aggregate_id,
            aggregate_version=aggregate_version,
            correlation_id=correlation_id,
            causation_id=causation_id,
            payload=event.model_dump(mode="json"),
        )

    def to_bytes(self) -> bytes:
        """JSON bytes as they travel on Kafka."""
        return self.model_dump_json().encode()
