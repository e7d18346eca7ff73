"""Cars of a customer: add, edit, unlink, move to another customer (one owner at a time)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from contacts.adapters.orm import cars
from contacts.adapters.repository import CustomerRepository
from contacts.service_layer import timeline
from shared.auth import Principal
from shared.contracts.contacts import CarLinked, CarSnapshot, CarUnlinked, CarUpdated
from shared.db import UnitOfWork
from shared.errors import Conflict, NotFound
from shared.openapi import PageRequest, fetch_page

FIELDS = ("make", "model", "year", "colour", "plate", "vin")


def snapshot(row: Any) -> CarSnapshot:
    """A car row as other services may know it."""
    return CarSnapshot(car_id=row["id"], customer_id=row["customer_id"], **{f: row[f] for f in FIELDS})


async def _customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, loc: list[str]) -> None:
    if await CustomerRepository(uow.session, principal.facility_id).get(customer_id, for_update=True) is None:
        raise NotFound("customer not found", loc=loc)


async def _car(uow: UnitOfWork, principal: Principal, car_id: uuid.UUID) -> Any:
    row = (
        (
            await uow.session.execute(
                select(cars).where(cars.c.id == car_id, cars.c.facility_id == principal.facility_id).with_for_update()
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound("car not found", loc=["path", "car_id"])
    return row


async def _write(uow: UnitOfWork, statement: Any) -> Any:
    try:
        async with uow.session.begin_nested():
            return (await uow.session.execute(statement)).mappings().one()
    except IntegrityError:
        raise Conflict("a car with this VIN already exists", field="vin") from None


async def list_cars(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The customer's cars, oldest first, one page."""
    async with uow:
        await _customer(uow, principal, customer_id, ["path", "customer_id"])
        query = select(cars).where(cars.c.customer_id == customer_id)
        return await fetch_page(uow.session, query, [(cars.c.created_at, False), (cars.c.id, False)], page)


async def add_car(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, data: dict[str, Any]
) -> dict[str, Any]:
    """A new car owned by the customer."""
    async with uow:
        await _customer(uow, principal, customer_id, ["path", "customer_id"])
        row = await _write(
            uow,
            insert(cars)
            .values(id=uuid.uuid4(), facility_id=principal.facility_id, customer_id=customer_id, **data)
            .returning(cars),
        )
        await timeline.publish_and_record(
            uow,
            CarLinked(car=snapshot(row)),
            facility_id=principal.facility_id,
            customer_id=customer_id,
            kind="car_linked",
            summary=f"Car added: {row['make']} {row['model']}",
            actor=principal.sub,
            data={"car_id": str(row["id"])},
        )
        await uow.commit()
    return dict(row)


async def update_car(
    uow: UnitOfWork, principal: Principal, car_id: uuid.UUID, changes: dict[str, Any]
) -> dict[str, Any]:
    """Edit a car's details."""
    async with uow:
        current = await _car(uow, principal, car_id)
        diff = {k: (current[k], v) for k, v in changes.items() if k in FIELDS and current[k] != v}
        if not diff:
            return dict(current)
        row = await _write(
            uow,
            update(cars)
            .where(cars.c.id == car_id)
            .values(**{k: v for k, (_, v) in diff.items()}, version=cars.c.version + 1, updated_at=func.now())
            .returning(cars),
        )
        if row["customer_id"] is not None:
            await timeline.publish_and_record(
                uow,
                CarUpdated(car=snapshot(row)),
                facility_id=principal.facility_id,
                customer_id=row["customer_id"],
                kind="car_updated",
                summary=f"Car updated: {row['make']} {row['model']}",
                actor=principal.sub,
                data={"car_id": str(car_id), **timeline.field_changes(diff)},
            )
        await uow.commit()
    return dict(row)


async def move_car(
    uow: UnitOfWork, principal: Principal, car_id: uuid.UUID, to_customer: uuid.UUID | None
) -> dict[str, Any]:
    """Give the car to another customer, or unlink it (None); both customers' timelines show it."""
    async with uow:
        current = await _car(uow, principal, car_id)
        previous = current["customer_id"]
        if to_customer is not None:
            await _customer(uow, principal, to_customer, ["body", "customer_id"])
        if previous == to_customer:
            return dict(current)
        row = (
            (
                await uow.session.execute(
                    update(cars)
                    .where(cars.c.id == car_id)
                    .values(customer_id=to_customer, version=cars.c.version + 1, updated_at=func.now())
                    .returning(cars)
                )
            )
            .mappings()
            .one()
        )
        label = f"{row['make']} {row['model']}"
        if previous is not None:
            await timeline.publish_and_record(
                uow,
                CarUnlinked(car_id=car_id, customer_id=previous),
                facility_id=principal.facility_id,
                customer_id=previous,
                kind="car_unlinked",
                summary=f"Car unlinked: {label}",
                actor=principal.sub,
                data={"car_id": str(car_id), "to": str(to_customer) if to_customer else None},
            )
        if to_customer is not None:
            await timeline.publish_and_record(
                uow,
                CarLinked(car=snapshot(row), previous_customer_id=previous),
                facility_id=principal.facility_id,
                customer_id=to_customer,
                kind="car_linked",
                summary=f"Car linked: {label}",
                actor=principal.sub,
                data={"car_id": str(car_id), "from": str(previous) if previous else None},
            )
        await uow.commit()
    return dict(row)
