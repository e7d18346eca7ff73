"""Queue emails for recipients and report those that can never be sent."""

from __future__ import annotations

import uuid
from typing import Any

from notifications.service_layer.routing import Target, enqueue
from shared.contracts.notifications import EmailFailed
from shared.db import UnitOfWork


async def send_to(
    uow: UnitOfWork,
    *,
    facility_id: uuid.UUID,
    target: Target,
    template: str,
    category: str,
    key: str,
    context: dict[str, Any],
    broadcast_id: uuid.UUID | None = None,
) -> tuple[uuid.UUID, str, str | None] | None:
    """Queue one email; a transactional one that cannot go out is published as EmailFailed at once."""
    queued = await enqueue(
        uow.session,
        facility_id=facility_id,
        target=target,
        template=template,
        category=category,
        key=key,
        context=context,
        broadcast_id=broadcast_id,
    )
    if queued is not None and queued[1] == "failed":
        uow.publish(
            EmailFailed(
                email_id=queued[0],
                customer_id=target.customer_id,
                person_id=target.person_id,
                broadcast_id=broadcast_id,
                template=template,
                to=target.email,
                category=category,  # type: ignore[arg-type]
                reason=queued[2] or "failed",
                attempts=0,
            ),
            facility_id=facility_id,
            aggregate_id=target.customer_id,
        )
    return queued
