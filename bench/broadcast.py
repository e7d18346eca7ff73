"""A broadcast to 100,000 recipients end to end, against a raw aiosmtplib send loop to the same SMTP sink.

Seeds notifications' recipients view with COPY (100,000 who can be mailed, plus a few opted out, without an
email and bounced), starts the real notifications process against a counting SMTP sink (its own process),
and times from the POST /broadcasts request to the last message the sink accepted; then checks the send
report accounts for every recipient and the sink holds exactly the mailable ones. Baseline, same run and
sink: aiosmtplib sending as many small messages over as many connections. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
import asyncpg
import httpx
from _services import free_port, service

from crm_dev.cli import ensure_keys, mint
from crm_dev.testing import KAFKA, drop_database, migrated_database
from notifications.entrypoints.cli import MIGRATIONS
from shared.messaging.relay import asyncpg_dsn

TARGET_RATE, TARGET_RATIO = 1_000.0, 0.5
CONNECTIONS = 8
SKIPPED = {"opted_out": 50, "no_email": 30, "undeliverable": 20}


class Sink:
    """The counting SMTP sink process and its stats line."""

    def __init__(self) -> None:
        self.port, self.stats_port = free_port(), free_port()
        script = Path(__file__).with_name("_smtp_sink.py")
        self.proc = subprocess.Popen(
            [sys.executable, str(script), "--port", str(self.port), "--stats-port", str(self.stats_port)],
            stdout=subprocess.PIPE,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == b"ready"

    async def ask(self, command: str) -> Any:
        """Send one command to the stats port; its JSON answer."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.stats_port, limit=2**26)
        writer.write(command.encode() + b"\n")
        line = await reader.readline()
        writer.close()
        return json.loads(line)

    async def wait_for(self, count: int, timeout: float) -> dict[str, Any]:
        """Poll until the sink accepted `count` messages; its stats."""
        deadline = time.monotonic() + timeout
        while (stats := await self.ask("stats"))["accepted"] < count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the sink accepted {stats['accepted']} of {count} in {timeout} s")
            await asyncio.sleep(0.05)
        return stats  # type: ignore[no-any-return]

    def stop(self) -> None:
        """End the sink process."""
        self.proc.terminate()
        self.proc.wait(10)


async def seed(dsn: str, facility: uuid.UUID, count: int) -> set[str]:
    """`count` mailable recipients of one facility plus the SKIPPED ones; the mailable addresses."""
    rows: list[tuple[Any, ...]] = []
    mailable: set[str] = set()
    for i in range(count):
        email = f"bench{i}@example.com"
        mailable.add(email)
        rows.append((uuid.uuid4(), facility, "Client", f"N{i}", email, "fr" if i % 3 else "en", False))
    for i in range(SKIPPED["opted_out"]):
        rows.append((uuid.uuid4(), facility, "Opted", f"Out{i}", f"out{i}@example.com", "fr", True))
    for i in range(SKIPPED["no_email"]):
        rows.append((uuid.uuid4(), facility, "No", f"Email{i}", None, "fr", False))
    bounced = [f"bounced{i}@example.com" for i in range(SKIPPED["undeliverable"])]
    rows += [(uuid.uuid4(), facility, "Bounced", str(i), email, "fr", False) for i, email in enumerate(bounced)]
    conn = await asyncpg.connect(dsn)
    try:
        columns = ["customer_id", "facility_id", "first_name", "last_name", "email", "language", "marketing_opt_out"]
        await conn.copy_records_to_table(
            "recipients",
            records=[(*r, "active", ["bench"], 1) for r in rows],
            columns=[*columns, "status", "tags", "version"],
        )
        await conn.executemany(
            "INSERT INTO undeliverable (email, reason) VALUES ($1, 'bounce')", [(e,) for e in bounced]
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return mailable


async def broadcast(url: str, token: str, sink: Sink, mailable: set[str]) -> dict[str, Any]:
    """Time one broadcast from its request to the sink's last accepted message; check the report and the sink."""
    await sink.ask("reset")
    body = {"audience": {"tags": ["bench"]}, "subject": "Fermeture le 25 décembre", "body": "Le dépôt sera fermé."}
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=600) as client:
        started = time.time()
        response = await client.post("/broadcasts", json=body)
        response.raise_for_status()
        accepted_s = time.time() - started
        stats = await sink.wait_for(len(mailable), timeout=max(300, len(mailable) / 20))
        elapsed = stats["last_at"] - started
        deadline = time.monotonic() + 120
        while (report := (await client.get(f"/broadcasts/{response.json()['id']}")).json())["status"] != "completed":
            if time.monotonic() > deadline:
                raise RuntimeError(f"the broadcast did not complete: {report}")
            await asyncio.sleep(0.2)
    received = await sink.ask("rcpts")
    skipped = {key: report["skipped"].get(key, 0) for key in SKIPPED}
    accounted = report["sent"] + report["failed"] + report["queued"] + sum(report["skipped"].values())
    audience = len(mailable) + sum(SKIPPED.values())
    assert accounted == audience, f"the report accounts for {accounted} of {audience}: {report}"
    assert report["sent"] == len(mailable) and report["failed"] == 0 and skipped == SKIPPED, report
    assert len(received) == len(mailable) and set(received) == mailable, "the sink did not get exactly the mailable"
    return {
        "elapsed_s": round(elapsed, 2),
        "request_s": round(accepted_s, 2),
        "emails_per_s": round(len(mailable) / elapsed, 1),
        "report": {"sent": report["sent"], "failed": report["failed"], "skipped": report["skipped"]},
        "accounted": accounted,
        "audience": audience,
    }


