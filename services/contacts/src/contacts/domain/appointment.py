"""Appointment rules: which status may follow which, and what an appointment must hold."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.errors import Conflict, DomainError

KINDS = ("dropoff", "pickup", "service", "event")
STATES = ("requested", "scheduled", "confirmed", "done", "cancelled")
# Done and cancelled are final: a new time is a new appointment, so the customer's mail stays truthful.
NEXT: dict[str, tuple[str, ...]] = {
    "requested": ("scheduled", "confirmed", "cancelled"),
    "scheduled": ("confirmed", "done", "cancelled"),
    "confirmed": ("scheduled", "done", "cancelled"),
    "done": (),
    "cancelled": (),
}


def check_new(values: dict[str, Any]) -> None:
    """A facility event has no customer and no car; an appointment has a customer; it ends after it starts."""
    if values["kind"] == "event":
        if values.get("customer_id") is not None:
            raise DomainError("a facility event is open to every customer: no customer_id", field="customer_id")
        if values.get("car_id") is not None:
            raise DomainError("a facility event has no car", field="car_id")
    elif values.get("customer_id") is None:
        raise DomainError("an appointment needs a customer", field="customer_id")
    if values.get("status", "scheduled") not in ("requested", "scheduled", "confirmed"):
        raise DomainError("a new appointment is requested, scheduled or confirmed", field="status")
    check_times(values["starts_at"], values.get("ends_at"))


def check_times(starts_at: datetime, ends_at: datetime | None) -> None:
    """The end, if any, comes after the start."""
    if ends_at is not None and ends_at <= starts_at:
        raise DomainError("ends_at must be after starts_at", field="ends_at")


def check_change(current: dict[str, Any], changes: dict[str, Any]) -> None:
    """Final appointments do not change; the status follows NEXT; times stay in order."""
    if current["status"] in ("done", "cancelled"):
        raise Conflict(f"this appointment is {current['status']}", field="status")
    status = changes.get("status", current["status"])
    if status != current["status"] and status not in NEXT[current["status"]]:
        raise DomainError(f"an appointment {current['status']} cannot become {status}", field="status")
    if current["kind"] == "event" and status == "requested":
        raise DomainError("a facility event is not requested", field="status")
    check_times(changes.get("starts_at", current["starts_at"]), changes.get("ends_at", current["ends_at"]))
