"""Import jobs: created from an upload, re-mapped, confirmed, cancelled, undone; always within one facility."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from importer.adapters import files
from importer.adapters.orm import jobs, row_errors
from importer.config import Settings
from importer.domain import mapping as mappings
from importer.service_layer.header import read_head
from shared.auth import Principal
from shared.contracts.importer import ImportCompleted, ImportUndoRequested
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.logs import get_logger
from shared.openapi import PageRequest, fetch_page

log = get_logger(__name__)
MODES = ("create", "upsert", "update")
_EDITABLE = ("validating", "ready")


async def create_job(
    uow: UnitOfWork, principal: Principal, settings: Settings, stored: files.StoredFile, filename: str, country: str
) -> tuple[dict[str, Any], bool]:
    """A new job validating the file, or the existing job of the same file (and the new copy is dropped)."""
    try:
        # In a thread with a time bound: a workbook is inflated and parsed to find its header.
        found = {"path": stored.path, "kind": stored.kind, "encoding": stored.encoding, "delimiter": stored.delimiter}
        headers, header_row, has_rows = await asyncio.to_thread(read_head, found, settings)
        if not has_rows:
            raise files.FileRefused("the file has a header but no rows", reason="no_rows")
    except BaseException:
        files.remove(stored.path)
        raise
    values = {
        "id": uuid.uuid4(),
        "facility_id": principal.facility_id,
        "created_by": principal.sub,
        "filename": filename,
        "path": str(stored.path),
        "sha256": stored.sha256,
        "size": stored.size,
        "kind": stored.kind,
        "encoding": stored.encoding,
        "delimiter": stored.delimiter,
        "headers": headers,
        "header_row": header_row,
        "mapping": mappings.auto_map(headers),
        "country": country.upper(),
        "status": "validating",
        "chunk_size": settings.chunk_rows,
    }
    async with uow:
        try:
            row = (await uow.session.execute(insert(jobs).values(values).returning(jobs))).mappings().one()
            await uow.commit()
            log.info("import uploaded", job_id=str(row["id"]), size=stored.size, kind=stored.kind)
            return dict(row), True
        except IntegrityError:
            await uow.session.rollback()
    files.remove(stored.path)
    async with uow:
        same = await uow.session.execute(
            select(jobs).where(
                jobs.c.facility_id == principal.facility_id,
                jobs.c.sha256 == stored.sha256,
                jobs.c.status.not_in(("cancelled", "failed")),
                jobs.c.undo_status.is_(None),
            )
        )
        return dict(same.mappings().one()), False


async def get_job(uow: UnitOfWork, principal: Principal, job_id: uuid.UUID, *, lock: bool = False) -> dict[str, Any]:
    """One job of the principal's facility; another facility's job is not found."""
    query = select(jobs).where(jobs.c.id == job_id, jobs.c.facility_id == principal.facility_id)
    row = (await uow.session.execute(query.with_for_update() if lock else query)).mappings().first()
    if row is None:
        raise NotFound("import not found", loc=["path", "job_id"])
    return dict(row)


async def list_jobs(
    uow: UnitOfWork, principal: Principal, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The facility's jobs, newest first, one page."""
    async with uow:
        query = select(jobs).where(jobs.c.facility_id == principal.facility_id)
        return await fetch_page(uow.session, query, [(jobs.c.created_at, True), (jobs.c.id, True)], page)


