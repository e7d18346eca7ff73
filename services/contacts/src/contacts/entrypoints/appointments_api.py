"""Scheduling: appointments of customers (drop-off, pick-up, service) and facility events, by day."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, status
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from contacts.service_layer import appointments
from shared import limits
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.errors import DomainError, reject_nulls
from shared.openapi import example, staff_errors

router = APIRouter()
Kind = Literal["dropoff", "pickup", "service", "event"]
State = Literal["requested", "scheduled", "confirmed", "done", "cancelled"]
Title = Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.LABEL_MAX)]
Notes = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
RANGE_MAX = timedelta(days=62)


class AppointmentIn(BaseModel):
    """A new appointment for a customer, or a facility event (kind `event`, no customer)."""

    model_config = ConfigDict(extra="forbid")
    kind: Kind
    customer_id: uuid.UUID | None = None
    car_id: uuid.UUID | None = None
    title: Title = ""
    notes: Notes | None = None
    starts_at: AwareDatetime
    ends_at: AwareDatetime | None = None
    status: Literal["scheduled", "confirmed"] = "scheduled"


class AppointmentPatch(BaseModel):
    """Changes to an appointment: details, time, or status (confirm, done, cancel)."""

    model_config = ConfigDict(extra="forbid")
    car_id: uuid.UUID | None = None
    title: Title | None = None
    notes: Notes | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    status: Literal["scheduled", "confirmed", "done", "cancelled"] | None = None


class Appointment(BaseModel):
    """An appointment (or facility event when `customer_id` is null), with who and which car."""

    id: uuid.UUID
    facility_id: uuid.UUID
    customer_id: uuid.UUID | None
    customer_name: str | None
    car_id: uuid.UUID | None
    car_label: str | None
    kind: Kind
    title: str
    notes: str | None
    starts_at: datetime
    ends_at: datetime | None
    status: State
    requested_by_customer: bool = Field(description="Asked for by the customer in the portal.")
    revision: int
    created_by: str
    created_at: datetime
    updated_at: datetime


class AppointmentList(BaseModel):
    """Appointments and facility events in the range, by start time."""

    items: list[Appointment]


def _out(row: dict[str, Any]) -> dict[str, Any]:
    name = row.get("customer_name") or None
    return {
        **row,
        "customer_name": name,
        "car_label": row.get("car_label") or None,
        "requested_by_customer": row["request_id"] is not None,
    }


DROP_OFF = {
    "kind": "dropoff",
    "customer_id": "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f",
    "starts_at": "2026-04-02T09:00:00+02:00",
    "notes": "Winter storage, battery tender",
}


def _range(start: datetime, end: datetime | None) -> datetime:
    if end is None:
        try:
            end = start + timedelta(days=1)
        except OverflowError:
            raise DomainError("from is too late", loc=["query", "from"]) from None
    if end <= start:
        raise DomainError("to must be after from", loc=["query", "to"])
    if end - start > RANGE_MAX:
        raise DomainError("at most 62 days at a time", loc=["query", "to"])
    return end


@router.get(
    "/appointments",
    tags=["appointments"],
    response_model=AppointmentList,
    operation_id="listAppointments",
    responses=staff_errors(),
)
async def list_appointments(
    principal: Viewer,
    uow: UowDep,
    start: Annotated[AwareDatetime, Query(alias="from", description="Start of the range (inclusive).")],
    end: Annotated[AwareDatetime | None, Query(alias="to", description="End (exclusive); a day after from.")] = None,
) -> dict[str, Any]:
    """The facility's appointments and events starting in the range (e.g. one day)."""
    rows = await appointments.list_appointments(uow, principal, start, _range(start, end))
    return {"items": [_out(r) for r in rows]}


@router.get(
    "/customers/{customer_id}/appointments",
    tags=["appointments"],
    response_model=AppointmentList,
    operation_id="listCustomerAppointments",
    responses=staff_errors(404),
)
async def list_customer_appointments(
    customer_id: uuid.UUID,
    principal: Viewer,
    uow: UowDep,
    start: Annotated[AwareDatetime, Query(alias="from", description="Start of the range (inclusive).")],
    end: Annotated[AwareDatetime | None, Query(alias="to", description="End (exclusive).")] = None,
) -> dict[str, Any]:
    """The customer's appointments starting in the range."""
    rows = await appointments.list_appointments(uow, principal, start, _range(start, end), customer_id)
    return {"items": [_out(r) for r in rows]}


@router.post(
    "/appointments",
    status_code=status.HTTP_201_CREATED,
    tags=["appointments"],
    response_model=Appointment,
    operation_id="createAppointment",
    responses=staff_errors(404),
)
async def create_appointment(
    body: Annotated[AppointmentIn, example(DROP_OFF)], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Schedule an appointment for a customer (their car, if any) or a facility event; published to the portal."""
    return _out(await appointments.create(uow, principal, body.model_dump()))


@router.patch(
    "/appointments/{appointment_id}",
    tags=["appointments"],
    response_model=Appointment,
    operation_id="updateAppointment",
    responses=staff_errors(404, 409),
)
async def update_appointment(
    appointment_id: uuid.UUID,
    body: Annotated[AppointmentPatch, example({"status": "confirmed"})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Change an appointment; `status` confirms (a requested pick-up too), marks done or cancels."""
    changes = body.model_dump(exclude_unset=True)
    reject_nulls(changes, ("starts_at", "status", "title"))
    return _out(await appointments.change(uow, principal, appointment_id, changes))
