"""A customer asks for a pick-up in the portal: a request scheduling (contacts) records for staff to confirm."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from portal.adapters.orm import cars
from shared.contracts.portal import PortalPickupRequested
from shared.db import UnitOfWork
from shared.errors import DomainError

HORIZON = timedelta(days=366)


async def request_pickup(
    uow: UnitOfWork, account: Mapping[str, Any], wanted_at: datetime, car_id: uuid.UUID | None, notes: str | None
) -> uuid.UUID:
    """Publish the request (a future time within a year, one of the customer's cars if named); its id."""
    now = datetime.now(UTC)
    if wanted_at <= now:
        raise DomainError("the pick-up time must be in the future", field="wanted_at")
    if wanted_at > now + HORIZON:
        raise DomainError("the pick-up time must be within a year", field="wanted_at")
    fid, cid = account["facility_id"], account["customer_id"]
    async with uow:
        if car_id is not None:
            mine = await uow.session.scalar(
                select(cars.c.car_id).where(
                    cars.c.car_id == car_id,
                    cars.c.facility_id == fid,
                    cars.c.customer_id == cid,
                    cars.c.removed.is_(False),
                )
            )
            if mine is None:
                raise DomainError("this car is not one of yours", field="car_id")
        request_id = uuid.uuid4()
        event = PortalPickupRequested(
            request_id=request_id,
            customer_id=cid,
            person_id=account["person_id"],
            car_id=car_id,
            wanted_at=wanted_at,
            notes=notes or None,
        )
        uow.publish(event, facility_id=fid, aggregate_id=cid)
        await uow.commit()
    return request_id
