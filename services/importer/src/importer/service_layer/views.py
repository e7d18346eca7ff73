"""What the API shows of a job: progress (done, failed, rows/s, time left), the preview, the error report."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func, select

from importer.adapters.orm import known_emails, row_errors
from importer.adapters.readers import read_rows
from importer.domain import mapping as mappings
from importer.service_layer import plan as plans
from importer.service_layer.batches import first_rows
from shared.csvsafe import neutralise_row


def job_view(job: dict[str, Any]) -> dict[str, Any]:
    """A job as the API returns it."""
    done = job["created"] + job["updated"] + job["skipped"] + job["failed"]
    rate = left = None
    if job["confirmed_at"] and job["last_applied_at"] and done:
        end = job["finished_at"] or job["last_applied_at"]
        seconds = max((end - job["confirmed_at"]).total_seconds(), 1e-3)
        rate = round(done / seconds, 1)
        left = 0.0 if job["finished_at"] else round(max(job["valid_rows"] - done, 0) / rate, 1)
    return {
        "id": job["id"],
        "filename": job["filename"],
        "size": job["size"],
        "kind": job["kind"],
        "encoding": job["encoding"] or None,
        "delimiter": job["delimiter"] or None,
        "status": job["status"],
        "error": job["error"],
        "mode": job["mode"],
        "blank_clears": job["blank_clears"],
        "country": job["country"],
        "headers": job["headers"],
        "header_row": job["header_row"],
        "mapping": mappings.by_header(job["headers"], job["mapping"]),
        "cars_file": mappings.is_cars_file(job["mapping"]),
        "missing_fields": mappings.missing(job["mapping"]),
        "rows": {"total": job["total_rows"], "valid": job["valid_rows"], "rejected": job["rejected_rows"]},
        "summary": job["summary"],
        "progress": {
            "chunks_sent": job["chunks_sent"],
            "chunks_total": job["chunks_total"],
            "chunks_applied": job["chunks_applied"],
            "rows_sent": job["rows_sent"],
            "done": done,
            "created": job["created"],
            "updated": job["updated"],
            "skipped": job["skipped"],
            "failed": job["failed"],
            "rows_per_s": rate,
            "seconds_left": left,
        },
        "undo": {"status": job["undo_status"], "result": job["undo_result"]},
        "created_by": job["created_by"],
        "created_at": job["created_at"],
        "confirmed_at": job["confirmed_at"],
        "finished_at": job["finished_at"],
    }


async def preview(
    uow: Any,
    job: dict[str, Any],
    limit: int,
    time_limit_s: float | None = None,
    mode: str | None = None,
    blank_clears: bool | None = None,
) -> dict[str, Any]:
    """The first rows with their values, problems and what the mode will do with them; the counts of the file."""
    mode = mode or job["mode"]
    clears = job["blank_clears"] if blank_clears is None else blank_clears
    validator, rows = await asyncio.to_thread(first_rows, job, limit, time_limit_s)
    emails = [c.row["email"] for _, _, c in rows if c.row]
    existing: dict[str, Any] = {}
    if emails:
        found = await uow.session.execute(
            select(func.lower(known_emails.c.email), known_emails.c.snapshot).where(
                known_emails.c.facility_id == job["facility_id"], known_emails.c.email.in_(emails)
            )
        )
        existing = dict(found.all())
    out = []
    for row_no, cells, checked in rows:
        email = checked.row["email"].lower() if checked.row else ""
        step = plans.plan(
            mode,
            checked.row,
            email in existing,
            existing.get(email),
            cars_only=validator.cars_only,
            mapping=job["mapping"],
            blank_clears=clears,
        )
        out.append({"row_no": row_no, "values": validator.values(cells), "errors": checked.problems, **step})
    counts = plans.dry_run(mode, job["summary"], job["rejected_rows"], validator.cars_only)
    return {
        "job": job_view(job),
        "mode": mode,
        "blank_clears": clears,
        "rows": out,
        "dry_run": counts,
        "validated": bool(job["summary"].get("complete")),
    }


async def error_report(uow_factory: Any, job: dict[str, Any]) -> AsyncIterator[bytes]:
    """Every rejected row as CSV: row number, reasons, then the row's own cells, read back from the file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    rows = read_rows(job["path"], job["kind"], job["encoding"], job["delimiter"])
    try:
        writer.writerow(neutralise_row(["row", "stage", "reasons", *job["headers"]]))
        yield _drain(buffer)
        last = 0
        while True:
            async with uow_factory() as uow:
                page = (
                    await uow.session.execute(
                        select(row_errors.c.row_no, row_errors.c.stage, row_errors.c.problems)
                        .where(row_errors.c.job_id == job["id"], row_errors.c.row_no > last)
                        .order_by(row_errors.c.row_no)
                        .limit(5000)
                    )
                ).all()
            if not page:
                break
            cells_of = await asyncio.to_thread(_cells_for, rows, [r[0] for r in page])
            for row_no, stage, problems in page:
                reasons = "; ".join(f"{p['field']}: {p['msg']}" for p in problems)
                writer.writerow(neutralise_row([row_no, stage, reasons, *cells_of.get(row_no, [])]))
            last = page[-1][0]
            yield _drain(buffer)
    finally:
        getattr(rows, "close", lambda: None)()


def _cells_for(rows: Any, wanted: list[int]) -> dict[int, list[str]]:
    """Advance the file to each wanted row number (ascending) and keep those rows' cells."""
    out: dict[int, list[str]] = {}
    targets = iter(wanted)
    target = next(targets, None)
    for row_no, cells in rows:
        while target is not None and target < row_no:
            target = next(targets, None)
        if target is None:
            break
        if row_no == target:
            out[row_no] = cells
            target = next(targets, None)
            if target is None:
                break
    return out


def _drain(buffer: io.StringIO) -> bytes:
    data = buffer.getvalue().encode()
    buffer.seek(0)
    buffer.truncate()
    return data