async def raw_loop(sink: Sink, count: int) -> float:
    """aiosmtplib alone: `count` messages over CONNECTIONS reused connections; emails/s."""
    await sink.ask("reset")
    clients = [aiosmtplib.SMTP(hostname="127.0.0.1", port=sink.port) for _ in range(CONNECTIONS)]
    for client in clients:
        await client.connect()
    started = time.time()

    async def worker(client: aiosmtplib.SMTP, indexes: range) -> None:
        for i in indexes:
            message = EmailMessage()
            message["From"], message["To"], message["Subject"] = "bench@example.com", f"raw{i}@example.com", "Bench"
            message.set_content("Le dépôt sera fermé le 25 décembre.")
            await client.send_message(message)

    await asyncio.gather(*(worker(c, range(n, count, CONNECTIONS)) for n, c in enumerate(clients)))
    stats = await sink.wait_for(count, timeout=max(300, count / 20))
    for client in clients:
        await client.quit()
    return count / (stats["last_at"] - started)


async def main(quick: bool, count: int | None) -> dict[str, Any]:
    count = count or (2_000 if quick else 100_000)
    work = Path(tempfile.mkdtemp(prefix="bench-broadcast-"))
    db = await migrated_database("bench_notifications", MIGRATIONS)
    private, public = ensure_keys(work / "keys")
    facility = uuid.uuid4()
    token = mint(private.read_text(), sub="bench", role="owner", facilities=[str(facility)])
    sink = Sink()
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": KAFKA,
        "NOTIFICATIONS_DATABASE_URL": db,
        "NOTIFICATIONS_JWT_PUBLIC_KEY_PATH": str(public),
        "NOTIFICATIONS_ROOT_PATH": "",
        "NOTIFICATIONS_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
        "NOTIFICATIONS_TOPIC_NAMESPACE": f"bench{uuid.uuid4().hex[:6]}.",
        "NOTIFICATIONS_LOG_LEVEL": "WARNING",
        "NOTIFICATIONS_SMTP_HOST": "127.0.0.1",
        "NOTIFICATIONS_SMTP_PORT": str(sink.port),
        "NOTIFICATIONS_SMTP_MAX_CONNECTIONS": str(CONNECTIONS),
    }
    results: dict[str, Any] = {"bench": "broadcast", "quick": quick, "recipients": count, "connections": CONNECTIONS}
    try:
        mailable = await seed(asyncpg_dsn(db), facility, count)
        with service("notifications", env, work) as url:
            results |= await broadcast(url, token, sink, mailable)
        results["raw_emails_per_s"] = round(await raw_loop(sink, count), 1)
    finally:
        sink.stop()
        await drop_database(db)
    results["ratio_to_raw"] = round(results["emails_per_s"] / results["raw_emails_per_s"], 2)
    results["targets"] = {"emails_per_s": TARGET_RATE, "ratio_to_raw": TARGET_RATIO}
    results["meets_target"] = results["emails_per_s"] >= TARGET_RATE and results["ratio_to_raw"] >= TARGET_RATIO
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 recipients instead of 100,000 (CI)")
    parser.add_argument("--recipients", type=int, help="how many mailable recipients")
    args = parser.parse_args()
    out = asyncio.run(main(args.quick, args.recipients))
    print(f"broadcast {out['emails_per_s']} emails/s, raw aiosmtplib {out['raw_emails_per_s']} emails/s")
    print(json.dumps(out))
    sys.exit(0)
