"""Staff authentication: JWT bearer tokens naming the user, role and facilities they may act for."""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any

import jwt
from cryptography.hazmat.primitives import serialization
from fastapi import Depends, Header, HTTPException, Request, status

from shared.settings import ServiceSettings

ALGORITHMS = ["RS256", "ES256"]


class Role(StrEnum):
    """Staff roles; owner and manager may write, staff may only read."""

    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"


WRITERS = frozenset({Role.OWNER, Role.MANAGER})


@dataclass(frozen=True)
class Principal:
    """The authenticated staff member and the facility this request acts for."""

    sub: str
    role: Role
    facilities: frozenset[uuid.UUID]
    facility_id: uuid.UUID

    @property
    def can_write(self) -> bool:
        """Owner and manager may create, edit, import and broadcast."""
        return self.role in WRITERS


class TokenVerifier:
    """Verifies tokens against a JWKS URL (production) or a local public key (development)."""

    def __init__(self, settings: ServiceSettings, cache_size: int = 4096) -> None:
        self._settings = settings
        # Verified claims by token, kept until the token expires: a dashboard sends the same token with
        # every keystroke, and an RSA verification per request is a measurable share of a search.
        self._verified: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size

    @cached_property
    def _jwks(self) -> jwt.PyJWKClient | None:
        url = self._settings.jwt_jwks_url
        return jwt.PyJWKClient(url, cache_keys=True) if url else None

    @cached_property
    def _public_key(self) -> Any:
        path = self._settings.jwt_public_key_path
        # Parsed once: PyJWT would parse a PEM string again on every decode.
        return serialization.load_pem_public_key(Path(path).read_bytes()) if path else None

    def claims(self, token: str) -> dict[str, Any]:
        """Decoded, verified claims; raises jwt.InvalidTokenError."""
        cached = self._verified.get(token)
        if cached is not None and cached["exp"] > time.time():
            self._verified.move_to_end(token)
            return cached
        claims = self._verify(token)
        self._verified[token] = claims
        if len(self._verified) > self._cache_size:
            self._verified.popitem(last=False)
        return claims

    def _verify(self, token: str) -> dict[str, Any]:
        if self._jwks is not None:
            key: Any = self._jwks.get_signing_key_from_jwt(token).key
        elif self._public_key is not None:
            key = self._public_key
        else:
            raise jwt.InvalidTokenError("no verification key configured")
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=ALGORITHMS,
            audience=self._settings.jwt_audience,
            issuer=self._settings.jwt_issuer,
            options={"require": ["sub", "exp", "role", "facilities"]},
        )
        return claims


def _unauthorized(reason: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail=[{"loc": ["header", "authorization"], "msg": reason, "type": "unauthorized"}],
        headers={"WWW-Authenticate": "Bearer"},
    )


def principal_from(claims: dict[str, Any], facility_header: str | None) -> Principal:
    """Build the principal and pick the active facility (header, or the only one in the token)."""
    try:
        role = Role(claims["role"])
        facilities = frozenset(uuid.UUID(str(f)) for f in claims["facilities"])
    except (ValueError, TypeError) as exc:
        raise _unauthorized(f"malformed claims: {exc}") from None
    if facility_header:
        try:
            active = uuid.UUID(facility_header)
        except ValueError:
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST,
                detail=[{"loc": ["header", "x-facility-id"], "msg": "not a UUID", "type": "uuid_parsing"}],
            ) from None
    elif len(facilities) == 1:
        (active,) = facilities
    else:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            detail=[{"loc": ["header", "x-facility-id"], "msg": "choose a facility", "type": "missing"}],
        )
    if active not in facilities:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=[{"loc": ["header", "x-facility-id"], "msg": "not your facility", "type": "forbidden"}],
        )
    return Principal(sub=str(claims["sub"]), role=role, facilities=facilities, facility_id=active)


async def current_principal(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_facility_id: Annotated[str | None, Header()] = None,
) -> Principal:
    """FastAPI dependency: the verified principal of this request."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise _unauthorized("missing bearer token")
    verifier: TokenVerifier = request.app.state.token_verifier
    try:
        claims = verifier.claims(authorization[7:].strip())
    except jwt.InvalidTokenError as exc:
        raise _unauthorized(f"invalid token: {exc}") from None
    return principal_from(claims, x_facility_id)


async def writer_principal(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """FastAPI dependency: a principal allowed to write (owner or manager)."""
    if not principal.can_write:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=[{"loc": ["token", "role"], "msg": "owner or manager role required", "type": "forbidden"}],
        )
    return principal


async def owner_principal(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """FastAPI dependency: a principal with the owner role (facility-wide jobs such as the billing run)."""
    if principal.role is not Role.OWNER:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=[{"loc": ["token", "role"], "msg": "owner role required", "type": "forbidden"}],
        )
    return principal


Viewer = Annotated[Principal, Depends(current_principal)]
Writer = Annotated[Principal, Depends(writer_principal)]
Owner = Annotated[Principal, Depends(owner_principal)]
