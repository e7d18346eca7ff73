"""Appointments (services, pick-ups, facility events) as read models see them, keyed by customer id."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry


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
