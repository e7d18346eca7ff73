"""Status from billing, the delete guard, soft delete and restore, and portal invites."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError

from contacts.adapters.orm import billing_facts, customers, people
from contacts.adapters.orm import timeline as timeline_table
from contacts.adapters.repository import CustomerRepository
from contacts.domain.customer import Customer
from contacts.service_layer import timeline
from shared.auth import Principal
from shared.contracts.contacts import CustomerDeleted, CustomerRestored, CustomerUpdated, InviteRequested
from shared.contracts.snapshots import DocumentState, PersonState
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound, Refused

RESTORE_WINDOW = timedelta(days=30)
GUARDS = {
    "rental": ("active_rental", "the customer has an active rental"),
    "invoice": ("unpaid_invoice", "the customer has an unpaid invoice"),
    "dispute": ("open_dispute", "the customer has an open payment dispute"),
}


async def open_facts(uow: UnitOfWork, customer_id: uuid.UUID) -> dict[str, list[str]]:
    """Open rentals, unpaid invoices and open disputes of a customer, by kind."""
    rows = await uow.session.execute(
        select(billing_facts.c.kind, billing_facts.c.label).where(
            billing_facts.c.customer_id == customer_id, billing_facts.c.open.is_(True)
        )
    )
    found: dict[str, list[str]] = {}
    for kind, label in rows:
        found.setdefault(kind, []).append(label or "")
    return found


async def _save_status(uow: UnitOfWork, customer: Customer, new_status: str, actor: str) -> Customer:
    if customer.status == new_status:
        return customer
    row = (
        (
            await uow.session.execute(
                update(customers)
                .where(customers.c.id == customer.id)
                .values(status=new_status, version=customers.c.version + 1, updated_at=func.now(), updated_by=actor)
                .returning(customers)
            )
        )
        .mappings()
        .one()
    )
    updated = Customer.from_row(row)
    await timeline.publish_and_record(
        uow,
        CustomerUpdated(customer=updated.snapshot(), changed_fields=("status",)),
        facility_id=updated.facility_id,
        customer_id=updated.id,
        aggregate_version=updated.version,
        kind="status_changed",
        summary=f"Status: {customer.status} → {new_status}",
        actor=actor,
        data=timeline.field_changes({"status": (customer.status, new_status)}),
    )
    return updated


async def record_billing_fact(
    uow: UnitOfWork,
    *,
    facility_id: uuid.UUID,
    customer_id: uuid.UUID,
    kind: str,
    ref_id: uuid.UUID,
    is_open: bool,
    label: str,
    summary: str,
    source_event_id: uuid.UUID,
) -> None:
    """Remember a rental/invoice/dispute state, put it on the timeline, and derive the status from rentals."""
    statement = insert(billing_facts).values(
        kind=kind, ref_id=ref_id, customer_id=customer_id, facility_id=facility_id, open=is_open, label=label
    )
    await uow.session.execute(
        statement.on_conflict_do_update(
            index_elements=["kind", "ref_id"], set_={"open": is_open, "label": label, "updated_at": func.now()}
        )
    )
    await timeline.record(
        uow.session,
        facility_id=facility_id,
        customer_id=customer_id,
        kind=f"billing_{kind}",
        summary=summary,
        actor="billing",
        data={"ref_id": str(ref_id)},
        source_event_id=source_event_id,
    )
    if kind != "rental":
        return
    customer = await CustomerRepository(uow.session, facility_id).get(customer_id, for_update=True)
    if customer is None:
        return
    active = (
        await uow.session.execute(
            select(func.count()).where(
                billing_facts.c.customer_id == customer_id, billing_facts.c.kind == "rental", billing_facts.c.open
            )
        )
    ).scalar_one()
    await _save_status(uow, customer, "active" if active else "inactive", "billing")


async def _live(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    customer = await CustomerRepository(uow.session, principal.facility_id).get(customer_id, for_update=True)
    if customer is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])
    return customer


async def set_status(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, new_status: str) -> Customer:
    """Staff may mark a customer without an active rental as Lead or Inactive."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        if "rental" in await open_facts(uow, customer_id):
            raise Conflict("a customer with an active rental is Active", field="status")
        customer = await _save_status(uow, customer, new_status, principal.sub)
        await uow.commit()
    return customer


