"""Import chunks (importer → contacts, keyed by job id) and their per-row results (contacts → importer)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

# The chunks and undo requests; contacts publishes the results (`producer` on those contracts).
PRODUCER = "importer"


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
    # The field a failed row is refused for (absent in older results: the email, by which rows are matched).
    field: str | None = None


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
    producer = "contacts"
    type = "ImportChunkApplied"
    job_id: uuid.UUID
    chunk_no: int
    results: tuple[RowResult, ...]


class ImportCar(BaseModel):
    """A car of an imported row, linked to that row's customer."""

    model_config = ConfigDict(frozen=True)

    make: str
    model: str
    year: int | None = None
    colour: str | None = None
    plate: str | None = None
    vin: str | None = None


class ImportAddress(BaseModel):
    """The postal address columns of a row (only the given parts)."""

    model_config = ConfigDict(frozen=True)

    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None


class ImportRowV2(ImportRow):
    """An import row with a birthday and cars (v2 of the chunk contract)."""

    birthday: date | None = None
    cars: tuple[ImportCar, ...] = ()
    # Set by the importer when `phone` is already validated E.164: the number as the file wrote it and in
    # national format, so contacts need not parse every number again.
    phone_raw: str | None = None
    phone_national: str | None = None
    # The fields this row sets (mapped, non-blank cells); None from older importers: every field.
    given: tuple[str, ...] | None = None
    address: ImportAddress | None = None
    notes: str | None = None
    # CRM options by name, as the file wrote them; contacts matches them (case-insensitive) or adds them.
    stage: str | None = None
    source: str | None = None
    customer_types: tuple[str, ...] = ()


@registry.register
class ImportChunkValidatedV2(Event):
    """v2: rows may carry a birthday and cars; `cars` mode only links cars to existing customers by email."""

    topic = topics.IMPORT_CHUNKS
    type = "ImportChunkValidated"
    version = 2
    job_id: uuid.UUID
    chunk_no: int
    mode: Literal["create", "upsert", "update", "cars"]
    rows: tuple[ImportRowV2, ...]
    requested_by: str
    # Every field the job maps; with `blank_clears`, a mapped field left blank in a row clears the stored value.
    mapped: tuple[str, ...] | None = None
    blank_clears: bool = False


@registry.upcaster("ImportChunkValidated", 1)
def _chunk_v1_to_v2(payload: dict[str, Any]) -> dict[str, Any]:
    """v1 rows have no birthday and no cars: both default to empty."""
    return payload


@registry.register
class ImportCompleted(Event):
    """Every chunk of a job was applied (or the job was cancelled): final counts."""

    topic = topics.IMPORT_CHUNKS
    type = "ImportCompleted"
    job_id: uuid.UUID
    status: Literal["completed", "cancelled"]
    total_rows: int
    created: int
    updated: int
    skipped: int
    failed: int
    rejected: int


@registry.register
class ImportUndoRequested(Event):
    """Remove the customers a job created that nobody changed or linked since (keyed by job id, after its chunks)."""

    topic = topics.IMPORT_CHUNKS
    type = "ImportUndoRequested"
    job_id: uuid.UUID
    requested_by: str


class KeptCustomer(BaseModel):
    """A customer an undo did not remove, and why."""

    model_config = ConfigDict(frozen=True)

    customer_id: uuid.UUID
    email: str | None = None
    reason: Literal["changed", "has_people", "has_documents", "has_billing", "has_cars", "invited"]


@registry.register
class ImportUndone(Event):
    """What an undo removed and what it kept."""

    topic = topics.IMPORT_RESULTS
    producer = "contacts"
    type = "ImportUndone"
    job_id: uuid.UUID
    removed: int
    kept_count: int
    # The first thousand kept customers with their reason; `kept_count` is the whole number.
    kept: tuple[KeptCustomer, ...]
    # Cars the job linked to existing customers (a cars file) that the undo removed.
    cars_removed: int = 0
