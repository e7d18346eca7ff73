"""The customer's session cookie as a FastAPI dependency, and the client address for rate limits."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, Response
from fastapi.security import APIKeyCookie

from portal.config import Settings
from portal.entrypoints.deps import SettingsDep
from portal.service_layer.sessions import current_account
from shared.deps import UowDep, settings_in


def client_address(request: Request) -> str:
    """The caller's address: the peer, or behind a trusted proxy the address that proxy says it saw."""
    settings = settings_in(request)
    assert isinstance(settings, Settings)
    peer = request.client.host if request.client else "unknown"
    trusted = _networks(tuple(settings.trusted_proxies))
    forwarded = request.headers.getlist("x-forwarded-for")
    if not forwarded or not _within(peer, trusted):
        return peer
    hops = [hop.strip() for value in forwarded for hop in value.split(",")]
    # Right to left: each trusted proxy vouches for the hop before it, until one that is not a proxy.
    for hop in reversed(hops):
        if not _within(hop, trusted):
            return hop if _address(hop) is not None else peer
    return peer


@functools.cache
def _networks(cidrs: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(c, strict=False) for c in cidrs)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _within(text: str, networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    address = _address(text)
    return address is not None and any(address in network for network in networks)


def set_session_cookie(response: Response, settings: Settings, session_id: str) -> None:
    """httpOnly, Secure (configurable for local http), SameSite=Lax, for the whole site (pages and API)."""
    response.set_cookie(
        settings.cookie_name,
        session_id,
        max_age=settings.session_absolute_s,
        path="/",
        httponly=True,
        secure=settings.cookie_secure,
        samesite="lax",
    )


# Documents the session cookie as the security scheme of /me; the cookie is read under the configured name.
session_cookie = APIKeyCookie(
    name=Settings.model_fields["cookie_name"].default,
    scheme_name="portalSession",
    auto_error=False,
    description="The portal session",
)


async def session_account(
    request: Request, uow: UowDep, settings: SettingsDep, _: Annotated[str | None, Depends(session_cookie)] = None
) -> Mapping[str, Any]:
    """The signed-in account, or 401."""
    session_id = request.cookies.get(settings.cookie_name)
    account = await current_account(uow, settings, session_id) if session_id else None
    if account is None:
        raise HTTPException(
            401, detail=[{"loc": ["cookie", settings.cookie_name], "msg": "sign in first", "type": "unauthorized"}]
        )
    return account


Account = Annotated[Mapping[str, Any], Depends(session_account)]
