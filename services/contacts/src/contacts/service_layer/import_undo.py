"""Undo an import: soft-delete the customers it created that nobody changed or linked since; say which were kept."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, insert, text, update

from contacts.adapters.orm import cars, customers, timeline
from shared.contracts.contacts import CarUnlinked, CustomerDeleted
from shared.contracts.envelope import Envelope
from shared.contracts.importer import ImportUndone, ImportUndoRequested, KeptCustomer
from shared.db import UnitOfWork

KEPT_LISTED = 1000

# Cars the import itself linked share the customer's created_at (one transaction); any other car is a link.
_CANDIDATES = text(
    """
    SELECT c.id, c.email, c.version, c.created_at,
      CASE
        WHEN c.version > 1 THEN 'changed'
        WHEN c.invited_at IS NOT NULL THEN 'invited'
        WHEN EXISTS (SELECT 1 FROM people p WHERE p.customer_id = c.id) THEN 'has_people'
        WHEN EXISTS (SELECT 1 FROM documents d WHERE d.customer_id = c.id) THEN 'has_documents'
        WHEN EXISTS (SELECT 1 FROM billing_facts b WHERE b.customer_id = c.id) THEN 'has_billing'
        WHEN EXISTS (SELECT 1 FROM cars k WHERE k.customer_id = c.id AND k.created_at <> c.created_at)
          THEN 'has_cars'
      END AS kept_because
    FROM customers c
    WHERE c.facility_id = :facility AND c.created_by = :actor AND c.deleted_at IS NULL
    ORDER BY c.created_at, c.id
    FOR UPDATE OF c
    """
)


async def undo_import(uow: UnitOfWork, envelope: Envelope, event: ImportUndoRequested) -> None:
    """Remove the untouched customers of a job (restorable like any deletion) and report the rest."""
    facility_id = envelope.facility_id
    rows = (
        await uow.session.execute(_CANDIDATES, {"facility": facility_id, "actor": f"import:{event.job_id}"})
    ).mappings()
    removable: list[Any] = []
    kept: list[KeptCustomer] = []
    kept_count = 0
    for row in rows:
        if row["kept_because"] is None:
            removable.append(row)
            continue
        kept_count += 1
        if len(kept) < KEPT_LISTED:
            kept.append(KeptCustomer(customer_id=row["id"], email=row["email"], reason=row["kept_because"]))
    ids = [r["id"] for r in removable]
    if ids:
        # One set-based statement for the whole import; the versions it gives are the ones published.
        deleted = await uow.session.execute(
            update(customers)
            .where(customers.c.id.in_(ids))
            .values(deleted_at=text("now()"), version=customers.c.version + 1, updated_by=event.requested_by)
            .returning(customers.c.id, customers.c.version)
        )
        versions: dict[uuid.UUID, int] = dict(deleted.tuples().all())
        await _unlink(uow, envelope, delete(cars).where(cars.c.customer_id.in_(ids)))
        for row in removable:
            uow.publish(
                CustomerDeleted(customer_id=row["id"]),
                facility_id=facility_id,
                aggregate_id=row["id"],
                aggregate_version=versions[row["id"]],
            )
        entries = [
            {
                "facility_id": facility_id,
                "customer_id": customer_id,
                "kind": "deleted",
                "actor": event.requested_by,
                "summary": "Removed by undoing its import",
                "data": {"job_id": str(event.job_id)},
            }
            for customer_id in ids
        ]
        await uow.session.execute(insert(timeline), entries)
    cars_removed = await _remove_cars(uow, envelope, event)
    uow.publish(
        ImportUndone(
            job_id=event.job_id, removed=len(ids), kept_count=kept_count, kept=tuple(kept), cars_removed=cars_removed
        ),
        facility_id=facility_id,
        aggregate_id=event.job_id,
    )


async def _unlink(uow: UnitOfWork, envelope: Envelope, statement: Any) -> int:
    """Delete the cars of `statement`, announcing each; how many."""
    unlinked = (await uow.session.execute(statement.returning(cars.c.id, cars.c.customer_id))).all()
    for car_id, customer_id in unlinked:
        uow.publish(
            CarUnlinked(car_id=car_id, customer_id=customer_id),
            facility_id=envelope.facility_id,
            aggregate_id=customer_id,
        )
    return len(unlinked)


async def _remove_cars(uow: UnitOfWork, envelope: Envelope, event: ImportUndoRequested) -> int:
    """The cars the job linked to customers it did not create, unless edited since (version 1 only)."""
    statement = delete(cars).where(
        cars.c.facility_id == envelope.facility_id, cars.c.import_job_id == event.job_id, cars.c.version == 1
    )
    return await _unlink(uow, envelope, statement)
