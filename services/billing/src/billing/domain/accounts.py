"""What billing keeps of a customer: the account row each contacts event leads to."""

from __future__ import annotations

import uuid
from typing import Any

from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.envelope import Event


def account_values(event: Event) -> tuple[uuid.UUID, dict[str, Any]] | None:
    """The customer and the account fields this event sets (None: the event says nothing of the account)."""
    if isinstance(event, CustomerCreated | CustomerUpdated | CustomerRestored):
        c = event.customer
        return c.customer_id, {"name": f"{c.first_name} {c.last_name}".strip(), "email": c.email, "deleted": False}
    if isinstance(event, CustomerDeleted):
        return event.customer_id, {"deleted": True}
    if isinstance(event, CustomerAnonymized):
        return event.customer_id, {"name": "", "email": None, "deleted": True}
    return None
