"""Customer persistence, always scoped to one facility."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import customers
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

    async def save(self, customer: Customer, changed: list[str]) -> Customer:
        """Write the changed fields and the new version."""
        values = {name: getattr(customer, name) for name in changed}
        for array in ("tags", "customer_type_ids"):
            if array in values:
                values[array] = list(values[array])
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