async def delete_customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> None:
    """Soft delete, refused with every reason while billing still involves the customer."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        facts = await open_facts(uow, customer_id)
        reasons = [
            {"type": GUARDS[k][0], "msg": GUARDS[k][1], "count": len(v)} for k, v in facts.items() if k in GUARDS
        ]
        if reasons:
            raise Refused("the customer cannot be deleted; mark them inactive instead", sorted(reasons, key=str))
        await uow.session.execute(
            update(customers)
            .where(customers.c.id == customer_id)
            .values(deleted_at=func.now(), version=customer.version + 1, updated_by=principal.sub)
        )
        await timeline.publish_and_record(
            uow,
            CustomerDeleted(customer_id=customer_id),
            facility_id=customer.facility_id,
            customer_id=customer_id,
            aggregate_version=customer.version + 1,
            kind="deleted",
            summary="Customer deleted (restorable for 30 days)",
            actor=principal.sub,
        )
        await uow.commit()


async def restore_customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    """Undo a deletion within 30 days."""
    async with uow:
        row = (
            (
                await uow.session.execute(
                    select(customers)
                    .where(customers.c.id == customer_id, customers.c.facility_id == principal.facility_id)
                    .with_for_update()
                )
            )
            .mappings()
            .first()
        )
        if row is None or row["deleted_at"] is None:
            raise NotFound("no deleted customer with this id", loc=["path", "customer_id"])
        if datetime.now(UTC) - row["deleted_at"] > RESTORE_WINDOW:
            raise Conflict("deleted more than 30 days ago; it can no longer be restored", loc=["path", "customer_id"])
        try:
            restored_row = (
                (
                    await uow.session.execute(
                        update(customers)
                        .where(customers.c.id == customer_id)
                        .values(deleted_at=None, version=row["version"] + 1, updated_by=principal.sub)
                        .returning(customers)
                    )
                )
                .mappings()
                .one()
            )
        except IntegrityError as exc:
            if "customers_facility_email_key" in str(exc.orig):
                raise Conflict("another customer now uses this email", field="email") from None
            raise
        restored = Customer.from_row(restored_row)
        await timeline.publish_and_record(
            uow,
            CustomerRestored(customer=restored.snapshot()),
            facility_id=restored.facility_id,
            customer_id=customer_id,
            aggregate_version=restored.version,
            kind="restored",
            summary="Customer restored",
            actor=principal.sub,
        )
        await uow.commit()
    return restored


async def request_invite(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, person_id: uuid.UUID | None
) -> InviteRequested:
    """Ask the portal to invite the customer or one person; refused without email or portal access."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        if person_id is None:
            who, email, access, invited = customer, customer.email, customer.portal_access, customer.invited_at
        else:
            row = (
                (
                    await uow.session.execute(
                        select(people).where(people.c.id == person_id, people.c.customer_id == customer_id)
                    )
                )
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound("person not found", field="person_id")
            who = replace(customer, first_name=row["first_name"], last_name=row["last_name"])
            email, access, invited = row["email"], row["portal_access"], row["invited_at"]
        if not email:
            raise DomainError("add an email address before inviting", field="email")
        if not access:
            raise DomainError("portal access is switched off", field="portal_access")
        event = InviteRequested(
            customer_id=customer_id,
            person_id=person_id,
            email=email,
            first_name=who.first_name,
            last_name=who.last_name,
            language=customer.language,  # type: ignore[arg-type]
            kind="resend" if invited else "invite",
            requested_by=principal.sub,
        )
        table, key = (customers, customer_id) if person_id is None else (people, person_id)
        await uow.session.execute(update(table).where(table.c.id == key).values(invited_at=func.now()))
        await timeline.publish_and_record(
            uow,
            event,
            facility_id=customer.facility_id,
            customer_id=customer_id,
            kind="invite_requested",
            summary=f"Portal {event.kind} requested for {email}",
            actor=principal.sub,
            data={"person_id": str(person_id) if person_id else None},
        )
        await uow.commit()
    return event


async def anonymize(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    """Erase personal data on request; the ids (which billing records refer to) stay."""
    from contacts.adapters.orm import documents as documents_table
    from shared.contracts.contacts import CustomerAnonymized

    async with uow:
        customer = await _live(uow, principal, customer_id)
        erased: dict[str, Any] = {
            "first_name": "Anonymised",
            "last_name": "Customer",
            "company": None,
            "email": None,
            "phone": None,
            "phone_raw": None,
            "phone_digits": None,
            "address": None,
            "birthday": None,
            "notes": None,
            "tags": [],
            "photo_document_id": None,
            "source_detail": None,
            "marketing_opt_out": True,
            "portal_access": False,
        }
        row = (
            (
                await uow.session.execute(
                    update(customers)
                    .where(customers.c.id == customer_id)
                    .values(**erased, anonymized_at=func.now(), version=customer.version + 1, updated_by=principal.sub)
                    .returning(customers)
                )
            )
            .mappings()
            .one()
        )
        gone_people = await uow.session.scalars(
            people.delete().where(people.c.customer_id == customer_id).returning(people.c.id)
        )
        gone_documents = await uow.session.scalars(
            documents_table.delete().where(documents_table.c.customer_id == customer_id).returning(documents_table.c.id)
        )
        # Their states on the compacted topics are erased too (no event names them one by one).
        for state in [
            *(PersonState(person_id=i, person=None) for i in gone_people),
            *(DocumentState(document_id=i, document=None) for i in gone_documents),
        ]:
            uow.publish(state, facility_id=customer.facility_id, aggregate_id=customer_id)
        # Timeline entries may quote old values; keep what happened, drop the data.
        await uow.session.execute(
            update(timeline_table).where(timeline_table.c.customer_id == customer_id).values(data={})
        )
        updated = Customer.from_row(row)
        await timeline.publish_and_record(
            uow,
            CustomerAnonymized(customer_id=customer_id),
            facility_id=updated.facility_id,
            customer_id=customer_id,
            aggregate_version=updated.version,
            kind="anonymized",
            summary="Personal data erased on request",
            actor=principal.sub,
        )
        await uow.commit()
    return updated
