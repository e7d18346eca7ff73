"""With Kafka stopped the API keeps answering reads and writes through the gateway; after the restart every
event arrives. Stops the broker of the running system: marker broker_restart, run on its own.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.broker_restart
ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def _kafka(action: str) -> None:
    subprocess.run(["bash", str(ROOT / "deploy/local/kafka.sh"), action], check=True, timeout=240, env=os.environ)


def _until(probe: Callable[[], object], what: str, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if last := probe():
            return last
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _kafka_checks(gateway: str) -> dict[str, str]:
    return {s: httpx.get(f"{gateway}/api/{s}/health/ready", timeout=10).json()["checks"]["kafka"] for s in SERVICES}


def _gauge(port: int) -> float:
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    return float(next(line.split()[-1] for line in text.splitlines() if line.startswith("kafka_broker_up ")))


def test_reads_and_writes_survive_a_broker_outage_and_every_event_arrives(system, demo_headers):
    gateway = system["gateway"]
    client = httpx.Client(base_url=gateway, headers=demo_headers, timeout=15)
    ids: list[str] = []
    _kafka("stop")
    try:
        _until(lambda: all(v != "ok" for v in _kafka_checks(gateway).values()), "every service to see Kafka gone", 60)
        assert _gauge(8101) == 0
        for name in SERVICES:
            ready = client.get(f"/api/{name}/health/ready")
            assert ready.status_code == 200, f"{name} stays ready without the broker: {ready.text}"
        # Longer than the gateway's health interval: it must keep every service in rotation meanwhile.
        started = time.monotonic()
        i = 0
        while time.monotonic() - started < 12 or i < 10:
            created = client.post(
                "/api/contacts/customers",
                json={
                    "first_name": f"Outage{i}",
                    "last_name": "Kafka",
                    "email": f"outage{i}-{uuid.uuid4().hex[:6]}@kafka.example.org",
                },
            )
            assert created.status_code == 201, f"write {i} while Kafka is down: {created.status_code} {created.text}"
            cid = created.json()["id"]
            ids.append(cid)
            assert client.get(f"/api/contacts/customers/{cid}").status_code == 200
            patched = client.patch(f"/api/contacts/customers/{cid}", json={"version": 1, "company": "During"})
            assert patched.status_code == 200, patched.text
            assert client.get("/api/billing/rentals").status_code == 200
            assert client.get("/api/notifications/settings/facility").status_code == 200
            i += 1
    finally:
        _kafka("start")

    def all_arrived() -> bool:
        for cid in ids:
            seen = client.get(f"/api/notifications/recipients/{cid}")
            if seen.status_code != 200 or seen.json()["version"] != 2:
                return False
        return all(client.get(f"/api/billing/customers/{cid}/balance").status_code == 200 for cid in ids)

    _until(all_arrived, f"all {len(ids)} customers (version 2) in notifications and billing", 180)
    _until(lambda: all(v == "ok" for v in _kafka_checks(gateway).values()), "every service to see Kafka back", 60)
    assert _gauge(8101) == 1
