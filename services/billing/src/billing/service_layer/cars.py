"""Billing's view of cars, fed by contacts' car events: which facility each car belongs to."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from billing.adapters.orm import cars
from shared.contracts.contacts import CarLinked, CarUnlinked, CarUpdated
from shared.contracts.envelope import Envelope, Event
from shared.db import UnitOfWork
from shared.errors import DomainError


async def on_car_event(uow: UnitOfWork, env: Envelope, event: Event) -> None:
    """Remember the car's facility; an unlinked car still exists in its facility."""
    if isinstance(event, CarLinked | CarUpdated):
        car_id = event.car.car_id
    elif isinstance(event, CarUnlinked):
        car_id = event.car_id
    else:
        return
    await uow.session.execute(
        pg_insert(cars).values(car_id=car_id, facility_id=env.facility_id).on_conflict_do_nothing()
    )


async def check_car(uow: UnitOfWork, facility_id: uuid.UUID, car_id: uuid.UUID, *, field: str = "car_id") -> None:
    """Refuse a car billing does not know in this facility (another facility's, or not yet announced)."""
    query = select(cars.c.car_id).where(cars.c.car_id == car_id, cars.c.facility_id == facility_id)
    if (await uow.session.execute(query)).first() is None:
        raise DomainError("unknown car (not yet known to billing, or another facility's)", field=field)
