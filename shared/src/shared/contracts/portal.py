"""Events published by the portal: sign-in emails on their own short-retention topic, the rest keyed by customer."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import SecretStr, field_serializer

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry


@registry.register
class SignInEmailRequested(Event):
    """Email this sign-in link to this person. The link is a secret: it travels only on its own topic."""

    topic = topics.SIGNIN_EMAILS
    type = "SignInEmailRequested"
    request_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    email: str
    first_name: str
    language: Literal["fr", "en"] = "fr"
    kind: Literal["invite", "resend", "signin"]
    link: SecretStr
    expires_at: datetime

    @field_serializer("link", when_used="json")
    def _reveal(self, link: SecretStr) -> str:
        return link.get_secret_value()


@registry.register
class PortalInviteIssued(Event):
    """An invite (or resend) was issued; contacts shows "invited at" and the timeline entry."""

    topic = topics.PORTAL
    type = "PortalInviteIssued"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    kind: Literal["invite", "resend"]
    expires_at: datetime


@registry.register
class PortalSignedIn(Event):
    """A customer or person signed in to the portal."""

    topic = topics.PORTAL
    type = "PortalSignedIn"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    at: datetime


@registry.register
class PortalEmailConfirmationRequested(Event):
    """Email this confirmation link to a new address before it becomes the sign-in email (a secret link)."""

    topic = topics.SIGNIN_EMAILS
    type = "PortalEmailConfirmationRequested"
    request_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    email: str
    first_name: str
    language: Literal["fr", "en"] = "fr"
    link: SecretStr
    expires_at: datetime

    @field_serializer("link", when_used="json")
    def _reveal(self, link: SecretStr) -> str:
        return link.get_secret_value()


@registry.register
class PortalProfileChanged(Event):
    """A customer or person edited their profile in the portal; contacts applies the fields that are set."""

    topic = topics.PORTAL
    type = "PortalProfileChanged"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    language: Literal["fr", "en"] | None = None
    # Set only after the new address was confirmed through a link sent to it.
    email: str | None = None
