"""Contacts HTTP routes: thin translations to service-layer commands."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response, status

from contacts.adapters import search
from contacts.adapters.search import Filters
from contacts.entrypoints.outputs import TabCounts
from contacts.entrypoints.schemas import CustomerIn, CustomerOut, CustomerPage, CustomerPatch
from contacts.service_layer import customers
from shared.auth import Viewer, Writer
from shared.container import Container
from shared.errors import DomainError, reject_nulls
from shared.openapi import example, staff_errors

router = APIRouter(tags=["customers"])


def _container(request: Request) -> Container:
    return request.app.state.container  # type: ignore[no-any-return]


def _encode_cursor(sort: str, value: Any, customer_id: uuid.UUID) -> str:
    raw = json.dumps([sort, value.isoformat() if isinstance(value, datetime) else value, str(customer_id)])
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, uuid.UUID]:
    try:
        cursor_sort, value, ident = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if cursor_sort != sort:
            raise ValueError("cursor of another sort")
        return value, uuid.UUID(ident)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise DomainError("malformed cursor", loc=["query", "cursor"]) from None


NEW_CUSTOMER = {
    "first_name": "Marie",
    "last_name": "Dupont",
    "email": "marie.dupont@example.com",
    "phone": "+33 6 12 34 56 78",
    "language": "fr",
    "tags": ["vip"],
    "address": {"line1": "12 rue de la Paix", "city": "Paris", "postal_code": "75002", "country": "FR"},
}


@router.post(
    "/customers",
    status_code=status.HTTP_201_CREATED,
    response_model=CustomerOut,
    operation_id="createCustomer",
    responses=staff_errors(404, 409),
)
async def create_customer(
    body: Annotated[CustomerIn, example(NEW_CUSTOMER)], principal: Writer, request: Request
) -> CustomerOut:
    """Create a customer in the active facility."""
    data = body.model_dump(exclude_none=True)
    data["tags"] = tuple(dict.fromkeys(data.get("tags", ())))
    data["customer_type_ids"] = tuple(data.get("customer_type_ids", ()))
    customer = await customers.create_customer(_container(request).uow(), principal, data)
    return CustomerOut.model_validate(customer)


@router.patch(
    "/customers/{customer_id}",
    response_model=CustomerOut,
    operation_id="updateCustomer",
    responses=staff_errors(404, 409),
)
async def update_customer(
    customer_id: uuid.UUID,
    body: Annotated[CustomerPatch, example({"version": 3, "phone": "+33 6 98 76 54 32", "tags": ["vip", "winter"]})],
    principal: Writer,
    request: Request,
) -> CustomerOut:
    """Change a customer; a stale `version` gets 409."""
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    if "tags" in changes and changes["tags"] is not None:
        changes["tags"] = tuple(dict.fromkeys(changes["tags"]))
    if changes.get("customer_type_ids") is not None:
        changes["customer_type_ids"] = tuple(changes["customer_type_ids"])
    reject_nulls(changes, ("first_name", "last_name", "language", "marketing_opt_out", "tags", "portal_access"))
    customer = await customers.update_customer(_container(request).uow(), principal, customer_id, body.version, changes)
    return CustomerOut.model_validate(customer)


def filters(
    q: Annotated[str, Query(max_length=200, description="any part of name, email, company or phone")] = "",
    status: Annotated[list[Literal["lead", "active", "inactive"]] | None, Query()] = None,
    stage_id: Annotated[list[uuid.UUID] | None, Query()] = None,
    customer_type_id: Annotated[list[uuid.UUID] | None, Query()] = None,
    source_id: Annotated[list[uuid.UUID] | None, Query()] = None,
    tag: Annotated[list[str] | None, Query()] = None,
    portal_access: bool | None = None,
    invited: bool | None = None,
) -> Filters:
    """The list's filters, from the query string."""
    return Filters(
        q=q.strip(),
        status=tuple(status or ()),
        stage_id=tuple(stage_id or ()),
        customer_type_id=tuple(customer_type_id or ()),
        source_id=tuple(source_id or ()),
        tag=tuple(tag or ()),
        portal_access=portal_access,
        invited=invited,
    )


ListFilters = Annotated[Filters, Depends(filters)]


@router.get("/customers", response_model=CustomerPage, operation_id="listCustomers", responses=staff_errors())
async def list_customers(
    principal: Viewer,
    request: Request,
    found: ListFilters,
    sort: Literal["created_at", "updated_at", "last_name", "first_name", "email", "company", "status"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> Response:
    """Find as you type, filter, sort by any column; keyset pages (pass next_cursor back)."""
    after = _decode_cursor(cursor, sort) if cursor else None
    # A search is a read: no transaction to open and roll back (two round trips fewer per keystroke).
    async with _container(request).engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        rows = await search.find(
            conn,
            principal.facility_id,
            found,
            sort=sort,
            descending=order == "desc",
            limit=limit + 1,
            after=after,
        )
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = _encode_cursor(sort, rows[-1][1], rows[-1][0]["id"]) if more else None
    page = CustomerPage(items=[CustomerOut.model_validate(r) for r, _ in rows], next_cursor=next_cursor)
    # Serialised once here; returning the model would make FastAPI validate all of it a second time.
    return Response(page.model_dump_json(), media_type="application/json")


@router.get("/customers/counts", response_model=TabCounts, operation_id="countCustomers", responses=staff_errors())
async def tab_counts(principal: Viewer, request: Request, found: ListFilters) -> dict[str, int]:
    """Counts per tab (All, Leads, Customers, Inactive) for the current search and filters."""
    async with _container(request).uow() as uow:
        return await search.tab_counts(uow.session, principal.facility_id, found)


# Last, so that /customers/counts and other fixed paths are matched first.
@router.get(
    "/customers/{customer_id}", response_model=CustomerOut, operation_id="getCustomer", responses=staff_errors(404)
)
async def get_customer(customer_id: uuid.UUID, principal: Viewer, request: Request) -> CustomerOut:
    """One customer of the active facility."""
    customer = await customers.get_customer(_container(request).uow(), principal, customer_id)
    return CustomerOut.model_validate(customer)
