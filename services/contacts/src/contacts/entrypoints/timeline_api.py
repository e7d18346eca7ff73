"""The activity timeline of a customer, newest first."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import select

from contacts.adapters.orm import timeline
from contacts.adapters.repository import CustomerRepository
from shared.auth import Viewer
from shared.errors import NotFound
from shared.openapi import Page, Paging, fetch_page, staff_errors

router = APIRouter(tags=["timeline"])


class TimelineEntry(BaseModel):
    """One thing that happened to a customer."""

    id: int
    occurred_at: datetime
    kind: str
    actor: str | None
    summary: str
    data: dict[str, Any]


class TimelinePage(Page[TimelineEntry]):
    """The customer's timeline, newest first, one page."""


@router.get(
    "/customers/{customer_id}/timeline",
    response_model=TimelinePage,
    operation_id="getCustomerTimeline",
    responses=staff_errors(404),
)
async def customer_timeline(customer_id: uuid.UUID, principal: Viewer, request: Request, page: Paging) -> TimelinePage:
    """Every change with who, when and old/new values, plus emails, invites, sign-ins, rentals, invoices."""
    async with request.app.state.container.uow() as uow:
        if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        query = select(timeline).where(
            timeline.c.customer_id == customer_id, timeline.c.facility_id == principal.facility_id
        )
        order = [(timeline.c.occurred_at, True), (timeline.c.id, True)]
        items, next_cursor = await fetch_page(uow.session, query, order, page, lambda r: TimelineEntry(**r))
        return TimelinePage(items=items, next_cursor=next_cursor)
