"""Status, delete guard, restore and portal invites."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, ConfigDict

from contacts.entrypoints.outputs import InviteQueued
from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer import lifecycle
from shared.auth import Writer
from shared.deps import UowDep
from shared.openapi import example, staff_errors

router = APIRouter(tags=["lifecycle"])


class StatusIn(BaseModel):
    """Lead or Inactive, for a customer without an active rental."""

    model_config = ConfigDict(extra="forbid")
    status: Literal["lead", "inactive"]


class InviteIn(BaseModel):
    """Invite the customer, or one person with portal access."""

    model_config = ConfigDict(extra="forbid")
    person_id: uuid.UUID | None = None


@router.post(
    "/customers/{customer_id}/status",
    response_model=CustomerOut,
    operation_id="setCustomerStatus",
    responses=staff_errors(404, 409),
)
async def set_status(
    customer_id: uuid.UUID,
    body: Annotated[StatusIn, example({"status": "inactive"})],
    principal: Writer,
    uow: UowDep,
) -> CustomerOut:
    """Mark as Lead or Inactive (Active comes from rentals)."""
    return CustomerOut.model_validate(await lifecycle.set_status(uow, principal, customer_id, body.status))


@router.post(
    "/customers/{customer_id}/mark-inactive",
    response_model=CustomerOut,
    operation_id="markCustomerInactive",
    responses=staff_errors(404, 409),
)
async def mark_inactive(customer_id: uuid.UUID, principal: Writer, uow: UowDep) -> CustomerOut:
    """The safer alternative to deleting."""
    return CustomerOut.model_validate(await lifecycle.set_status(uow, principal, customer_id, "inactive"))


@router.delete(
    "/customers/{customer_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    operation_id="deleteCustomer",
    responses=staff_errors(404, 409),
)
async def delete_customer(customer_id: uuid.UUID, principal: Writer, uow: UowDep) -> Response:
    """Soft delete; 409 listing every reason while a rental, an unpaid invoice or a dispute is open."""
    await lifecycle.delete_customer(uow, principal, customer_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/customers/{customer_id}/restore",
    response_model=CustomerOut,
    operation_id="restoreCustomer",
    responses=staff_errors(404, 409),
)
async def restore_customer(customer_id: uuid.UUID, principal: Writer, uow: UowDep) -> CustomerOut:
    """Undo a deletion within 30 days."""
    return CustomerOut.model_validate(await lifecycle.restore_customer(uow, principal, customer_id))


@router.post(
    "/customers/{customer_id}/invite",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=InviteQueued,
    operation_id="inviteCustomer",
    responses=staff_errors(404, 409),
)
async def invite(
    customer_id: uuid.UUID, body: Annotated[InviteIn, example({"person_id": None})], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Send Invite / Resend Invite: the portal issues the link and notifications emails it."""
    event = await lifecycle.request_invite(uow, principal, customer_id, body.person_id)
    return {"kind": event.kind, "email": event.email, "person_id": event.person_id}
