"""The whole system, started as the README starts it (scripts/up.sh --detach), driven over HTTP only."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
GATEWAY = f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}"
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")
DATA = Path(os.environ.get("CRM_DATA_DIR", ROOT / ".data"))
sys.path.insert(0, str(Path(__file__).parent))


def _all_ready() -> bool:
    try:
        return all(httpx.get(f"{GATEWAY}/api/{s}/health/ready", timeout=2).status_code == 200 for s in SERVICES)
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="session")
def system() -> Iterator[dict[str, object]]:
    """Bring the system up unless it already runs; yields the gateway URL and the bring-up time."""
    if _all_ready():
        yield {"gateway": GATEWAY, "bring_up_s": None}
        return
    started = time.monotonic()
    proc = subprocess.run(["bash", "scripts/up.sh", "--detach"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, f"scripts/up.sh failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    try:
        yield {"gateway": GATEWAY, "bring_up_s": elapsed, "output": proc.stdout}
    finally:
        subprocess.run(["bash", "scripts/down.sh", "--services"], cwd=ROOT, timeout=120)


@pytest.fixture(scope="session")
def demo_headers(system: dict[str, object]) -> dict[str, str]:
    """The demo owner's token written by the bring-up."""
    token = (DATA / "demo-token.txt").read_text().strip()
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def staff(system: dict[str, object]) -> Callable[[str, uuid.UUID], dict[str, str]]:
    """Headers of a staff member of a facility, signed with the running system's key: staff(role, facility)."""
    from crm_dev.cli import mint

    private = (DATA / "keys" / "jwt-private.pem").read_text()

    def make(role: str, facility: uuid.UUID) -> dict[str, str]:
        token = mint(private, sub=f"{role}@{facility}.test", role=role, facilities=[str(facility)])
        return {"Authorization": f"Bearer {token}"}

    return make
