"""Customer persistence, always scoped to one facility."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import customers, timeline
from contacts.domain.change import Change
from contacts.domain.customer import Customer
from shared.errors import Conflict

_COLUMNS = {c.name for c in customers.c} - {"search_text"}


def _raise_for_integrity(exc: IntegrityError) -> None:
    if "customers_facility_email_key" in str(exc.orig):
        raise Conflict("a customer with this email already exists", field="email") from None
    raise exc


class CustomerRepository:
    """Reads and writes customers of one facility inside the caller's transaction."""

    def __init__(self, session: AsyncSession, facility_id: uuid.UUID) -> None:
        self.session = session
        self.facility_id = facility_id

    async def add(self, customer: Customer) -> Customer:
        """Insert a new customer; a duplicate email in the facility is a Conflict."""
        values = {k: v for k, v in asdict(customer).items() if k in _COLUMNS and v is not None}
        values["tags"] = list(customer.tags)
        values["customer_type_ids"] = list(customer.customer_type_ids)
        try:
            async with self.session.begin_nested():
                row = (
                    (await self.session.execute(insert(customers).values(values).returning(customers))).mappings().one()
                )
        except IntegrityError as exc:
            _raise_for_integrity(exc)
        return Customer.from_row(row)

    async def get(self, customer_id: uuid.UUID, *, for_update: bool = False) -> Customer | None:
        """One live customer of this facility, optionally locked for the transaction."""
        query = select(customers).where(
            customers.c.id == customer_id,
            customers.c.facility_id == self.facility_id,
            customers.c.deleted_at.is_(None),
        )
        if for_update:
            query = query.with_for_update()
        row = (await self.session.execute(query)).mappings().first()
        return Customer.from_row(row) if row else None

    async def get_deleted(self, customer_id: uuid.UUID) -> Customer | None:
        """One soft-deleted customer of this facility, locked for the transaction."""
        query = select(customers).where(
            customers.c.id == customer_id,
            customers.c.facility_id == self.facility_id,
            customers.c.deleted_at.is_not(None),
        )
        row = (await self.session.execute(query.with_for_update())).mappings().first()
        return Customer.from_row(row) if row else None

    async def save(self, uow: Any, change: Change) -> Customer:
        """Write the change's row and version, publish its event and put its entry on the timeline."""
        customer = change.customer
        saved = await self.write(customer, change.columns)
        uow.publish(change.event, facility_id=saved.facility_id, aggregate_id=saved.id, aggregate_version=saved.version)
        if change.entry is not None:
            at: dict[str, Any] = {"facility_id": saved.facility_id, "customer_id": saved.id}
            await record(self.session, **at, **asdict(change.entry), actor=customer.updated_by)
        return saved

    async def write(self, customer: Customer, columns: Iterable[str] | Mapping[str, Any]) -> Customer:
        """Write the given columns (names of the customer's fields, or values) and the new version."""
        values = dict(columns) if isinstance(columns, Mapping) else {name: getattr(customer, name) for name in columns}
        values = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        values.update(version=customer.version, updated_by=customer.updated_by, updated_at=func.now())
        statement = (
            update(customers)
            .where(customers.c.id == customer.id, customers.c.facility_id == self.facility_id)
            .values(values)
            .returning(customers)
        )
        try:
            async with self.session.begin_nested():
                row = (await self.session.execute(statement)).mappings().one()
        except IntegrityError as exc:
            _raise_for_integrity(exc)
        return Customer.from_row(row)


async def record(
    session: AsyncSession,
    *,
    facility_id: uuid.UUID,
    customer_id: uuid.UUID,
    kind: str,
    summary: str,
    actor: str | None = None,
    data: dict[str, Any] | None = None,
    source_event_id: uuid.UUID | None = None,
) -> None:
    """Add a timeline entry in the caller's transaction; an entry from an event is written once."""
    statement = pg_insert(timeline).values(
        facility_id=facility_id,
        customer_id=customer_id,
        kind=kind,
        summary=summary,
        actor=actor,
        data=data or {},
        source_event_id=source_event_id,
    )
    if source_event_id is not None:
        statement = statement.on_conflict_do_nothing(index_elements=[timeline.c.source_event_id])
    await session.execute(statement)
