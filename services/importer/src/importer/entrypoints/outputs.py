"""Response bodies of the importer API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel

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
    country: str
    headers: list[str]
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


class PreviewRow(BaseModel):
    """A row of the file: its values by field, its problems, and what confirming would do with it."""

    row_no: int
    values: dict[str, str]
    errors: list[dict[str, Any]]
    action: str


class Preview(BaseModel):
    """The first rows and the job; `validated` once the whole file has been checked."""

    job: ImportJob
    rows: list[PreviewRow]
    validated: bool


class ImportJobPage(Page[ImportJob]):
    """The facility's imports, newest first, one page."""
