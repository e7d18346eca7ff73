"""Settings → CRM: ordered pipeline stages, sources and customer types of a facility."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from contacts.adapters.orm import crm_options, customers
from contacts.domain.customer import Customer
from shared.auth import Principal
from shared.contracts.contacts import CustomerUpdated
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound

KINDS = {"stages": "stage", "sources": "source", "customer_types": "customer_type"}
COLUMN = {"stage": "stage_id", "source": "source_id"}


async def options(uow: UnitOfWork, principal: Principal) -> dict[str, list[dict[str, Any]]]:
    """Every option of the facility, by kind, in order."""
    async with uow:
        rows = await uow.session.execute(
            select(crm_options.c.id, crm_options.c.kind, crm_options.c.name, crm_options.c.position)
            .where(crm_options.c.facility_id == principal.facility_id)
            .order_by(crm_options.c.position, crm_options.c.created_at)
        )
        result: dict[str, list[dict[str, Any]]] = {plural: [] for plural in KINDS}
        singular_to_plural = {v: k for k, v in KINDS.items()}
        for row in rows.mappings():
            result[singular_to_plural[row["kind"]]].append({"id": row["id"], "name": row["name"]})
        return result


async def _write(uow: UnitOfWork, statement: Any) -> Any:
    try:
        async with uow.session.begin_nested():
            return (await uow.session.execute(statement)).mappings().one()
    except IntegrityError:
        raise Conflict("an option with this name already exists", field="name") from None


async def create(uow: UnitOfWork, principal: Principal, kind: str, name: str) -> dict[str, Any]:
    """Add an option at the end of its list."""
    async with uow:
        position = await uow.session.scalar(
            select(func.coalesce(func.max(crm_options.c.position), -1) + 1).where(
                crm_options.c.facility_id == principal.facility_id, crm_options.c.kind == kind
            )
        )
        row = await _write(
            uow,
            insert(crm_options)
            .values(id=uuid.uuid4(), facility_id=principal.facility_id, kind=kind, name=name, position=position)
            .returning(crm_options.c.id, crm_options.c.name),
        )
        await uow.commit()
    return dict(row)


async def rename(uow: UnitOfWork, principal: Principal, kind: str, option_id: uuid.UUID, name: str) -> dict[str, Any]:
    """Rename an option (records keep pointing at it)."""
    async with uow:
        row = (
            await _write(
                uow,
                update(crm_options)
                .where(
                    crm_options.c.id == option_id,
                    crm_options.c.facility_id == principal.facility_id,
                    crm_options.c.kind == kind,
                )
                .values(name=name)
                .returning(crm_options.c.id, crm_options.c.name),
            )
            if await _exists(uow, principal, kind, option_id)
            else None
        )
        if row is None:
            raise NotFound("option not found", loc=["path", "option_id"])
        await uow.commit()
    return dict(row)


async def _exists(uow: UnitOfWork, principal: Principal, kind: str, option_id: uuid.UUID) -> bool:
    return bool(
        await uow.session.scalar(
            select(func.count()).where(
                crm_options.c.id == option_id,
                crm_options.c.facility_id == principal.facility_id,
                crm_options.c.kind == kind,
            )
        )
    )


async def reorder(uow: UnitOfWork, principal: Principal, kind: str, ids: list[uuid.UUID]) -> None:
    """Put the options in the given order; the list must name each option exactly once."""
    async with uow:
        current = set(
            await uow.session.scalars(
                select(crm_options.c.id)
                .where(crm_options.c.facility_id == principal.facility_id, crm_options.c.kind == kind)
                .with_for_update()
            )
        )
        if set(ids) != current or len(ids) != len(current):
            raise DomainError("list every option of this kind exactly once", field="ids")
        for position, option_id in enumerate(ids):
            await uow.session.execute(
                update(crm_options).where(crm_options.c.id == option_id).values(position=position)
            )
        await uow.commit()


def _usage(kind: str, option_id: uuid.UUID) -> Any:
    if kind == "customer_type":
        return customers.c.customer_type_ids.any_() == option_id  # type: ignore[no-any-return]
    return customers.c[COLUMN[kind]] == option_id


async def remove(
    uow: UnitOfWork, principal: Principal, kind: str, option_id: uuid.UUID, move_to: uuid.UUID | None
) -> int:
    """Delete an option; refused while records use it unless they move to `move_to`. Returns how many moved."""
    async with uow:
        if not await _exists(uow, principal, kind, option_id):
            raise NotFound("option not found", loc=["path", "option_id"])
        users = [
            Customer.from_row(r)
            for r in (
                await uow.session.execute(
                    select(customers)
                    .where(customers.c.facility_id == principal.facility_id, _usage(kind, option_id))
                    .with_for_update()
                )
            ).mappings()
        ]
        if users and move_to is None:
            raise Conflict(
                f"{len(users)} record(s) use this option; name where they move",
                loc=["query", "move_to"],
                in_use=len(users),
            )
        # Checked whenever given, used or not: another facility's option is never an answer.
        if move_to is not None and (move_to == option_id or not await _exists(uow, principal, kind, move_to)):
            raise DomainError("move_to must be another option of the same kind", loc=["query", "move_to"])
        for customer in users:
            if kind == "customer_type":
                moved = tuple(dict.fromkeys(move_to if t == option_id else t for t in customer.customer_type_ids))
                change: dict[str, Any] = {"customer_type_ids": moved}
            else:
                change = {COLUMN[kind]: move_to}
            updated, diff = customer.changed(change, by=principal.sub)
            values = {k: (list(v) if isinstance(v, tuple) else v) for k, (_, v) in diff.items()}
            await uow.session.execute(
                update(customers)
                .where(customers.c.id == customer.id)
                .values(**values, version=updated.version, updated_by=principal.sub, updated_at=func.now())
            )
            uow.publish(
                CustomerUpdated(customer=updated.snapshot(), changed_fields=tuple(diff)),
                facility_id=updated.facility_id,
                aggregate_id=updated.id,
                aggregate_version=updated.version,
            )
        await uow.session.execute(delete(crm_options).where(crm_options.c.id == option_id))
        await uow.commit()
    return len(users)
