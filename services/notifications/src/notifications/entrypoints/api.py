"""Notifications HTTP routes for staff: recipients, the email log, direct messages, broadcasts, profile."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request, status
from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from notifications.adapters.orm import emails, facility_profiles
from notifications.entrypoints.outputs import (
    BroadcastReport,
    EmailPage,
    EmailQueued,
    FacilityProfileOut,
)
from notifications.service_layer import broadcasts, recipients
from notifications.service_layer.routing import person_target, targets
from notifications.service_layer.sending import send_to
from shared import limits
from shared.auth import Viewer, Writer
from shared.errors import NotFound
from shared.openapi import Paging, example, fetch_page, staff_errors

router = APIRouter()
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# Stage and customer-type ids or names as contacts publishes them.
Label = Annotated[str, StringConstraints(max_length=limits.LABEL_MAX)]
TagText = Annotated[str, StringConstraints(max_length=limits.TAG_MAX)]


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


class Audience(BaseModel):
    """Who a broadcast goes to; empty lists mean no restriction on that field."""

    model_config = ConfigDict(extra="forbid")
    status: list[Literal["lead", "active", "inactive"]] = Field(default_factory=list, max_length=3)
    stage: list[Label] = Field(default_factory=list, max_length=limits.FILTER_VALUES_MAX)
    customer_types: list[Label] = Field(default_factory=list, max_length=limits.FILTER_VALUES_MAX)
    tags: list[TagText] = Field(default_factory=list, max_length=limits.TAGS_MAX)
    language: list[Literal["fr", "en"]] = Field(default_factory=list, max_length=2)


class BroadcastIn(BaseModel):
    """A broadcast: audience and message."""

    model_config = ConfigDict(extra="forbid")
    audience: Audience
    subject: Annotated[Text, StringConstraints(max_length=limits.SUBJECT_MAX)]
    body: Annotated[Text, StringConstraints(max_length=limits.BROADCAST_MAX)]


class FacilityProfile(BaseModel):
    """The facility's name and reply-to address on every email."""

    model_config = ConfigDict(extra="forbid")
    name: Annotated[Text, StringConstraints(max_length=limits.NAME_MAX)]
    reply_to: Annotated[EmailStr, Field(max_length=limits.EMAIL_MAX)] | None = None


def _uow(request: Request) -> Any:
    return request.app.state.container.uow()


def _wake(request: Request) -> None:
    dispatcher = getattr(request.app.state.container, "dispatcher", None)
    if dispatcher is not None:
        dispatcher.wake()


CUSTOMER = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
DIRECT = {"customer_id": CUSTOMER, "subject": "Your car is ready", "body": "Hello Marie, your car is ready."}
BROADCAST = {
    "audience": {"status": ["active"], "language": ["fr"]},
    "subject": "Fermeture le 25 décembre",
    "body": "Le dépôt sera fermé le 25 décembre.",
}


@router.get(
    "/recipients/{customer_id}",
    response_model=RecipientOut,
    tags=["recipients"],
    operation_id="getRecipient",
    responses=staff_errors(404),
)
async def get_recipient(customer_id: uuid.UUID, principal: Viewer, request: Request) -> RecipientOut:
    """What notifications knows of a customer."""
    row = await recipients.get_recipient(_uow(request), principal.facility_id, customer_id)
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
    body: Annotated[DirectMessage, example(DIRECT)], principal: Writer, request: Request
) -> dict[str, Any]:
    """Send one email to a customer, or to one person on the account."""
    async with _uow(request) as uow:
        if body.person_id:
            target = await person_target(uow.session, principal.facility_id, body.person_id)
            if target is None or target.customer_id != body.customer_id:
                raise NotFound("person not found", field="person_id")
        else:
            found = await targets(uow.session, principal.facility_id, body.customer_id, None)
            if not found:
                raise NotFound("customer not found", field="customer_id")
            target = found[0]
        queued = await send_to(
            uow,
            facility_id=principal.facility_id,
            target=target,
            template="direct",
            category="transactional",
            key=f"direct:{uuid.uuid4()}",
            context={"subject": body.subject, "body": body.body},
        )
        await uow.commit()
    assert queued is not None
    _wake(request)
    return {"email_id": queued[0], "status": queued[1], "reason": queued[2]}


@router.get("/emails", tags=["emails"], response_model=EmailPage, operation_id="listEmails", responses=staff_errors())
async def email_log(
    principal: Viewer,
    request: Request,
    page: Paging,
    customer_id: uuid.UUID | None = None,
    broadcast_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """The email log: recipient, template, language, status, attempts, times, message id."""
    columns = [c for c in emails.c if c.name not in ("context", "idempotency_key")]
    query = select(*columns).where(emails.c.facility_id == principal.facility_id)
    if customer_id:
        query = query.where(emails.c.customer_id == customer_id)
    if broadcast_id:
        query = query.where(emails.c.broadcast_id == broadcast_id)
    async with _uow(request) as uow:
        order = [(emails.c.created_at, True), (emails.c.id, True)]
        items, next_cursor = await fetch_page(uow.session, query, order, page, dict)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/broadcasts",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["broadcasts"],
    response_model=BroadcastReport,
    operation_id="createBroadcast",
    responses=staff_errors(),
)
async def create_broadcast(
    body: Annotated[BroadcastIn, example(BROADCAST)], principal: Writer, request: Request
) -> dict[str, Any]:
    """Queue a marketing email to every audience member; opted-out, invalid and bounced are skipped."""
    async with _uow(request) as uow:
        result = await broadcasts.create(
            uow,
            facility_id=principal.facility_id,
            created_by=principal.sub,
            audience=body.audience.model_dump(),
            subject=body.subject,
            body=body.body,
        )
        await uow.commit()
    _wake(request)
    return result


@router.get(
    "/broadcasts/{broadcast_id}",
    tags=["broadcasts"],
    response_model=BroadcastReport,
    operation_id="getBroadcast",
    responses=staff_errors(404),
)
async def broadcast_report(broadcast_id: uuid.UUID, principal: Viewer, request: Request) -> dict[str, Any]:
    """The send report of a broadcast."""
    async with _uow(request) as uow:
        result = await broadcasts.report(uow, principal.facility_id, broadcast_id)
    if result is None:
        raise NotFound("broadcast not found", loc=["path", "broadcast_id"])
    return result


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
    request: Request,
) -> FacilityProfile:
    """Set the facility name and reply-to shown on every email."""
    values = {"facility_id": principal.facility_id, **body.model_dump()}
    statement = insert(facility_profiles).values(values)
    statement = statement.on_conflict_do_update(index_elements=["facility_id"], set_=body.model_dump())
    async with _uow(request) as uow:
        await uow.session.execute(statement)
        await uow.commit()
    return body


@router.get(
    "/settings/facility",
    tags=["settings"],
    response_model=FacilityProfileOut,
    operation_id="getFacilityProfile",
    responses=staff_errors(),
)
async def get_profile(principal: Viewer, request: Request) -> dict[str, Any]:
    """The facility name and reply-to (defaults when never set)."""
    async with _uow(request) as uow:
        row = (
            (
                await uow.session.execute(
                    select(facility_profiles).where(facility_profiles.c.facility_id == principal.facility_id)
                )
            )
            .mappings()
            .first()
        )
    if row is None:
        return {"name": request.app.state.container.settings.default_facility_name, "reply_to": None}
    return {"name": row["name"], "reply_to": row["reply_to"]}
