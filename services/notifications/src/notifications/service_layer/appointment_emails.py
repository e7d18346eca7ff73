"""Appointment emails: scheduled or confirmed, and the reminder the day before, to people who follow scheduling."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from notifications.service_layer.routing import targets
from notifications.service_layer.sending import send_to
from shared.contracts.envelope import Envelope
from shared.contracts.scheduling import AppointmentChanged, AppointmentReminderDue
from shared.db import UnitOfWork

FORMATS = {"fr": "%d/%m/%Y à %H:%M", "en": "%d/%m/%Y at %H:%M"}


def local_time(at: datetime, zone: str | None, language: str) -> str:
    """The time in the facility's zone, written the way the recipient's language writes it."""
    try:
        tz = ZoneInfo(zone or "Europe/Paris")
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("Europe/Paris")
    return at.astimezone(tz).strftime(FORMATS.get(language, FORMATS["fr"]))


async def _send(
    uow: UnitOfWork,
    envelope: Envelope,
    event: AppointmentChanged | AppointmentReminderDue,
    stage: str,
    zone: str | None,
) -> None:
    for target in await targets(uow.session, envelope.facility_id, event.customer_id, "scheduling"):
        who = target.person_id or target.customer_id
        await send_to(
            uow,
            facility_id=envelope.facility_id,
            target=target,
            template="appointment",
            category="transactional",
            # One email per appointment, stage and start time: a replay sends nothing, a new time is news.
            key=f"appointment:{event.appointment_id}:{stage}:{event.starts_at.isoformat()}:{who}",
            context={
                "appointment": {
                    "stage": stage,
                    "kind": event.kind,
                    "title": event.title,
                    "when": local_time(event.starts_at, zone, target.language),
                }
            },
        )


async def on_appointment_changed(uow: UnitOfWork, envelope: Envelope, event: AppointmentChanged) -> None:
    """Mail when an appointment is scheduled or confirmed (a request, an edit of the notes or a cancel: none)."""
    state = event.state or event.status
    if state in ("scheduled", "confirmed"):
        await _send(uow, envelope, event, state, event.time_zone)


async def on_reminder_due(uow: UnitOfWork, envelope: Envelope, event: AppointmentReminderDue) -> None:
    """The reminder, sent by contacts' job the day before."""
    await _send(uow, envelope, event, "reminder", event.time_zone)
