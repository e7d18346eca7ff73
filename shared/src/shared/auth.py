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
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.jwks import JwksCache, KeysUnavailable
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
    email: str | None = None

    @property
    def can_write(self) -> bool:
        """Owner and manager may create, edit, import and broadcast."""
        return self.role in WRITERS


class TokenVerifier:
    """Verifies tokens against the identity provider's JWKS and, where configured, the local development key.

    A token naming a key id (`kid`, as Keycloak's do) is checked against the JWKS with issuer and audience;
    one without is checked against the local key of `crm-dev token`, with the audience only (those tokens
    carry no issuer). Production refuses to start with a local key configured, so there only the JWKS counts.
    """

    def __init__(self, settings: ServiceSettings, cache_size: int = 4096) -> None:
        self._settings = settings
        # Verified claims by token, kept until the token expires: a dashboard sends the same token with
        # every keystroke, and an RSA verification per request is a measurable share of a search.
        self._verified: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size

    @cached_property
    def jwks(self) -> JwksCache | None:
        """The identity provider's keys, when a JWKS URL is configured."""
        s = self._settings
        if not s.jwt_jwks_url:
            return None
        return JwksCache(s.jwt_jwks_url, ttl_s=s.jwt_jwks_ttl_s, min_refresh_s=s.jwt_jwks_min_refresh_s)

    @cached_property
    def _public_key(self) -> Any:
        path = self._settings.jwt_public_key_path
        # Parsed once: PyJWT would parse a PEM string again on every decode.
        return serialization.load_pem_public_key(Path(path).read_bytes()) if path else None

    async def claims(self, token: str) -> dict[str, Any]:
        """Decoded, verified claims; raises jwt.InvalidTokenError, or KeysUnavailable if the JWKS cannot be read."""
        cached = self._verified.get(token)
        if cached is not None and cached["exp"] > time.time():
            self._verified.move_to_end(token)
            return cached
        claims = await self._verify(token)
        self._verified[token] = claims
        if len(self._verified) > self._cache_size:
            self._verified.popitem(last=False)
        return claims

    async def _verify(self, token: str) -> dict[str, Any]:
        kid = jwt.get_unverified_header(token).get("kid")
        issuer: str | None = None
        if kid is not None and self.jwks is not None:
            key: Any = await self.jwks.key(str(kid))
            issuer = self._settings.jwt_issuer
        elif kid is None and self._public_key is not None:
            key = self._public_key
        else:
            raise jwt.InvalidTokenError("no verification key configured for this token")
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=ALGORITHMS,
            audience=self._settings.jwt_audience,
            issuer=issuer,
            options={"require": ["sub", "exp", "role", "facilities", *(["iss"] if issuer else [])]},
        )
        return claims


def _unauthorized(reason: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail=[{"loc": ["header", "authorization"], "msg": reason, "type": "unauthorized"}],
        headers={"WWW-Authenticate": "Bearer"},
    )


def _role_and_facilities(claims: dict[str, Any]) -> tuple[Role, frozenset[uuid.UUID]]:
    try:
        return Role(claims["role"]), frozenset(uuid.UUID(str(f)) for f in claims["facilities"])
    except (ValueError, TypeError) as exc:
        raise _unauthorized(f"malformed claims: {exc}") from None


def principal_from(claims: dict[str, Any], facility_header: str | None) -> Principal:
    """Build the principal and pick the active facility (header, or the only one in the token)."""
    role, facilities = _role_and_facilities(claims)
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
    # Keycloak puts the address in `email`; a development token's subject is the address itself.
    email = claims.get("email") or (str(claims["sub"]) if "@" in str(claims["sub"]) else None)
    return Principal(
        sub=str(claims["sub"]),
        role=role,
        facilities=facilities,
        facility_id=active,
        email=str(email) if email else None,
    )


# The bearer security scheme of every staff operation; not raising itself keeps the one 401 body below.
bearer = HTTPBearer(
    auto_error=False, scheme_name="staffToken", bearerFormat="JWT", description="A staff token (role, facilities)"
)


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    x_facility_id: Annotated[str | None, Header()] = None,
) -> Principal:
    """FastAPI dependency: the verified principal of this request."""
    return principal_from(await verified_claims(request, credentials), x_facility_id)


async def verified_claims(request: Request, credentials: HTTPAuthorizationCredentials | None) -> dict[str, Any]:
    """The verified claims of the request's bearer token (401 when missing or invalid)."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise _unauthorized("missing bearer token")
    verifier: TokenVerifier = request.app.state.token_verifier
    try:
        return await verifier.claims(credentials.credentials.strip())
    except jwt.InvalidTokenError as exc:
        raise _unauthorized(f"invalid token: {exc}") from None
    except KeysUnavailable as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            detail=[{"loc": ["header", "authorization"], "msg": str(exc), "type": "keys_unavailable"}],
            headers={"Retry-After": "5"},
        ) from None


async def token_facilities(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> frozenset[uuid.UUID]:
    """FastAPI dependency: every facility the token names, before one is chosen with X-Facility-ID."""
    return _role_and_facilities(await verified_claims(request, credentials))[1]


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
TokenFacilities = Annotated[frozenset[uuid.UUID], Depends(token_facilities)]
Owner = Annotated[Principal, Depends(owner_principal)]
