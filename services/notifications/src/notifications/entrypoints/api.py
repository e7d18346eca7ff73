"""Notifications HTTP routes."""

import uuid
from datetime import datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel

from notifications.service_layer import recipients
from shared.auth import Viewer
from shared.errors import NotFound

router = APIRouter(tags=["recipients"])


class RecipientOut(BaseModel):
    """A recipient as notifications knows it."""

    customer_id: uuid.UUID
    facility_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    language: str
    marketing_opt_out: bool
    deleted: bool
    version: int
    updated_at: datetime


@router.get("/recipients/{customer_id}", response_model=RecipientOut)
async def get_recipient(customer_id: uuid.UUID, principal: Viewer, request: Request) -> RecipientOut:
    """What notifications knows of a customer (for staff and support)."""
    row = await recipients.get_recipient(request.app.state.container.uow(), principal.facility_id, customer_id)
    if row is None:
        raise NotFound("recipient not found", loc=["path", "customer_id"])
    return RecipientOut.model_validate(row)
