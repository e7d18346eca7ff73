"""HTTP at fixed request rates with a real load generator (wrk): the gateway's /health (the baseline),
the portal sign-in POST and profile read, and the contacts search, each through the project's Caddy gateway.

wrk (C, event loop; `bench/_paced.lua` paces it) sends each route at each rate for a few seconds over 50
connections, so the client is never the limit: a rate the system cannot serve shows as throughput below
the rate and a p99 that climbs. Prints throughput, p50 and p99 per rate and the first rate where p99
crosses 100 ms. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import httpx
from _services import gateway, service
from search import load, queries
from signin import seed

from contacts.entrypoints.cli import MIGRATIONS as CONTACTS_MIGRATIONS
from crm_dev.cli import ensure_keys, mint
from crm_dev.testing import KAFKA, drop_database, migrated_database
from portal.entrypoints.cli import MIGRATIONS as PORTAL_MIGRATIONS
from shared.messaging.relay import asyncpg_dsn

LUA = Path(__file__).with_name("_paced.lua")
THREADS, CONNECTIONS, LIMIT_MS = 2, 50, 100.0


def wrk(url: str, lines: list[str], rate: int, seconds: int, headers: list[str], work: Path) -> dict[str, float]:
    """One paced wrk run: throughput (req/s), p50/p99 (ms), errors."""
    paths = work / f"paths-{uuid.uuid4().hex[:6]}.txt"
    paths.write_text("\n".join(lines) + "\n")
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s", "-s", str(LUA), url]
    out = subprocess.run(
        [*command, "--", str(rate / THREADS), str(THREADS), str(paths), *headers],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    raw = json.loads(out.strip().splitlines()[-1])
    return {
        "rate": rate,
        "throughput": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "errors": raw["errors"] + raw["non2xx3xx"],
    }


async def main(quick: bool) -> dict[str, object]:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (scripts/install.sh installs it)")
    rates, seconds = ([50, 200], 3) if quick else ([50, 100, 200, 400, 800], 8)
    facility = uuid.uuid4()
    work = Path(tempfile.mkdtemp(prefix="bench-http-"))
    private, public = ensure_keys(work)
    token = mint(private.read_text(), sub="bench", role="staff", facilities=[str(facility)])
    portal_db = await migrated_database("bench_portal", PORTAL_MIGRATIONS)
    contacts_db = await migrated_database("bench_contacts", CONTACTS_MIGRATIONS)
    results: dict[str, object] = {"bench": "http_load", "quick": quick, "seconds_per_rate": seconds, "rates": rates}
    try:
        links = await seed(asyncpg_dsn(portal_db), len(rates) * (CONNECTIONS * 2 + 1) + sum(rates) * seconds)
        await load(asyncpg_dsn(contacts_db), {facility: 5_000 if quick else 100_000})
        common = {"KAFKA_BOOTSTRAP_SERVERS": KAFKA, "LOG_LEVEL": "WARNING"}
        portal_env = {
            **common,
            "PORTAL_DATABASE_URL": portal_db,
            "PORTAL_ROOT_PATH": "",
            "PORTAL_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
            "PORTAL_TOPIC_NAMESPACE": f"bench{uuid.uuid4().hex[:8]}.",
            "PORTAL_CONSUMERS_ENABLED": "false",
            "PORTAL_COOKIE_SECURE": "false",
            "PORTAL_DB_POOL_SIZE": "20",
            "PORTAL_LOG_LEVEL": "WARNING",
        }
        contacts_env = {
            **common,
            "CONTACTS_DATABASE_URL": contacts_db,
            "CONTACTS_JWT_PUBLIC_KEY_PATH": str(public),
            "CONTACTS_ROOT_PATH": "",
            "CONTACTS_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
            "CONTACTS_RELAY_ENABLED": "false",
            "CONTACTS_CONSUMERS_ENABLED": "false",
            "CONTACTS_LOG_LEVEL": "WARNING",
        }
        with (
            service("portal", portal_env, work) as portal,
            service("contacts", contacts_env, work) as contacts,
            gateway({"portal": portal.removeprefix("http://"), "contacts": contacts.removeprefix("http://")}) as front,
        ):
            async with httpx.AsyncClient(base_url=front, timeout=30) as client:
                signed = await client.post(f"/portal/signin/{links.pop()}")
                session = signed.headers["set-cookie"].split(";", 1)[0]
            searches = [
                "GET /api/contacts/customers?" + "&".join(f"{k}={v}" for k, v in p.items())
                for p in queries(500, random.Random(7))
            ]
            routes = {
                "health": (["GET /health"], []),
                "signin_post": ([f"POST /portal/signin/{t}" for t in links], []),
                "profile_read": (["GET /api/portal/me/profile"], [f"Cookie: {session}"]),
                "search": (searches, [f"Authorization: Bearer {token}"]),
            }
            async with httpx.AsyncClient(
                base_url=front, timeout=30
            ) as client:  # warm-up; a route that fails stops here
                for line in ["GET /health", searches[0], searches[-1]]:
                    auth = {"Authorization": f"Bearer {token}"} if "contacts" in line else {}
                    (await client.get(line.split(" ", 1)[1], headers=auth)).raise_for_status()
                cookie = {"Cookie": session}
                (await client.get("/api/portal/me/profile", headers=cookie)).raise_for_status()
            for name, (lines, headers) in routes.items():
                runs = []
                for rate in rates:
                    run = wrk(front, lines, rate, seconds, headers, work)
                    if name == "signin_post":
                        del lines[
                            : rate * seconds + CONNECTIONS * 2
                        ]  # links are used once (wrk may run a few past its slots)
                    runs.append(run)
                    print(
                        f"{name:<13} {rate:>4}/s: {run['throughput']:>7} req/s  p50 {run['p50_ms']:>6} ms"
                        f"  p99 {run['p99_ms']:>7} ms  errors {run['errors']}"
                    )
                crossing = next((r["rate"] for r in runs if r["p99_ms"] > LIMIT_MS), None)
                results[name] = runs
                results[f"{name}_p99_over_100ms_at"] = crossing
                print(f"{name:<13} p99 crosses {LIMIT_MS:.0f} ms at: {crossing or f'> {rates[-1]}'}/s")
    finally:
        await drop_database(portal_db)
        await drop_database(contacts_db)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="50 and 200 requests/s, 3 s each (CI)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick))))
    sys.exit(0)
