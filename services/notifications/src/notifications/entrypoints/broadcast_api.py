"""Broadcast routes for staff: preview the audience, send a test to oneself, send, and the send report."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from notifications.entrypoints.deps import DispatcherDep
from notifications.entrypoints.outputs import AudiencePreview, BroadcastReport, TestSent
from notifications.service_layer import audience as audiences
from notifications.service_layer import broadcasts
from shared import limits
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.errors import DomainError, NotFound
from shared.openapi import example, staff_errors

router = APIRouter()
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# Stage and customer-type ids or names as contacts publishes them.
Label = Annotated[str, StringConstraints(max_length=limits.LABEL_MAX)]
TagText = Annotated[str, StringConstraints(max_length=limits.TAG_MAX)]
Subject = Annotated[Text, StringConstraints(max_length=limits.SUBJECT_MAX)]
Body = Annotated[Text, StringConstraints(max_length=limits.BROADCAST_MAX)]


class Audience(BaseModel):
    """Who a broadcast goes to; empty lists mean no restriction on that field."""

    model_config = ConfigDict(extra="forbid")
    status: list[Literal["lead", "active", "inactive"]] = Field(default_factory=list, max_length=3)
    stage: list[Label] = Field(default_factory=list, max_length=limits.FILTER_VALUES_MAX)
    customer_types: list[Label] = Field(default_factory=list, max_length=limits.FILTER_VALUES_MAX)
    tags: list[TagText] = Field(default_factory=list, max_length=limits.TAGS_MAX)
    language: list[Literal["fr", "en"]] = Field(default_factory=list, max_length=2)
    customer_ids: list[uuid.UUID] | None = Field(
        default=None,
        max_length=limits.BROADCAST_SELECTION_MAX,
        description="Only these customers (a selection or a filtered list); null: no restriction, []: nobody",
    )


class English(BaseModel):
    """The message English-speaking recipients get."""

    model_config = ConfigDict(extra="forbid")
    subject: Subject
    body: Body


class Message(BaseModel):
    """The message: French (every recipient without an English version gets it) and optionally English."""

    model_config = ConfigDict(extra="forbid")
    subject: Subject
    body: Body
    english: English | None = None


class BroadcastIn(Message):
    """A broadcast: audience and message."""

    audience: Audience


class PreviewIn(BaseModel):
    """The audience to count."""

    model_config = ConfigDict(extra="forbid")
    audience: Audience


BROADCAST = {
    "audience": {"status": ["active"]},
    "subject": "Fermeture le 25 décembre",
    "body": "Le dépôt sera fermé le 25 décembre.",
    "english": {"subject": "Closed on 25 December", "body": "The depot will be closed on 25 December."},
}


def _english(message: Message) -> dict[str, str] | None:
    return message.english.model_dump() if message.english else None


@router.post(
    "/broadcasts/preview",
    tags=["broadcasts"],
    response_model=AudiencePreview,
    operation_id="previewBroadcast",
    responses=staff_errors(),
)
async def preview_broadcast(
    body: Annotated[PreviewIn, example({"audience": BROADCAST["audience"]})], principal: Viewer, uow: UowDep
) -> dict[str, Any]:
    """Before sending: how many the audience reaches (by language), and who is skipped and why."""
    return await audiences.preview(uow, principal.facility_id, body.audience.model_dump(mode="json"))


@router.post(
    "/broadcasts/test",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["broadcasts"],
    response_model=TestSent,
    operation_id="sendBroadcastTest",
    responses=staff_errors(),
)
async def send_test(
    body: Annotated[Message, example({k: v for k, v in BROADCAST.items() if k != "audience"})],
    principal: Writer,
    uow: UowDep,
    dispatcher: DispatcherDep,
) -> dict[str, Any]:
    """Send the message to the signed-in staff member's own address, once per written language."""
    if not principal.email:
        raise DomainError("the signed-in user has no email address", loc=["header", "authorization"])
    queued = await broadcasts.send_test(
        uow,
        facility_id=principal.facility_id,
        to=principal.email,
        subject=body.subject,
        body=body.body,
        english=_english(body),
    )
    dispatcher.wake()
    return {"to": principal.email, "emails": queued}


@router.post(
    "/broadcasts",
    status_code=status.HTTP_202_ACCEPTED,
    tags=["broadcasts"],
    response_model=BroadcastReport,
    operation_id="createBroadcast",
    responses=staff_errors(),
)
async def create_broadcast(
    body: Annotated[BroadcastIn, example(BROADCAST)], principal: Writer, uow: UowDep, dispatcher: DispatcherDep
) -> dict[str, Any]:
    """Queue a marketing email to every audience member in their language; opted-out, invalid and bounced are
    skipped."""
    async with uow:
        result = await broadcasts.create(
            uow,
            facility_id=principal.facility_id,
            created_by=principal.sub,
            audience=body.audience.model_dump(mode="json"),
            subject=body.subject,
            body=body.body,
            english=_english(body),
        )
        await uow.commit()
    dispatcher.wake()
    return result


@router.get(
    "/broadcasts/{broadcast_id}",
    tags=["broadcasts"],
    response_model=BroadcastReport,
    operation_id="getBroadcast",
    responses=staff_errors(404),
)
async def broadcast_report(broadcast_id: uuid.UUID, principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """The send report of a broadcast."""
    async with uow:
        result = await broadcasts.report(uow, principal.facility_id, broadcast_id)
    if result is None:
        raise NotFound("broadcast not found", loc=["path", "broadcast_id"])
    return result
