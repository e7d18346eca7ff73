"""Import a generated CSV end to end, against PostgreSQL COPY of the same rows as the baseline.

Starts contacts and importer as real processes on throwaway databases, uploads a 1,000,000-row CSV
(20,000 with --quick), times the preview of the first page, the validation, and the import until every
row is in the contacts database and every CustomerCreated has left contacts' outbox for Kafka; reads the
importer's peak memory (VmHWM). Baseline: COPY of the same rows into a table shaped like customers.
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from _services import service

from contacts.entrypoints.cli import MIGRATIONS as CONTACTS_MIGRATIONS
from crm_dev.cli import ensure_keys, mint
from crm_dev.testing import KAFKA, drop_database, migrated_database
from importer.entrypoints.cli import MIGRATIONS as IMPORTER_MIGRATIONS
from shared.messaging.relay import asyncpg_dsn

FIRST = "Léa Hugo Emma Louis Chloé Gabriel Manon Jules Camille Arthur Sarah Lucas Inès Adam Jade Paul".split()
LAST = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre".split()
TARGET_ROWS_S, TARGET_MB, TARGET_PREVIEW_S = 25_000, 300, 2.0


def generate(path: Path, count: int) -> None:
    """A CSV like a facility's export: names, unique emails, French mobiles, some companies."""
    rng = random.Random(11)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Prénom,Nom,E-mail,Mobile,Société\r\n")
        for i in range(count):
            phone = f"06 {rng.randrange(40, 70)} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {i % 100:02d}"
            company = "Garage Martin" if i % 5 == 0 else ""
            out.write(f"{rng.choice(FIRST)},{rng.choice(LAST)},c{i}@bench.example,{phone},{company}\r\n")


async def file_body(path: Path) -> AsyncIterator[bytes]:
    """The file in 1 MB pieces, so the upload streams."""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            yield chunk


def pid_of(name: str, port: int) -> int | None:
    """The pid of the service process started as `<name> serve --port <port>`."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if f"{name}.entrypoints.cli".encode() in cmdline and str(port).encode() in cmdline:
                return int(entry.name)
    return None


def cpu_s(pid: int | None) -> float | None:
    """User + system CPU seconds a process has used."""
    if pid is None:
        return None
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 1)


def peak_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def poll(client: httpx.AsyncClient, job_id: str, *statuses: str, timeout: float) -> dict[str, Any]:
    """The job once it reaches a status, printing progress every few seconds."""
    deadline, last_print = time.monotonic() + timeout, 0.0
    while time.monotonic() < deadline:
        job = (await client.get(f"/imports/{job_id}")).json()
        if job["status"] in statuses:
            return job  # type: ignore[no-any-return]
        if job["status"] == "failed":
            raise RuntimeError(f"import failed: {job['error']}")
        if time.monotonic() - last_print > 5:
            last_print = time.monotonic()
            print(f"  {job['status']}: rows {job['rows']} progress {job['progress']['done']:,}", flush=True)
        await asyncio.sleep(0.25)
    raise TimeoutError(f"job not {statuses} in {timeout} s")


async def outbox_empty(dsn: str, timeout: float) -> None:
    """Wait until contacts' relay has published everything (the outbox is emptied as rows reach Kafka)."""
    conn = await asyncpg.connect(dsn)
    try:
        deadline = time.monotonic() + timeout
        while await conn.fetchval("SELECT count(*) FROM outbox"):
            if time.monotonic() > deadline:
                raise TimeoutError("contacts' outbox not drained")
            await asyncio.sleep(0.2)
    finally:
        await conn.close()


