"""The importer's view of each facility's live customer emails, fed by customer events (newer versions win)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import update

from importer.adapters.orm import known_emails
from importer.adapters.uow import BufferingUnitOfWork
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
from shared.readmodels import is_newer, upsert_if_newer

# The fields of a customer the preview of an update compares with a row (the rest are shown as set).
SNAPSHOT_FIELDS = ("first_name", "last_name", "company", "phone", "language", "tags")


# A deleted customer stays as a tombstone (no email) so an older event arriving late cannot revive it.
async def _flush(uow: UnitOfWork, rows: dict[Any, Any]) -> None:
    await upsert_if_newer(uow, known_emails, list(rows.values()), insert_only=["facility_id"])


async def _remember(
    uow: UnitOfWork,
    envelope: Envelope,
    customer_id: uuid.UUID,
    email: str | None,
    snapshot: dict[str, Any] | None = None,
) -> None:
    row = {
        "customer_id": customer_id,
        "facility_id": envelope.facility_id,
        "email": email,
        "version": envelope.aggregate_version or 0,
        "snapshot": snapshot,
    }
    if not isinstance(uow, BufferingUnitOfWork):
        await _flush(uow, {customer_id: row})
        return
    pending = uow.buffer("known_emails", _flush)
    held = pending.get(customer_id)
    if held is None or is_newer(held["version"], row["version"]):
        pending[customer_id] = row


async def on_customer_snapshot(
    uow: UnitOfWork, envelope: Envelope, event: CustomerCreated | CustomerUpdated | CustomerRestored
) -> None:
    """Remember the customer's email and fields as of this version."""
    snapshot = event.customer.model_dump(mode="json", include=set(SNAPSHOT_FIELDS))
    await _remember(uow, envelope, event.customer.customer_id, event.customer.email, snapshot)


async def on_customer_gone(uow: UnitOfWork, envelope: Envelope, event: CustomerDeleted | CustomerAnonymized) -> None:
    """A deleted or anonymised customer's email is free again."""
    await _remember(uow, envelope, event.customer_id, None)


async def on_customer_merged(uow: UnitOfWork, envelope: Envelope, event: CustomerMerged) -> None:
    """The merged-away record no longer holds its email (merge events are keyed by the survivor)."""
    if isinstance(uow, BufferingUnitOfWork):
        pending = uow.buffer("known_emails", _flush)
        if event.merged_id in pending:
            pending[event.merged_id]["email"] = None
    await uow.session.execute(
        update(known_emails).where(known_emails.c.customer_id == event.merged_id).values(email=None)
    )
