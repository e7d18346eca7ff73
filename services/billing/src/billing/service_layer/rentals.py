"""Rentals: a customer rents a space (the car optional) at a price per period; start and end publish events."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update

from billing.adapters.orm import accounts as accounts_table
from billing.adapters.orm import rentals
from billing.service_layer import accounts, cars
from shared.auth import Principal
from shared.contracts.billing import RentalEnded, RentalStarted
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.openapi import PageRequest, fetch_page


def started(row: Any) -> RentalStarted:
    """The event of a rental that became active."""
    return RentalStarted(
        rental_id=row["id"], customer_id=row["customer_id"], started_on=row["starts_on"], car_id=row["car_id"]
    )


def ended(row: Any) -> RentalEnded:
    """The event of a rental that ended."""
    return RentalEnded(rental_id=row["id"], customer_id=row["customer_id"], ended_on=row["ends_on"])


async def start_rental(uow: UnitOfWork, principal: Principal, data: dict[str, Any], today: date) -> dict[str, Any]:
    """A new rental; active now if it starts today or earlier, else scheduled for the invoice job to start."""
    async with uow:
        account = await accounts.account(uow, principal.facility_id, data["customer_id"], loc=["body", "customer_id"])
        if account["deleted"]:
            raise DomainError("the customer is deleted", field="customer_id")
        if data.get("car_id") is not None:
            await cars.check_car(uow, principal.facility_id, data["car_id"])
        conf = await accounts.facility_settings(uow, principal.facility_id)
        if data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise DomainError("ends_on is before starts_on", field="ends_on")
        status = "active" if data["starts_on"] <= today else "scheduled"
        row = (
            (
                await uow.session.execute(
                    insert(rentals)
                    .values(
                        id=uuid.uuid4(),
                        facility_id=principal.facility_id,
                        currency=conf["currency"],
                        status=status,
                        created_by=principal.sub,
                        **data,
                    )
                    .returning(rentals)
                )
            )
            .mappings()
            .one()
        )
        if status == "active":
            uow.publish(started(row), facility_id=principal.facility_id, aggregate_id=row["customer_id"])
        await uow.commit()
        return dict(row)


async def _rental(uow: UnitOfWork, principal: Principal, rental_id: uuid.UUID, for_update: bool = False) -> Any:
    query = select(rentals).where(rentals.c.id == rental_id, rentals.c.facility_id == principal.facility_id)
    row = (await uow.session.execute(query.with_for_update() if for_update else query)).mappings().first()
    if row is None:
        raise NotFound("rental not found", loc=["path", "rental_id"])
    return row


async def get_rental(uow: UnitOfWork, principal: Principal, rental_id: uuid.UUID) -> dict[str, Any]:
    """One rental of this facility."""
    async with uow:
        return dict(await _rental(uow, principal, rental_id))


async def list_rentals(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID | None, status: str | None, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The facility's rentals by start date, optionally of one customer or in one status, one page."""
    query = (
        select(rentals, accounts_table.c.name.label("customer_name"))
        .join(accounts_table, accounts_table.c.customer_id == rentals.c.customer_id)
        .where(rentals.c.facility_id == principal.facility_id)
    )
    if customer_id is not None:
        query = query.where(rentals.c.customer_id == customer_id)
    if status is not None:
        query = query.where(rentals.c.status == status)
    async with uow:
        return await fetch_page(uow.session, query, [(rentals.c.starts_on, False), (rentals.c.id, False)], page)


async def end_rental(
    uow: UnitOfWork,
    principal: Principal,
    rental_id: uuid.UUID,
    ends_on: date,
    notice_given_on: date | None,
    version: int | None,
    today: date,
) -> dict[str, Any]:
    """End a rental: at once if the date is today or past, else on that date (notice given)."""
    async with uow:
        row = await _rental(uow, principal, rental_id, for_update=True)
        if row["status"] == "ended":
            raise Conflict("the rental has already ended", field="ends_on")
        if version is not None and version != row["version"]:
            raise Conflict("the rental was changed by someone else", field="version", current=row["version"])
        if ends_on < row["starts_on"]:
            raise DomainError("ends_on is before the rental starts", field="ends_on")
        status = "ended" if ends_on <= today else row["status"]
        new = (
            (
                await uow.session.execute(
                    update(rentals)
                    .where(rentals.c.id == rental_id)
                    .values(
                        ends_on=ends_on,
                        notice_given_on=notice_given_on or today,
                        status=status,
                        version=rentals.c.version + 1,
                    )
                    .returning(rentals)
                )
            )
            .mappings()
            .one()
        )
        if status == "ended" and row["status"] == "active":
            uow.publish(ended(new), facility_id=principal.facility_id, aggregate_id=new["customer_id"])
        await uow.commit()
        return dict(new)
