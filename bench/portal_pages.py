"""The customer portal's first load in Chromium: Events and Billing to interactive, and the JS shipped.

Starts the real portal service on a throwaway database (one seeded account with an invoice), the project's
Caddy gateway serving the built web/portal, and signs in once. Then, each in a fresh browser context (no
cache), 50 first loads of /portal/ (Events) and of /portal/billing until the page's heading is rendered
from /api/portal/me; the baseline in the same run is the JSON API alone (GET /api/portal/me through the
gateway, 50 times). JS shipped: the gzip size of the built scripts. Targets: p95 <= 1 s, JS <= 150 KB gzip.
Last line: one JSON object.
"""

from __future__ import annotations

import sys

# This file is named like the portal package: look in bench/ last, so `import portal` finds the package.
sys.path.append(sys.path.pop(0))

import argparse
import asyncio
import gzip
import json
import os
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx
from _services import gateway, percentile, service
from signin import seed

from crm_dev.testing import KAFKA, drop_database, migrated_database
from portal.entrypoints.cli import MIGRATIONS
from shared.messaging.relay import asyncpg_dsn

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
DIST = WEB / "portal" / "dist"


def build() -> None:
    """Build web/portal when its dist is missing (scripts/up.sh builds it too)."""
    if not (DIST / "index.html").exists():
        subprocess.run(["npm", "run", "--silent", "build:portal"], cwd=WEB, check=True, stdout=subprocess.DEVNULL)


def js_gzip_kb() -> float:
    """The gzip size of every script the portal ships, in KB."""
    return round(sum(len(gzip.compress(p.read_bytes(), 9)) for p in (DIST / "assets").glob("*.js")) / 1024, 1)


async def with_invoice(dsn: str) -> None:
    """An open invoice and a balance for the seeded customer, so Billing has something to show."""
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow("SELECT customer_id, facility_id FROM accounts LIMIT 1")
        await conn.execute(
            "INSERT INTO invoices (invoice_id, customer_id, facility_id, number, status, currency, total_minor,"
            " amount_paid_minor, amount_due_minor, issued_on, due_on, revision)"
            " VALUES ($1, $2, $3, 'INV-000001', 'open', 'EUR', 12000, 0, 12000, current_date, current_date + 14, 1)",
            uuid.uuid4(),
            row["customer_id"],
            row["facility_id"],
        )
        await conn.execute(
            "INSERT INTO balances (customer_id, facility_id, currency, amount_minor, open_invoices, revision)"
            " VALUES ($1, $2, 'EUR', 12000, 1, 1)",
            row["customer_id"],
            row["facility_id"],
        )
    finally:
        await conn.close()


def stats(name: str, values: list[float]) -> dict[str, float]:
    """p50 and p95 of one measure, printed and returned."""
    p50, p95 = round(percentile(values, 50), 1), round(percentile(values, 95), 1)
    print(f"{name:<14} n={len(values):<4} p50 {p50:>7} ms  p95 {p95:>7} ms")
    return {f"{name}_p50_ms": p50, f"{name}_p95_ms": p95}


async def main(quick: bool) -> dict[str, object]:
    loads = 10 if quick else 50
    build()
    db = await migrated_database("bench_portal_web", MIGRATIONS)
    logs = Path(tempfile.mkdtemp(prefix="bench-portal-web-"))
    results: dict[str, object] = {"bench": "portal", "quick": quick, "loads": loads, "js_gzip_kb": js_gzip_kb()}
    try:
        token = (await seed(asyncpg_dsn(db), 1))[0]
        await with_invoice(asyncpg_dsn(db))
        env = {
            "PORTAL_DATABASE_URL": db,
            "PORTAL_ROOT_PATH": "",
            "PORTAL_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
            "PORTAL_TOPIC_NAMESPACE": f"bench{uuid.uuid4().hex[:8]}.",
            "PORTAL_CONSUMERS_ENABLED": "false",
            "PORTAL_COOKIE_SECURE": "false",
            "PORTAL_LOG_LEVEL": "WARNING",
        }
        os.environ["CRM_ROOT"] = str(ROOT)  # the gateway serves web/portal/dist from the repository
        with service("portal", env, logs) as url, gateway({"portal": url.removeprefix("http://")}) as front:
            async with httpx.AsyncClient(base_url=front, timeout=10) as c:
                signed = await c.post(f"/portal/signin/{token}")
                session = signed.headers["set-cookie"].split(";", 1)[0].split("=", 1)[1]
                c.cookies.clear()
                me = {"Cookie": f"portal_session={session}"}
                (await c.get("/api/portal/me", headers=me)).raise_for_status()
                api = []
                for _ in range(loads):
                    started = time.perf_counter()
                    (await c.get("/api/portal/me", headers=me)).raise_for_status()
                    api.append((time.perf_counter() - started) * 1000)
            script = WEB / "portal" / "bench" / "load.mjs"
            proc = await asyncio.create_subprocess_exec(
                "node", str(script), front, session, str(loads), "/portal/", "/portal/billing",
                cwd=WEB / "portal", stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            stdout, _ = await proc.communicate()
            if proc.returncode != 0:
                raise RuntimeError(f"the browser loads failed ({proc.returncode})")
            pages = json.loads(stdout.decode().strip().splitlines()[-1])
            results.update(stats("api_me", api))
            results.update(stats("events_load", pages["/portal/"]))
            results.update(stats("billing_load", pages["/portal/billing"]))
    finally:
        await drop_database(db)
    worst = max(float(results["events_load_p95_ms"]), float(results["billing_load_p95_ms"]))  # type: ignore[arg-type]
    results["meets_targets"] = worst <= 1000 and float(results["js_gzip_kb"]) <= 150  # type: ignore[arg-type]
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 loads per page (CI)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick))))
    sys.exit(0)
