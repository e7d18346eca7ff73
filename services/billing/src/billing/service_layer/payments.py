"""Payments: manual (cash, cheque, transfer), card charges through the provider, refunds, and history."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from billing.adapters.orm import payment_methods, payments, refunds
from billing.adapters.payments import PaymentProvider, ProviderError
from billing.service_layer import accounts, ledger
from billing.service_layer.invoices import invoice
from shared.auth import Principal
from shared.contracts.billing import Money, PaymentFailed, PaymentReceived, PaymentRefunded
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.openapi import PageRequest, fetch_page


def received(row: Any) -> PaymentReceived:
    """The event of a succeeded payment."""
    return PaymentReceived(
        payment_id=row["id"],
        customer_id=row["customer_id"],
        amount=Money(amount_minor=row["amount_minor"], currency=row["currency"]),
        method=row["method"],
        invoice_id=row["invoice_id"],
    )


async def record(uow: UnitOfWork, values: dict[str, Any]) -> Any:
    """Insert a payment; a succeeded one is applied to invoices and published with the new balance."""
    row = (await uow.session.execute(insert(payments).values(**values).returning(payments))).mappings().one()
    if row["status"] == "succeeded":
        await ledger.apply_payment(uow, row)
        uow.publish(received(row), facility_id=row["facility_id"], aggregate_id=row["customer_id"])
    else:
        uow.publish(
            PaymentFailed(
                payment_id=row["id"],
                customer_id=row["customer_id"],
                amount=Money(amount_minor=row["amount_minor"], currency=row["currency"]),
                reason=row["failure_reason"] or "declined",
                invoice_id=row["invoice_id"],
            ),
            facility_id=row["facility_id"],
            aggregate_id=row["customer_id"],
        )
    await accounts.publish_balances(uow, [row["customer_id"]])
    return (await uow.session.execute(select(payments).where(payments.c.id == row["id"]))).mappings().one()


async def record_manual(uow: UnitOfWork, principal: Principal, data: dict[str, Any], today: date) -> dict[str, Any]:
    """Cash, cheque or transfer received by staff; partial payments leave the rest due."""
    async with uow:
        await accounts.account(
            uow, principal.facility_id, data["customer_id"], loc=["body", "customer_id"], for_update=True
        )
        conf = await accounts.facility_settings(uow, principal.facility_id)
        if data.get("invoice_id") is not None:
            row = await invoice(uow, principal.facility_id, data["invoice_id"], where="body")
            if row["customer_id"] != data["customer_id"]:
                raise DomainError("the invoice belongs to another customer", field="invoice_id")
            if row["status"] not in ledger.UNPAID:
                raise Conflict(f"the invoice is {row['status']}", field="invoice_id")
        payment = await record(
            uow,
            {
                "id": uuid.uuid4(),
                "facility_id": principal.facility_id,
                "currency": conf["currency"],
                "status": "succeeded",
                "received_on": data.get("received_on") or today,
                "recorded_by": principal.sub,
                **{k: data.get(k) for k in ("customer_id", "invoice_id", "amount_minor", "method", "reference")},
            },
        )
        await uow.commit()
        return dict(payment)


async def charge_invoice(
    uow_factory: Any,
    provider: PaymentProvider,
    facility_id: uuid.UUID,
    invoice_id: uuid.UUID,
    actor: str,
    key: str,
    today: date,
) -> dict[str, Any]:
    """Charge what is due on an invoice to the customer's default card; the provider call is outside the transaction."""
    async with uow_factory() as uow:
        inv = await invoice(uow, facility_id, invoice_id, where="body")
        if inv["status"] not in ledger.UNPAID:
            raise Conflict(f"the invoice is {inv['status']}", field="invoice_id")
        account = await accounts.account(uow, facility_id, inv["customer_id"], loc=["body", "customer_id"])
        card = (
            (
                await uow.session.execute(
                    select(payment_methods).where(
                        payment_methods.c.customer_id == inv["customer_id"],
                        payment_methods.c.is_default,
                        payment_methods.c.removed.is_(False),
                    )
                )
            )
            .mappings()
            .first()
        )
        if card is None:
            raise Conflict("the customer has no default card", field="payment_method")
    due = inv["total_minor"] - inv["amount_paid_minor"]
    try:
        result = await provider.charge(
            account["provider_customer_ref"] or "", card["provider_ref"], due, inv["currency"], key
        )
    except ProviderError as exc:
        raise Conflict(f"the payment provider refused: {exc}", field="payment_method") from None
    async with uow_factory() as uow:
        existing = (
            (await uow.session.execute(select(payments).where(payments.c.provider_ref == result.ref)))
            .mappings()
            .first()
        )
        if existing is not None:  # a webhook or an earlier attempt recorded it already
            return dict(existing)
        payment = await record(
            uow,
            {
                "id": uuid.uuid4(),
                "facility_id": facility_id,
                "customer_id": inv["customer_id"],
                "invoice_id": invoice_id,
                "amount_minor": due,
                "currency": inv["currency"],
                "method": "card",
                "status": "succeeded" if result.succeeded else "failed",
                "failure_reason": result.failure_reason,
                "provider_ref": result.ref,
                "received_on": today,
                "recorded_by": actor,
            },
        )
        await uow.commit()
        return dict(payment)


