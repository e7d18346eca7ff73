"""Applying money to invoices: allocation of payments (oldest first) and their reversal (refunds, lost disputes)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from billing.adapters.orm import allocations, invoices, payments
from billing.domain.money import allocate
from billing.service_layer.invoice_events import publish_changed
from billing.service_layer.order_events import follow_invoice
from shared.contracts.billing import InvoicePaid
from shared.db import UnitOfWork

UNPAID = ("open", "uncollectible")


async def _set_paid(uow: UnitOfWork, invoice_id: uuid.UUID, delta: int, paid_on: Any) -> None:
    """Move an invoice's amount paid by `delta`; it becomes paid when nothing is due, open again if short."""
    row = (
        (
            await uow.session.execute(
                update(invoices)
                .where(invoices.c.id == invoice_id)
                .values(amount_paid_minor=invoices.c.amount_paid_minor + delta, revision=invoices.c.revision + 1)
                .returning(invoices)
            )
        )
        .mappings()
        .one()
    )
    status = row["status"]
    if row["amount_paid_minor"] >= row["total_minor"] and status in UNPAID:
        status = "paid"
    elif row["amount_paid_minor"] < row["total_minor"] and status == "paid":
        status = "open"
    if status != row["status"]:
        row = (
            (
                await uow.session.execute(
                    update(invoices)
                    .where(invoices.c.id == invoice_id)
                    .values(status=status, autopay_state=None)
                    .returning(invoices)
                )
            )
            .mappings()
            .one()
        )
        if status == "paid":
            uow.publish(
                InvoicePaid(
                    invoice_id=row["id"], customer_id=row["customer_id"], number=row["number"], paid_on=paid_on
                ),
                facility_id=row["facility_id"],
                aggregate_id=row["customer_id"],
            )
        await follow_invoice(uow, row)
    publish_changed(uow, row)


async def apply_payment(uow: UnitOfWork, payment: Any) -> None:
    """Apply a succeeded payment to its invoice, or to the oldest unpaid invoices; the rest stays credit."""
    query = select(invoices).where(invoices.c.customer_id == payment["customer_id"], invoices.c.status.in_(UNPAID))
    if payment["invoice_id"] is not None:
        query = query.where(invoices.c.id == payment["invoice_id"])
    rows = (
        (await uow.session.execute(query.order_by(invoices.c.due_on, invoices.c.created_at).with_for_update()))
        .mappings()
        .all()
    )
    available = payment["amount_minor"] - payment["refunded_minor"] - payment["applied_minor"]
    shares = allocate(available, [r["total_minor"] - r["amount_paid_minor"] for r in rows])
    applied = 0
    for row, share in zip(rows, shares, strict=True):
        if share == 0:
            continue
        await uow.session.execute(
            pg_insert(allocations)
            .values(payment_id=payment["id"], invoice_id=row["id"], amount_minor=share)
            .on_conflict_do_update(
                index_elements=["payment_id", "invoice_id"], set_={"amount_minor": allocations.c.amount_minor + share}
            )
        )
        await _set_paid(uow, row["id"], share, payment["received_on"])
        applied += share
    if applied:
        await uow.session.execute(
            update(payments)
            .where(payments.c.id == payment["id"])
            .values(applied_minor=payments.c.applied_minor + applied)
        )


async def reverse(uow: UnitOfWork, payment: Any, amount_minor: int) -> None:
    """Take `amount_minor` back from a payment: unapplied credit first, then its newest allocations."""
    credit = payment["amount_minor"] - payment["refunded_minor"] - payment["applied_minor"]
    from_invoices = max(0, amount_minor - max(credit, 0))
    taken = 0
    if from_invoices:
        rows = (
            await uow.session.execute(
                select(allocations.c.invoice_id, allocations.c.amount_minor)
                .join(invoices, invoices.c.id == allocations.c.invoice_id)
                .where(allocations.c.payment_id == payment["id"], allocations.c.amount_minor > 0)
                .order_by(invoices.c.due_on.desc(), invoices.c.created_at.desc())
            )
        ).all()
        for invoice_id, allocated in rows:
            take = min(allocated, from_invoices - taken)
            if take <= 0:
                break
            await uow.session.execute(
                update(allocations)
                .where(allocations.c.payment_id == payment["id"], allocations.c.invoice_id == invoice_id)
                .values(amount_minor=allocations.c.amount_minor - take)
            )
            await _set_paid(uow, invoice_id, -take, payment["received_on"])
            taken += take
    await uow.session.execute(
        update(payments)
        .where(payments.c.id == payment["id"])
        .values(refunded_minor=payments.c.refunded_minor + amount_minor, applied_minor=payments.c.applied_minor - taken)
    )


async def apply_credit(uow: UnitOfWork, customer_ids: list[uuid.UUID]) -> None:
    """Use what customers paid in advance (unapplied credit) on their unpaid invoices, oldest payment first."""
    if not customer_ids:
        return
    rows = (
        (
            await uow.session.execute(
                select(payments)
                .where(
                    payments.c.customer_id.in_(customer_ids),
                    payments.c.status == "succeeded",
                    payments.c.amount_minor - payments.c.refunded_minor - payments.c.applied_minor > 0,
                )
                .order_by(payments.c.received_on, payments.c.created_at)
                .with_for_update()
            )
        )
        .mappings()
        .all()
    )
    for payment in rows:
        await apply_payment(uow, {**payment, "invoice_id": None})
