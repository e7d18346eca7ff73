"""Probable duplicates, merging, and anonymisation on request."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict

from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer import duplicates, lifecycle
from shared.auth import Viewer, Writer

router = APIRouter(tags=["duplicates"])


class MergeIn(BaseModel):
    """The customer to merge into this one."""

    model_config = ConfigDict(extra="forbid")
    other_id: uuid.UUID


def _uow(request: Request) -> Any:
    return request.app.state.container.uow()


@router.get("/customers/duplicates")
async def duplicate_groups(
    principal: Viewer, request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> list[dict[str, Any]]:
    """Groups of customers sharing a phone, or a name and company."""
    return await duplicates.groups(_uow(request), principal, limit)


@router.get("/customers/{customer_id}/duplicates")
async def duplicates_of(customer_id: uuid.UUID, principal: Viewer, request: Request) -> list[dict[str, Any]]:
    """Probable duplicates of one customer (same phone, similar name and company), best first."""
    return await duplicates.similar_to(_uow(request), principal, customer_id)


@router.post("/customers/{customer_id}/merge", response_model=CustomerOut)
async def merge(customer_id: uuid.UUID, body: MergeIn, principal: Writer, request: Request) -> CustomerOut:
    """Merge `other_id` into this customer: people, cars, documents, tags, notes and timeline move here."""
    return CustomerOut.model_validate(await duplicates.merge(_uow(request), principal, customer_id, body.other_id))


@router.post("/customers/{customer_id}/anonymize", response_model=CustomerOut)
async def anonymize(customer_id: uuid.UUID, principal: Writer, request: Request) -> CustomerOut:
    """Erase the customer's personal data on request (ids stay for billing)."""
    return CustomerOut.model_validate(await lifecycle.anonymize(_uow(request), principal, customer_id))
