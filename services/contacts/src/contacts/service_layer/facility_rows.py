"""Facility settings as contacts stores them: read, replace, and the rows of a token's facilities."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert

from contacts.adapters.orm import facility_settings
from shared.db import UnitOfWork


async def settings_of(uow: UnitOfWork, facility_id: uuid.UUID, fields: Iterable[str]) -> dict[str, Any] | None:
    """These fields of the facility's settings, or None if it was never configured."""
    columns = [facility_settings.c[name] for name in fields]
    async with uow:
        query = select(*columns).where(facility_settings.c.facility_id == facility_id)
        row = (await uow.session.execute(query)).first()
    return row._asdict() if row else None


async def replace(uow: UnitOfWork, facility_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Store these settings (fields left out go back to their defaults)."""
    statement = insert(facility_settings).values(facility_id=facility_id, **values)
    async with uow:
        await uow.session.execute(statement.on_conflict_do_update(index_elements=["facility_id"], set_=values))
        await uow.commit()


async def rows_of(uow: UnitOfWork, facilities: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The stored settings rows of these facilities, by id (facilities never configured are missing)."""
    async with uow:
        query = select(facility_settings).where(facility_settings.c.facility_id.in_(list(facilities)))
        rows = await uow.session.execute(query)
        return {row["facility_id"]: row for row in rows.mappings()}
