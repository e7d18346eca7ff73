"""Scheduling work that is not a staff request: pick-ups the portal asked for, and reminders the day before."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.dialects.postgresql import insert

from contacts.adapters.orm import appointments, customers
from contacts.service_layer.appointments import check_car, load_one, publish, time_zone
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalPickupRequested
from shared.contracts.scheduling import AppointmentReminderDue
from shared.db import UnitOfWork
from shared.errors import DomainError
from shared.logs import get_logger

log = get_logger(__name__)
REMINDER_BATCH = 200


async def on_pickup_requested(uow: UnitOfWork, envelope: Envelope, event: PortalPickupRequested) -> None:
    """A 'requested' pick-up for staff to confirm; a replayed request (same request id) adds nothing."""
    known = await uow.session.scalar(
        select(customers.c.id).where(
            customers.c.id == event.customer_id,
            customers.c.facility_id == envelope.facility_id,
            customers.c.deleted_at.is_(None),
        )
    )
    if known is None:
        return
    car_id = event.car_id
    try:
        await check_car(uow.session, envelope.facility_id, event.customer_id, car_id)
    except DomainError:
        log.warning("pick-up request names a car the customer no longer has", customer_id=str(event.customer_id))
        car_id = None
    new_id = uuid.uuid4()
    inserted = await uow.session.execute(
        insert(appointments)
        .values(
            id=new_id,
            facility_id=envelope.facility_id,
            customer_id=event.customer_id,
            car_id=car_id,
            kind="pickup",
            notes=event.notes,
            starts_at=event.wanted_at,
            status="requested",
            request_id=event.request_id,
            created_by="portal",
        )
        .on_conflict_do_nothing(index_elements=[appointments.c.request_id])
        .returning(appointments.c.id)
    )
    if inserted.first() is None:
        return
    row = await load_one(uow.session, appointments.c.id == new_id)
    assert row is not None
    await publish(uow, row, actor="portal", source_event_id=envelope.event_id)


async def send_due_reminders(uow: UnitOfWork, now: datetime | None = None, lead: timedelta = timedelta(days=1)) -> int:
    """AppointmentReminderDue once per start time for appointments starting within `lead`; how many."""
    now = now or datetime.now(UTC)
    async with uow:
        rows = (
            (
                await uow.session.execute(
                    select(appointments)
                    .where(
                        appointments.c.customer_id.is_not(None),
                        appointments.c.status.in_(("scheduled", "confirmed")),
                        appointments.c.starts_at > now,
                        appointments.c.starts_at <= now + lead,
                        or_(
                            appointments.c.reminded_for.is_(None),
                            appointments.c.reminded_for != appointments.c.starts_at,
                        ),
                    )
                    .order_by(appointments.c.starts_at)
                    .limit(REMINDER_BATCH)
                    .with_for_update(skip_locked=True)
                )
            )
            .mappings()
            .all()
        )
        zones: dict[uuid.UUID, str] = {}
        for row in rows:
            await _remind(uow, row, zones)
        await uow.commit()
    return len(rows)


async def _remind(uow: UnitOfWork, row: Any, zones: dict[uuid.UUID, str]) -> None:
    facility_id = row["facility_id"]
    if facility_id not in zones:
        zones[facility_id] = await time_zone(uow.session, facility_id)
    uow.publish(
        AppointmentReminderDue(
            appointment_id=row["id"],
            customer_id=row["customer_id"],
            title=row["title"],
            kind=row["kind"],
            starts_at=row["starts_at"],
            time_zone=zones[facility_id],
        ),
        facility_id=facility_id,
        aggregate_id=row["customer_id"],
    )
    await uow.session.execute(
        update(appointments).where(appointments.c.id == row["id"]).values(reminded_for=row["starts_at"])
    )
