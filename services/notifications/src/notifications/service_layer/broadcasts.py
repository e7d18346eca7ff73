"""Broadcasts: pick an audience, queue one marketing email per recipient, report what became of each."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Text, case, cast, func, literal, select, text
from sqlalchemy.dialects.postgresql import insert

from notifications.adapters.orm import broadcasts, emails
from notifications.service_layer.audience import members, require_known, skip_reason
from shared.contracts.notifications import BroadcastCompleted
from shared.db import UnitOfWork

_COMPLETE = text(
    "UPDATE broadcasts SET status = 'completed', completed_at = now() WHERE id = :id AND status = 'sending'"
    " AND NOT EXISTS (SELECT 1 FROM emails WHERE broadcast_id = :id AND status = 'queued') RETURNING facility_id"
)
_COLUMNS = [
    "id",
    "facility_id",
    "idempotency_key",
    "customer_id",
    "broadcast_id",
    "to_email",
    "to_name",
    "template",
    "language",
    "category",
    "context",
    "status",
    "reason",
]


def _localized(m: Any, key: str, french: str, english: dict[str, str] | None) -> Any:
    """The French text, or the English one for English recipients when it was written."""
    if english is None:
        return literal(french)
    return case((m.c.language == "en", literal(english[key])), else_=literal(french))


async def create(
    uow: UnitOfWork,
    *,
    facility_id: uuid.UUID,
    created_by: str,
    audience: dict[str, Any],
    subject: str,
    body: str,
    english: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Record the broadcast and queue (or skip, with the reason) one email per audience member."""
    await require_known(uow, facility_id, audience)
    broadcast_id = uuid.uuid4()
    await uow.session.execute(
        insert(broadcasts).values(
            id=broadcast_id,
            facility_id=facility_id,
            created_by=created_by,
            audience=audience,
            subject=subject,
            body=body,
            english=english,
            status="sending",
        )
    )
    # One INSERT ... SELECT for the whole audience: the same outcome per member as routing.enqueue (skipped
    # when there is no email, opted out or bounced), without a round trip per recipient.
    m = members(facility_id, audience)
    skipped_reason = skip_reason(m)
    recipient = func.jsonb_build_object("first_name", m.c.first_name, "last_name", m.c.last_name)
    context = func.jsonb_build_object(
        "subject",
        _localized(m, "subject", subject, english),
        "body",
        _localized(m, "body", body, english),
        "recipient",
        recipient,
    )
    rows = select(
        func.gen_random_uuid(),
        literal(facility_id),
        literal(f"broadcast:{broadcast_id}:") + cast(m.c.customer_id, Text),
        m.c.customer_id,
        literal(broadcast_id),
        m.c.email,
        m.c.first_name + literal(" ") + m.c.last_name,
        literal("broadcast"),
        m.c.language,
        literal("marketing"),
        context,
        case((skipped_reason.is_(None), literal("queued")), else_=literal("skipped")),
        skipped_reason,
    )
    await uow.session.execute(
        insert(emails).from_select(_COLUMNS, rows).on_conflict_do_nothing(index_elements=[emails.c.idempotency_key])
    )
    await complete_if_done(uow, broadcast_id)
    return await report(uow, facility_id, broadcast_id) or {}


# Where a recipient's own unsubscribe link goes in the real broadcast; a test has no recipient.
_TEST_LINK = {"fr": "(le lien personnel de chaque destinataire)", "en": "(each recipient's own link)"}


async def send_test(
    uow: UnitOfWork, *, facility_id: uuid.UUID, to: str, subject: str, body: str, english: dict[str, str] | None
) -> list[dict[str, Any]]:
    """Queue the broadcast once per written language to the staff member themself (not in any report)."""
    versions = {"fr": (subject, body), **({"en": (english["subject"], english["body"])} if english else {})}
    queued = []
    async with uow:
        for language, (s, b) in versions.items():
            email_id = uuid.uuid4()
            context = {"subject": f"[Test] {s}", "body": b, "unsubscribe_url": _TEST_LINK[language]}
            await uow.session.execute(
                insert(emails).values(
                    id=email_id,
                    facility_id=facility_id,
                    idempotency_key=f"broadcast-test:{email_id}",
                    to_email=to,
                    template="broadcast",
                    language=language,
                    category="transactional",
                    context=context,
                    status="queued",
                )
            )
            queued.append({"email_id": email_id, "language": language})
        await uow.commit()
    return queued


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
        "english": row["english"],
        "audience": row["audience"],
        "created_at": row["created_at"],
        "completed_at": row["completed_at"],
        **await _counts(uow, broadcast_id),
    }
