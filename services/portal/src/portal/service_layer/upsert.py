"""Insert-or-update that takes effect only when the incoming row is newer than the stored one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert

from shared.db import UnitOfWork


async def upsert_if_newer(uow: UnitOfWork, table: Table, values: Mapping[str, Any], order: str) -> bool:
    """Write `values` unless the stored row's `order` column is as new or newer; True if written."""
    key = next(iter(table.primary_key.columns)).name
    statement = insert(table).values(dict(values))
    statement = statement.on_conflict_do_update(
        index_elements=[table.c[key]],
        set_={k: statement.excluded[k] for k in values if k != key},
        where=table.c[order] < statement.excluded[order],
    )
    result = await uow.session.execute(statement.returning(table.c[key]))
    return result.first() is not None