async def set_mapping(
    uow: UnitOfWork,
    principal: Principal,
    job_id: uuid.UUID,
    changes: dict[str, str | None],
    header_row: int | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Save staff's column choices (and header row: the mapping starts again from its headers); validate again."""
    async with uow:
        job = await get_job(uow, principal, job_id, lock=True)
        if job["status"] not in _EDITABLE:
            raise Conflict(f"the import is {job['status']}; its mapping can no longer change", field="mapping")
        if header_row is not None and settings is not None and header_row != job["header_row"]:
            headers, header_row, _ = await asyncio.to_thread(read_head, job, settings, header_row)
            job["headers"], job["header_row"], job["mapping"] = headers, header_row, mappings.auto_map(headers)
        new = mappings.override(job["headers"], job["mapping"], changes)
        await uow.session.execute(delete(row_errors).where(row_errors.c.job_id == job_id))
        row = await uow.session.execute(
            update(jobs)
            .where(jobs.c.id == job_id)
            .values(
                headers=job["headers"],
                header_row=job["header_row"],
                mapping=new,
                status="validating",
                validation_no=jobs.c.validation_no + 1,
                total_rows=0,
                valid_rows=0,
                rejected_rows=0,
                summary={},
                chunks_total=None,
                lease_owner=None,
                lease_until=None,
            )
            .returning(jobs)
        )
        job = dict(row.mappings().one())
        await uow.commit()
        return job


async def confirm(
    uow: UnitOfWork, principal: Principal, job_id: uuid.UUID, mode: str | None, blank_clears: bool = False
) -> dict[str, Any]:
    """Start sending the validated rows to contacts; confirming twice changes nothing."""
    async with uow:
        job = await get_job(uow, principal, job_id, lock=True)
        if job["status"] in ("sending", "completed"):
            return job
        if job["status"] == "validating":
            raise Conflict("the file is still being validated; confirm once the summary is ready", field="status")
        if job["status"] != "ready":
            raise Conflict(f"the import is {job['status']}", field="status")
        missing = mappings.missing(job["mapping"])
        if missing:
            raise DomainError(f"map a column to {missing[0]}", loc=["body", "mapping", missing[0]], missing=missing)
        if job["valid_rows"] == 0:
            raise DomainError("no row of the file is valid; see the error report", field="mode")
        chosen = "cars" if mappings.is_cars_file(job["mapping"]) else (mode or job["mode"])
        row = await uow.session.execute(
            update(jobs)
            .where(jobs.c.id == job_id)
            .values(
                status="sending",
                mode=chosen,
                blank_clears=blank_clears,
                confirmed_at=func.now(),
                lease_owner=None,
                lease_until=None,
            )
            .returning(jobs)
        )
        job = dict(row.mappings().one())
        await uow.commit()
        return job


async def cancel(uow: UnitOfWork, principal: Principal, job_id: uuid.UUID) -> dict[str, Any]:
    """Stop a job: no further chunk is sent (chunks already sent are still applied and counted)."""
    async with uow:
        job = await get_job(uow, principal, job_id, lock=True)
        if job["status"] in ("completed", "cancelled", "failed"):
            raise Conflict(f"the import is already {job['status']}", field="status")
        row = await uow.session.execute(
            update(jobs).where(jobs.c.id == job_id).values(status="cancelled", finished_at=func.now()).returning(jobs)
        )
        job = dict(row.mappings().one())
        uow.publish(completed_event(job), facility_id=job["facility_id"], aggregate_id=job_id)
        await uow.commit()
        return job


async def request_undo(uow: UnitOfWork, principal: Principal, job_id: uuid.UUID) -> dict[str, Any]:
    """Ask contacts to remove the customers this job created that nobody changed or linked since."""
    async with uow:
        job = await get_job(uow, principal, job_id, lock=True)
        if job["status"] not in ("completed", "cancelled") or job["confirmed_at"] is None:
            raise Conflict("only a finished import can be undone", field="status")
        if job["undo_status"] is not None:
            return job
        row = await uow.session.execute(
            update(jobs).where(jobs.c.id == job_id).values(undo_status="requested").returning(jobs)
        )
        uow.publish(
            ImportUndoRequested(job_id=job_id, requested_by=principal.sub),
            facility_id=principal.facility_id,
            aggregate_id=job_id,
        )
        job = dict(row.mappings().one())
        await uow.commit()
        return job


def completed_event(job: dict[str, Any]) -> ImportCompleted:
    """The final counts of a job."""
    return ImportCompleted(
        job_id=job["id"],
        status="cancelled" if job["status"] == "cancelled" else "completed",
        total_rows=job["total_rows"],
        created=job["created"],
        updated=job["updated"],
        skipped=job["skipped"],
        failed=job["failed"],
        rejected=job["rejected_rows"],
    )
