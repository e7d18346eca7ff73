"""Keep the recipients view in step with customer events; older versions never overwrite newer ones."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, text, update

from notifications.adapters.orm import recipients, undeliverable
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.envelope import Envelope
from shared.db import UnitOfWork
from shared.messaging.consumer import Batched
from shared.readmodels import upsert_many_if_newer

CustomerSnapshotEvent = CustomerCreated | CustomerUpdated | CustomerRestored


async def _upsert_many(uow: UnitOfWork, run: Sequence[tuple[Envelope, CustomerSnapshotEvent]]) -> None:
    """Upsert the snapshots of a run of events in one statement; per customer the newest version wins."""
    rows = [
        {
            "customer_id": event.customer.customer_id,
            "facility_id": envelope.facility_id,
            "first_name": event.customer.first_name,
            "last_name": event.customer.last_name,
            "email": event.customer.email,
            "phone": event.customer.phone,
            "language": event.customer.language,
            "marketing_opt_out": event.customer.marketing_opt_out,
            "status": event.customer.status,
            "stage": event.customer.stage,
            "tags": list(event.customer.tags),
            "customer_types": list(event.customer.customer_types),
            "version": envelope.aggregate_version or 0,
        }
        for envelope, event in run
    ]
    await upsert_many_if_newer(uow, recipients, rows, also={"updated_at": func.now()})


# Created and updated share one Batched handler, so a poll batch of both is one statement.
on_customer_created = on_customer_updated = Batched(_upsert_many)


async def on_customer_restored(uow: UnitOfWork, envelope: Envelope, event: CustomerRestored) -> None:
    """A restored customer receives mail again, as of the restored snapshot."""
    await _upsert_many(uow, [(envelope, event)])
    await uow.session.execute(
        update(recipients).where(recipients.c.customer_id == event.customer.customer_id).values(deleted=False)
    )


async def on_customer_deleted(uow: UnitOfWork, envelope: Envelope, event: CustomerDeleted) -> None:
    """A deleted customer receives nothing more."""
    await uow.session.execute(
        update(recipients)
        .where(recipients.c.customer_id == event.customer_id)
        .values(deleted=True, version=envelope.aggregate_version or recipients.c.version)
    )


async def get_recipient(uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID) -> dict[str, object] | None:
    """One recipient of a facility with its deliverability, as a plain mapping."""
    query = (
        select(recipients, undeliverable.c.reason.label("undeliverable_reason"))
        .outerjoin(undeliverable, undeliverable.c.email == recipients.c.email)
        .where(recipients.c.customer_id == customer_id, recipients.c.facility_id == facility_id)
    )
    async with uow:
        row = (await uow.session.execute(query)).mappings().first()
    return dict(row) if row else None


async def on_customer_anonymized(uow: UnitOfWork, envelope: Envelope, event: CustomerAnonymized) -> None:
    """Erase notifications' copy of the customer's personal data: recipient, people and the email log."""
    await uow.session.execute(
        text(
            "UPDATE recipients SET first_name = 'Anonymised', last_name = 'Customer', email = NULL, phone = NULL,"
            " deleted = true, marketing_opt_out = true WHERE customer_id = :id"
        ),
        {"id": event.customer_id},
    )
    await uow.session.execute(text("DELETE FROM people WHERE customer_id = :id"), {"id": event.customer_id})
    await uow.session.execute(
        text("UPDATE emails SET to_email = NULL, to_name = NULL, context = '{}' WHERE customer_id = :id"),
        {"id": event.customer_id},
    )
