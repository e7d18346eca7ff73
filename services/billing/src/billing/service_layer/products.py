"""The shop's catalogue: a facility's products and services; every change publishes the product's state."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, insert, select, update

from billing.adapters.orm import products
from billing.service_layer import accounts
from shared.auth import Principal
from shared.contracts.billing import BillingProductChanged, Money
from shared.db import UnitOfWork
from shared.errors import Conflict, NotFound
from shared.openapi import PageRequest, fetch_page


def changed(row: Any) -> BillingProductChanged:
    """The product's whole current state, for the portal's catalogue."""
    return BillingProductChanged(
        product_id=row["id"],
        name=row["name"],
        description=row["description"],
        price=Money(amount_minor=row["price_minor"], currency=row["currency"]),
        kind=row["kind"],
        active=row["active"],
        revision=row["version"],
    )


def _publish(uow: UnitOfWork, row: Any) -> None:
    uow.publish(changed(row), facility_id=row["facility_id"], aggregate_id=row["id"], aggregate_version=row["version"])


async def product(
    uow: UnitOfWork, facility_id: uuid.UUID, product_id: uuid.UUID, for_update: bool = False
) -> Any | None:
    """One product of this facility, or None."""
    query = select(products).where(products.c.id == product_id, products.c.facility_id == facility_id)
    return (await uow.session.execute(query.with_for_update() if for_update else query)).mappings().first()


async def create_product(uow: UnitOfWork, principal: Principal, data: dict[str, Any]) -> dict[str, Any]:
    """A new product or service, priced in the facility's currency."""
    async with uow:
        conf = await accounts.facility_settings(uow, principal.facility_id)
        row = (
            (
                await uow.session.execute(
                    insert(products)
                    .values(id=uuid.uuid4(), facility_id=principal.facility_id, currency=conf["currency"], **data)
                    .returning(products)
                )
            )
            .mappings()
            .one()
        )
        _publish(uow, row)
        await uow.commit()
        return dict(row)


async def change_product(
    uow: UnitOfWork, principal: Principal, product_id: uuid.UUID, data: dict[str, Any], version: int | None
) -> dict[str, Any]:
    """Change the fields given (deactivate with active=false); `version`, if sent, must be the stored one."""
    async with uow:
        row = await product(uow, principal.facility_id, product_id, for_update=True)
        if row is None:
            raise NotFound("product not found", loc=["path", "product_id"])
        if version is not None and version != row["version"]:
            raise Conflict("the product was changed by someone else", field="version", current=row["version"])
        new = (
            (
                await uow.session.execute(
                    update(products)
                    .where(products.c.id == product_id)
                    .values(**data, version=products.c.version + 1, updated_at=func.now())
                    .returning(products)
                )
            )
            .mappings()
            .one()
        )
        _publish(uow, new)
        await uow.commit()
        return dict(new)


async def list_products(
    uow: UnitOfWork, principal: Principal, active: bool | None, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The facility's products by name, optionally only the active (or inactive) ones, one page."""
    query = select(products).where(products.c.facility_id == principal.facility_id)
    if active is not None:
        query = query.where(products.c.active.is_(active))
    async with uow:
        return await fetch_page(uow.session, query, [(products.c.name, False), (products.c.id, False)], page)
