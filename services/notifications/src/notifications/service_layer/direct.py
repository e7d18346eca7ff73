"""One email staff send to a customer, or to one person on the account."""

from __future__ import annotations

import uuid
from typing import Any

from notifications.service_layer.routing import person_target, targets
from notifications.service_layer.sending import send_to
from shared.db import UnitOfWork
from shared.errors import NotFound


async def send_direct(
    uow: UnitOfWork,
    facility_id: uuid.UUID,
    customer_id: uuid.UUID,
    person_id: uuid.UUID | None,
    context: dict[str, Any],
) -> tuple[Any, ...]:
    """Queue the email (id, status, reason); 404 naming the field when the customer or person is unknown."""
    async with uow:
        if person_id:
            target = await person_target(uow.session, facility_id, person_id)
            if target is None or target.customer_id != customer_id:
                raise NotFound("person not found", field="person_id")
        else:
            found = await targets(uow.session, facility_id, customer_id, None)
            if not found:
                raise NotFound("customer not found", field="customer_id")
            target = found[0]
        queued = await send_to(
            uow,
            facility_id=facility_id,
            target=target,
            template="direct",
            category="transactional",
            key=f"direct:{uuid.uuid4()}",
            context=context,
        )
        await uow.commit()
    assert queued is not None
    return tuple(queued)
