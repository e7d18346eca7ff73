"""Portal sign-in under load: the sign-in POST and the profile read with a session, 50 clients at once.

Seeds accounts and invite links straight into a throwaway portal database (only the SHA-256 of each
token, as the service stores them), starts the real portal service, and drives it over HTTP with 50
concurrent clients through the project's Caddy gateway: first the gateway's plain health route (the
baseline, same run), then one sign-in POST per link (each consumes its link, opens a session and writes
PortalSignedIn to the outbox), then GET /api/portal/me/profile with those sessions, then link requests
for known and for unknown addresses straight to the service, each from its own client address (their
times should not tell them apart). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import secrets
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path

import asyncpg
import httpx
from _services import gateway, percentile, service

from crm_dev.testing import KAFKA, drop_database, migrated_database
from portal.entrypoints.cli import MIGRATIONS
from shared.messaging.relay import asyncpg_dsn

CLIENTS = 50


async def seed(dsn: str, count: int) -> list[str]:
    """`count` accounts of one facility, each with a profile and an unused invite link; returns the tokens."""
    facility, expires = uuid.uuid4(), datetime.now(UTC) + timedelta(days=1)
    tokens = [secrets.token_urlsafe(32) for _ in range(count)]
    accounts, profiles, links = [], [], []
    for i, token in enumerate(tokens):
        account, customer = uuid.uuid4(), uuid.uuid4()
        email = f"bench{i}@example.com"
        accounts.append((account, customer, facility, customer, email, "Ana", "Silva", "en"))
        profiles.append((customer, facility, "Ana", "Silva", email, 1))
        links.append((hashlib.sha256(token.encode()).digest(), account, "invite", expires))
    conn = await asyncpg.connect(dsn)
    try:
        # executemany, not binary COPY: asyncpg has no binary encoder for citext.
        await conn.executemany(
            "INSERT INTO accounts (id, subject_id, facility_id, customer_id, email, first_name, last_name, language)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            accounts,
        )
        await conn.executemany(
            "INSERT INTO profiles (customer_id, facility_id, first_name, last_name, email, version)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            profiles,
        )
        await conn.executemany(
            "INSERT INTO signin_tokens (token_hash, account_id, kind, expires_at) VALUES ($1, $2, $3, $4)", links
        )
    finally:
        await conn.close()
    return tokens


async def run(n: int, call: Callable[[int], Awaitable[None]]) -> list[float]:
    """Make calls 0..n-1 from CLIENTS concurrent workers; milliseconds per call."""
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            started = time.perf_counter()
            await call(i)
            latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    return latencies


def summary(name: str, values: list[float]) -> dict[str, float]:
    """p50 and p99 of one phase, printed and returned."""
    p50, p99 = round(percentile(values, 50), 2), round(percentile(values, 99), 2)
    print(f"{name:<14} n={len(values):<5} p50 {p50:>7} ms  p99 {p99:>7} ms")
    return {f"{name}_p50_ms": p50, f"{name}_p99_ms": p99}


async def main(quick: bool) -> dict[str, object]:
    n = 400 if quick else 3000
    db = await migrated_database("bench_portal", MIGRATIONS)
    logs = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    results: dict[str, object] = {"bench": "signin", "quick": quick, "clients": CLIENTS, "requests_per_phase": n}
    try:
        tokens = await seed(asyncpg_dsn(db), n)
        env = {
            "PORTAL_DATABASE_URL": db,
            "PORTAL_ROOT_PATH": "",
            "PORTAL_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
            "PORTAL_TOPIC_NAMESPACE": f"bench{uuid.uuid4().hex[:8]}.",
            "PORTAL_CONSUMERS_ENABLED": "false",
            "PORTAL_COOKIE_SECURE": "false",
            "PORTAL_DB_POOL_SIZE": "20",
            "PORTAL_LOG_LEVEL": "WARNING",
        }
        sessions: list[str] = [""] * n
        with service("portal", env, logs) as url, gateway({"portal": url.removeprefix("http://")}) as front:
            limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
            # No cookie jar: a session cookie presented on sign-in would be ended (rotation).
            no_jar = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
            async with (
                httpx.AsyncClient(base_url=front, limits=limits, timeout=30, cookies=no_jar) as via_gateway,
                httpx.AsyncClient(base_url=url, limits=limits, timeout=30, cookies=no_jar) as client,
            ):

                async def health(_: int) -> None:
                    (await via_gateway.get("/health")).raise_for_status()

                async def sign_in(i: int) -> None:
                    response = await via_gateway.post(f"/portal/signin/{tokens[i]}")
                    if response.status_code != 303:
                        raise RuntimeError(f"sign-in answered {response.status_code}")
                    sessions[i] = response.headers["set-cookie"].split(";", 1)[0].split("=", 1)[1]

                async def profile(i: int) -> None:
                    headers = {"Cookie": f"portal_session={sessions[i]}"}
                    (await via_gateway.get("/api/portal/me/profile", headers=headers)).raise_for_status()

                await run(CLIENTS * 2, health)  # warm-up: connections and the first requests
                results.update(summary("health", await run(n, health)))
                results.update(summary("signin_post", await run(n, sign_in)))
                results.update(summary("profile_read", await run(n, profile)))

                # No enumeration by timing: a link request for a known address against an unknown one.
                async def ask(email: str, i: int) -> None:
                    headers = {"X-Forwarded-For": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"}
                    r = await client.post("/signin/request-link", json={"email": email}, headers=headers)
                    if r.status_code != 202:
                        raise RuntimeError(f"link request answered {r.status_code}")

                half = n // 2
                known = await run(half, lambda i: ask(f"bench{i}@example.com", i))
                unknown = await run(half, lambda i: ask(f"nobody{i}@example.com", half + i))
                results.update(summary("link_known", known))
                results.update(summary("link_unknown", unknown))
    finally:
        await drop_database(db)
    base = max(float(results["health_p99_ms"]), 0.01)  # type: ignore[arg-type]
    results["signin_ratio_p99"] = round(float(results["signin_post_p99_ms"]) / base, 2)  # type: ignore[arg-type]
    results["profile_ratio_p99"] = round(float(results["profile_read_p99_ms"]) / base, 2)  # type: ignore[arg-type]
    unknown_p50 = max(float(results["link_unknown_p50_ms"]), 0.01)  # type: ignore[arg-type]
    results["link_known_vs_unknown_p50"] = round(float(results["link_known_p50_ms"]) / unknown_p50, 2)  # type: ignore[arg-type]
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="400 requests per phase (CI)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick))))
    sys.exit(0)
