"""Read models fed by events: a row takes an event's values only when the event is newer than the row."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, column, select, text
from sqlalchemy.dialects.postgresql import Insert, insert

from shared.db import UnitOfWork


def is_newer(stored: Any, incoming: Any) -> bool:
    """The one comparison of every read model: strictly newer wins (see upsert_if_newer)."""
    return stored is None or stored < incoming


def newest_per_key(rows: Sequence[Mapping[str, Any]], key: str, order: str = "version") -> list[dict[str, Any]]:
    """Of rows sharing a key, the first with the highest `order`: what applying them one by one would leave."""
    kept: dict[Any, dict[str, Any]] = {}
    for row in rows:
        held = kept.get(row[key])
        if held is None or is_newer(held[order], row[order]):
            kept[row[key]] = dict(row)
    return list(kept.values())


def _if_newer(
    statement: Insert,
    table: Table,
    columns: Sequence[str],
    order: str,
    insert_only: Sequence[str],
    also: Mapping[str, Any] | None,
    when: ColumnElement[bool] | None,
) -> Insert:
    key = next(iter(table.primary_key.columns)).name
    newer = table.c[order] < statement.excluded[order]
    return statement.on_conflict_do_update(
        index_elements=[table.c[key]],
        set_={
            **{k: statement.excluded[k] for k in columns if k != key and k not in insert_only},
            **(also or {}),
        },
        where=newer if when is None else newer & when,
    )


async def upsert_if_newer(
    uow: UnitOfWork,
    table: Table,
    values: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    order: str = "version",
    *,
    insert_only: Sequence[str] = (),
    also: Mapping[str, Any] | None = None,
    when: ColumnElement[bool] | None = None,
) -> bool:
    """Insert rows, or update a stored row only if its `order` is strictly older (`<`); True if any was written.

    Strictly, because an event delivered again with the same version carries the same state: writing it
    again changes nothing, and a handler that acts on "written" (revoke sessions, send mail) must not act
    twice. `insert_only` columns are not updated, `also` adds updated values, `when` narrows the update.
    """
    rows = [dict(values)] if isinstance(values, Mapping) else [dict(v) for v in values]
    if not rows:
        return False
    statement = _if_newer(insert(table).values(rows), table, list(rows[0]), order, insert_only, also, when)
    key = next(iter(table.primary_key.columns))
    result = await uow.session.execute(statement.returning(key))
    return result.first() is not None


async def upsert_many_if_newer(
    uow: UnitOfWork,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    order: str = "version",
    *,
    insert_only: Sequence[str] = (),
    also: Mapping[str, Any] | None = None,
) -> None:
    """`upsert_if_newer` for a consumer's run of rows: the same rule, one statement whatever the run's length.

    The rows travel as one JSON array read by `jsonb_populate_recordset`, so the statement's SQL (and its
    compiled form) does not change with the number of rows. Rows sharing a key are first reduced to the
    newest (`newest_per_key`), as applying them one by one would; values must be JSON-encodable as text
    PostgreSQL reads into the column's type (UUIDs, dates and the like are written with `str`).
    """
    key = next(iter(table.primary_key.columns)).name
    newest = newest_per_key(rows, key, order)
    if not newest:
        return
    columns = list(newest[0])
    incoming = text(
        f"jsonb_populate_recordset(CAST(NULL AS {table.name}), CAST(CAST(:rows AS text) AS jsonb)) AS incoming"
    )
    source: Any = select(*(column(c) for c in columns)).select_from(incoming)
    statement = _if_newer(insert(table).from_select(columns, source), table, columns, order, insert_only, also, None)
    await uow.session.execute(statement, {"rows": json.dumps(newest, default=str)})


__all__ = ["is_newer", "newest_per_key", "upsert_if_newer", "upsert_many_if_newer"]
