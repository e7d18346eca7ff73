"""The signed-in customer's pages that need more than /me: a car's detail, paying an invoice, ordering."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from portal.entrypoints.auth import Account
from portal.entrypoints.outputs import Accepted, CarDetail, OrderPlaced, PickupRequested, PortalShop
from portal.service_layer import pay, pickups, shop, view
from portal.service_layer.car_detail import car_detail
from shared.db import UnitOfWork
from shared.deps import UowDep
from shared.errors import NotFound
from shared.openapi import errors, example

router = APIRouter(prefix="/me", tags=["me"])


async def sections_of(uow: UnitOfWork, account: Any) -> list[str]:
    """The sections this account sees (the facility's, narrowed for an additional contact)."""
    async with uow:
        return await view.sections_of(uow.session, account["facility_id"], account["customer_id"], account["person_id"])


@router.get(
    "/cars/{car_id}",
    response_model=CarDetail,
    operation_id="getMyCar",
    responses=errors(401, 404, 422),
)
async def my_car(car_id: uuid.UUID, account: Account, uow: UowDep) -> dict[str, Any]:
    """One of the customer's cars and its upcoming appointments; 404 when not theirs or Cars is not shown."""
    shown = None
    if "cars" in await sections_of(uow, account):
        shown = await car_detail(uow, account["facility_id"], account["customer_id"], car_id)
    if shown is None:
        raise NotFound("car not found", loc=["path", "car_id"])
    return shown


@router.post(
    "/invoices/{invoice_id}/pay",
    status_code=202,
    response_model=Accepted,
    operation_id="payMyInvoice",
    responses=errors(401, 404, 409, 422),
)
async def pay_invoice(invoice_id: uuid.UUID, account: Account, uow: UowDep) -> dict[str, str]:
    """Pay an open invoice with the saved card: billing charges it, and the invoice shows paid once it has."""
    if "billing" not in await sections_of(uow, account):
        raise NotFound("invoice not found", loc=["path", "invoice_id"])
    await pay.request_payment(uow, account, invoice_id)
    return {"status": "accepted", "detail": "The payment is being made with your saved card."}


class PickupRequest(BaseModel):
    """When the customer would like to collect their car, which car, and a note for the team."""

    model_config = ConfigDict(extra="forbid")
    wanted_at: AwareDatetime
    car_id: uuid.UUID | None = None
    notes: str | None = Field(default=None, max_length=1000)


@router.post(
    "/pickup-requests",
    status_code=202,
    response_model=PickupRequested,
    operation_id="requestMyPickup",
    responses=errors(401, 404, 422),
)
async def request_pickup(
    body: Annotated[PickupRequest, example({"wanted_at": "2026-04-02T10:00:00+02:00", "notes": "Morning please"})],
    account: Account,
    uow: UowDep,
) -> dict[str, Any]:
    """Ask the facility for a pick-up; it shows under Events as requested, then confirmed once staff confirm it."""
    if "events" not in await sections_of(uow, account):
        raise NotFound("the Events section is not shown", loc=["path"])
    request_id = await pickups.request_pickup(uow, account, body.wanted_at, body.car_id, body.notes)
    return {"status": "accepted", "request_id": request_id}


class OrderRequest(BaseModel):
    """A product of the Shop, how many, and whether to pay at once with the saved card."""

    model_config = ConfigDict(extra="forbid")
    product_id: uuid.UUID
    quantity: int = Field(default=1, ge=1, le=100)
    pay_now: bool = False


@router.get("/shop", response_model=PortalShop, operation_id="getMyShop", responses=errors(401, 404))
async def my_shop(account: Account, uow: UowDep) -> dict[str, Any]:
    """The Shop alone (the same as /me's `shop`); 404 when the facility does not show it."""
    if "shop" not in await sections_of(uow, account):
        raise NotFound("the Shop section is not shown", loc=["path"])
    async with uow:
        return await shop.shop_view(uow.session, account["facility_id"], account["customer_id"])


@router.post(
    "/orders",
    status_code=202,
    response_model=OrderPlaced,
    operation_id="placeMyOrder",
    responses=errors(401, 404, 422),
)
async def place_order(
    body: Annotated[OrderRequest, example({"product_id": "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "quantity": 1})],
    account: Account,
    uow: UowDep,
) -> dict[str, Any]:
    """Order a product; it shows under My orders as requested, then invoiced (or paid) once billing has it."""
    if "shop" not in await sections_of(uow, account):
        raise NotFound("the Shop section is not shown", loc=["path"])
    order_id = await shop.place_order(uow, account, body.product_id, body.quantity, body.pay_now)
    return {"status": "accepted", "order_id": order_id}
