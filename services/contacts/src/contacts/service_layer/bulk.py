"""Bulk actions on a selection: tags, stage, mark inactive; one transaction, one event per changed customer."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from contacts.adapters.orm import billing_facts, customers
from contacts.adapters.repository import CustomerRepository
from contacts.domain.change import Change
from contacts.domain.customer import Customer
from contacts.service_layer import record_rules
from shared.auth import Principal
from shared.db import UnitOfWork
from shared.errors import Conflict


def _decide(
    customer: Customer, renting: bool, action: str, tags: list[str], stage_id: uuid.UUID | None, by: str
) -> Change | None:
    if action == "mark_inactive":  # the same rule as staff setting the status: renting means Active
        return customer.with_status("inactive", renting=renting, by=by)
    return customer.edit(_change(customer, action, tags, stage_id), by=by, summary=f"Bulk action: {action}: ")


def _change(customer: Customer, action: str, tags: list[str], stage_id: uuid.UUID | None) -> dict[str, Any]:
    if action == "add_tags":
        return {"tags": tuple(dict.fromkeys((*customer.tags, *tags)))}
    if action == "remove_tags":
        return {"tags": tuple(t for t in customer.tags if t not in tags)}
    if action == "set_stage":
        return {"stage_id": stage_id}
    return {}


async def apply(
    uow: UnitOfWork,
    principal: Principal,
    ids: list[uuid.UUID],
    action: str,
    tags: list[str],
    stage_id: uuid.UUID | None,
) -> dict[str, Any]:
    """Apply one action to every selected customer of the facility; reports what was skipped and why."""
    async with uow:
        if stage_id is not None:  # whatever the action: another facility's stage is refused, not ignored
            await record_rules.prepare(uow.session, principal.facility_id, {"stage_id": stage_id})
        rows = await uow.session.execute(
            select(customers)
            .where(
                customers.c.id.in_(ids),
                customers.c.facility_id == principal.facility_id,
                customers.c.deleted_at.is_(None),
            )
            .order_by(customers.c.id)
            .with_for_update()
        )
        found = {r["id"]: Customer.from_row(r) for r in rows.mappings()}
        renting = set(
            await uow.session.scalars(
                select(billing_facts.c.customer_id).where(
                    billing_facts.c.customer_id.in_(list(found)), billing_facts.c.kind == "rental", billing_facts.c.open
                )
            )
        )
        repo = CustomerRepository(uow.session, principal.facility_id)
        updated, skipped = 0, [{"id": str(i), "reason": "not_found"} for i in ids if i not in found]
        for customer in found.values():
            try:
                change = _decide(customer, customer.id in renting, action, tags, stage_id, principal.sub)
            except Conflict:
                skipped.append({"id": str(customer.id), "reason": "active_rental"})
                continue
            if change is not None:
                await repo.save(uow, change)
                updated += 1
        await uow.commit()
    return {"updated": updated, "skipped": skipped}
