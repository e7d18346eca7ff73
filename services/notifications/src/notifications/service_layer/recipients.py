"""Keep the recipients view in step with customer events; older versions never overwrite newer ones."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert

from notifications.adapters.orm import recipients, undeliverable
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerRestored,
    CustomerSnapshot,
    CustomerUpdated,
)
from shared.contracts.envelope import Envelope
from shared.db import UnitOfWork


async def _upsert(uow: UnitOfWork, envelope: Envelope, customer: CustomerSnapshot) -> None:
    version = envelope.aggregate_version or 0
    values = {
        "customer_id": customer.customer_id,
        "facility_id": envelope.facility_id,
        "first_name": customer.first_name,
        "last_name": customer.last_name,
        "email": customer.email,
        "language": customer.language,
        "marketing_opt_out": customer.marketing_opt_out,
        "status": customer.status,
        "stage": customer.stage,
        "tags": list(customer.tags),
        "customer_types": list(customer.customer_types),
        "version": version,
    }
    statement = insert(recipients).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=[recipients.c.customer_id],
        set_={**{k: statement.excluded[k] for k in values if k != "customer_id"}, "updated_at": func.now()},
        where=recipients.c.version < statement.excluded.version,
    )
    await uow.session.execute(statement)


async def on_customer_created(uow: UnitOfWork, envelope: Envelope, event: CustomerCreated) -> None:
    """A new customer becomes a recipient."""
    await _upsert(uow, envelope, event.customer)


async def on_customer_restored(uow: UnitOfWork, envelope: Envelope, event: CustomerRestored) -> None:
    """A restored customer receives mail again, as of the restored snapshot."""
    await _upsert(uow, envelope, event.customer)
    await uow.session.execute(
        update(recipients).where(recipients.c.customer_id == event.customer.customer_id).values(deleted=False)
    )


async def on_customer_updated(uow: UnitOfWork, envelope: Envelope, event: CustomerUpdated) -> None:
    """The recipient takes the newer snapshot."""
    await _upsert(uow, envelope, event.customer)


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
            "UPDATE recipients SET first_name = 'Anonymised', last_name = 'Customer', email = NULL, deleted = true,"
            " marketing_opt_out = true WHERE customer_id = :id"
        ),
        {"id": event.customer_id},
    )
    await uow.session.execute(text("DELETE FROM people WHERE customer_id = :id"), {"id": event.customer_id})
    await uow.session.execute(
        text("UPDATE emails SET to_email = NULL, to_name = NULL, context = '{}' WHERE customer_id = :id"),
        {"id": event.customer_id},
    )
