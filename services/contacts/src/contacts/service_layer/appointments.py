"""Scheduling: staff create and change appointments and facility events; each change is published (outbox)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import appointments, cars, customers, facility_settings
from contacts.adapters.repository import CustomerRepository
from contacts.domain import appointment as rules
from contacts.service_layer import timeline
from shared.auth import Principal
from shared.contracts.scheduling import COARSE_STATUS, AppointmentChanged, FacilityEventChanged
from shared.db import UnitOfWork
from shared.errors import DomainError, NotFound

LIST_MAX = 500
EDITABLE = ("car_id", "title", "notes", "starts_at", "ends_at", "status")
SUMMARY = {"requested": "requested", "scheduled": "scheduled", "confirmed": "confirmed", "done": "done"}


def _listing() -> Any:
    label = func.concat_ws(" ", cars.c.make, cars.c.model, cars.c.plate)
    name = func.concat_ws(" ", customers.c.first_name, customers.c.last_name)
    return (
        select(appointments, name.label("customer_name"), label.label("car_label"))
        .outerjoin(customers, customers.c.id == appointments.c.customer_id)
        .outerjoin(cars, cars.c.id == appointments.c.car_id)
    )


async def load_one(session: AsyncSession, *where: ColumnElement[bool]) -> dict[str, Any] | None:
    row = (await session.execute(_listing().where(*where))).mappings().first()
    return dict(row) if row else None


async def time_zone(session: AsyncSession, facility_id: uuid.UUID) -> str:
    """The facility's time zone (Europe/Paris until it sets one)."""
    found = await session.scalar(
        select(facility_settings.c.time_zone).where(facility_settings.c.facility_id == facility_id)
    )
    return found or "Europe/Paris"


async def list_appointments(
    uow: UnitOfWork,
    principal: Principal,
    start: datetime,
    end: datetime,
    customer_id: uuid.UUID | None = None,
) -> list[dict[str, Any]]:
    """Appointments and facility events starting in [start, end), by time (at most LIST_MAX)."""
    async with uow:
        query = _listing().where(
            appointments.c.facility_id == principal.facility_id,
            appointments.c.starts_at >= start,
            appointments.c.starts_at < end,
        )
        if customer_id is not None:
            await _customer(uow, principal, customer_id, ["path", "customer_id"])
            query = query.where(appointments.c.customer_id == customer_id)
        rows = await uow.session.execute(query.order_by(appointments.c.starts_at, appointments.c.id).limit(LIST_MAX))
        return [dict(r) for r in rows.mappings()]


async def _customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, loc: list[str]) -> None:
    if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
        raise NotFound("customer not found", loc=loc)


async def check_car(session: AsyncSession, facility_id: uuid.UUID, customer_id: Any, car_id: Any) -> None:
    """The car, if any, is one of the customer's cars in this facility."""
    if car_id is None:
        return
    owner = await session.scalar(
        select(cars.c.customer_id).where(cars.c.id == car_id, cars.c.facility_id == facility_id)
    )
    if owner is None or owner != customer_id:
        raise DomainError("this car is not one of the customer's cars", field="car_id")


async def publish(
    uow: UnitOfWork, row: dict[str, Any], *, actor: str, source_event_id: uuid.UUID | None = None
) -> None:
    """The appointment's new state on scheduling.appointments, and on the customer's timeline."""
    if row["customer_id"] is None:
        event: Any = FacilityEventChanged(
            facility_event_id=row["id"],
            title=row["title"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            notes=row["notes"],
            status=COARSE_STATUS[row["status"]],
            revision=row["revision"],
        )
        uow.publish(event, facility_id=row["facility_id"], aggregate_id=row["id"], aggregate_version=row["revision"])
        return
    event = AppointmentChanged(
        appointment_id=row["id"],
        customer_id=row["customer_id"],
        car_id=row["car_id"],
        title=row["title"],
        kind=row["kind"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        status=COARSE_STATUS[row["status"]],
        state=row["status"],
        notes=row["notes"],
        requested_by_customer=row["request_id"] is not None,
        revision=row["revision"],
        time_zone=await time_zone(uow.session, row["facility_id"]),
    )
    uow.publish(event, facility_id=row["facility_id"], aggregate_id=row["customer_id"])
    await timeline.record(
        uow.session,
        facility_id=row["facility_id"],
        customer_id=row["customer_id"],
        kind=f"appointment_{row['status']}",
        summary=f"Appointment {row['status']}: {row['kind']} {row['starts_at']:%Y-%m-%d %H:%M} UTC",
        actor=actor,
        data={"appointment_id": str(row["id"]), "revision": row["revision"]},
        source_event_id=source_event_id,
    )


async def create(uow: UnitOfWork, principal: Principal, data: dict[str, Any]) -> dict[str, Any]:
    """A new appointment for a customer, or a facility event."""
    rules.check_new(data)
    async with uow:
        if data.get("customer_id") is not None:
            await _customer(uow, principal, data["customer_id"], ["body", "customer_id"])
            await check_car(uow.session, principal.facility_id, data["customer_id"], data.get("car_id"))
        new_id = uuid.uuid4()
        values = {"title": "", "status": "scheduled", **data}
        await uow.session.execute(
            insert(appointments).values(
                id=new_id, facility_id=principal.facility_id, created_by=principal.sub, **values
            )
        )
        row = await load_one(uow.session, appointments.c.id == new_id)
        assert row is not None
        await publish(uow, row, actor=principal.sub)
        await uow.commit()
    return row


async def change(
    uow: UnitOfWork, principal: Principal, appointment_id: uuid.UUID, changes: dict[str, Any]
) -> dict[str, Any]:
    """Edit, confirm, mark done or cancel an appointment (a new revision, published)."""
    async with uow:
        current = (
            (
                await uow.session.execute(
                    select(appointments)
                    .where(appointments.c.id == appointment_id, appointments.c.facility_id == principal.facility_id)
                    .with_for_update()
                )
            )
            .mappings()
            .first()
        )
        if current is None:
            raise NotFound("appointment not found", loc=["path", "appointment_id"])
        diff = {k: v for k, v in changes.items() if k in EDITABLE and current[k] != v}
        if not diff:
            return await load_one(uow.session, appointments.c.id == appointment_id) or {}
        rules.check_change(dict(current), diff)
        if "car_id" in diff:
            if current["customer_id"] is None:
                raise DomainError("a facility event has no car", field="car_id")
            await check_car(uow.session, principal.facility_id, current["customer_id"], diff["car_id"])
        await uow.session.execute(
            update(appointments)
            .where(appointments.c.id == appointment_id)
            .values(**diff, revision=appointments.c.revision + 1, updated_at=func.now())
        )
        row = await load_one(uow.session, appointments.c.id == appointment_id)
        assert row is not None
        await publish(uow, row, actor=principal.sub)
        await uow.commit()
    return row
