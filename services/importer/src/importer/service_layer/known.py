"""The importer's view of each facility's live customer emails, fed by customer events (newer versions win)."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert

from importer.adapters.orm import known_emails
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.envelope import Envelope
from shared.db import UnitOfWork


async def on_customer_snapshot(
    uow: UnitOfWork, envelope: Envelope, event: CustomerCreated | CustomerUpdated | CustomerRestored
) -> None:
    """Remember the customer's email as of this version."""
    await _upsert(uow, envelope, event.customer.customer_id, event.customer.email)


async def _upsert(uow: UnitOfWork, envelope: Envelope, customer_id: uuid.UUID, email: str | None) -> None:
    # A deleted customer stays as a tombstone (no email) so an older event arriving late cannot revive it.
    statement = insert(known_emails).values(
        customer_id=customer_id,
        facility_id=envelope.facility_id,
        email=email,
        version=envelope.aggregate_version or 0,
    )
    statement = statement.on_conflict_do_update(
        index_elements=[known_emails.c.customer_id],
        set_={"email": statement.excluded.email, "version": statement.excluded.version},
        where=known_emails.c.version <= statement.excluded.version,
    )
    await uow.session.execute(statement)


async def on_customer_gone(uow: UnitOfWork, envelope: Envelope, event: CustomerDeleted | CustomerAnonymized) -> None:
    """A deleted or anonymised customer's email is free again."""
    await _upsert(uow, envelope, event.customer_id, None)


async def on_customer_merged(uow: UnitOfWork, envelope: Envelope, event: CustomerMerged) -> None:
    """The merged-away record no longer holds its email (merge events are keyed by the survivor)."""
    await uow.session.execute(
        update(known_emails).where(known_emails.c.customer_id == event.merged_id).values(email=None)
    )
