"""Events published by billing, on the billing topic keyed by customer id."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

PRODUCER = "billing"


class _BillingEvent(Event):
    topic = topics.BILLING


@registry.register
class RentalStarted(_BillingEvent):
    """A customer started renting a space: contacts makes the customer Active."""

    type = "RentalStarted"
    rental_id: uuid.UUID
    customer_id: uuid.UUID
    started_on: date
    car_id: uuid.UUID | None = None


@registry.register
class RentalEnded(_BillingEvent):
    """A rental ended: with no other active rental, contacts makes the customer Inactive."""

    type = "RentalEnded"
    rental_id: uuid.UUID
    customer_id: uuid.UUID
    ended_on: date


@registry.register
class FacilityBillingSettingsChanged(_BillingEvent):
    """A facility's billing settings changed (keyed by facility id): contacts shows its currency with the facility."""

    type = "FacilityBillingSettingsChanged"
    currency: str = Field(min_length=3, max_length=3)
    tax_rate_bp: int
    payment_terms_days: int


class Money(BaseModel):
    """An amount in integer minor units (cents) of a currency; never a float."""

    model_config = ConfigDict(frozen=True)

    amount_minor: int
    currency: str = Field(min_length=3, max_length=3)


class InvoiceLine(BaseModel):
    """One line of an invoice: quantity times unit price, in minor units."""

    model_config = ConfigDict(frozen=True)

    description: str
    quantity: int = Field(ge=1)
    unit_amount_minor: int
    amount_minor: int


@registry.register
class InvoiceIssued(_BillingEvent):
    """An invoice was issued (open): notifications emails it, contacts guards deletion while unpaid.

    v2 adds the issue date, the billing period, the tax and the lines; v1 payloads are upcast.
    """

    type = "InvoiceIssued"
    version = 2
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    total: Money
    amount_due: Money
    due_on: date
    rental_id: uuid.UUID | None = None
    issued_on: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    tax: Money | None = None
    lines: tuple[InvoiceLine, ...] = ()


@registry.upcaster("InvoiceIssued", from_version=1)
def _invoice_issued_v1_to_v2(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "issued_on": None, "period_start": None, "period_end": None, "tax": None, "lines": []}


@registry.register
class InvoicePaid(_BillingEvent):
    """An invoice was paid in full."""

    type = "InvoicePaid"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    paid_on: date


@registry.register
class InvoiceVoided(_BillingEvent):
    """An invoice was voided; nothing is owed on it any more."""

    type = "InvoiceVoided"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str


@registry.register
class PaymentReceived(_BillingEvent):
    """A payment was recorded (cash, cheque, transfer or card)."""

    type = "PaymentReceived"
    payment_id: uuid.UUID
    customer_id: uuid.UUID
    amount: Money
    method: str
    invoice_id: uuid.UUID | None = None


@registry.register
class PaymentDisputed(_BillingEvent):
    """A card payment was disputed; contacts guards deletion while the dispute is open."""

    type = "PaymentDisputed"
    dispute_id: uuid.UUID
    payment_id: uuid.UUID
    customer_id: uuid.UUID
    amount: Money


@registry.register
class DisputeClosed(_BillingEvent):
    """A dispute was closed (won or lost)."""

    type = "DisputeClosed"
    dispute_id: uuid.UUID
    customer_id: uuid.UUID
    outcome: Literal["won", "lost"]


InvoiceStatus = Literal["draft", "open", "paid", "void", "uncollectible"]


@registry.register
class InvoiceOverdue(_BillingEvent):
    """An open invoice passed its due date unpaid."""

    type = "InvoiceOverdue"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    amount_due: Money
    due_on: date


@registry.register
class InvoiceMarkedUncollectible(_BillingEvent):
    """Staff gave up collecting an invoice; it still counts as unpaid for the delete guard."""

    type = "InvoiceMarkedUncollectible"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str


@registry.register
class InvoiceChanged(_BillingEvent):
    """The whole current state of one invoice, for read models; `revision` orders the snapshots."""

    type = "InvoiceChanged"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    status: InvoiceStatus
    total: Money
    amount_paid: Money
    amount_due: Money
    issued_on: date | None
    due_on: date
    revision: int = Field(ge=1)


@registry.register
class PaymentRefunded(_BillingEvent):
    """Part or all of a payment was given back."""

    type = "PaymentRefunded"
    refund_id: uuid.UUID
    payment_id: uuid.UUID
    customer_id: uuid.UUID
    amount: Money
    invoice_id: uuid.UUID | None = None


@registry.register
class PaymentFailed(_BillingEvent):
    """A card charge was declined (autopay or staff-initiated)."""

    type = "PaymentFailed"
    payment_id: uuid.UUID
    customer_id: uuid.UUID
    amount: Money
    reason: str
    invoice_id: uuid.UUID | None = None


@registry.register
class PaymentMethodChanged(_BillingEvent):
    """The whole current state of one saved card; never the card number, only brand and last four."""

    type = "PaymentMethodChanged"
    payment_method_id: uuid.UUID
    customer_id: uuid.UUID
    brand: str
    last4: str = Field(min_length=4, max_length=4)
    exp_month: int = Field(ge=1, le=12)
    exp_year: int
    is_default: bool
    removed: bool = False
    revision: int = Field(ge=1)


@registry.register
class PaymentMethodRequestSettled(_BillingEvent):
    """A card the customer submitted in the portal was saved (after its PaymentMethodChanged) or declined."""

    type = "PaymentMethodRequestSettled"
    request_id: uuid.UUID
    customer_id: uuid.UUID
    outcome: Literal["saved", "declined"]
    reason: str | None = None
    payment_method_id: uuid.UUID | None = None


@registry.register
class BalanceChanged(_BillingEvent):
    """A customer's balance (what is owed on open invoices, less unapplied credit) after any change."""

    type = "BalanceChanged"
    customer_id: uuid.UUID
    balance: Money
    open_invoices: int = Field(ge=0)
    revision: int = Field(ge=1)


@registry.register
class BillingProductChanged(_BillingEvent):
    """The whole current state of one product or service of a facility's shop (keyed by product id)."""

    type = "BillingProductChanged"
    product_id: uuid.UUID
    name: str
    description: str = ""
    price: Money
    kind: Literal["product", "service"]
    active: bool
    revision: int = Field(ge=1, description="the record's version: newer wins")


OrderState = Literal["requested", "invoiced", "paid", "fulfilled", "cancelled", "refused"]


@registry.register
class BillingOrderChanged(_BillingEvent):
    """The state of one shop order (refused: billing did not accept it; `reason` says why)."""

    type = "BillingOrderChanged"
    order_id: uuid.UUID
    customer_id: uuid.UUID
    product_id: uuid.UUID
    quantity: int = Field(ge=1)
    state: OrderState
    total: Money | None = None
    invoice_id: uuid.UUID | None = None
    reason: str | None = None
    revision: int = Field(ge=1, description="the record's version: newer wins")
