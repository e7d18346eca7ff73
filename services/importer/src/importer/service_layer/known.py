"""The importer's view of each facility's live customer emails, fed by customer events (newer versions win)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import text, update

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

# The fields of a customer the preview of an update compares with a row (the rest are shown as set).
SNAPSHOT_FIELDS = ("first_name", "last_name", "company", "phone", "language", "tags")

# A deleted customer stays as a tombstone (no email) so an older event arriving late cannot revive it.
_UPSERT = text(
    "INSERT INTO known_emails (customer_id, facility_id, email, version, snapshot)"
    " SELECT customer_id, facility_id, email, version, snapshot FROM jsonb_to_recordset(CAST(:rows AS jsonb))"
    " AS v(customer_id uuid, facility_id uuid, email citext, version int, snapshot jsonb)"
    " ON CONFLICT (customer_id) DO UPDATE SET email = EXCLUDED.email, version = EXCLUDED.version,"
    " snapshot = EXCLUDED.snapshot"
    " WHERE known_emails.version <= EXCLUDED.version"
)


async def _flush(uow: UnitOfWork, rows: dict[Any, Any]) -> None:
    await uow.session.execute(_UPSERT, {"rows": json.dumps(list(rows.values()))})


async def _remember(
    uow: UnitOfWork,
    envelope: Envelope,
    customer_id: uuid.UUID,
    email: str | None,
    snapshot: dict[str, Any] | None = None,
) -> None:
    row = {
        "customer_id": str(customer_id),
        "facility_id": str(envelope.facility_id),
        "email": email,
        "version": envelope.aggregate_version or 0,
        "snapshot": snapshot,
    }
    if not isinstance(uow, BufferingUnitOfWork):
        await _flush(uow, {customer_id: row})
        return
    pending = uow.buffer("known_emails", _flush)
    held = pending.get(customer_id)
    if held is None or held["version"] <= row["version"]:
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
