"""One car of the signed-in customer, with what is scheduled for it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from portal.adapters.orm import appointments, cars
from shared.db import UnitOfWork

CAR_FIELDS = ("car_id", "make", "model", "year", "colour", "plate", "vin")


async def car_detail(uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, car_id: uuid.UUID) -> Any:
    """The car and its upcoming appointments, or None when it is not this customer's (of this facility)."""
    mine = (cars.c.car_id == car_id, cars.c.facility_id == facility_id, cars.c.customer_id == customer_id)
    async with uow:
        row = (
            (
                await uow.session.execute(
                    select(*(cars.c[f] for f in CAR_FIELDS)).where(*mine, cars.c.removed.is_(False))
                )
            )
            .mappings()
            .first()
        )
        if row is None:
            return None
        a = appointments.c
        upcoming = await uow.session.execute(
            select(a.appointment_id, a.title, a.car_id, a.starts_at, a.ends_at, a.status)
            .where(a.facility_id == facility_id, a.customer_id == customer_id, a.car_id == car_id)
            .where(a.status == "scheduled", a.starts_at >= datetime.now(UTC))
            .order_by(a.starts_at)
        )
        detail: dict[str, Any] = dict(row)
        detail["appointments"] = [dict(r) for r in upcoming.mappings()]
        return detail
