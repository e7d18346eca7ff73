"""The activity timeline of a customer, newest first."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import select, tuple_

from contacts.adapters.orm import timeline
from contacts.adapters.repository import CustomerRepository
from shared.auth import Viewer
from shared.errors import NotFound

router = APIRouter(tags=["timeline"])


class TimelineEntry(BaseModel):
    """One thing that happened to a customer."""

    id: int
    occurred_at: datetime
    kind: str
    actor: str | None
    summary: str
    data: dict[str, Any]


@router.get("/customers/{customer_id}/timeline", response_model=list[TimelineEntry])
async def customer_timeline(
    customer_id: uuid.UUID,
    principal: Viewer,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    before_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> list[TimelineEntry]:
    """Every change with who, when and old/new values, plus emails, invites, sign-ins, rentals, invoices."""
    async with request.app.state.container.uow() as uow:
        if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        query = select(timeline).where(
            timeline.c.customer_id == customer_id, timeline.c.facility_id == principal.facility_id
        )
        if before_id is not None:
            anchor = select(timeline.c.occurred_at).where(timeline.c.id == before_id).scalar_subquery()
            query = query.where(tuple_(timeline.c.occurred_at, timeline.c.id) < tuple_(anchor, before_id))
        rows = await uow.session.execute(
            query.order_by(timeline.c.occurred_at.desc(), timeline.c.id.desc()).limit(limit)
        )
        return [TimelineEntry.model_validate(dict(r)) for r in rows.mappings()]
