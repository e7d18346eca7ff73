"""Start real service processes for a benchmark, on free ports, against throwaway databases."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from crm_dev.testing import free_port, service

__all__ = ["free_port", "gateway", "paced", "percentile", "service"]
CADDYFILE = Path(__file__).resolve().parents[1] / "deploy" / "local" / "Caddyfile"


@contextmanager
def gateway(upstreams: dict[str, str]) -> Iterator[str]:
    """The project's Caddy gateway on free ports in front of the given services ({"portal": "host:port"})."""
    port, admin = free_port(), free_port()
    env = {**os.environ, "GATEWAY_PORT": str(port), "CADDY_ADMIN": f"127.0.0.1:{admin}"}
    env.update({f"{name.upper()}_UPSTREAMS": address for name, address in upstreams.items()})
    proc = subprocess.Popen(
        ["caddy", "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the gateway did not start")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


async def paced(rate: float, seconds: float, make: object) -> list[asyncio.Task[object]]:
    """Start make() `rate` times a second for `seconds`, on schedule, without waiting for each."""
    tasks: list[asyncio.Task[object]] = []
    start = time.perf_counter()
    total = int(rate * seconds)
    for i in range(total):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(make()))  # type: ignore[operator]
    return tasks
