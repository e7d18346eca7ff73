"""The identity provider's signing keys (a JWKS URL), fetched without blocking the event loop."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import jwt

from shared.logs import get_logger

log = get_logger(__name__)


class KeysUnavailable(Exception):
    """The JWKS could not be fetched and no key for this token is known: the provider, not the token, is at fault."""


class JwksCache:
    """Signing keys by kid: fetched on first use, again when stale, and on an unknown kid (rate-limited).

    Keycloak rotates by adding a key with a higher priority and signing new tokens with it, so an unknown
    kid usually means a new key: fetching again accepts it without a restart. A flood of tokens with
    made-up kids fetches at most once per `min_refresh_s`, and concurrent misses share one fetch.
    """

    def __init__(self, url: str, *, ttl_s: float = 600.0, min_refresh_s: float = 10.0, timeout_s: float = 5.0) -> None:
        self._url = url
        self._ttl_s = ttl_s
        self._min_refresh_s = min_refresh_s
        self._timeout_s = timeout_s
        self._keys: dict[str, Any] = {}
        self._attempted_at = float("-inf")
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()

    async def key(self, kid: str) -> Any:
        """The verification key named `kid`; raises jwt.InvalidTokenError or KeysUnavailable."""
        now = time.monotonic()
        stale = now - self._fetched_at > self._ttl_s
        if kid not in self._keys or stale:
            await self._refresh()
        key = self._keys.get(kid)
        if key is not None:
            return key
        if self._fetched_at == float("-inf"):
            raise KeysUnavailable(f"signing keys of {self._url} unavailable")
        raise jwt.InvalidTokenError(f"unknown signing key {kid!r}")

    async def _refresh(self) -> None:
        async with self._lock:
            # Another request may have fetched (or tried) while this one waited for the lock.
            if time.monotonic() - self._attempted_at < self._min_refresh_s:
                return
            self._attempted_at = time.monotonic()
            try:
                async with httpx.AsyncClient(timeout=self._timeout_s) as client:
                    response = await client.get(self._url)
                    response.raise_for_status()
                    body = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                # Keep the keys we have: tokens they signed stay valid while the provider is away.
                log.warning("jwks fetch failed", url=self._url, error=repr(exc))
                return
            self._keys = _signing_keys(body)
            self._fetched_at = time.monotonic()
            log.info("jwks fetched", url=self._url, kids=sorted(self._keys))


def _signing_keys(body: Any) -> dict[str, Any]:
    """Keys usable for signatures, by kid; encryption keys and unsupported algorithms are skipped."""
    keys: dict[str, Any] = {}
    for entry in body.get("keys", []) if isinstance(body, dict) else []:
        if not isinstance(entry, dict) or entry.get("use", "sig") != "sig" or "kid" not in entry:
            continue
        try:
            keys[str(entry["kid"])] = jwt.PyJWK(entry).key
        except jwt.PyJWKError:
            continue
    return keys
