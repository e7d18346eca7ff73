"""Notifications HTTP routes for staff: recipients, the email log, direct messages, the facility profile."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from notifications.entrypoints.deps import DispatcherDep, SettingsDep
from notifications.entrypoints.outputs import (
    EmailPage,
    EmailQueued,
    FacilityProfileOut,
)
from notifications.service_layer import direct, recipients, staff_views
from shared import limits
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.errors import NotFound
from shared.openapi import Paging, example, staff_errors

router = APIRouter()
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class RecipientOut(BaseModel):
    """A recipient as notifications knows it."""

    customer_id: uuid.UUID
    facility_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    language: str
    marketing_opt_out: bool
    status: str
    stage: str | None
    tags: list[str]
    customer_types: list[str]
    deleted: bool
    version: int
    updated_at: datetime
    undeliverable_reason: str | None = None


class DirectMessage(BaseModel):
    """One email written by staff (transactional, not marketing)."""

    model_config = ConfigDict(extra="forbid")
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    subject: Annotated[Text, StringConstraints(max_length=limits.SUBJECT_MAX)]
    body: Annotated[Text, StringConstraints(max_length=limits.MESSAGE_MAX)]


class FacilityProfile(BaseModel):
    """The facility's name and reply-to address on every email."""

    model_config = ConfigDict(extra="forbid")
    name: Annotated[Text, StringConstraints(max_length=limits.NAME_MAX)]
    reply_to: Annotated[EmailStr, Field(max_length=limits.EMAIL_MAX)] | None = None


CUSTOMER = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
DIRECT = {"customer_id": CUSTOMER, "subject": "Your car is ready", "body": "Hello Marie, your car is ready."}


@router.get(
    "/recipients/{customer_id}",
    response_model=RecipientOut,
    tags=["recipients"],
    operation_id="getRecipient",
    responses=staff_errors(404),
)
async def get_recipient(customer_id: uuid.UUID, principal: Viewer, uow: UowDep) -> RecipientOut:
    """What notifications knows of a customer."""
    row = await recipients.get_recipient(uow, principal.facility_id, customer_id)
    if row is None:
        raise NotFound("recipient not found", loc=["path", "customer_id"])
    return RecipientOut.model_validate(row)


@router.post(
    "/emails",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["emails"],
    response_model=EmailQueued,
    operation_id="sendEmail",
    responses=staff_errors(404),
)
async def send_direct(
    body: Annotated[DirectMessage, example(DIRECT)], principal: Writer, uow: UowDep, dispatcher: DispatcherDep
) -> dict[str, Any]:
    """Send one email to a customer, or to one person on the account."""
    context = {"subject": body.subject, "body": body.body}
    queued = await direct.send_direct(uow, principal.facility_id, body.customer_id, body.person_id, context)
    dispatcher.wake()
    return {"email_id": queued[0], "status": queued[1], "reason": queued[2]}


@router.get("/emails", tags=["emails"], response_model=EmailPage, operation_id="listEmails", responses=staff_errors())
async def email_log(
    principal: Viewer,
    uow: UowDep,
    page: Paging,
    customer_id: uuid.UUID | None = None,
    broadcast_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """The email log: recipient, template, language, status, attempts, times, message id."""
    items, next_cursor = await staff_views.email_log(uow, principal.facility_id, page, customer_id, broadcast_id)
    return {"items": items, "next_cursor": next_cursor}


@router.put(
    "/settings/facility",
    tags=["settings"],
    response_model=FacilityProfileOut,
    operation_id="putFacilityProfile",
    responses=staff_errors(),
)
async def put_profile(
    body: Annotated[FacilityProfile, example({"name": "Garage des Lilas", "reply_to": "contact@garage-des-lilas.fr"})],
    principal: Writer,
    uow: UowDep,
) -> FacilityProfile:
    """Set the facility name and reply-to shown on every email."""
    await staff_views.save_profile(uow, principal.facility_id, body.model_dump())
    return body


@router.get(
    "/settings/facility",
    tags=["settings"],
    response_model=FacilityProfileOut,
    operation_id="getFacilityProfile",
    responses=staff_errors(),
)
async def get_profile(principal: Viewer, uow: UowDep, settings: SettingsDep) -> dict[str, Any]:
    """The facility name and reply-to (defaults when never set)."""
    row = await staff_views.profile(uow, principal.facility_id)
    if row is None:
        return {"name": settings.default_facility_name, "reply_to": None}
    return {"name": row["name"], "reply_to": row["reply_to"]}
