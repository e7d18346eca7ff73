"""Provider webhooks (Stripe's format): each provider event is applied once, in one transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from billing.adapters.orm import disputes, payments, provider_events, refunds
from billing.service_layer import accounts, ledger
from billing.service_layer.payments import apply_refund
from shared.contracts.billing import DisputeClosed, Money, PaymentDisputed
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)


async def _payment_by_ref(uow: UnitOfWork, ref: str | None) -> Any:
    if not ref:
        return None
    return (
        (await uow.session.execute(select(payments).where(payments.c.provider_ref == ref).with_for_update()))
        .mappings()
        .first()
    )


async def _refunded(uow: UnitOfWork, obj: dict[str, Any]) -> None:
    """Refunds made in the provider's dashboard: record the ones we do not know yet."""
    payment = await _payment_by_ref(uow, obj.get("payment_intent"))
    if payment is None:
        return
    for refund in (obj.get("refunds") or {}).get("data", []):
        known = (await uow.session.execute(select(refunds.c.id).where(refunds.c.provider_ref == refund["id"]))).first()
        if known is None and refund.get("status", "succeeded") == "succeeded":
            await apply_refund(uow, payment, int(refund["amount"]), refund["id"], "refunded at the provider")
            payment = await _payment_by_ref(uow, obj.get("payment_intent"))


async def _dispute_created(uow: UnitOfWork, obj: dict[str, Any]) -> None:
    payment = await _payment_by_ref(uow, obj.get("payment_intent"))
    if payment is None:
        log.warning("dispute for an unknown payment", dispute=obj.get("id"))
        return
    row = (
        (
            await uow.session.execute(
                pg_insert(disputes)
                .values(
                    id=uuid.uuid4(),
                    facility_id=payment["facility_id"],
                    customer_id=payment["customer_id"],
                    payment_id=payment["id"],
                    amount_minor=int(obj["amount"]),
                    provider_ref=obj["id"],
                )
                .on_conflict_do_nothing(index_elements=["provider_ref"])
                .returning(disputes)
            )
        )
        .mappings()
        .first()
    )
    if row is not None:
        uow.publish(
            PaymentDisputed(
                dispute_id=row["id"],
                payment_id=payment["id"],
                customer_id=payment["customer_id"],
                amount=Money(amount_minor=row["amount_minor"], currency=payment["currency"]),
            ),
            facility_id=payment["facility_id"],
            aggregate_id=payment["customer_id"],
        )


async def _dispute_closed(uow: UnitOfWork, obj: dict[str, Any]) -> None:
    outcome = "won" if obj.get("status") == "won" else "lost"
    row = (
        (
            await uow.session.execute(
                update(disputes)
                .where(disputes.c.provider_ref == obj["id"], disputes.c.status == "open")
                .values(status=outcome, closed_at=func.now())
                .returning(disputes)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return
    if outcome == "lost":  # the money went back to the card holder: what it paid is due again
        payment = (
            (await uow.session.execute(select(payments).where(payments.c.id == row["payment_id"]).with_for_update()))
            .mappings()
            .one()
        )
        take = min(row["amount_minor"], payment["amount_minor"] - payment["refunded_minor"])
        if take > 0:
            await ledger.reverse(uow, payment, take)
            await accounts.publish_balances(uow, [row["customer_id"]])
    uow.publish(
        DisputeClosed(dispute_id=row["id"], customer_id=row["customer_id"], outcome=outcome),
        facility_id=row["facility_id"],
        aggregate_id=row["customer_id"],
    )


HANDLERS = {
    "charge.refunded": _refunded,
    "charge.dispute.created": _dispute_created,
    "charge.dispute.closed": _dispute_closed,
}


async def apply(uow: UnitOfWork, provider: str, event: dict[str, Any]) -> bool:
    """Apply a verified provider event once; False if it was seen before (nothing changes)."""
    async with uow:
        fresh = (
            await uow.session.execute(
                pg_insert(provider_events)
                .values(provider=provider, event_id=event["id"], type=event["type"])
                .on_conflict_do_nothing()
                .returning(provider_events.c.event_id)
            )
        ).first()
        if fresh is None:
            return False
        handler = HANDLERS.get(event["type"])
        if handler is not None:
            await handler(uow, event["data"]["object"])
        await uow.commit()
        return True
