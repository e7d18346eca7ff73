"""People commands: add, edit, remove; each commits once with its event and timeline entry."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from contacts.adapters.orm import people
from contacts.adapters.repository import CustomerRepository
from contacts.domain import phone as phones
from contacts.domain.person import Person
from contacts.service_layer import timeline
from contacts.service_layer.record_rules import default_country
from shared.auth import Principal
from shared.contracts.contacts import PersonAdded, PersonUpdated
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.openapi import PageRequest, fetch_page


async def _customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> None:
    if await CustomerRepository(uow.session, principal.facility_id).get(customer_id, for_update=True) is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])


async def _get(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, person_id: uuid.UUID) -> Person:
    row = (
        (
            await uow.session.execute(
                select(people)
                .where(
                    people.c.id == person_id,
                    people.c.customer_id == customer_id,
                    people.c.facility_id == principal.facility_id,
                )
                .with_for_update()
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound("person not found", loc=["path", "person_id"])
    return Person.from_row(row)


async def _write(uow: UnitOfWork, statement: Any) -> Any:
    try:
        async with uow.session.begin_nested():
            return (await uow.session.execute(statement)).mappings().one()
    except IntegrityError as exc:
        if "people_one_primary" in str(exc.orig):
            raise Conflict("this customer already has a primary contact", field="is_primary") from None
        raise


async def list_people(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest
) -> tuple[list[Person], str | None]:
    """Everyone on a customer's account, primary first, one page."""
    async with uow:
        await _customer(uow, principal, customer_id)
        query = select(people).where(people.c.customer_id == customer_id, people.c.facility_id == principal.facility_id)
        order = [(people.c.is_primary, True), (people.c.created_at, False), (people.c.id, False)]
        return await fetch_page(uow.session, query, order, page, Person.from_row)


async def _e164(uow: UnitOfWork, principal: Principal, data: dict[str, Any]) -> dict[str, Any]:
    """The values with the phone in E.164, as the customer's own (national numbers in the facility's country)."""
    if not data.get("phone"):
        return data
    try:
        e164, _ = phones.normalise(data["phone"], await default_country(uow.session, principal.facility_id))
    except ValueError as exc:
        raise DomainError(f"invalid phone number: {exc}", field="phone") from None
    return {**data, "phone": e164}


async def add_person(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, data: dict[str, Any]) -> Person:
    """Add a person; a second primary contact is a 409."""
    async with uow:
        await _customer(uow, principal, customer_id)
        data = await _e164(uow, principal, data)
        person = Person(id=uuid.uuid4(), facility_id=principal.facility_id, customer_id=customer_id, **data).check()
        values = {**asdict(person), "preferences": list(person.preferences)}
        person = Person.from_row(await _write(uow, insert(people).values(values).returning(people)))
        await timeline.publish_and_record(
            uow,
            PersonAdded(person=person.snapshot()),
            facility_id=person.facility_id,
            customer_id=customer_id,
            aggregate_version=person.version,
            kind="person_added",
            summary=f"{person.first_name} {person.last_name} added ({person.role})",
            actor=principal.sub,
            data={"person_id": str(person.id)},
        )
        await uow.commit()
    return person


async def update_person(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, person_id: uuid.UUID, changes: dict[str, Any]
) -> Person:
    """Edit a person; each changed field's old and new value goes on the timeline."""
    async with uow:
        await _customer(uow, principal, customer_id)
        current = await _get(uow, principal, customer_id, person_id)
        changes = await _e164(uow, principal, changes)
        updated = await save_person_changes(uow, current, changes, actor=principal.sub, summary="updated")
        await uow.commit()
    return updated


async def save_person_changes(
    uow: UnitOfWork, current: Person, changes: dict[str, Any], *, actor: str, summary: str
) -> Person:
    """Check and apply a person's edit (staff or portal): write it, publish PersonUpdated, record the changes."""
    updated, diff = current.changed(changes)
    if not diff:
        return current
    values = {k: (list(v) if k == "preferences" else v) for k, (_, v) in diff.items()}
    statement = (
        update(people)
        .where(people.c.id == current.id)
        .values(**values, version=updated.version, updated_at=func.now())
        .returning(people)
    )
    updated = Person.from_row(await _write(uow, statement))
    await timeline.publish_and_record(
        uow,
        PersonUpdated(person=updated.snapshot(), changed_fields=tuple(sorted(diff))),
        facility_id=updated.facility_id,
        customer_id=updated.customer_id,
        aggregate_version=updated.version,
        kind="person_updated",
        summary=f"{updated.first_name} {updated.last_name} {summary}",
        actor=actor,
        data={"person_id": str(updated.id), **timeline.field_changes(diff)},
    )
    return updated


async def remove_person(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """Remove a person; their portal access ends (portal revokes on PersonRemoved)."""
    async with uow:
        await _customer(uow, principal, customer_id)
        person = await _get(uow, principal, customer_id, person_id)
        await uow.session.execute(delete(people).where(people.c.id == person_id))
        version, removed = person.removal()
        await timeline.publish_and_record(
            uow,
            removed,
            facility_id=person.facility_id,
            customer_id=customer_id,
            aggregate_version=version,
            kind="person_removed",
            summary=f"{person.first_name} {person.last_name} removed",
            actor=principal.sub,
            data={"person_id": str(person_id)},
        )
        await uow.commit()
