"""Response bodies of the importer API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.openapi import Page


class RowCounts(BaseModel):
    """Rows in the file, valid and rejected (as far as validated)."""

    total: int
    valid: int
    rejected: int


class Progress(BaseModel):
    """How far sending and applying the valid rows has got."""

    chunks_sent: int
    chunks_total: int | None
    chunks_applied: int
    rows_sent: int
    done: int
    created: int
    updated: int
    skipped: int
    failed: int
    rows_per_s: float | None
    seconds_left: float | None


class Undo(BaseModel):
    """The state of an undo, and what it removed and kept."""

    status: str | None
    result: Any = None


class ImportJob(BaseModel):
    """An import: the file, its mapping, the validation summary and the progress."""

    id: uuid.UUID
    filename: str
    size: int
    kind: str
    encoding: str | None
    delimiter: str | None
    status: str
    error: str | None
    mode: str
    blank_clears: bool
    country: str
    headers: list[str]
    header_row: int | None
    mapping: dict[str, str]
    cars_file: bool
    missing_fields: list[str]
    rows: RowCounts
    summary: dict[str, Any]
    progress: Progress
    undo: Undo
    created_by: str
    created_at: datetime
    confirmed_at: datetime | None
    finished_at: datetime | None


class UploadedJob(ImportJob):
    """The job of an upload; `same_file_as_existing_job` when the file was uploaded before."""

    same_file_as_existing_job: bool


class FieldChange(BaseModel):
    """One stored value an update would change: `from` the stored value `to` the file's."""

    model_config = ConfigDict(populate_by_name=True)

    field: str
    from_: Any = Field(alias="from")
    to: Any


class PreviewRow(BaseModel):
    """A row of the file: its values by field, its problems, and what confirming in the mode would do with it."""

    row_no: int
    values: dict[str, str]
    errors: list[dict[str, Any]]
    action: Literal["create", "update", "skip", "reject", "link_cars"]
    reason: str | None = None
    changes: list[FieldChange] | None = None


class DryRun(BaseModel):
    """How many rows of the whole file the mode would create, update, skip and reject."""

    create: int
    update: int
    skip: int
    reject: int


class Preview(BaseModel):
    """The first rows with what `mode` will do to each, the whole file's dry-run counts, and the job."""

    job: ImportJob
    mode: str
    blank_clears: bool
    rows: list[PreviewRow]
    dry_run: DryRun
    validated: bool


class ImportJobPage(Page[ImportJob]):
    """The facility's imports, newest first, one page."""
