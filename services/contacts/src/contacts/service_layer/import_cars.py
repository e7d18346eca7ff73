"""Cars of imported rows: linked to the row's customer once (a re-import or replay adds no second copy)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from contacts.adapters.orm import cars, customers
from contacts.service_layer.cars import snapshot
from shared.contracts.contacts import CarLinked
from shared.contracts.importer import ImportCar
from shared.db import UnitOfWork


def _key(customer_id: uuid.UUID, vin: str | None, plate: str | None, make: str, model: str) -> tuple[Any, ...]:
    return (customer_id, (vin or "").lower(), (plate or "").lower(), make.lower(), model.lower())


async def link_cars(
    uow: UnitOfWork, facility_id: uuid.UUID, pairs: list[tuple[uuid.UUID, ImportCar]], job_id: uuid.UUID | None = None
) -> set[int]:
    """Insert the cars the customers do not have yet; a VIN already in the facility is left where it is.

    Returns the indexes in `pairs` of the cars refused because another car of the facility has their VIN.
    """
    if not pairs:
        return set()
    owners = list({customer_id for customer_id, _ in pairs})
    existing = await uow.session.execute(
        select(cars.c.customer_id, cars.c.vin, cars.c.plate, cars.c.make, cars.c.model).where(
            cars.c.customer_id.in_(owners)
        )
    )
    seen = {_key(*r) for r in existing}
    values = []
    index_of: dict[uuid.UUID, int] = {}
    for index, (customer_id, car) in enumerate(pairs):
        key = _key(customer_id, car.vin, car.plate, car.make, car.model)
        if key in seen:
            continue
        seen.add(key)
        index_of[car_id := uuid.uuid4()] = index
        values.append(
            {
                "id": car_id,
                "facility_id": facility_id,
                "customer_id": customer_id,
                "import_job_id": job_id,
                **car.model_dump(),
            }
        )
    if not values:
        return set()
    statement = pg_insert(cars).values(values)
    returning = statement.on_conflict_do_nothing(
        index_elements=["facility_id", "vin"], index_where=text("vin IS NOT NULL")
    ).returning(*cars.c)
    linked = (await uow.session.execute(returning)).mappings().all()
    for row in linked:
        uow.publish(CarLinked(car=snapshot(row)), facility_id=facility_id, aggregate_id=row["customer_id"])
    inserted = {row["id"] for row in linked}
    return {index_of[v["id"]] for v in values if v["vin"] and v["id"] not in inserted}


async def owners_by_email(uow: UnitOfWork, facility_id: uuid.UUID, emails: list[str]) -> dict[str, uuid.UUID]:
    """Live customers of the facility by lower-cased email (for a cars-only file)."""
    rows = await uow.session.execute(
        select(func.lower(customers.c.email), customers.c.id).where(
            customers.c.facility_id == facility_id,
            customers.c.email.in_(emails),
            customers.c.deleted_at.is_(None),
        )
    )
    return {email: customer_id for email, customer_id in rows}
