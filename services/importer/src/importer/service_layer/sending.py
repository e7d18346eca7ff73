"""Send a confirmed job's spooled chunks to contacts through the outbox, resuming after the last one sent."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select

from importer.adapters import files
from importer.adapters.orm import jobs
from importer.adapters.spool import ChunkReader, spool_path
from importer.config import Settings
from importer.service_layer import progress
from shared.contracts.importer import ImportChunkValidatedV2
from shared.logs import get_logger

log = get_logger(__name__)
Renew = Callable[..., Awaitable[None]]


def lane(job: dict[str, Any], chunk_no: int, settings: Settings) -> uuid.UUID:
    """The key of a chunk: one of the job's lanes, so its chunks spread over partitions (cars: one lane).

    Order between chunks of a job does not matter: their emails are distinct (duplicates are rejected
    in validation), every chunk is counted once, and undo is only accepted once every chunk is applied.
    """
    lanes = 1 if job["mode"] == "cars" else max(1, settings.chunk_lanes)
    return job["id"] if lanes == 1 else uuid.uuid5(job["id"], f"lane-{chunk_no % lanes}")


async def send(uow_factory: Any, settings: Settings, job: dict[str, Any], me: str, renew: Renew) -> None:
    """Chunk n is line n of the spool, so a resumed job sends exactly the chunks not yet committed."""
    chunk_no, rows_sent = job["chunks_sent"], job["rows_sent"]
    reader = await asyncio.to_thread(ChunkReader, spool_path(job["path"]), chunk_no)
    try:
        while chunks := await asyncio.to_thread(reader.next, settings.chunks_per_commit):
            async with uow_factory() as uow:
                for rows in chunks:
                    event = ImportChunkValidatedV2(
                        job_id=job["id"],
                        chunk_no=chunk_no,
                        mode=job["mode"],
                        rows=rows,
                        requested_by=job["created_by"],
                        mapped=tuple(job["mapping"]),
                        blank_clears=job["blank_clears"],
                    )
                    uow.publish(event, facility_id=job["facility_id"], aggregate_id=lane(job, chunk_no, settings))
                    chunk_no += 1
                    rows_sent += len(rows)
                await renew(uow, job, me, settings.lease_s, chunks_sent=chunk_no, rows_sent=rows_sent)
                await uow.commit()
    finally:
        reader.close()
    files.remove(spool_path(job["path"]))  # every chunk is in the outbox; the spool is no longer needed
    async with uow_factory() as uow:
        await renew(uow, job, me, settings.lease_s, lease_owner=None)
        locked = await uow.session.execute(select(jobs).where(jobs.c.id == job["id"]).with_for_update())
        await progress.complete_if_done(uow, dict(locked.mappings().one()))
        await uow.commit()
    log.info("import sent", job_id=str(job["id"]), chunks=chunk_no, rows=rows_sent)