async def copy_baseline(dsn: str, path: Path, facility: uuid.UUID) -> float:
    """Seconds for COPY of the same rows into a table shaped like customers (same columns and indexes)."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CREATE TABLE copy_baseline (LIKE customers INCLUDING ALL)")
        buffer = io.BytesIO()
        with path.open(encoding="utf-8") as handle:
            next(handle)
            for line in handle:
                buffer.write(f"{uuid.uuid4()},{facility},{line.rstrip()}\n".encode())
        buffer.seek(0)
        started = time.perf_counter()
        await conn.copy_to_table(
            "copy_baseline",
            source=buffer,
            format="csv",
            columns=["id", "facility_id", "first_name", "last_name", "email", "phone", "company"],
        )
        return time.perf_counter() - started
    finally:
        await conn.close()


async def main(quick: bool, rows: int | None = None) -> dict[str, Any]:
    count = rows or (20_000 if quick else 1_000_000)
    namespace = f"bench{uuid.uuid4().hex[:6]}."
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    source = work / "customers.csv"
    generate(source, count)
    contacts_db = await migrated_database("bench_contacts", CONTACTS_MIGRATIONS)
    importer_db = await migrated_database("bench_importer", IMPORTER_MIGRATIONS)
    private, public = ensure_keys(work / "keys")
    facility = uuid.uuid4()
    token = mint(private.read_text(), sub="bench", role="owner", facilities=[str(facility)])
    common = {"KAFKA_BOOTSTRAP_SERVERS": KAFKA}
    env = {
        svc: {
            **common,
            f"{svc}_DATABASE_URL": db,
            f"{svc}_JWT_PUBLIC_KEY_PATH": str(public),
            f"{svc}_ROOT_PATH": "",
            f"{svc}_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
            f"{svc}_TOPIC_NAMESPACE": namespace,
            f"{svc}_LOG_LEVEL": "WARNING",
            f"{svc}_RELAY_POLL_INTERVAL_S": "0.2",
        }
        for svc, db in (("CONTACTS", contacts_db), ("IMPORTER", importer_db))
    }
    env["IMPORTER"] |= {"IMPORTER_UPLOADS_DIR": str(work / "uploads"), "IMPORTER_RUNNER_POLL_S": "0.2"}
    results: dict[str, Any] = {
        "bench": "import",
        "quick": quick,
        "rows": count,
        "file_mb": round(source.stat().st_size / 1e6, 1),
    }
    try:
        with (
            service("contacts", env["CONTACTS"], work) as contacts_url,
            service("importer", env["IMPORTER"], work) as url,
        ):
            pid = pid_of("importer", int(url.rsplit(":", 1)[1]))
            contacts_pid = pid_of("contacts", int(contacts_url.rsplit(":", 1)[1]))
            cpu_before = (cpu_s(pid), cpu_s(contacts_pid))
            headers = {"Authorization": f"Bearer {token}"}
            async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as client:
                started = time.perf_counter()
                uploaded = await client.post("/imports", params={"filename": source.name}, content=file_body(source))
                uploaded.raise_for_status()
                job_id = uploaded.json()["id"]
                results["upload_s"] = round(time.perf_counter() - started, 2)
                t = time.perf_counter()
                (await client.get(f"/imports/{job_id}/preview")).raise_for_status()
                results["preview_s"] = round(time.perf_counter() - t, 3)
                ready = await poll(client, job_id, "ready", timeout=3600)
                results["validated_s"] = round(time.perf_counter() - started, 2)
                results["rejected"] = ready["rows"]["rejected"]
                (await client.post(f"/imports/{job_id}/confirm", json={"mode": "create"})).raise_for_status()
                done = await poll(client, job_id, "completed", timeout=3600)
                results["applied_s"] = round(time.perf_counter() - started, 2)
                await outbox_empty(asyncpg_dsn(contacts_db), timeout=3600)
                elapsed = time.perf_counter() - started
                results["created"] = done["progress"]["created"]
            results["importer_peak_mb"] = round(peak_mb(pid), 1) if pid else None
            if None not in cpu_before:
                results["importer_cpu_s"] = round(cpu_s(pid) - cpu_before[0], 1)  # type: ignore[operator]
                results["contacts_cpu_s"] = round(cpu_s(contacts_pid) - cpu_before[1], 1)  # type: ignore[operator]
        results["end_to_end_s"] = round(elapsed, 2)
        results["rows_per_s"] = round(count / elapsed)
        copy_s = await copy_baseline(asyncpg_dsn(contacts_db), source, facility)
        results["baseline_copy_s"] = round(copy_s, 2)
        results["baseline_copy_rows_per_s"] = round(count / copy_s)
        results["ratio_to_copy"] = round(elapsed / copy_s, 1)
    finally:
        await drop_database(contacts_db)
        await drop_database(importer_db)
    results["targets"] = {"rows_per_s": TARGET_ROWS_S, "peak_mb": TARGET_MB, "preview_s": TARGET_PREVIEW_S}
    results["meets_targets"] = (
        results["rows_per_s"] >= TARGET_ROWS_S
        and (results["importer_peak_mb"] or 0) <= TARGET_MB
        and results["preview_s"] <= TARGET_PREVIEW_S
    )
    print(
        f"end to end   {results['rows_per_s']:,} rows/s ({results['end_to_end_s']} s), preview {results['preview_s']} s"
    )
    print(f"importer     peak {results['importer_peak_mb']} MB, CPU {results.get('importer_cpu_s')} s")
    print(f"contacts     CPU {results.get('contacts_cpu_s')} s")
    print(f"COPY         {results['baseline_copy_rows_per_s']:,} rows/s (baseline); ratio {results['ratio_to_copy']}x")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 rows (CI)")
    parser.add_argument("--rows", type=int, help="another file size (for profiling)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick, args.rows))))
    sys.exit(0)
