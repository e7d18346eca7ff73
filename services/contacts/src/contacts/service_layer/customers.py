"""Customer commands: each runs in one unit of work and commits once, with its events."""

from __future__ import annotations

import uuid
from typing import Any

from contacts.adapters.repository import CustomerRepository
from contacts.domain.customer import Customer
from contacts.service_layer import record_rules, timeline
from shared.auth import Principal
from shared.contracts.contacts import CustomerCreated, DocumentRemoved
from shared.db import UnitOfWork
from shared.errors import Conflict, NotFound


async def create_customer(uow: UnitOfWork, principal: Principal, data: dict[str, Any]) -> Customer:
    """Create a customer and publish CustomerCreated."""
    async with uow:
        repo = CustomerRepository(uow.session, principal.facility_id)
        await record_rules.require_email(uow.session, principal.facility_id, data.get("email"))
        data = await record_rules.prepare(uow.session, principal.facility_id, data)
        customer = await repo.add(
            Customer(
                id=uuid.uuid4(),
                facility_id=principal.facility_id,
                created_by=principal.sub,
                updated_by=principal.sub,
                **data,
            )
        )
        await timeline.publish_and_record(
            uow,
            CustomerCreated(customer=customer.snapshot()),
            facility_id=customer.facility_id,
            customer_id=customer.id,
            aggregate_version=customer.version,
            kind="created",
            summary="Customer created",
            actor=principal.sub,
        )
        _keep_photo_off_portal(uow, customer)
        await uow.commit()
    return customer


def _keep_photo_off_portal(uow: UnitOfWork, customer: Customer) -> None:
    """The profile photo is a picture of the record, not a document for the customer: the portal drops it."""
    if customer.photo_document_id is not None:
        uow.publish(
            DocumentRemoved(document_id=customer.photo_document_id, customer_id=customer.id),
            facility_id=customer.facility_id,
            aggregate_id=customer.id,
        )


async def update_customer(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, version: int, changes: dict[str, Any]
) -> Customer:
    """Apply changes if `version` is current (else 409) and publish CustomerUpdated."""
    async with uow:
        repo = CustomerRepository(uow.session, principal.facility_id)
        current = await repo.get(customer_id, for_update=True)
        if current is None:
            raise NotFound("customer not found", loc=["path", "customer_id"])
        if current.version != version:
            raise Conflict("the record changed since you loaded it", field="version", current_version=current.version)
        updated = await save_changes(uow, repo, current, changes, actor=principal.sub, summary="Changed ")
        await uow.commit()
    return updated


async def save_changes(
    uow: UnitOfWork, repo: CustomerRepository, current: Customer, changes: dict[str, Any], *, actor: str, summary: str
) -> Customer:
    """Check and apply changes: save, publish CustomerUpdated and put each field's change on the timeline."""
    if "email" in changes:
        await record_rules.require_email(uow.session, current.facility_id, changes["email"])
    prepared = await record_rules.prepare(uow.session, current.facility_id, changes)
    change = current.edit(prepared, by=actor, summary=summary)
    if change is None:
        return current
    updated = await repo.save(uow, change)
    if "photo_document_id" in change.columns:
        _keep_photo_off_portal(uow, updated)
    return updated


async def get_customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    """One customer of the active facility, or 404."""
    async with uow:
        customer = await CustomerRepository(uow.session, principal.facility_id).get(customer_id)
    if customer is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])
    return customer
