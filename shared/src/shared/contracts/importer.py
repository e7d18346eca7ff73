"""Import chunks (importer → contacts, keyed by job id) and their per-row results (contacts → importer)."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry


class ImportRow(BaseModel):
    """One validated spreadsheet row."""

    model_config = ConfigDict(frozen=True)

    row_no: int
    first_name: str
    last_name: str
    email: str
    phone: str | None = None
    company: str | None = None
    language: Literal["fr", "en"] = "fr"
    tags: tuple[str, ...] = ()


class RowResult(BaseModel):
    """What contacts did with one row."""

    model_config = ConfigDict(frozen=True)

    row_no: int
    outcome: Literal["created", "updated", "skipped", "failed"]
    customer_id: uuid.UUID | None = None
    reason: str | None = None


@registry.register
class ImportChunkValidated(Event):
    """A few hundred validated rows for contacts to apply in one transaction."""

    topic = topics.IMPORT_CHUNKS
    type = "ImportChunkValidated"
    job_id: uuid.UUID
    chunk_no: int
    mode: Literal["create", "upsert", "update"]
    rows: tuple[ImportRow, ...]
    requested_by: str


@registry.register
class ImportChunkApplied(Event):
    """The outcome of every row of a chunk."""

    topic = topics.IMPORT_RESULTS
    type = "ImportChunkApplied"
    job_id: uuid.UUID
    chunk_no: int
    results: tuple[RowResult, ...]
