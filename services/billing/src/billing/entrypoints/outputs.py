"""Response bodies of the billing API; amounts are integers in minor units."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from billing.adapters.orm import invoices as invoices_table
from billing.adapters.orm import orders, payment_methods, payments, products, refunds, rentals
from billing.service_layer.payment_methods import PUBLIC
from shared.openapi import Page, row_model


class BillingSettings(BaseModel):
    """The facility's currency, tax rate (basis points), payment terms and time zone (the billing day's)."""

    currency: str
    tax_rate_bp: int
    payment_terms_days: int
    time_zone: str


class ProviderState(BaseModel):
    """The payment provider in use: `local` (test cards, no network) or `stripe`, and whether it is set up."""

    provider: str
    connected: bool
    mode: str = Field(description="test or live")
    webhooks: bool = Field(description="provider events are verified and applied")


class InvoiceLine(BaseModel):
    """One charge or fee of an invoice."""

    description: str
    quantity: int
    unit_amount_minor: int
    amount_minor: int


Rental = row_model(
    "Rental",
    rentals,
    "A space rented to a customer.",
    customer_name=(str | None, Field(None, description="lists only")),
)
InvoiceSummary = row_model(
    "InvoiceSummary",
    invoices_table,
    "An invoice without its lines.",
    amount_due_minor=(int, ...),
    customer_name=(str | None, None),
)
Invoice = row_model(
    "Invoice",
    invoices_table,
    "An invoice with its lines and what is still due.",
    amount_due_minor=(int, ...),
    lines=(list[InvoiceLine], ...),
)
Payment = row_model("Payment", payments, "A payment received (cash, cheque, transfer or card).")
Refund = row_model("Refund", refunds, "Part or all of a payment given back.")
Product = row_model("Product", products, "A product or service of the facility's shop (price before tax).")
Order = row_model(
    "Order",
    orders,
    "A customer's shop order and its state (requested, invoiced, paid, fulfilled, cancelled).",
    customer_name=(str | None, Field(None, description="lists only")),
)
PaymentMethod = row_model("PaymentMethod", payment_methods, "A saved card (brand, last four, expiry).", only=PUBLIC)


class RunReport(BaseModel):
    """What one billing run did, for which facility and day."""

    on: date
    facility_id: uuid.UUID
    started: int
    ended: int
    invoiced: int
    overdue: int
    seconds: float


class Balance(BaseModel):
    """What the customer owes now (negative: credit) and how many invoices are open."""

    customer_id: uuid.UUID
    balance_minor: int
    currency: str
    open_invoices: int


class StatementEntry(BaseModel):
    """An invoice, payment or refund and the balance after it."""

    on_date: date
    kind: str
    id: uuid.UUID
    reference: str | None
    debit_minor: int
    credit_minor: int
    balance_minor: int


class Statement(BaseModel):
    """Entries between two dates with the opening, running and closing balance."""

    model_config = ConfigDict(populate_by_name=True)

    customer_id: uuid.UUID
    from_: date | None = Field(alias="from")
    to: date | None
    opening_balance_minor: int
    closing_balance_minor: int
    entries: list[StatementEntry]


class CardSetup(BaseModel):
    """A card setup the front end completes with the provider."""

    provider: str
    setup_id: str
    client_secret: str | None


class Autopay(BaseModel):
    """Whether the default card is charged when an invoice is issued."""

    customer_id: uuid.UUID
    autopay: bool


class WebhookReceipt(BaseModel):
    """The provider event was received; a repeated one changes nothing."""

    received: bool
    duplicate: bool


class RentalPage(Page[Rental]):  # type: ignore[valid-type]
    """Rentals by start date, one page."""


class InvoicePage(Page[InvoiceSummary]):  # type: ignore[valid-type]
    """Invoices, newest first, one page."""


class PaymentPage(Page[Payment]):  # type: ignore[valid-type]
    """Payments, newest first, one page."""


class PaymentMethodPage(Page[PaymentMethod]):  # type: ignore[valid-type]
    """Saved cards, oldest first, one page."""


class ProductPage(Page[Product]):  # type: ignore[valid-type]
    """Products by name, one page."""


class OrderPage(Page[Order]):  # type: ignore[valid-type]
    """Orders, newest first, one page."""
