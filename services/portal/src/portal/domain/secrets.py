"""Random tokens for links and sessions, and the only form in which they are stored."""

import hashlib
import secrets


def new_token() -> str:
    """A URL-safe random token of 256 bits."""
    return secrets.token_urlsafe(32)


def digest(token: str) -> bytes:
    """SHA-256 of a token: what the database keeps instead of the token."""
    return hashlib.sha256(token.encode()).digest()


def email_key(email: str) -> str:
    """A rate-limit key for an address that keeps no readable email in the table."""
    return "email:" + hashlib.sha256(email.strip().lower().encode()).hexdigest()
