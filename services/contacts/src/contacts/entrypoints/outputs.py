"""Response bodies of the contacts API that are not customers."""

from __future__ import annotations

import uuid

from pydantic import BaseModel

from contacts.adapters.orm import cars, documents
from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer.documents import PUBLIC
from shared.openapi import Page, row_model


class CrmOption(BaseModel):
    """A pipeline stage, source or customer type."""

    id: uuid.UUID
    name: str


class CrmOptions(BaseModel):
    """Every option of the facility, by kind, in order."""

    stages: list[CrmOption]
    sources: list[CrmOption]
    customer_types: list[CrmOption]


class OptionDeleted(BaseModel):
    """How many records moved to `move_to`."""

    moved: int


class TabCounts(BaseModel):
    """Customers per tab for the current search and filters (Customers: any rental, active or past; Leads: none)."""

    all: int
    leads: int
    customers: int
    active: int
    inactive: int


class BoardStage(BaseModel):
    """A column's stage (both null for customers without a stage)."""

    id: uuid.UUID | None
    name: str | None


class BoardColumn(BaseModel):
    """One stage, how many customers it holds, and the most recently changed of them."""

    stage: BoardStage
    count: int
    cards: list[CustomerOut]


class Board(BaseModel):
    """Customers grouped by stage, in stage order ('no stage' first)."""

    columns: list[BoardColumn]


class Skipped(BaseModel):
    """A selected customer the bulk action left alone, and why."""

    id: str
    reason: str


class BulkResult(BaseModel):
    """What a bulk action changed and skipped."""

    updated: int
    skipped: list[Skipped]


class DuplicateGroup(BaseModel):
    """Customers sharing a phone, or a name and company (oldest first)."""

    reason: str
    customer_ids: list[uuid.UUID]


class Duplicate(BaseModel):
    """A probable duplicate of a customer and why."""

    customer_id: uuid.UUID
    reasons: list[str]
    score: float


class InviteQueued(BaseModel):
    """The invite requested: the portal issues the link, notifications emails it."""

    kind: str
    email: str | None
    person_id: uuid.UUID | None


class DownloadLink(BaseModel):
    """A signed download URL relative to the service's base, valid until `expires` (unix time)."""

    url: str
    expires: int


Car = row_model("Car", cars, "A car, owned by a customer or unlinked.")
Document = row_model("Document", documents, "A document attached to a customer.", only=PUBLIC)


class CarPage(Page[Car]):  # type: ignore[valid-type]
    """The customer's cars, oldest first, one page."""


class DocumentPage(Page[Document]):  # type: ignore[valid-type]
    """The customer's documents, newest first, one page."""


class DuplicateGroupPage(Page[DuplicateGroup]):
    """Groups of probable duplicates, one page."""


class DuplicatePage(Page[Duplicate]):
    """Probable duplicates of one customer, best first, one page."""
