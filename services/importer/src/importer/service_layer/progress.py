"""Chunk results and undo outcomes from contacts: counted once per (job, chunk), the job completed when all are in."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert

from importer.adapters.orm import chunks, jobs, row_errors
from shared.contracts.envelope import Envelope
from shared.contracts.importer import ImportChunkApplied, ImportCompleted, ImportUndone
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)

_REASONS = {
    "exists": "a customer with this email already exists (create only)",
    "not_found": "no customer with this email (update only)",
    "owner_not_found": "no customer with this email: import the customers first",
    "duplicate_vin": "another car of the facility already has this VIN",
    "unchanged": "the customer already has these values",
    "duplicate_in_file": "this email is on another row of the chunk",
    "control_character": "contacts refused a control character in this field",
    "too_long": "contacts refused this field as too long",
}


async def on_chunk_applied(uow: UnitOfWork, envelope: Envelope, event: ImportChunkApplied) -> None:
    """Count a chunk's outcomes once, keep its skipped and failed rows for the error report."""
    counts = Counter(r.outcome for r in event.results)
    inserted = await uow.session.execute(
        insert(chunks)
        .values(
            job_id=event.job_id,
            chunk_no=event.chunk_no,
            created=counts["created"],
            updated=counts["updated"],
            skipped=counts["skipped"],
            failed=counts["failed"],
        )
        .on_conflict_do_nothing()
        .returning(chunks.c.chunk_no)
    )
    if inserted.first() is None:
        log.info("chunk result already counted", job_id=str(event.job_id), chunk_no=event.chunk_no)
        return
    problems = [
        {
            "job_id": event.job_id,
            "row_no": r.row_no,
            "stage": "apply",
            "problems": [{"field": r.field or "email", "code": r.reason or r.outcome, "msg": _message(r.reason)}],
        }
        for r in event.results
        if r.outcome in ("skipped", "failed")
    ]
    if problems:
        await uow.session.execute(insert(row_errors).on_conflict_do_nothing(), problems)
    row = await uow.session.execute(
        update(jobs)
        .where(jobs.c.id == event.job_id, jobs.c.facility_id == envelope.facility_id)
        .values(
            created=jobs.c.created + counts["created"],
            updated=jobs.c.updated + counts["updated"],
            skipped=jobs.c.skipped + counts["skipped"],
            failed=jobs.c.failed + counts["failed"],
            chunks_applied=jobs.c.chunks_applied + 1,
            last_applied_at=func.now(),
        )
        .returning(jobs)
    )
    job = row.mappings().first()
    if job is not None:
        await complete_if_done(uow, dict(job))


def _message(reason: str | None) -> str:
    if reason and reason.startswith("phone"):
        return f"contacts refused the phone number ({reason})"
    if reason and reason.startswith("refused_by_database"):
        return f"contacts could not store this row ({reason}); the other rows were imported"
    return _REASONS.get(reason or "", reason or "contacts did not apply the row")


async def complete_if_done(uow: UnitOfWork, job: dict[str, Any]) -> None:
    """Once every chunk sent is applied, the job is completed and says so (called with the job row locked)."""
    if job["status"] != "sending" or job["chunks_total"] is None or job["chunks_applied"] < job["chunks_total"]:
        return
    done = await uow.session.execute(
        update(jobs).where(jobs.c.id == job["id"]).values(status="completed", finished_at=func.now()).returning(jobs)
    )
    final = dict(done.mappings().one())
    uow.publish(_completed(final), facility_id=final["facility_id"], aggregate_id=final["id"])
    log.info("import completed", job_id=str(final["id"]), created=final["created"], updated=final["updated"])


def _completed(job: dict[str, Any]) -> ImportCompleted:
    from importer.service_layer.jobs import completed_event

    return completed_event(job)


async def on_import_undone(uow: UnitOfWork, envelope: Envelope, event: ImportUndone) -> None:
    """Record what the undo removed and kept."""
    await uow.session.execute(
        update(jobs)
        .where(jobs.c.id == event.job_id, jobs.c.facility_id == envelope.facility_id)
        .values(undo_status="done", undo_result=event.model_dump(mode="json", exclude={"job_id"}))
    )


async def job_for_update(uow: UnitOfWork, job_id: Any) -> dict[str, Any] | None:
    """A job row, locked."""
    row = await uow.session.execute(select(jobs).where(jobs.c.id == job_id).with_for_update())
    found = row.mappings().first()
    return dict(found) if found else None
