"""Status from billing, the delete guard, soft delete and restore, and portal invites."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert

from contacts.adapters.orm import billing_facts, customers, people
from contacts.adapters.orm import timeline as timeline_table
from contacts.adapters.repository import CustomerRepository
from contacts.domain.customer import Customer, Invitee, status_from_rentals
from contacts.service_layer import timeline
from shared.auth import Principal
from shared.contracts.contacts import InviteRequested
from shared.contracts.snapshots import DocumentState, PersonState
from shared.db import UnitOfWork
from shared.errors import NotFound


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
    repo = CustomerRepository(uow.session, facility_id)
    customer = await repo.get(customer_id, for_update=True)
    if customer is None:
        return
    rentals = len((await open_facts(uow, customer_id)).get("rental", []))
    change = customer.with_status(status_from_rentals(rentals), renting=rentals > 0, by="billing")
    if change is not None:
        await repo.save(uow, change)


def _repo(uow: UnitOfWork, principal: Principal) -> CustomerRepository:
    return CustomerRepository(uow.session, principal.facility_id)


async def _live(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    customer = await _repo(uow, principal).get(customer_id, for_update=True)
    if customer is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])
    return customer


async def set_status(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, new_status: str) -> Customer:
    """Staff may mark a customer without an active rental as Lead or Inactive."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        renting = "rental" in await open_facts(uow, customer_id)
        change = customer.with_status(new_status, renting=renting, by=principal.sub)
        if change is not None:
            customer = await _repo(uow, principal).save(uow, change)
        await uow.commit()
    return customer


async def delete_customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> None:
    """Soft delete, refused with every reason while billing still involves the customer."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        change = customer.delete(await open_facts(uow, customer_id), by=principal.sub)
        await _repo(uow, principal).save(uow, change)
        await uow.commit()


async def restore_customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    """Undo a deletion within 30 days."""
    async with uow:
        repo = _repo(uow, principal)
        deleted = await repo.get_deleted(customer_id)
        if deleted is None:
            raise NotFound("no deleted customer with this id", loc=["path", "customer_id"])
        restored = await repo.save(uow, deleted.restore(by=principal.sub))
        await uow.commit()
    return restored


async def request_invite(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, person_id: uuid.UUID | None
) -> InviteRequested:
    """Ask the portal to invite the customer or one person (the rule is `Customer.invite`)."""
    async with uow:
        customer = await _live(uow, principal, customer_id)
        person = None
        if person_id is not None:
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
            person = Invitee(
                person_id, row["first_name"], row["last_name"], row["email"], row["portal_access"], row["invited_at"]
            )
        invitation = customer.invite(person, by=principal.sub)
        table, key = (customers, customer_id) if person_id is None else (people, person_id)
        await uow.session.execute(update(table).where(table.c.id == key).values(invited_at=func.now()))
        await timeline.publish_and_record(
            uow,
            invitation.event,
            facility_id=customer.facility_id,
            customer_id=customer_id,
            kind=invitation.entry.kind,
            summary=invitation.entry.summary,
            actor=principal.sub,
            data=invitation.entry.data,
        )
        await uow.commit()
    return invitation.event


async def anonymize(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> Customer:
    """Erase personal data on request; the ids (which billing records refer to) stay."""
    from contacts.adapters.orm import documents as documents_table

    async with uow:
        customer = await _live(uow, principal, customer_id)
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
        updated = await _repo(uow, principal).save(uow, customer.anonymise(by=principal.sub))
        await uow.commit()
    return updated
