"""Contacts HTTP routes: thin translations to service-layer commands."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from contacts.entrypoints.schemas import CustomerIn, CustomerOut, CustomerPage, CustomerPatch
from contacts.service_layer import customers
from shared.auth import Viewer, Writer
from shared.container import Container
from shared.errors import DomainError

router = APIRouter(tags=["customers"])


def _container(request: Request) -> Container:
    return request.app.state.container  # type: ignore[no-any-return]


def _encode_cursor(created_at: datetime, customer_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(f"{created_at.isoformat()}|{customer_id}".encode()).decode()


def _decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        created, _, ident = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        return datetime.fromisoformat(created), uuid.UUID(ident)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise DomainError("malformed cursor", loc=["query", "cursor"]) from None


@router.post("/customers", status_code=status.HTTP_201_CREATED, response_model=CustomerOut)
async def create_customer(body: CustomerIn, principal: Writer, request: Request) -> CustomerOut:
    """Create a customer in the active facility."""
    data = body.model_dump()
    data["tags"] = tuple(dict.fromkeys(data["tags"]))
    data["phone_raw"] = data["phone"]
    customer = await customers.create_customer(_container(request).uow(), principal, data)
    return CustomerOut.model_validate(customer)


@router.get("/customers/{customer_id}", response_model=CustomerOut)
async def get_customer(customer_id: uuid.UUID, principal: Viewer, request: Request) -> CustomerOut:
    """One customer of the active facility."""
    customer = await customers.get_customer(_container(request).uow(), principal, customer_id)
    return CustomerOut.model_validate(customer)


@router.patch("/customers/{customer_id}", response_model=CustomerOut)
async def update_customer(
    customer_id: uuid.UUID, body: CustomerPatch, principal: Writer, request: Request
) -> CustomerOut:
    """Change a customer; a stale `version` gets 409."""
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    if "tags" in changes and changes["tags"] is not None:
        changes["tags"] = tuple(dict.fromkeys(changes["tags"]))
    for required in ("first_name", "last_name", "language", "marketing_opt_out", "tags"):
        if required in changes and changes[required] is None:
            raise DomainError(f"{required} cannot be empty", field=required)
    customer = await customers.update_customer(_container(request).uow(), principal, customer_id, body.version, changes)
    return CustomerOut.model_validate(customer)


@router.get("/customers", response_model=CustomerPage)
async def list_customers(
    principal: Viewer,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> CustomerPage:
    """Customers of the active facility, newest first."""
    after = _decode_cursor(cursor) if cursor else None
    page = await customers.list_customers(_container(request).uow(), principal, limit=limit + 1, after=after)
    more = len(page) > limit
    page = page[:limit]
    next_cursor = _encode_cursor(page[-1].created_at, page[-1].id) if more and page[-1].created_at else None
    return CustomerPage(items=[CustomerOut.model_validate(c) for c in page], next_cursor=next_cursor)
