"""Events published by the portal: sign-in emails on their own short-retention topic, the rest keyed by customer."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal, Self

from pydantic import Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry
from shared.sealing import Keyring, Sealed

PRODUCER = "portal"

_SEALED_LINK = "The link, sealed with the sign-in keyring shared by portal and notifications (never in clear)."


class _SealedLinkEvent(Event):
    """An email request carrying a secret link, sealed to the event's type, request, customer, person and address."""

    request_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    email: str
    first_name: str
    language: Literal["fr", "en"] = "fr"
    link: Sealed = Field(description=_SEALED_LINK)
    expires_at: datetime

    def _associated(self) -> bytes:
        # Binding these means a sealed link copied into another event (another address) does not open.
        parts = (self.type, self.request_id, self.customer_id, self.person_id, self.email)
        return "\n".join(str(p) for p in parts).encode()

    @classmethod
    def sealing(cls, keyring: Keyring, link: str, **fields: Any) -> Self:
        """The event with `link` sealed under the keyring's current key."""
        draft = cls(**fields, link=Sealed(key_id="", nonce="", ciphertext=""))
        return draft.model_copy(update={"link": keyring.seal(link, draft._associated())})

    def open_link(self, keyring: Keyring) -> str:
        """The link in clear; raises shared.sealing.UnsealError if it cannot be opened."""
        return keyring.open(self.link, self._associated())


@registry.register
class SignInEmailRequested(_SealedLinkEvent):
    """Email this sign-in link to this person. The link is a secret: sealed, on its own one-hour topic."""

    topic = topics.SIGNIN_EMAILS
    type = "SignInEmailRequested"
    # v2: the link is sealed (v1 carried it in clear; a v1 message is dead-lettered, never sent).
    version = 2
    kind: Literal["invite", "resend", "signin"]


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
class PortalEmailConfirmationRequested(_SealedLinkEvent):
    """Email this confirmation link to a new address before it becomes the sign-in email (a sealed link)."""

    topic = topics.SIGNIN_EMAILS
    type = "PortalEmailConfirmationRequested"
    version = 2


@registry.register
class PortalInvoicePaymentRequested(Event):
    """A signed-in customer asked to pay an open invoice with their saved default card; billing charges it."""

    topic = topics.PORTAL
    type = "PortalInvoicePaymentRequested"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    invoice_id: uuid.UUID


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
    # The account holder's own choice about offers and news (None: unchanged). Added in v1 as an optional field.
    marketing_opt_out: bool | None = None


@registry.register
class PortalPickupRequested(Event):
    """A signed-in customer asked to pick up a car; scheduling (contacts) records a 'requested' appointment."""

    topic = topics.PORTAL
    type = "PortalPickupRequested"
    request_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    car_id: uuid.UUID | None = None
    wanted_at: datetime
    notes: str | None = None


@registry.register
class PortalOrderPlaced(Event):
    """A signed-in customer ordered a product of the facility's shop; billing invoices it (and charges the card)."""

    topic = topics.PORTAL
    type = "PortalOrderPlaced"
    order_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    product_id: uuid.UUID
    quantity: int = Field(ge=1, le=100)
    pay_now: bool = False


@registry.register
class PortalPaymentMethodSubmitted(Event):
    """A signed-in customer entered a card; the browser tokenized it, so only the provider's token travels.

    Never a card number: `token` is the provider's payment-method reference (Stripe Elements' `pm_...`, or a
    test token of the local provider), `brand`/`last4` are the browser's display hints, billing trusts the
    provider's own answer.
    """

    topic = topics.PORTAL
    type = "PortalPaymentMethodSubmitted"
    request_id: uuid.UUID
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    token: str = Field(min_length=4, max_length=255, pattern=r"^pm_[A-Za-z0-9_]+$")
    brand: str | None = Field(default=None, max_length=32)
    last4: str | None = Field(default=None, pattern=r"^[0-9]{4}$")
    exp_month: int = Field(ge=1, le=12)
    exp_year: int = Field(ge=2000, le=2100)
