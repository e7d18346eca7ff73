"""Appointments (drop-offs, pick-ups, services) of a customer and facility events, as read models see them.

Contacts owns scheduling (docs/adr/0010). Appointments are keyed by customer id, facility events by their id.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

# contacts keeps the appointments and publishes them.
PRODUCER = "contacts"

# The detailed status staff and customers see; `status` keeps the three values older consumers know.
AppointmentState = Literal["requested", "scheduled", "confirmed", "done", "cancelled"]
COARSE_STATUS: dict[str, Literal["scheduled", "cancelled", "done"]] = {
    "requested": "scheduled",
    "scheduled": "scheduled",
    "confirmed": "scheduled",
    "done": "done",
    "cancelled": "cancelled",
}


@registry.register
class AppointmentChanged(Event):
    """The whole current state of one appointment; `revision` orders the snapshots."""

    topic = topics.APPOINTMENTS
    type = "AppointmentChanged"
    appointment_id: uuid.UUID
    customer_id: uuid.UUID
    car_id: uuid.UUID | None = None
    title: str
    kind: Literal["service", "pickup", "dropoff", "event", "other"] = "other"
    starts_at: datetime
    ends_at: datetime | None = None
    status: Literal["scheduled", "cancelled", "done"] = "scheduled"
    revision: int = Field(ge=1)
    # Added compatibly (ADR 0007): older consumers ignore them and read `status`.
    state: AppointmentState | None = Field(
        default=None, description="The detailed status; `status` is its coarse value (requested/confirmed: scheduled)."
    )
    notes: str | None = None
    requested_by_customer: bool = False
    time_zone: str | None = Field(default=None, description="The facility's IANA time zone, for showing the time.")


@registry.register
class FacilityEventChanged(Event):
    """The whole current state of one facility event (open to every customer), keyed by its id."""

    topic = topics.APPOINTMENTS
    type = "FacilityEventChanged"
    facility_event_id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime | None = None
    notes: str | None = None
    status: Literal["scheduled", "cancelled", "done"] = "scheduled"
    revision: int = Field(ge=1)


@registry.register
class AppointmentReminderDue(Event):
    """An appointment starts within a day: remind the customer and people who follow scheduling (once per time)."""

    topic = topics.APPOINTMENTS
    type = "AppointmentReminderDue"
    appointment_id: uuid.UUID
    customer_id: uuid.UUID
    title: str
    kind: Literal["service", "pickup", "dropoff", "event", "other"] = "other"
    starts_at: datetime
    time_zone: str = "Europe/Paris"
