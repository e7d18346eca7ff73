"""The signed-in customer adds a card: a token from the browser, never a card number."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from portal.entrypoints.auth import Account
from portal.entrypoints.deps import SettingsDep
from portal.entrypoints.me_api import sections_of
from portal.entrypoints.outputs import CardRequest, CardSubmitted
from portal.service_layer import cards
from shared.deps import UowDep
from shared.errors import NotFound
from shared.openapi import errors, example

router = APIRouter(prefix="/me/payment-methods", tags=["me"])


class NewCard(BaseModel):
    """The provider's token for the card the browser tokenized, with what the customer sees of it."""

    model_config = ConfigDict(extra="forbid")
    # A payment-method reference (Stripe's `pm_...`): a card number does not match, so it is refused.
    token: str = Field(min_length=4, max_length=255, pattern=r"^pm_[A-Za-z0-9_]+$")
    brand: str | None = Field(default=None, max_length=32)
    last4: str | None = Field(default=None, pattern=r"^[0-9]{4}$")
    exp_month: int = Field(ge=1, le=12)
    exp_year: int = Field(ge=2000, le=2100)


@router.post(
    "",
    status_code=202,
    response_model=CardSubmitted,
    operation_id="addMyPaymentMethod",
    responses=errors(401, 404, 422, 429),
)
async def add_card(
    body: Annotated[
        NewCard, example({"token": "pm_card_visa", "brand": "visa", "last4": "4242", "exp_month": 4, "exp_year": 2031})
    ],
    account: Account,
    uow: UowDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Send the card's token to billing; poll the request until it is saved or declined."""
    if "billing" not in await sections_of(uow, account):
        raise NotFound("the Billing section is not shown", loc=["path"])
    request_id = await cards.submit(uow, account, body.model_dump(), settings.card_requests_per_hour)
    return {"status": "pending", "request_id": request_id}


@router.get(
    "/requests/{request_id}",
    response_model=CardRequest,
    operation_id="getMyPaymentMethodRequest",
    responses=errors(401, 404, 422),
)
async def card_request(request_id: uuid.UUID, account: Account, uow: UowDep) -> dict[str, Any]:
    """Whether billing saved the card yet, or why it declined it."""
    if "billing" not in await sections_of(uow, account):
        raise NotFound("card request not found", loc=["path", "request_id"])
    return await cards.request_status(uow, account, request_id)
