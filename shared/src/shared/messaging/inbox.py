"""Inbox: a consumer records each event id in its own transaction, so a redelivery has no effect."""

import uuid

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.messaging.schema import inbox


async def claim(session: AsyncSession, consumer: str, event_id: uuid.UUID) -> bool:
    """Record (consumer, event_id); False when it was already recorded, i.e. a duplicate."""
    statement = (
        insert(inbox)
        .values(consumer=consumer, event_id=event_id)
        .on_conflict_do_nothing()
        .returning(inbox.c.event_id)
    )
    return (await session.execute(statement)).first() is not None
