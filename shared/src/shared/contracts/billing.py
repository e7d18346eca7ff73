"""Events published by billing, on the billing topic keyed by customer id."""

from __future__ import annotations

import uuid
from datetime import date

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry


class _BillingEvent(Event):
    topic = topics.BILLING


@registry.register
class RentalStarted(_BillingEvent):
    """A customer started renting a space: contacts makes the customer Active."""

    type = "RentalStarted"
    rental_id: uuid.UUID
    customer_id: uuid.UUID
    started_on: date
    car_id: uuid.UUID | None = None


@registry.register
class RentalEnded(_BillingEvent):
    """A rental ended: with no other active rental, contacts makes the customer Inactive."""

    type = "RentalEnded"
    rental_id: uuid.UUID
    customer_id: uuid.UUID
    ended_on: date
