"""Contacts HTTP routes: thin translations to service-layer commands."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status
from pydantic import StringConstraints

from contacts.adapters import search
from contacts.adapters.search import Filters
from contacts.entrypoints.outputs import TabCounts
from contacts.entrypoints.schemas import CustomerIn, CustomerOut, CustomerPage, CustomerPatch
from contacts.service_layer import customers
from shared import limits
from shared.auth import Viewer, Writer
from shared.cursor import decode_cursor, encode_cursor
from shared.deps import ContainerDep, UowDep
from shared.errors import reject_nulls
from shared.openapi import example, staff_errors

router = APIRouter(tags=["customers"])


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
    body: Annotated[CustomerIn, example(NEW_CUSTOMER)], principal: Writer, uow: UowDep
) -> CustomerOut:
    """Create a customer in the active facility."""
    data = body.model_dump(exclude_none=True)
    data["tags"] = tuple(dict.fromkeys(data.get("tags", ())))
    data["customer_type_ids"] = tuple(data.get("customer_type_ids", ()))
    customer = await customers.create_customer(uow, principal, data)
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
    uow: UowDep,
) -> CustomerOut:
    """Change a customer; a stale `version` gets 409."""
    changes = body.model_dump(exclude_unset=True, exclude={"version"})
    if "tags" in changes and changes["tags"] is not None:
        changes["tags"] = tuple(dict.fromkeys(changes["tags"]))
    if changes.get("customer_type_ids") is not None:
        changes["customer_type_ids"] = tuple(changes["customer_type_ids"])
    reject_nulls(changes, ("first_name", "last_name", "language", "marketing_opt_out", "tags", "portal_access"))
    customer = await customers.update_customer(uow, principal, customer_id, body.version, changes)
    return CustomerOut.model_validate(customer)


async def filters(
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


@router.get("/customers", response_model=CustomerPage, operation_id="listCustomers", responses=staff_errors())
async def list_customers(
    principal: Viewer,
    container: ContainerDep,
    found: ListFilters,
    sort: Literal["created_at", "updated_at", "last_name", "first_name", "email", "company", "status"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=limits.CURSOR_MAX)] = None,
) -> Response:
    """Find as you type, filter, sort by any column; keyset pages (pass next_cursor back)."""
    after = decode_cursor(cursor, sort, datetime if sort in search.DATE_SORTS else str) if cursor else None
    # A search is a read: no transaction to open and roll back (two round trips fewer per keystroke).
    async with container.engine.connect() as conn:
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


@router.get("/customers/counts", response_model=TabCounts, operation_id="countCustomers", responses=staff_errors())
async def tab_counts(principal: Viewer, uow: UowDep, found: ListFilters) -> dict[str, int]:
    """Counts per tab (All, Leads, Customers) and per status (Active, Inactive) for the search and filters."""
    async with uow:
        return await search.tab_counts(uow.session, principal.facility_id, found)


# Last in this router: shared.routing refuses an app where /customers/{customer_id} hides a fixed path.
@router.get(
    "/customers/{customer_id}", response_model=CustomerOut, operation_id="getCustomer", responses=staff_errors(404)
)
async def get_customer(customer_id: uuid.UUID, principal: Viewer, uow: UowDep) -> CustomerOut:
    """One customer of the active facility."""
    customer = await customers.get_customer(uow, principal, customer_id)
    return CustomerOut.model_validate(customer)
