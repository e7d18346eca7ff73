"""Shop orders follow their invoice (paid, reopened, voided) and publish their state for the portal."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from billing.adapters.orm import orders
from shared.contracts.billing import BillingOrderChanged, Money
from shared.db import UnitOfWork

# The invoice's new status -> (order states it moves, the state they take).
FOLLOWS = {"paid": (("invoiced",), "paid"), "open": (("paid",), "invoiced"), "void": (("invoiced",), "cancelled")}


def changed(row: Any, reason: str | None = None) -> BillingOrderChanged:
    """The order's whole current state."""
    return BillingOrderChanged(
        order_id=row["id"],
        customer_id=row["customer_id"],
        product_id=row["product_id"],
        quantity=row["quantity"],
        state=row["state"],
        total=Money(amount_minor=row["total_minor"], currency=row["currency"]),
        invoice_id=row["invoice_id"],
        reason=reason,
        revision=row["version"],
    )


def publish(uow: UnitOfWork, row: Any) -> None:
    """Queue the order's state event, keyed by its customer like the invoice events."""
    uow.publish(changed(row), facility_id=row["facility_id"], aggregate_id=row["customer_id"])


async def set_state(uow: UnitOfWork, query: Any, state: str) -> list[dict[str, Any]]:
    """Move the orders `query` selects (an update's where) to `state`; each publishes its new version."""
    rows = (
        (
            await uow.session.execute(
                query.values(state=state, version=orders.c.version + 1, updated_at=func.now()).returning(orders)
            )
        )
        .mappings()
        .all()
    )
    for row in rows:
        publish(uow, row)
    return [dict(r) for r in rows]


async def follow_invoice(uow: UnitOfWork, invoice: Any) -> None:
    """The orders invoiced on this invoice take its new status (paid, open again, void)."""
    follows = FOLLOWS.get(invoice["status"])
    if follows is None:
        return
    found = await uow.session.execute(select(orders.c.id).where(orders.c.invoice_id == invoice["id"]).limit(1))
    if found.first() is None:
        return
    before, after = follows
    query = update(orders).where(orders.c.invoice_id == invoice["id"], orders.c.state.in_(before))
    await set_state(uow, query, after)
