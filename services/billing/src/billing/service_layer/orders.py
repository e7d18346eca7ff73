"""Shop orders: a portal order becomes its own one-off invoice (charged at once with pay_now); staff fulfil, cancel."""

from __future__ import annotations

import uuid
from typing import Any, NoReturn

from sqlalchemy import insert, select, update

from billing.adapters.orm import accounts as accounts_table
from billing.adapters.orm import orders
from billing.domain.money import Line
from billing.service_layer import invoices, jobs, order_events, products
from shared.auth import Principal
from shared.contracts.billing import BillingOrderChanged
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalOrderPlaced
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.logs import get_logger
from shared.openapi import PageRequest, fetch_page

log = get_logger(__name__)

FULFILLABLE = ("invoiced", "paid")
CANCELLABLE = ("requested", "invoiced")


class CustomerNotYetKnown(Exception):
    """The order names a customer billing has not learnt yet: a retry (after contacts' event) can succeed."""


async def _refuse(container: Any, envelope: Envelope, event: PortalOrderPlaced, reason: str, field: str) -> NoReturn:
    """Tell the portal the order is refused (its own transaction: the event's goes to the DLQ), then refuse it."""
    refused = BillingOrderChanged(
        order_id=event.order_id,
        customer_id=event.customer_id,
        product_id=event.product_id,
        quantity=event.quantity,
        state="refused",
        reason=reason,
        revision=1,
    )
    async with container.uow() as side:
        side.publish(refused, facility_id=envelope.facility_id, aggregate_id=event.customer_id)
        await side.commit()
    raise DomainError(reason, field=field)


def order_handler(container: Any) -> Any:
    """The handler of PortalOrderPlaced: re-check the product, invoice the order, leave pay_now to the card charge."""

    async def on_order_placed(uow: UnitOfWork, envelope: Envelope, event: PortalOrderPlaced) -> None:
        """One order per order id: a redelivered or repeated request changes nothing."""
        fid = envelope.facility_id
        held = await uow.session.execute(select(orders.c.id).where(orders.c.id == event.order_id))
        if held.first() is not None:
            return
        account = (
            (
                await uow.session.execute(
                    select(accounts_table).where(
                        accounts_table.c.customer_id == event.customer_id, accounts_table.c.facility_id == fid
                    )
                )
            )
            .mappings()
            .first()
        )
        if account is None:
            raise CustomerNotYetKnown(str(event.customer_id))
        if account["deleted"]:
            await _refuse(container, envelope, event, "the customer is deleted", "customer_id")
        item = await products.product(uow, fid, event.product_id)
        if item is None:
            await _refuse(container, envelope, event, "no such product in this facility", "product_id")
        if not item["active"]:
            await _refuse(container, envelope, event, "the product is no longer offered", "product_id")
        await place(uow, envelope, event, item)

    return on_order_placed


async def place(uow: UnitOfWork, envelope: Envelope, event: PortalOrderPlaced, item: Any) -> None:
    """Store the order on a new one-off invoice and issue it; the autopay step charges it when pay_now."""
    lines = [Line(item["name"], event.quantity, item["price_minor"])]
    draft = await invoices.draft_one_off(uow, envelope.facility_id, event.customer_id, lines)
    row = (
        (
            await uow.session.execute(
                insert(orders)
                .values(
                    id=event.order_id,
                    facility_id=envelope.facility_id,
                    customer_id=event.customer_id,
                    product_id=item["id"],
                    product_name=item["name"],
                    quantity=event.quantity,
                    unit_price_minor=item["price_minor"],
                    total_minor=draft["total_minor"],
                    currency=draft["currency"],
                    state="invoiced",
                    invoice_id=draft["id"],
                    pay_now=event.pay_now,
                )
                .returning(orders)
            )
        )
        .mappings()
        .one()
    )
    order_events.publish(uow, row)
    await invoices.issue_one_off(uow, draft, lines, jobs.today(), charge=event.pay_now)


async def _order(uow: UnitOfWork, principal: Principal, order_id: uuid.UUID) -> Any:
    query = select(orders).where(orders.c.id == order_id, orders.c.facility_id == principal.facility_id)
    row = (await uow.session.execute(query.with_for_update())).mappings().first()
    if row is None:
        raise NotFound("order not found", loc=["path", "order_id"])
    return row


async def fulfil(uow: UnitOfWork, principal: Principal, order_id: uuid.UUID) -> dict[str, Any]:
    """Mark an invoiced or paid order as handed over or done."""
    async with uow:
        row = await _order(uow, principal, order_id)
        if row["state"] not in FULFILLABLE:
            raise Conflict(f"a {row['state']} order cannot be fulfilled", field="state", current=row["state"])
        new = await order_events.set_state(uow, update(orders).where(orders.c.id == order_id), "fulfilled")
        await uow.commit()
        return new[0]


async def cancel(uow: UnitOfWork, principal: Principal, order_id: uuid.UUID) -> dict[str, Any]:
    """Cancel an order not yet paid; its invoice is voided (which cancels the order through the invoice)."""
    async with uow:
        row = await _order(uow, principal, order_id)
        if row["state"] not in CANCELLABLE:
            raise Conflict(f"a {row['state']} order cannot be cancelled", field="state", current=row["state"])
        if row["invoice_id"] is not None:
            inv = await invoices.invoice(uow, principal.facility_id, row["invoice_id"], for_update=True)
            await invoices.close(uow, inv, "void", field="state")
        stored = (await uow.session.execute(select(orders).where(orders.c.id == order_id))).mappings().one()
        if stored["state"] != "cancelled":
            await order_events.set_state(uow, update(orders).where(orders.c.id == order_id), "cancelled")
            stored = (await uow.session.execute(select(orders).where(orders.c.id == order_id))).mappings().one()
        await uow.commit()
        return dict(stored)


async def list_orders(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID | None, state: str | None, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The facility's orders, newest first, optionally of one customer or in one state, one page."""
    query = (
        select(orders, accounts_table.c.name.label("customer_name"))
        .join(accounts_table, accounts_table.c.customer_id == orders.c.customer_id)
        .where(orders.c.facility_id == principal.facility_id)
    )
    if customer_id is not None:
        query = query.where(orders.c.customer_id == customer_id)
    if state is not None:
        query = query.where(orders.c.state == state)
    async with uow:
        return await fetch_page(uow.session, query, [(orders.c.created_at, True), (orders.c.id, False)], page)
