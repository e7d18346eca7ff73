"""Send a confirmed job's valid rows to contacts as chunks through the outbox, resuming after the last one sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select

from importer.adapters.orm import jobs
from importer.config import Settings
from importer.service_layer import progress
from importer.service_layer.batches import CheckedRows
from shared.contracts.importer import ImportChunkValidatedV2
from shared.logs import get_logger

log = get_logger(__name__)
Renew = Callable[..., Awaitable[None]]


async def send(uow_factory: Any, settings: Settings, job: dict[str, Any], me: str, renew: Renew) -> None:
    """Chunk n holds valid rows n*size .. (n+1)*size-1 in file order, so a resumed job sends exactly the rest."""
    size, start = job["chunk_size"], job["chunks_sent"]
    chunk_no, rows_sent = start, job["rows_sent"]
    seen_valid = 0
    current: list[dict[str, Any]] = []
    pending: list[ImportChunkValidatedV2] = []

    async def flush() -> None:
        nonlocal rows_sent
        async with uow_factory() as uow:
            for event in pending:
                uow.publish(event, facility_id=job["facility_id"], aggregate_id=job["id"])
            rows_sent += sum(len(e.rows) for e in pending)
            await renew(uow, job, me, settings.lease_s, chunks_sent=chunk_no, rows_sent=rows_sent)
            await uow.commit()
        pending.clear()

    def chunk(rows: list[dict[str, Any]], number: int) -> ImportChunkValidatedV2:
        return ImportChunkValidatedV2(
            job_id=job["id"], chunk_no=number, mode=job["mode"], rows=tuple(rows), requested_by=job["created_by"]
        )

    async for batch in CheckedRows(job, settings.read_batch_rows).batches():
        for item in batch:
            if item.row is None:
                continue
            seen_valid += 1
            if seen_valid <= start * size:
                continue  # sent before a restart
            current.append(item.row)
            if len(current) == size:
                pending.append(chunk(current, chunk_no))
                chunk_no += 1
                current = []
        if len(pending) >= settings.chunks_per_commit:
            await flush()
    if current:
        pending.append(chunk(current, chunk_no))
        chunk_no += 1
    await flush()
    async with uow_factory() as uow:
        await renew(uow, job, me, settings.lease_s, chunks_total=chunk_no, lease_owner=None)
        locked = await uow.session.execute(select(jobs).where(jobs.c.id == job["id"]).with_for_update())
        await progress.complete_if_done(uow, dict(locked.mappings().one()))
        await uow.commit()
    log.info("import sent", job_id=str(job["id"]), chunks=chunk_no, rows=rows_sent)
