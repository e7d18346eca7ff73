"""Response bodies of the notifications API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from notifications.adapters.orm import emails
from shared.openapi import Page, row_model

EMAIL_LOG_COLUMNS = tuple(c.name for c in emails.c if c.name not in ("context", "idempotency_key"))
Email = row_model(
    "Email", emails, "An email in the log: recipient, template, status, attempts.", only=EMAIL_LOG_COLUMNS
)


class EmailQueued(BaseModel):
    """The email queued (or skipped, with why)."""

    email_id: uuid.UUID
    status: str
    reason: str | None


class BroadcastReport(BaseModel):
    """A broadcast and its send report; `skipped` counts by reason (other statuses may appear as counts)."""

    model_config = ConfigDict(extra="allow")

    id: uuid.UUID
    status: str
    subject: str
    english: dict[str, str] | None = None
    audience: dict[str, Any]
    created_at: datetime
    completed_at: datetime | None
    queued: int
    sent: int
    failed: int
    skipped: dict[str, int]


class SkippedRecipient(BaseModel):
    """An audience member who will not get the broadcast, and why (no_email, opted_out, undeliverable)."""

    customer_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    reason: str


class AudiencePreview(BaseModel):
    """What a broadcast would do: the audience, how many get it (by language), who is skipped and why."""

    total: int
    sending: int
    languages: dict[str, int]
    skipped: dict[str, int]
    skipped_recipients: list[SkippedRecipient]


class TestQueued(BaseModel):
    """One test email queued, in one language."""

    email_id: uuid.UUID
    language: str


class TestSent(BaseModel):
    """Where the test went, and one email per written language."""

    to: str
    emails: list[TestQueued]


class FacilityProfileOut(BaseModel):
    """The facility's name and reply-to address on every email."""

    name: str
    reply_to: str | None


class WebhookApplied(BaseModel):
    """Whether the provider event changed anything (false: seen before)."""

    applied: bool


class EmailPage(Page[Email]):  # type: ignore[valid-type]
    """The email log, newest first, one page."""
