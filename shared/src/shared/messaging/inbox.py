"""Inbox: a consumer records each event id in its own transaction, so a redelivery has no effect."""

import uuid
from collections.abc import Sequence

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.messaging.schema import inbox


async def claim_many(session: AsyncSession, consumer: str, event_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Record (consumer, event_id) for each id; returns those not recorded before (the new ones)."""
    if not event_ids:
        return set()
    statement = (
        insert(inbox)
        .values([{"consumer": consumer, "event_id": e} for e in event_ids])
        .on_conflict_do_nothing()
        .returning(inbox.c.event_id)
    )
    return set((await session.execute(statement)).scalars())
