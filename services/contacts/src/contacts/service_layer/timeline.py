"""The activity timeline: one row per thing that happened to a customer."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import customers, timeline


async def record(
    session: AsyncSession,
    *,
    facility_id: uuid.UUID,
    customer_id: uuid.UUID,
    kind: str,
    summary: str,
    actor: str | None = None,
    data: dict[str, Any] | None = None,
    source_event_id: uuid.UUID | None = None,
) -> None:
    """Add a timeline entry in the caller's transaction; an entry from an event is written once."""
    statement = insert(timeline).values(
        facility_id=facility_id,
        customer_id=customer_id,
        kind=kind,
        summary=summary,
        actor=actor,
        data=data or {},
        source_event_id=source_event_id,
    )
    if source_event_id is not None:
        statement = statement.on_conflict_do_nothing(index_elements=[timeline.c.source_event_id])
    await session.execute(statement)


def field_changes(diff: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """Old and new value of each changed field, JSON-ready."""
    return {"changes": {name: {"old": _plain(old), "new": _plain(new)} for name, (old, new) in diff.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, (uuid.UUID,)) or hasattr(value, "isoformat"):
        return str(value)
    return value


async def publish_and_record(
    uow: Any,
    event: Any,
    *,
    facility_id: uuid.UUID,
    customer_id: uuid.UUID,
    kind: str,
    summary: str,
    actor: str | None,
    data: dict[str, Any] | None = None,
    aggregate_version: int | None = None,
) -> None:
    """Publish a customer's event and put the matching entry on their timeline, in the same transaction."""
    uow.publish(event, facility_id=facility_id, aggregate_id=customer_id, aggregate_version=aggregate_version)
    await record(
        uow.session,
        facility_id=facility_id,
        customer_id=customer_id,
        kind=kind,
        summary=summary,
        actor=actor,
        data=data,
    )


async def contacted(session: AsyncSession, facility_id: uuid.UUID, customer_id: uuid.UUID, at: datetime) -> None:
    """Remember the customer was contacted at `at` (a later contact is never replaced by an earlier one)."""
    await session.execute(
        update(customers)
        .where(customers.c.id == customer_id, customers.c.facility_id == facility_id)
        .values(last_contacted_at=func.greatest(func.coalesce(customers.c.last_contacted_at, at), at))
    )
