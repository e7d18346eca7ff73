"""The activity timeline of a customer, newest first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, status
from pydantic import AwareDatetime, BaseModel, ConfigDict, StringConstraints

from contacts.service_layer import timeline_entries
from shared import limits
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.openapi import Page, Paging, example, staff_errors

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
async def customer_timeline(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> TimelinePage:
    """Every change with who, when and old/new values, plus emails, invites, sign-ins, rentals, invoices."""
    items, next_cursor = await timeline_entries.page_of(uow, principal, customer_id, page, TimelineEntry)
    return TimelinePage(items=items, next_cursor=next_cursor)


class ContactIn(BaseModel):
    """A call or note staff log on the timeline; it sets the customer's last contact date."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["call", "note"]
    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.SUBJECT_MAX)]
    details: Annotated[str, StringConstraints(max_length=limits.NOTES_MAX)] | None = None
    occurred_at: AwareDatetime | None = None  # when the call took place (now if not given)


@router.post(
    "/customers/{customer_id}/timeline",
    status_code=status.HTTP_201_CREATED,
    response_model=TimelineEntry,
    operation_id="logCustomerContact",
    responses=staff_errors(404),
)
async def log_contact(
    customer_id: uuid.UUID,
    body: Annotated[ContactIn, example({"kind": "call", "summary": "Called about the winter storage renewal"})],
    principal: Writer,
    uow: UowDep,
) -> TimelineEntry:
    """Log a call or a note on the timeline ("log a call"); the customer's last contact date follows it."""
    at = body.occurred_at or datetime.now(UTC)
    entry = await timeline_entries.log_contact(uow, principal, customer_id, body.kind, body.summary, body.details, at)
    return TimelineEntry.model_validate(entry)
