"""Test helper: make the calls `shared.cross_facility` generates, and check the answers and the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import asyncpg
import httpx

if TYPE_CHECKING:
    from shared.cross_facility import Call, Slot

MESSAGING = frozenset({"outbox", "inbox", "alembic_version"})


async def dump(database_url: str, facility_id: uuid.UUID | None = None, skip: frozenset[str] = frozenset()) -> Any:
    """Every row of every table (messaging tables aside); with a facility, only rows of tables naming it."""
    conn = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        columns = await conn.fetch(
            "SELECT table_name, bool_or(column_name = 'facility_id') AS scoped FROM information_schema.columns"
            " WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name"
        )
        rows: dict[str, list[str]] = {}
        for table, scoped in columns:
            if table in MESSAGING or table in skip or (facility_id is not None and not scoped):
                continue
            where = " WHERE t.facility_id = $1" if facility_id is not None else ""
            args = [facility_id] if facility_id is not None else []
            found = await conn.fetch(f'SELECT row_to_json(t)::text FROM "{table}" t{where}', *args)
            rows[table] = sorted(r[0] for r in found)
        return rows
    finally:
        await conn.close()


def _names_slot(body: Any, slot: Slot) -> bool:
    try:
        return any(slot.name in [str(x) for x in item["loc"]] for item in body["detail"])
    except (KeyError, TypeError):
        return False


# refusals["METHOD /path name"](response) -> True: the operation's documented way to refuse that id.
Refusals = Mapping[str, Callable[[httpx.Response], bool]]


async def check(
    client: httpx.AsyncClient,
    todo: list[Call],
    headers: Mapping[str, str],
    database_url: str,
    theirs: uuid.UUID,
    skip: frozenset[str] = frozenset(),
    refusals: Refusals | None = None,
) -> list[str]:
    """Make the calls; returns one line per failure (empty: nothing leaked)."""
    failures: list[str] = []
    for call in todo:
        scope = None if call.foreign else theirs
        before = await dump(database_url, scope, skip)
        r = await client.request(
            call.operation.method.upper(),
            call.url,
            params=call.params,
            json=call.json if call.files is None and call.content is None else None,
            data=call.json if call.files is not None else None,
            files=call.files,
            content=call.content,
            headers=dict(headers),
        )
        after = await dump(database_url, scope, skip)
        changed = sorted(t for t in after if before.get(t) != after[t])
        if call.foreign is not None:
            refused = r.status_code in (403, 404) or (r.status_code == 422 and _names_slot(r.json(), call.foreign))
            other_way = (refusals or {}).get(f"{call.operation.key} {call.foreign.name}")
            refused = refused or (other_way is not None and other_way(r))
            if not refused:
                failures.append(f"{call}: {r.status_code} {r.text[:300]}")
        elif r.status_code >= 500:
            failures.append(f"{call}: {r.status_code} {r.text[:300]}")
        if changed:
            failures.append(f"{call}: changed {'rows' if call.foreign else 'facility B rows'} of {changed}")
    return failures
