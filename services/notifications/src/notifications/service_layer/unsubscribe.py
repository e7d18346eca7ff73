"""Signed one-click unsubscribe links (RFC 8058)."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from urllib.parse import urlencode


def token(secret: str, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: uuid.UUID | None) -> str:
    """The signature that makes an unsubscribe link unforgeable."""
    message = f"{facility_id}:{customer_id}:{person_id or ''}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:40]


def link(
    base_url: str, secret: str, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: uuid.UUID | None
) -> str:
    """The absolute unsubscribe URL for one recipient."""
    query = {"f": str(facility_id), "c": str(customer_id), "t": token(secret, facility_id, customer_id, person_id)}
    if person_id:
        query["p"] = str(person_id)
    return f"{base_url.rstrip('/')}/unsubscribe?{urlencode(query)}"


def verify(
    secret: str, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: uuid.UUID | None, given: str
) -> bool:
    """Whether `given` is the link's signature."""
    return hmac.compare_digest(token(secret, facility_id, customer_id, person_id).encode(), given.encode())
