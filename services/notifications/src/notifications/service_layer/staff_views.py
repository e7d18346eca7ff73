"""What staff read and set outside sending: the email log and the facility's profile."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.dialects.postgresql import insert

from notifications.adapters.orm import emails, facility_profiles
from shared.db import UnitOfWork
from shared.openapi import PageRequest, fetch_page


async def email_log(
    uow: UnitOfWork,
    facility_id: uuid.UUID,
    page: PageRequest,
    customer_id: uuid.UUID | None,
    broadcast_id: uuid.UUID | None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of the facility's emails, newest first (without their context and idempotency key)."""
    columns = [c for c in emails.c if c.name not in ("context", "idempotency_key")]
    query = select(*columns).where(emails.c.facility_id == facility_id)
    if customer_id:
        query = query.where(emails.c.customer_id == customer_id)
    if broadcast_id:
        query = query.where(emails.c.broadcast_id == broadcast_id)
    async with uow:
        order = [(emails.c.created_at, True), (emails.c.id, True)]
        return await fetch_page(uow.session, query, order, page, dict)


async def save_profile(uow: UnitOfWork, facility_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Replace the facility's name and reply-to."""
    statement = insert(facility_profiles).values({"facility_id": facility_id, **values})
    statement = statement.on_conflict_do_update(index_elements=["facility_id"], set_=values)
    async with uow:
        await uow.session.execute(statement)
        await uow.commit()


async def profile(uow: UnitOfWork, facility_id: uuid.UUID) -> RowMapping | None:
    """The facility's stored profile row, or None when never set."""
    async with uow:
        query = select(facility_profiles).where(facility_profiles.c.facility_id == facility_id)
        return (await uow.session.execute(query)).mappings().first()
