"""Events published by notifications, on the notifications topic keyed by customer id."""

from __future__ import annotations

import uuid
from typing import Literal

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

PRODUCER = "notifications"

Category = Literal["transactional", "marketing"]


class _NotificationEvent(Event):
    topic = topics.NOTIFICATIONS


@registry.register
class EmailSent(_NotificationEvent):
    """An email was accepted by the mail server (contacts shows it on the timeline)."""

    type = "EmailSent"
    email_id: uuid.UUID
    customer_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    broadcast_id: uuid.UUID | None = None
    template: str
    to: str
    language: str
    category: Category
    subject: str
    message_id: str


@registry.register
class EmailFailed(_NotificationEvent):
    """An email could not be delivered (permanent refusal, retries exhausted, or undeliverable address)."""

    type = "EmailFailed"
    email_id: uuid.UUID
    customer_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    broadcast_id: uuid.UUID | None = None
    template: str
    to: str | None = None
    category: Category
    reason: str
    attempts: int


@registry.register
class EmailBounced(_NotificationEvent):
    """The mail provider reported a bounce or a complaint: the address is undeliverable."""

    type = "EmailBounced"
    address: str
    kind: Literal["bounce", "complaint"]
    reason: str
    email_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None


@registry.register
class MarketingOptedOut(_NotificationEvent):
    """A recipient unsubscribed from marketing (one-click link); contacts applies it to the record."""

    type = "MarketingOptedOut"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    source: Literal["unsubscribe_link", "complaint"] = "unsubscribe_link"


@registry.register
class BroadcastCompleted(_NotificationEvent):
    """Every recipient of a broadcast was sent, skipped (with the reason) or failed."""

    type = "BroadcastCompleted"
    broadcast_id: uuid.UUID
    sent: int
    failed: int
    skipped: dict[str, int]
