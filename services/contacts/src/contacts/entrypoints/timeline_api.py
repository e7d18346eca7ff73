"""The activity timeline of a customer, newest first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, status
from pydantic import AwareDatetime, BaseModel, ConfigDict, StringConstraints
from sqlalchemy import insert, select, tuple_

from contacts.adapters.orm import timeline
from contacts.adapters.repository import CustomerRepository
from contacts.service_layer.timeline import contacted
from shared import limits
from shared.auth import Viewer, Writer
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


class ContactIn(BaseModel):
    """A call or note staff log on the timeline; it sets the customer's last contact date."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["call", "note"]
    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.SUBJECT_MAX)]
    details: Annotated[str, StringConstraints(max_length=limits.NOTES_MAX)] | None = None
    occurred_at: AwareDatetime | None = None  # when the call took place (now if not given)


@router.post("/customers/{customer_id}/timeline", status_code=status.HTTP_201_CREATED, response_model=TimelineEntry)
async def log_contact(customer_id: uuid.UUID, body: ContactIn, principal: Writer, request: Request) -> TimelineEntry:
    """Log a call or a note on the timeline ("log a call"); the customer's last contact date follows it."""
    async with request.app.state.container.uow() as uow:
        if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        at = body.occurred_at or datetime.now(UTC)
        row = await uow.session.execute(
            insert(timeline)
            .values(
                facility_id=principal.facility_id,
                customer_id=customer_id,
                occurred_at=at,
                kind=f"{body.kind}_logged",
                actor=principal.sub,
                summary=body.summary,
                data={"details": body.details} if body.details else {},
            )
            .returning(timeline)
        )
        entry = TimelineEntry.model_validate(dict(row.mappings().one()))
        await contacted(uow.session, principal.facility_id, customer_id, at)
        await uow.commit()
        return entry
