"""Events published by billing, on the billing topic keyed by customer id."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry


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


class Money(BaseModel):
    """An amount in integer minor units (cents) of a currency; never a float."""

    model_config = ConfigDict(frozen=True)

    amount_minor: int
    currency: str = Field(min_length=3, max_length=3)


@registry.register
class InvoiceIssued(_BillingEvent):
    """An invoice was issued (open): notifications emails it, contacts guards deletion while unpaid."""

    type = "InvoiceIssued"
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    total: Money
    amount_due: Money
    due_on: date
    rental_id: uuid.UUID | None = None


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
