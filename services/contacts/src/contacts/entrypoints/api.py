"""Contacts HTTP routes: thin translations to service-layer commands."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response, status
from pydantic import StringConstraints

from contacts.adapters import search
from contacts.adapters.search import Filters
from contacts.entrypoints.schemas import CustomerIn, CustomerOut, CustomerPage, CustomerPatch
from contacts.service_layer import customers
from shared import limits
from shared.auth import Viewer, Writer
from shared.container import Container
from shared.cursor import decode_cursor, encode_cursor
from shared.errors import reject_nulls

router = APIRouter(tags=["customers"])


def _container(request: Request) -> Container:
    return request.app.state.container  # type: ignore[no-any-return]


@router.post("/customers", status_code=status.HTTP_201_CREATED, response_model=CustomerOut)
async def create_customer(body: CustomerIn, principal: Writer, request: Request) -> CustomerOut:
    """Create a customer in the active facility."""
    data = body.model_dump(exclude_none=True)
    data["tags"] = tuple(dict.fromkeys(data.get("tags", ())))
    data["customer_type_ids"] = tuple(data.get("customer_type_ids", ()))
    customer = await customers.create_customer(_container(request).uow(), principal, data)
    return CustomerOut.model_validate(customer)


@router.patch("/customers/{customer_id}", response_model=CustomerOut)
async def update_customer(
    customer_id: uuid.UUID, body: CustomerPatch, principal: Writer, request: Request
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
    q: Annotated[
        str, Query(max_length=limits.SEARCH_MAX, description="any part of name, email, company or phone")
    ] = "",
    status: Annotated[list[Literal["lead", "active", "inactive"]] | None, Query(max_length=3)] = None,
    stage_id: Annotated[list[uuid.UUID] | None, Query(max_length=limits.FILTER_VALUES_MAX)] = None,
    customer_type_id: Annotated[list[uuid.UUID] | None, Query(max_length=limits.FILTER_VALUES_MAX)] = None,
    source_id: Annotated[list[uuid.UUID] | None, Query(max_length=limits.FILTER_VALUES_MAX)] = None,
    tag: Annotated[
        list[Annotated[str, StringConstraints(max_length=limits.TAG_MAX)]] | None, Query(max_length=limits.TAGS_MAX)
    ] = None,
    portal_access: bool | None = None,
    invited: bool | None = None,
    tab: Literal["all", "leads", "customers"] = "all",
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
        tab=tab,
    )


ListFilters = Annotated[Filters, Depends(filters)]


@router.get("/customers", response_model=CustomerPage)
async def list_customers(
    principal: Viewer,
    request: Request,
    found: ListFilters,
    sort: Literal["created_at", "updated_at", "last_name", "first_name", "email", "company", "status"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=limits.CURSOR_MAX)] = None,
) -> Response:
    """Find as you type, filter, sort by any column; keyset pages (pass next_cursor back)."""
    after = decode_cursor(cursor, sort, datetime if sort in search.DATE_SORTS else str) if cursor else None
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
    next_cursor = encode_cursor(sort, rows[-1][1], rows[-1][0]["id"]) if more else None
    page = CustomerPage(items=[CustomerOut.model_validate(r) for r, _ in rows], next_cursor=next_cursor)
    # Serialised once here; returning the model would make FastAPI validate all of it a second time.
    return Response(page.model_dump_json(), media_type="application/json")


@router.get("/customers/counts")
async def tab_counts(principal: Viewer, request: Request, found: ListFilters) -> dict[str, int]:
    """Counts per tab (All, Leads, Customers) and per status (Active, Inactive) for the search and filters."""
    async with _container(request).uow() as uow:
        return await search.tab_counts(uow.session, principal.facility_id, found)


# Last, so that /customers/counts and other fixed paths are matched first.
@router.get("/customers/{customer_id}", response_model=CustomerOut)
async def get_customer(customer_id: uuid.UUID, principal: Viewer, request: Request) -> CustomerOut:
    """One customer of the active facility."""
    customer = await customers.get_customer(_container(request).uow(), principal, customer_id)
    return CustomerOut.model_validate(customer)
