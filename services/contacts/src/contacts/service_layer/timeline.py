"""The activity timeline: one row per thing that happened to a customer."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import customers
from contacts.adapters.repository import record
from contacts.domain.change import field_changes

__all__ = ["contacted", "field_changes", "publish_and_record", "record"]


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
