"""billing's shop routes: the facility's products and services, and the orders customers place in the portal."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, status

from billing.entrypoints import outputs as o
from billing.entrypoints import schemas as s
from billing.service_layer import orders, products
from shared.deps import UowDep, Viewer, Writer
from shared.openapi import Paging, example, staff_errors

router = APIRouter()
CUSTOMER = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
NEW_PRODUCT = {"name": "Car wash", "description": "Outside and inside", "price_minor": 2500, "kind": "service"}


@router.post(
    "/products",
    status_code=status.HTTP_201_CREATED,
    tags=["shop"],
    response_model=o.Product,
    operation_id="createProduct",
    responses=staff_errors(),
)
async def create_product(
    body: Annotated[s.ProductIn, example(NEW_PRODUCT)], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """A product or service customers can order in the portal's Shop (price before tax)."""
    return await products.create_product(uow, principal, s.dump(body))


@router.get(
    "/products", tags=["shop"], response_model=o.ProductPage, operation_id="listProducts", responses=staff_errors()
)
async def list_products(principal: Viewer, uow: UowDep, page: Paging, active: bool | None = None) -> dict[str, Any]:
    """The facility's products and services by name."""
    items, next_cursor = await products.list_products(uow, principal, active, page)
    return {"items": items, "next_cursor": next_cursor}


@router.patch(
    "/products/{product_id}",
    tags=["shop"],
    response_model=o.Product,
    operation_id="updateProduct",
    responses=staff_errors(404, 409),
)
async def update_product(
    product_id: uuid.UUID,
    body: Annotated[s.ProductPatch, example({"price_minor": 3000, "version": 1})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Change a product; `active: false` takes it out of the Shop (orders already placed stay)."""
    data = body.model_dump(exclude_unset=True)
    version = data.pop("version", None)
    return await products.change_product(uow, principal, product_id, data, version)


@router.get("/orders", tags=["shop"], response_model=o.OrderPage, operation_id="listOrders", responses=staff_errors())
async def list_orders(
    principal: Viewer,
    uow: UowDep,
    page: Paging,
    customer_id: uuid.UUID | None = None,
    state: str | None = Query(None, pattern="^(requested|invoiced|paid|fulfilled|cancelled)$"),
) -> dict[str, Any]:
    """Orders from the portal's Shop, newest first."""
    items, next_cursor = await orders.list_orders(uow, principal, customer_id, state, page)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/orders/{order_id}/fulfil",
    tags=["shop"],
    response_model=o.Order,
    operation_id="fulfilOrder",
    responses=staff_errors(404, 409),
)
async def fulfil(order_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """The order was handed over or done (invoiced or paid orders)."""
    return await orders.fulfil(uow, principal, order_id)


@router.post(
    "/orders/{order_id}/cancel",
    tags=["shop"],
    response_model=o.Order,
    operation_id="cancelOrder",
    responses=staff_errors(404, 409),
)
async def cancel(order_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Cancel an order not yet paid; its invoice is voided."""
    return await orders.cancel(uow, principal, order_id)
