"""The large customer dataset the search and dashboard benchmarks share, loaded once when asked to keep it.

Loading 1,100,000 customers and building their trigram indexes takes minutes on this machine; with `--keep`
the first benchmark leaves the database behind (named by its sizes) and the next one reuses it. Without
`--keep` each run loads a throwaway database and drops it, as before. The facility ids are fixed (uuid5 of
the database name), so a reused database answers the same queries.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import asyncpg

from contacts.entrypoints.cli import MIGRATIONS
from crm_dev.testing import ADMIN_URL, drop_database, migrated_database
from shared.messaging.relay import asyncpg_dsn

Loader = Callable[[str, dict[uuid.UUID, int]], Awaitable[float]]


def facilities(name: str, sizes: tuple[int, ...]) -> dict[uuid.UUID, int]:
    """Fixed facility ids for a dataset: the same database always holds the same facilities."""
    return {uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{name}/{n}"): size for n, size in enumerate(sizes)}


async def _counts(url: str) -> dict[uuid.UUID, int] | None:
    try:
        conn = await asyncpg.connect(asyncpg_dsn(url))
    except (asyncpg.InvalidCatalogNameError, OSError):
        return None
    try:
        done = await conn.fetchval("SELECT to_regclass('bench_loaded') IS NOT NULL")
        if not done:
            return None
        rows = await conn.fetch("SELECT facility_id, count(*) AS n FROM customers GROUP BY facility_id")
        return {uuid.UUID(str(r["facility_id"])): r["n"] for r in rows}  # asyncpg's own UUID type otherwise
    finally:
        await conn.close()


@asynccontextmanager
async def dataset(
    sizes: tuple[int, ...], load: Loader, *, keep: bool, prefix: str, variant: str = ""
) -> AsyncIterator[tuple[str, list[uuid.UUID], float | None]]:
    """(database URL, facility ids in the order of `sizes`, load seconds or None when reused).

    `variant` names another kind of data of the same sizes (kept apart from the default's database)."""
    name = f"bench_customers_{'_'.join(str(s) for s in sizes)}{'_' + variant if variant else ''}"
    wanted = facilities(name, sizes)
    if not keep:
        url = await migrated_database(prefix, MIGRATIONS)
        try:
            yield url, list(wanted), await load(asyncpg_dsn(url), wanted)
        finally:
            await drop_database(url)
        return
    base = ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    url = f"{base}/{name}"
    if await _counts(url) == wanted:
        print(f"reusing the loaded database {name} (--keep; drop it with DROP DATABASE {name})")
        yield url, list(wanted), None
        return
    await drop_database(url)
    made = await migrated_database(prefix, MIGRATIONS)
    admin = await asyncpg.connect(ADMIN_URL)
    try:
        await admin.execute(f'ALTER DATABASE "{made.rsplit("/", 1)[1]}" RENAME TO "{name}"')
    finally:
        await admin.close()
    started = time.perf_counter()
    seconds = await load(asyncpg_dsn(url), wanted)
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        await conn.execute("CREATE TABLE bench_loaded (at timestamptz DEFAULT now())")
    finally:
        await conn.close()
    print(f"kept the loaded database {name} for the next run ({time.perf_counter() - started:.0f} s)")
    yield url, list(wanted), seconds
