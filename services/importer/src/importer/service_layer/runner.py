"""Background work on jobs: validate the whole file, then send its chunks; leased, so a restart resumes the job."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import functools
import os
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert

from importer.adapters.files import FileRefused
from importer.adapters.orm import jobs, known_emails, row_errors
from importer.adapters.spool import ChunkWriter, spool_path
from importer.config import Settings
from importer.domain.validation import email_key
from importer.service_layer import sending
from importer.service_layer.batches import CheckedRows
from shared.db import UnitOfWork
from shared.logs import get_logger
from shared.polling import PollingWorker

log = get_logger(__name__)

_CLAIM = text(
    """
    UPDATE import_jobs SET lease_owner = :me, lease_until = now() + make_interval(secs => :lease)
    WHERE id = (
      SELECT id FROM import_jobs
      WHERE (status = 'validating' OR (status = 'sending' AND chunks_sent < chunks_total))
        AND (lease_until IS NULL OR lease_until < now() OR lease_owner = :me)
      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *
    """
)


class LeaseLost(Exception):
    """The job changed under the worker (re-mapped, cancelled, taken over): stop working on it."""


class JobRunner:
    """Runs in each importer process; workers claim jobs with a lease renewed at every commit."""

    def __init__(self, uow_factory: Any, settings: Settings, workers: int = 2) -> None:
        self.uow, self.settings = uow_factory, settings
        self._ids = [f"{os.getpid()}-{uuid.uuid4().hex[:8]}" for _ in range(workers)]
        # Each worker claims jobs on its own; a wake reaches them all (whichever is idle claims the job).
        self._workers = [
            PollingWorker(f"import-worker-{me}", functools.partial(self._work, me), settings.runner_poll_s)
            for me in self._ids
        ]

    def start(self) -> None:
        """Start the workers."""
        for worker in self._workers:
            worker.start()

    async def stop(self) -> None:
        """Stop the workers; their jobs are resumed by whoever claims them after the lease ends."""
        await asyncio.gather(*(worker.stop() for worker in self._workers))

    def wake(self) -> None:
        """A job needs work now (upload, new mapping, confirm)."""
        for worker in self._workers:
            worker.wake()

    async def _work(self, me: str) -> bool:
        """Claim one job and work on it; True when there was one (another may be waiting)."""
        job = await self._claim(me)
        if job is None:
            return False
        await self.run(job, me)
        return True

    async def _claim(self, me: str) -> dict[str, Any] | None:
        async with self.uow() as uow:
            row = (await uow.session.execute(_CLAIM, {"me": me, "lease": self.settings.lease_s})).mappings().first()
            await uow.commit()
            return dict(row) if row else None

    async def run(self, job: dict[str, Any], me: str) -> None:
        """Validate or send one claimed job; a malformed file fails the job with its reason."""
        try:
            if job["status"] == "validating":
                await validate(self.uow, self.settings, job, me)
            else:
                await sending.send(self.uow, self.settings, job, me, renew)
        except LeaseLost:
            log.info("import job changed under its worker", job_id=str(job["id"]))
        except (csv.Error, UnicodeError, ValueError, OSError, FileRefused) as exc:
            log.warning("import job failed", job_id=str(job["id"]), error=repr(exc))
            async with self.uow() as uow:
                await uow.session.execute(
                    update(jobs).where(jobs.c.id == job["id"]).values(status="failed", error=str(exc)[:500])
                )
                await uow.commit()


async def renew(uow: UnitOfWork, job: dict[str, Any], me: str, lease_s: float, **values: Any) -> None:
    """Update the job and renew the lease only if this worker still owns the same job state, else LeaseLost."""
    statement = (
        update(jobs)
        .where(
            jobs.c.id == job["id"],
            jobs.c.lease_owner == me,
            jobs.c.status == job["status"],
            jobs.c.validation_no == job["validation_no"],
        )
        .values({"lease_until": func.now() + dt.timedelta(seconds=lease_s), **values})
    )
    if (await uow.session.execute(statement)).rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost


async def known_keys(uow: UnitOfWork, facility_id: uuid.UUID) -> set[int]:
    """Keys of the facility's live customer emails, as the importer's view knows them."""
    keys: set[int] = set()
    result = await uow.session.stream(
        select(known_emails.c.email).where(known_emails.c.facility_id == facility_id, known_emails.c.email.is_not(None))
    )
    async for (email,) in result:
        keys.add(email_key(email))
    return keys


async def validate(uow_factory: Any, settings: Settings, job: dict[str, Any], me: str) -> None:
    """Check every row, store every rejected row, and summarise before anything is written to contacts."""
    async with uow_factory() as uow:
        existing = await known_keys(uow, job["facility_id"])
    spool = await asyncio.to_thread(ChunkWriter, spool_path(job["path"]), job["chunk_size"])
    try:
        await _check_all(uow_factory, settings, job, me, spool, existing)
    except BaseException:
        spool.abandon()
        raise


async def _check_all(
    uow_factory: Any, settings: Settings, job: dict[str, Any], me: str, spool: ChunkWriter, existing: set[int]
) -> None:
    counts: Counter[str] = Counter()
    total = valid = rejected = matches = 0
    async for batch in CheckedRows(job, settings.read_batch_rows, spool, settings.xlsx_read_timeout_s).batches():
        errors = []
        for item in batch:
            total += 1
            if item.row is None:
                rejected += 1
                errors.append(
                    {"job_id": job["id"], "row_no": item.row_no, "stage": "validation", "problems": item.problems}
                )
                counts.update(f"{p['field']}:{p['code']}" for p in item.problems)
            else:
                valid += 1
                matches += email_key(item.row["email"]) in existing
        summary = {"errors": dict(counts), "matches_existing": matches, "new": valid - matches, "complete": False}
        async with uow_factory() as uow:
            if errors:
                await uow.session.execute(insert(row_errors).on_conflict_do_nothing(), errors)
            await renew(
                uow,
                job,
                me,
                settings.lease_s,
                total_rows=total,
                valid_rows=valid,
                rejected_rows=rejected,
                summary=summary,
            )
            await uow.commit()
    summary = {"errors": dict(counts), "matches_existing": matches, "new": valid - matches, "complete": True}
    chunks_total = await asyncio.to_thread(spool.finish)
    async with uow_factory() as uow:
        await renew(
            uow,
            job,
            me,
            settings.lease_s,
            total_rows=total,
            valid_rows=valid,
            rejected_rows=rejected,
            summary=summary,
            status="ready",
            chunks_total=chunks_total,
            lease_owner=None,
            lease_until=None,
        )
        await uow.commit()
    log.info("import validated", job_id=str(job["id"]), total=total, valid=valid, rejected=rejected)
