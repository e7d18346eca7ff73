"""The verifier against a real JWKS server on a socket: key rotation, unknown kids, issuer and audience."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI

from crm_dev.cli import mint
from shared.auth import TokenVerifier, Viewer
from shared.settings import ServiceSettings

pytestmark = pytest.mark.integration
ISSUER = "http://idp.test/realms/crm"


class Idp:
    """A JWKS endpoint whose key set the test changes, counting fetches; signs tokens like Keycloak."""

    def __init__(self) -> None:
        self.keys: dict[str, rsa.RSAPrivateKey] = {}
        self.fetches = 0
        self.delay_s = 0.0
        self.rotate()
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                idp.fetches += 1
                time.sleep(idp.delay_s)
                body = json.dumps({"keys": idp.jwks()}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/certs"

    def rotate(self, *, drop_old: bool = False) -> str:
        """Add a new signing key (and optionally drop the others); returns its kid."""
        kid = uuid.uuid4().hex
        if drop_old:
            self.keys.clear()
        self.keys[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return kid

    def jwks(self) -> list[dict[str, Any]]:
        out = []
        for kid, key in self.keys.items():
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            out.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        # Keycloak also lists its encryption key; the verifier must skip it.
        enc = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(next(iter(self.keys.values())).public_key()))
        return [*out, {**enc, "kid": "enc-key", "use": "enc", "alg": "RSA-OAEP"}]

    def token(self, kid: str | None = None, **overrides: Any) -> str:
        kid = kid or list(self.keys)[-1]
        claims = {"sub": "u1", "role": "manager", "facilities": [str(FACILITY)], "aud": "storage-crm"}
        claims |= {"iss": ISSUER, "exp": int(time.time()) + 60, **overrides}
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, self.keys[kid], algorithm="RS256", headers={"kid": kid})


FACILITY = uuid.uuid4()


@pytest.fixture
def idp() -> Iterator[Idp]:
    server = Idp()
    threading.Thread(target=server.server.serve_forever, daemon=True).start()
    yield server
    server.server.shutdown()


def _settings(url: str, **overrides: Any) -> ServiceSettings:
    values: dict[str, Any] = {"jwt_jwks_url": url, "jwt_issuer": ISSUER, "jwt_jwks_min_refresh_s": 0.2}
    return ServiceSettings(**(values | overrides))


def _app(verifier: TokenVerifier) -> httpx.AsyncClient:
    app = FastAPI()
    app.state.token_verifier = verifier

    @app.get("/me")
    async def me(principal: Viewer) -> dict[str, str]:
        return {"sub": principal.sub, "facility": str(principal.facility_id)}

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://svc")


async def _get(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.get("/me", headers={"Authorization": f"Bearer {token}"})


async def test_a_rotated_key_is_accepted_without_a_restart_and_a_dropped_one_refused_once_stale(idp):
    verifier = TokenVerifier(_settings(idp.url, jwt_jwks_ttl_s=0.5))
    async with _app(verifier) as client:
        old_token = idp.token()
        assert (await _get(client, old_token)).json()["facility"] == str(FACILITY)
        await asyncio.sleep(0.25)  # past the refresh interval, so the next miss may fetch
        new_kid = idp.rotate(drop_old=True)
        response = await _get(client, idp.token(new_kid))
        assert response.status_code == 200, response.text
        assert idp.fetches == 2, "the unknown kid fetched the keys once more"
        await asyncio.sleep(0.6)  # the cache is now stale: the old key is gone from the JWKS
        verifier._verified.clear()
        refused = await _get(client, old_token)
        assert refused.status_code == 401 and "unknown signing key" in refused.text


async def test_a_flood_of_unknown_kids_fetches_the_jwks_at_most_once_per_interval(idp):
    verifier = TokenVerifier(_settings(idp.url, jwt_jwks_min_refresh_s=30))
    async with _app(verifier) as client:
        assert (await _get(client, idp.token())).status_code == 200
        key = idp.keys[next(iter(idp.keys))]
        forged = [jwt.encode({"sub": "x"}, key, "RS256", {"kid": f"k{i}"}) for i in range(200)]
        responses = await asyncio.gather(*(_get(client, t) for t in forged))
    assert {r.status_code for r in responses} == {401}
    assert idp.fetches == 1, "made-up kids did not reach the identity provider again within the interval"


async def test_wrong_issuer_audience_or_signature_get_401(idp, tmp_path):
    verifier = TokenVerifier(_settings(idp.url))
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    kid = next(iter(idp.keys))
    forged = jwt.encode(jwt.decode(idp.token(), options={"verify_signature": False}), other, "RS256", {"kid": kid})
    async with _app(verifier) as client:
        assert (await _get(client, idp.token())).status_code == 200
        for token, reason in [
            (idp.token(iss="http://elsewhere.test/realms/crm"), "issuer"),
            (idp.token(aud="another-api"), "audience"),
            (idp.token(iss=None), "iss"),
            (forged, "Signature"),
        ]:
            response = await _get(client, token)
            assert response.status_code == 401 and reason.lower() in response.text.lower(), (reason, response.text)
            assert response.json()["detail"][0]["loc"] == ["header", "authorization"]


async def test_the_dev_key_still_works_beside_the_jwks_but_only_for_tokens_without_kid(idp, signing_key):
    verifier = TokenVerifier(_settings(idp.url, jwt_public_key_path=signing_key[1]))
    dev = mint(signing_key[0], sub="dev", role="owner", facilities=[str(FACILITY)])
    unverified = jwt.decode(dev, options={"verify_signature": False})
    dev_with_kid = jwt.encode(unverified, signing_key[0], "RS256", {"kid": "x"})
    async with _app(verifier) as client:
        assert (await _get(client, dev)).status_code == 200
        assert (await _get(client, idp.token())).status_code == 200
        assert (await _get(client, dev_with_kid)).status_code == 401
    without_dev_key = TokenVerifier(_settings(idp.url))
    async with _app(without_dev_key) as client:
        assert (await _get(client, dev)).status_code == 401, "no local key configured: dev tokens are refused"


async def test_fetching_keys_does_not_block_the_event_loop_and_an_unreachable_idp_is_503(idp):
    idp.delay_s = 0.5
    verifier = TokenVerifier(_settings(idp.url))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    task = asyncio.create_task(ticker())
    async with _app(verifier) as client:
        assert (await _get(client, idp.token())).status_code == 200
    task.cancel()
    assert ticks >= 20, f"the loop ran only {ticks} times during a 0.5 s fetch"
    idp.server.shutdown()
    idp.server.server_close()
    async with _app(TokenVerifier(_settings(idp.url))) as client:
        response = await _get(client, idp.token())
    assert response.status_code == 503 and response.json()["detail"][0]["type"] == "keys_unavailable"
