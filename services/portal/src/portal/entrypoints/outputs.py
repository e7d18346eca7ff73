"""Response bodies of the portal API: what a signed-in customer sees, and the staff settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel


class Accepted(BaseModel):
    """The request was taken; `detail` says what happens next."""

    status: str
    detail: str


class Profile(BaseModel):
    """The customer's (or person's) profile as contacts last published it."""

    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    role: str | None = None
    # The account holder's choice about offers and news (None for an additional contact's account).
    marketing_opt_out: bool | None = None


class MyProfile(BaseModel):
    """The profile, the sign-in email and the language."""

    profile: Profile | None
    email: str | None
    language: str | None


class OnboardingStep(BaseModel):
    """A step and whether it is done."""

    step: str
    done: bool


class Onboarding(BaseModel):
    """The facility's onboarding steps in order, and the next one to do."""

    steps: list[OnboardingStep]
    next_step: str | None


class AccountSettings(BaseModel):
    """The account's sign-in email and language."""

    email: str | None
    language: str | None


class PortalDocument(BaseModel):
    """A document with a signed download URL valid until `expires` (unix time)."""

    document_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    download_url: str
    expires: int


class PortalBalance(BaseModel):
    """What the customer owes (negative: credit)."""

    currency: str
    amount_minor: int
    open_invoices: int


class PortalBilling(BaseModel):
    """Balance, open and paid invoices, saved cards."""

    balance: PortalBalance | None
    open_invoices: list[dict[str, Any]]
    paid_invoices: list[dict[str, Any]]
    payment_methods: list[dict[str, Any]]
    # How the browser tokenizes a new card: the local test tokenizer, or Stripe Elements (ADR 0012).
    card_entry: Literal["local", "stripe"] = "local"


class PortalAppointment(BaseModel):
    """An upcoming appointment, or a facility event (kind `event`, open to every customer)."""

    appointment_id: uuid.UUID
    title: str
    car_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime | None
    status: str
    kind: Literal["service", "pickup", "dropoff", "event", "other"] = "other"
    state: Literal["requested", "scheduled", "confirmed", "done", "cancelled"] = "scheduled"
    notes: str | None = None


class ShopProduct(BaseModel):
    """A product or service the customer can order (price before tax, in minor units)."""

    product_id: uuid.UUID
    name: str
    description: str
    price_minor: int
    currency: str
    kind: Literal["product", "service"]


class ShopOrder(BaseModel):
    """One of the customer's orders and its state (refused: billing did not accept it, `reason` says why)."""

    order_id: uuid.UUID
    product_id: uuid.UUID
    product_name: str | None
    quantity: int
    pay_now: bool
    state: Literal["requested", "invoiced", "paid", "fulfilled", "cancelled", "refused"]
    total_minor: int | None
    currency: str | None
    invoice_id: uuid.UUID | None
    reason: str | None
    placed_at: datetime


class PortalShop(BaseModel):
    """The Shop: active products and services, the customer's orders, and whether a saved card can pay at once."""

    products: list[ShopProduct]
    orders: list[ShopOrder]
    can_pay_now: bool


class OrderPlaced(BaseModel):
    """The order went to the facility; it shows as requested until billing invoices it."""

    status: Literal["accepted"]
    order_id: uuid.UUID


class PickupRequested(BaseModel):
    """The request went to the facility; it shows under Events as requested until staff confirm it."""

    status: Literal["accepted"]
    request_id: uuid.UUID


class CardSubmitted(BaseModel):
    """The card's token went to billing; poll the request for the outcome."""

    status: Literal["pending"]
    request_id: uuid.UUID


class CardRequest(BaseModel):
    """A submitted card: pending until billing answers, then saved, or declined with the provider's reason."""

    request_id: uuid.UUID
    status: Literal["pending", "saved", "declined"]
    reason: str | None = None


class PortalView(BaseModel):
    """Everything the customer (or person) sees; a section is absent when the facility turned it off."""

    customer_id: uuid.UUID
    person_id: uuid.UUID | None
    sections: list[str]
    profile: Profile | None
    onboarding: Onboarding
    settings: AccountSettings | None = None
    cars: list[dict[str, Any]] | None = None
    documents: list[PortalDocument] | None = None
    billing: PortalBilling | None = None
    events: list[PortalAppointment] | None = None
    shop: PortalShop | None = None


class ProfileEditAccepted(BaseModel):
    """The edit was sent to contacts; the profile shows it once contacts applies it."""

    status: str
    changes: dict[str, str | bool]


class EmailChangeSent(BaseModel):
    """A confirmation link went to the new address."""

    status: str


class PortalSettingsOut(BaseModel):
    """Which sections are on, the onboarding steps in order, and who changed them last."""

    sections: list[str]
    onboarding_steps: list[str]
    updated_by: str | None
    updated_at: datetime | None


class CarDetail(BaseModel):
    """One car of the customer and what is scheduled for it."""

    car_id: uuid.UUID
    make: str
    model: str
    year: int | None
    colour: str | None
    plate: str | None
    vin: str | None
    appointments: list[PortalAppointment]
