"""Probable duplicates (same email, same phone, similar name and company) and merging two customers."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, text, update

from contacts.adapters.orm import billing_facts, cars, customers, documents, people
from contacts.adapters.orm import timeline as timeline_table
from contacts.adapters.repository import CustomerRepository
from contacts.domain.customer import Customer
from contacts.service_layer import states, timeline
from shared.auth import Principal
from shared.contracts.contacts import CustomerMerged, CustomerUpdated
from shared.db import UnitOfWork
from shared.errors import DomainError, NotFound

SIMILARITY = 0.55
_GROUPS = text(
    """
    SELECT reason, ids FROM (
      SELECT 'same_phone' AS reason, array_agg(id ORDER BY created_at) AS ids FROM customers
       WHERE facility_id = :f AND deleted_at IS NULL AND phone IS NOT NULL GROUP BY phone HAVING count(*) > 1
      UNION ALL
      SELECT 'same_name_and_company', array_agg(id ORDER BY created_at) FROM customers
       WHERE facility_id = :f AND deleted_at IS NULL
       GROUP BY lower(first_name), lower(last_name), lower(coalesce(company, '')) HAVING count(*) > 1
    ) groups ORDER BY reason, ids LIMIT :limit OFFSET :offset
    """
)
_SIMILAR = text(
    """
    SELECT id, similarity(search_text, :needle) AS score FROM customers
     WHERE facility_id = :f AND deleted_at IS NULL AND id <> :id AND search_text % :needle
     ORDER BY score DESC LIMIT 20
    """
)


async def groups(uow: UnitOfWork, principal: Principal, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Groups of customers that share a phone, or a name and company, in the facility (a stable order)."""
    async with uow:
        rows = await uow.session.execute(_GROUPS, {"f": principal.facility_id, "limit": limit, "offset": offset})
        return [{"reason": r.reason, "customer_ids": list(r.ids)} for r in rows]


async def similar_to(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> list[dict[str, Any]]:
    """Probable duplicates of one customer, best first, with why."""
    async with uow:
        me = await CustomerRepository(uow.session, principal.facility_id).get(customer_id)
        if me is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        needle = f"{me.first_name} {me.last_name} {me.company or ''}".lower()
        await uow.session.execute(text("SELECT set_limit(:l)"), {"l": SIMILARITY})
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for row in await uow.session.execute(
            _SIMILAR, {"f": principal.facility_id, "id": customer_id, "needle": needle}
        ):
            found[row.id] = {"customer_id": row.id, "reasons": ["similar_name"], "score": round(row.score, 2)}
        if me.phone:
            same = await uow.session.scalars(
                select(customers.c.id).where(
                    customers.c.facility_id == principal.facility_id,
                    customers.c.phone == me.phone,
                    customers.c.id != customer_id,
                    customers.c.deleted_at.is_(None),
                )
            )
            for other in same:
                found.setdefault(other, {"customer_id": other, "reasons": [], "score": 1.0})["reasons"].insert(
                    0, "same_phone"
                )
        return sorted(found.values(), key=lambda d: (-d["score"], str(d["customer_id"])))


async def merge(uow: UnitOfWork, principal: Principal, survivor_id: uuid.UUID, other_id: uuid.UUID) -> Customer:
    """Move everything of `other_id` to `survivor_id`, then retire `other_id` (deleted, merged_into)."""
    if survivor_id == other_id:
        raise DomainError("a customer cannot be merged into itself", field="other_id")
    async with uow:
        repo = CustomerRepository(uow.session, principal.facility_id)
        first, second = sorted([survivor_id, other_id])  # lock in a stable order: no deadlock with a reverse merge
        locked = {i: await repo.get(i, for_update=True) for i in (first, second)}
        survivor, other = locked[survivor_id], locked[other_id]
        if survivor is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        if other is None:
            raise NotFound("customer to merge not found", field="other_id")
        # Only one primary contact may remain, and the unique index checks during the move: the survivor's wins.
        await uow.session.execute(
            text(
                "UPDATE people SET is_primary = false WHERE customer_id = :o AND is_primary AND EXISTS "
                "(SELECT 1 FROM people WHERE customer_id = :s AND is_primary)"
            ),
            {"o": other_id, "s": survivor_id},
        )
        for table in (people, cars, documents, timeline_table, billing_facts):
            moving = update(table).where(table.c.customer_id == other_id).values(customer_id=survivor_id)
            if table in (people, cars, documents):  # their states on the compacted topics name the survivor now
                moved = (await uow.session.execute(moving.returning(*table.c))).mappings().all()
                states.publish_moved(uow, principal.facility_id, survivor_id, table.name, moved)
            else:
                await uow.session.execute(moving)
        retired = other.merge_into(survivor_id, by=principal.sub)
        await repo.write(retired.customer, retired.columns)
        changes: dict[str, Any] = {"tags": tuple(dict.fromkeys((*survivor.tags, *other.tags)))}
        if other.notes:
            changes["notes"] = "\n\n".join(n for n in (survivor.notes, other.notes) if n)
        for field in ("email", "phone", "phone_raw", "phone_digits", "company", "address", "birthday"):
            if getattr(survivor, field) is None and getattr(other, field) is not None:
                changes[field] = getattr(other, field)
        updated, diff = survivor.changed(changes, by=principal.sub)
        if diff:
            updated = await repo.write(updated, list(diff))
        uow.publish(
            retired.event,
            facility_id=principal.facility_id,
            aggregate_id=other_id,
            aggregate_version=retired.customer.version,
        )
        uow.publish(
            CustomerMerged(survivor_id=survivor_id, merged_id=other_id),
            facility_id=principal.facility_id,
            aggregate_id=survivor_id,
        )
        if diff:
            uow.publish(
                CustomerUpdated(customer=updated.snapshot(), changed_fields=tuple(sorted(diff))),
                facility_id=principal.facility_id,
                aggregate_id=survivor_id,
                aggregate_version=updated.version,
            )
        await timeline.record(
            uow.session,
            facility_id=principal.facility_id,
            customer_id=survivor_id,
            kind="merged",
            summary=f"Merged {other.first_name} {other.last_name} into this customer",
            actor=principal.sub,
            data={"merged_id": str(other_id), **timeline.field_changes(diff)},
        )
        await uow.commit()
    return updated
