"""The Shop: the catalogue and orders from billing's events, and the order a customer places (checked here first)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select

from portal.adapters.orm import payment_methods, shop_orders, shop_products
from shared.contracts.billing import BillingOrderChanged, BillingProductChanged
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalOrderPlaced
from shared.db import UnitOfWork
from shared.errors import DomainError
from shared.readmodels import upsert_if_newer

PRODUCT_FIELDS = ("product_id", "name", "description", "price_minor", "currency", "kind")
ORDER_FIELDS = ("order_id", "product_id", "product_name", "quantity", "pay_now", "state")
ORDER_FIELDS_MORE = ("total_minor", "currency", "invoice_id", "reason", "placed_at")


async def on_product_changed(uow: UnitOfWork, envelope: Envelope, event: BillingProductChanged) -> None:
    """The product's newest snapshot."""
    values = {
        **event.model_dump(include={"product_id", "name", "description", "kind", "active", "revision"}),
        "facility_id": envelope.facility_id,
        "price_minor": event.price.amount_minor,
        "currency": event.price.currency,
    }
    await upsert_if_newer(uow, shop_products, values, "revision", insert_only=["facility_id"])


async def on_order_changed(uow: UnitOfWork, envelope: Envelope, event: BillingOrderChanged) -> None:
    """The order's newest state; the portal's own "requested" row (revision 0) always yields to billing's."""
    values = {
        **event.model_dump(include={"order_id", "customer_id", "product_id", "quantity", "state", "invoice_id"}),
        "facility_id": envelope.facility_id,
        "total_minor": event.total.amount_minor if event.total else None,
        "currency": event.total.currency if event.total else None,
        "reason": event.reason,
        "revision": event.revision,
    }
    kept = ["facility_id", "customer_id", "product_id"]
    await upsert_if_newer(uow, shop_orders, values, "revision", insert_only=kept)


async def catalogue(session: Any, facility_id: uuid.UUID) -> list[dict[str, Any]]:
    """The facility's active products and services, by name."""
    query = (
        select(*(shop_products.c[f] for f in PRODUCT_FIELDS))
        .where(shop_products.c.facility_id == facility_id, shop_products.c.active.is_(True))
        .order_by(shop_products.c.name, shop_products.c.product_id)
    )
    return [dict(r) for r in (await session.execute(query)).mappings()]


async def my_orders(session: Any, facility_id: uuid.UUID, customer_id: uuid.UUID) -> list[dict[str, Any]]:
    """The customer's orders, newest first."""
    query = (
        select(*(shop_orders.c[f] for f in (*ORDER_FIELDS, *ORDER_FIELDS_MORE)))
        .where(shop_orders.c.facility_id == facility_id, shop_orders.c.customer_id == customer_id)
        .order_by(shop_orders.c.placed_at.desc(), shop_orders.c.order_id)
        .limit(100)
    )
    return [dict(r) for r in (await session.execute(query)).mappings()]


async def has_card(session: Any, facility_id: uuid.UUID, customer_id: uuid.UUID) -> bool:
    """Whether a saved card can pay an order at once."""
    query = select(payment_methods.c.payment_method_id).where(
        payment_methods.c.facility_id == facility_id,
        payment_methods.c.customer_id == customer_id,
        payment_methods.c.removed.is_(False),
    )
    return (await session.execute(query.limit(1))).first() is not None


async def shop_view(session: Any, facility_id: uuid.UUID, customer_id: uuid.UUID) -> dict[str, Any]:
    """The Shop section: active products, the customer's orders, and whether a saved card can pay at once."""
    return {
        "products": await catalogue(session, facility_id),
        "orders": await my_orders(session, facility_id, customer_id),
        "can_pay_now": await has_card(session, facility_id, customer_id),
    }


async def place_order(
    uow: UnitOfWork, account: Mapping[str, Any], product_id: uuid.UUID, quantity: int, pay_now: bool
) -> uuid.UUID:
    """Record the order as requested and publish it for billing; an unknown or inactive product is refused."""
    fid, cid = account["facility_id"], account["customer_id"]
    async with uow:
        item = (
            (
                await uow.session.execute(
                    select(shop_products).where(
                        shop_products.c.product_id == product_id, shop_products.c.facility_id == fid
                    )
                )
            )
            .mappings()
            .first()
        )
        if item is None or not item["active"]:
            raise DomainError("this product is not offered in the shop", field="product_id")
        if pay_now and not await has_card(uow.session, fid, cid):
            raise DomainError("no saved card to pay with now", field="pay_now")
        order_id = uuid.uuid4()
        await uow.session.execute(
            insert(shop_orders).values(
                order_id=order_id,
                facility_id=fid,
                customer_id=cid,
                person_id=account["person_id"],
                product_id=product_id,
                product_name=item["name"],
                quantity=quantity,
                pay_now=pay_now,
                state="requested",
                total_minor=item["price_minor"] * quantity,
                currency=item["currency"],
                revision=0,
            )
        )
        event = PortalOrderPlaced(
            order_id=order_id,
            customer_id=cid,
            person_id=account["person_id"],
            product_id=product_id,
            quantity=quantity,
            pay_now=pay_now,
        )
        uow.publish(event, facility_id=fid, aggregate_id=cid)
        await uow.commit()
    return order_id
