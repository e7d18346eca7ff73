"""The events an invoice raises, built from its row: shared by one-off invoices, the run and the ledger."""

from __future__ import annotations

from datetime import date
from typing import Any

from billing.domain.money import Line
from shared.contracts.billing import InvoiceChanged, InvoiceIssued, InvoiceLine, Money
from shared.db import UnitOfWork


def number_of(seq: int) -> str:
    """The printed invoice number of a facility's sequence value."""
    return f"INV-{seq:06d}"


def changed(row: Any) -> InvoiceChanged:
    """The whole current state of an invoice, for read models."""
    cur = row["currency"]
    return InvoiceChanged(
        invoice_id=row["id"],
        customer_id=row["customer_id"],
        number=row["number"] or "",
        status=row["status"],
        total=Money(amount_minor=row["total_minor"], currency=cur),
        amount_paid=Money(amount_minor=row["amount_paid_minor"], currency=cur),
        amount_due=Money(amount_minor=row["total_minor"] - row["amount_paid_minor"], currency=cur),
        issued_on=row["issued_on"],
        due_on=row["due_on"] or row["issued_on"] or date.today(),
        revision=row["revision"],
    )


def issued(row: Any, lines: list[Line]) -> InvoiceIssued:
    """The event of an invoice that became open."""
    cur = row["currency"]
    return InvoiceIssued(
        invoice_id=row["id"],
        customer_id=row["customer_id"],
        number=row["number"],
        total=Money(amount_minor=row["total_minor"], currency=cur),
        amount_due=Money(amount_minor=row["total_minor"] - row["amount_paid_minor"], currency=cur),
        due_on=row["due_on"],
        rental_id=row["rental_id"],
        issued_on=row["issued_on"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        tax=Money(amount_minor=row["tax_minor"], currency=cur),
        lines=tuple(
            InvoiceLine(
                description=x.description,
                quantity=x.quantity,
                unit_amount_minor=x.unit_amount_minor,
                amount_minor=x.amount_minor,
            )
            for x in lines
        ),
    )


def publish_changed(uow: UnitOfWork, row: Any) -> None:
    """Queue the invoice's snapshot event."""
    uow.publish(changed(row), facility_id=row["facility_id"], aggregate_id=row["customer_id"])
