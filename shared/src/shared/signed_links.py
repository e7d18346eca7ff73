"""Signed download links: the portal signs them, contacts checks them, with one shared secret."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid


def sign(secret: str, document_id: uuid.UUID, expires: int) -> str:
    """The signature of a link to this document, valid until `expires` (Unix seconds)."""
    return hmac.new(secret.encode(), f"{document_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def download_path(secret: str, document_id: uuid.UUID, ttl_s: int) -> tuple[str, int]:
    """`documents/{id}/download?expires=…&signature=…` (relative to contacts' base) and when it expires."""
    expires = int(time.time()) + ttl_s
    signature = sign(secret, document_id, expires)
    return f"documents/{document_id}/download?expires={expires}&signature={signature}", expires


def is_valid(secret: str, document_id: uuid.UUID, expires: int, signature: str) -> bool:
    """Unexpired and signed with this secret."""
    return expires >= time.time() and hmac.compare_digest(
        sign(secret, document_id, expires).encode(), signature.encode()
    )
