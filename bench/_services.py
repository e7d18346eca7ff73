"""Start real service processes for a benchmark, on free ports, against throwaway databases."""

from __future__ import annotations

import asyncio
import time

from shared.testing import free_port, service

__all__ = ["free_port", "paced", "percentile", "service"]


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
