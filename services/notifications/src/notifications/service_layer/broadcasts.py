"""Broadcasts: pick an audience, queue one marketing email per recipient, report what became of each."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, insert, select, text

from notifications.adapters.orm import broadcasts, emails, recipients
from notifications.service_layer.routing import Target
from shared.contracts.notifications import BroadcastCompleted
from shared.db import UnitOfWork

AUDIENCE_FIELDS = ("status", "stage", "customer_types", "tags", "language")

_COMPLETE = text(
    "UPDATE broadcasts SET status = 'completed', completed_at = now() WHERE id = :id AND status = 'sending'"
    " AND NOT EXISTS (SELECT 1 FROM emails WHERE broadcast_id = :id AND status = 'queued') RETURNING facility_id"
)


def _audience_filter(facility_id: uuid.UUID, audience: dict[str, list[str]]) -> list[Any]:
    clauses: list[Any] = [recipients.c.facility_id == facility_id, recipients.c.deleted.is_(False)]
    for field in ("status", "stage", "language"):
        if audience.get(field):
            clauses.append(recipients.c[field].in_(audience[field]))
    for field in ("customer_types", "tags"):
        if audience.get(field):
            clauses.append(recipients.c[field].overlap(audience[field]))
    return clauses


async def create(
    uow: UnitOfWork, *, facility_id: uuid.UUID, created_by: str, audience: dict[str, list[str]], subject: str, body: str
) -> dict[str, Any]:
    """Record the broadcast and queue (or skip, with the reason) one email per audience member."""
    from notifications.service_layer.sending import send_to

    broadcast_id = uuid.uuid4()
    await uow.session.execute(
        insert(broadcasts).values(
            id=broadcast_id,
            facility_id=facility_id,
            created_by=created_by,
            audience=audience,
            subject=subject,
            body=body,
            status="sending",
        )
    )
    members = await uow.session.execute(select(recipients).where(*_audience_filter(facility_id, audience)))
    for member in members.mappings():
        target = Target(
            member["customer_id"],
            None,
            member["email"],
            member["first_name"],
            member["last_name"],
            member["language"],
            member["marketing_opt_out"],
        )
        await send_to(
            uow,
            facility_id=facility_id,
            target=target,
            template="broadcast",
            category="marketing",
            key=f"broadcast:{broadcast_id}:{member['customer_id']}",
            context={"subject": subject, "body": body},
            broadcast_id=broadcast_id,
        )
    await complete_if_done(uow, broadcast_id)
    return await report(uow, facility_id, broadcast_id) or {}


async def complete_if_done(uow: UnitOfWork, broadcast_id: uuid.UUID | None) -> None:
    """Mark the broadcast completed and publish BroadcastCompleted once nothing is left queued."""
    if broadcast_id is None:
        return
    row = (await uow.session.execute(_COMPLETE, {"id": broadcast_id})).first()
    if row is None:
        return
    counts = await _counts(uow, broadcast_id)
    uow.publish(
        BroadcastCompleted(
            broadcast_id=broadcast_id,
            sent=counts["sent"],
            failed=counts["failed"],
            skipped=counts["skipped"],
        ),
        facility_id=row.facility_id,
        aggregate_id=broadcast_id,
    )


async def _counts(uow: UnitOfWork, broadcast_id: uuid.UUID) -> dict[str, Any]:
    rows = await uow.session.execute(
        select(emails.c.status, emails.c.reason, func.count())
        .where(emails.c.broadcast_id == broadcast_id)
        .group_by(emails.c.status, emails.c.reason)
    )
    counts: dict[str, Any] = {"queued": 0, "sent": 0, "failed": 0, "skipped": {}}
    for status, reason, n in rows:
        if status == "skipped":
            key = (reason or "other").split(":")[0]
            counts["skipped"][key] = counts["skipped"].get(key, 0) + n
        else:
            counts[status] = counts.get(status, 0) + n
    return counts


async def report(uow: UnitOfWork, facility_id: uuid.UUID, broadcast_id: uuid.UUID) -> dict[str, Any] | None:
    """The broadcast's send report: sent, failed, still queued, and skipped by reason."""
    row = (
        (
            await uow.session.execute(
                select(broadcasts).where(broadcasts.c.id == broadcast_id, broadcasts.c.facility_id == facility_id)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return {
        "id": row["id"],
        "status": row["status"],
        "subject": row["subject"],
        "audience": row["audience"],
        "created_at": row["created_at"],
        "completed_at": row["completed_at"],
        **await _counts(uow, broadcast_id),
    }
