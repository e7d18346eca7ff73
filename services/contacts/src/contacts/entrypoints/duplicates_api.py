"""Probable duplicates, merging, and anonymisation on request."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from contacts.entrypoints.outputs import DuplicateGroupPage, DuplicatePage
from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer import duplicates, lifecycle
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.openapi import Paging, example, position, slice_page, staff_errors

router = APIRouter(tags=["duplicates"])


class MergeIn(BaseModel):
    """The customer to merge into this one."""

    model_config = ConfigDict(extra="forbid")
    other_id: uuid.UUID


@router.get(
    "/customers/duplicates",
    response_model=DuplicateGroupPage,
    operation_id="listDuplicateGroups",
    responses=staff_errors(),
)
async def duplicate_groups(principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """Groups of customers sharing a phone, or a name and company."""
    start = position(page)
    found = await duplicates.groups(uow, principal, page.limit + 1, start)
    items, next_cursor = slice_page(found, page, start)
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/customers/{customer_id}/duplicates",
    response_model=DuplicatePage,
    operation_id="listDuplicatesOfCustomer",
    responses=staff_errors(404),
)
async def duplicates_of(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """Probable duplicates of one customer (same phone, similar name and company), best first."""
    items, next_cursor = slice_page(await duplicates.similar_to(uow, principal, customer_id), page)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/customers/{customer_id}/merge",
    response_model=CustomerOut,
    operation_id="mergeCustomers",
    responses=staff_errors(404, 409),
)
async def merge(
    customer_id: uuid.UUID,
    body: Annotated[MergeIn, example({"other_id": "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f"})],
    principal: Writer,
    uow: UowDep,
) -> CustomerOut:
    """Merge `other_id` into this customer: people, cars, documents, tags, notes and timeline move here."""
    return CustomerOut.model_validate(await duplicates.merge(uow, principal, customer_id, body.other_id))


@router.post(
    "/customers/{customer_id}/anonymize",
    response_model=CustomerOut,
    operation_id="anonymizeCustomer",
    responses=staff_errors(404, 409),
)
async def anonymize(customer_id: uuid.UUID, principal: Writer, request: Request, uow: UowDep) -> CustomerOut:
    """Erase the customer's personal data on request (ids stay for billing)."""
    return CustomerOut.model_validate(await lifecycle.anonymize(uow, principal, customer_id))
