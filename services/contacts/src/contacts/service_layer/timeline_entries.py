"""Reading a customer's timeline, and logging a call or a note on it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import insert, select

from contacts.adapters.orm import timeline
from contacts.adapters.repository import CustomerRepository
from contacts.service_layer.timeline import contacted
from shared.auth import Principal
from shared.db import UnitOfWork
from shared.errors import NotFound
from shared.openapi import PageRequest, fetch_page

T = TypeVar("T")


async def _known(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> None:
    if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])


async def page_of(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest, make: Callable[..., T]
) -> tuple[list[T], str | None]:
    """One page of the customer's timeline, newest first (404 for a customer of another facility)."""
    async with uow:
        await _known(uow, principal, customer_id)
        query = select(timeline).where(
            timeline.c.customer_id == customer_id, timeline.c.facility_id == principal.facility_id
        )
        order = [(timeline.c.occurred_at, True), (timeline.c.id, True)]
        return await fetch_page(uow.session, query, order, page, lambda r: make(**r))


async def log_contact(
    uow: UnitOfWork,
    principal: Principal,
    customer_id: uuid.UUID,
    kind: str,
    summary: str,
    details: str | None,
    at: datetime,
) -> dict[str, Any]:
    """Log a call or a note; the customer's last contact date follows it."""
    async with uow:
        await _known(uow, principal, customer_id)
        row = await uow.session.execute(
            insert(timeline)
            .values(
                facility_id=principal.facility_id,
                customer_id=customer_id,
                occurred_at=at,
                kind=f"{kind}_logged",
                actor=principal.sub,
                summary=summary,
                data={"details": details} if details else {},
            )
            .returning(timeline)
        )
        entry = dict(row.mappings().one())
        await contacted(uow.session, principal.facility_id, customer_id, at)
        await uow.commit()
        return entry