async def refund_payment(
    uow_factory: Any,
    provider: PaymentProvider,
    principal: Principal,
    payment_id: uuid.UUID,
    amount_minor: int,
    reason: str | None,
) -> dict[str, Any]:
    """Give back part or all of a payment (through the provider for cards); invoices it paid reopen if short."""
    async with uow_factory() as uow:
        row = await _payment(uow, principal, payment_id)
        if row["status"] != "succeeded":
            raise Conflict("only a succeeded payment can be refunded", field="payment_id")
        if amount_minor > row["amount_minor"] - row["refunded_minor"]:
            raise DomainError(
                "the refund is more than what is left of the payment",
                field="amount_minor",
                refundable_minor=row["amount_minor"] - row["refunded_minor"],
            )
    ref = None
    if row["method"] == "card":
        key = f"refund-{payment_id}-{row['refunded_minor']}-{amount_minor}"
        try:
            ref = await provider.refund(row["provider_ref"], amount_minor, key)
        except ProviderError as exc:
            raise Conflict(f"the payment provider refused: {exc}", field="payment_id") from None
    async with uow_factory() as uow:
        row = await _payment(uow, principal, payment_id, for_update=True)
        if amount_minor > row["amount_minor"] - row["refunded_minor"]:
            raise Conflict("the payment changed meanwhile", field="amount_minor")
        refund = await apply_refund(uow, row, amount_minor, ref, reason)
        await uow.commit()
        return refund


async def apply_refund(
    uow: UnitOfWork, payment: Any, amount_minor: int, ref: str | None, reason: str | None
) -> dict[str, Any]:
    """Record a refund (from staff or from a provider webhook) and reverse what it takes back."""
    refund = (
        (
            await uow.session.execute(
                insert(refunds)
                .values(
                    id=uuid.uuid4(),
                    payment_id=payment["id"],
                    amount_minor=amount_minor,
                    provider_ref=ref,
                    reason=reason,
                )
                .returning(refunds)
            )
        )
        .mappings()
        .one()
    )
    await ledger.reverse(uow, payment, amount_minor)
    uow.publish(
        PaymentRefunded(
            refund_id=refund["id"],
            payment_id=payment["id"],
            customer_id=payment["customer_id"],
            amount=Money(amount_minor=amount_minor, currency=payment["currency"]),
            invoice_id=payment["invoice_id"],
        ),
        facility_id=payment["facility_id"],
        aggregate_id=payment["customer_id"],
    )
    await accounts.publish_balances(uow, [payment["customer_id"]])
    return dict(refund)


async def _payment(uow: UnitOfWork, principal: Principal, payment_id: uuid.UUID, for_update: bool = False) -> Any:
    query = select(payments).where(payments.c.id == payment_id, payments.c.facility_id == principal.facility_id)
    row = (await uow.session.execute(query.with_for_update() if for_update else query)).mappings().first()
    if row is None:
        raise NotFound("payment not found", loc=["path", "payment_id"])
    return row


async def history(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """Every payment of a customer, newest first, one page."""
    async with uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
        query = select(payments).where(payments.c.customer_id == customer_id)
        order = [(payments.c.received_on, True), (payments.c.created_at, True), (payments.c.id, True)]
        return await fetch_page(uow.session, query, order, page)
