"""Which searches are slow and why: each query's statements under EXPLAIN (ANALYZE, BUFFERS), worst first.

Reads the database kept by `search.py --keep` (PG_PORT from deploy/local/env.sh). The buffers each statement
touched do not depend on how busy the machine is, so this tells where the work goes even on a loaded machine.
Usage: `python _diag_search.py [queries]`; per query: total ms, its kind, and per statement (ms, buffers, rows).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time

import asyncpg
from _dataset import facilities
from search import SIZES, queries, statements

KINDS = ["name prefix", "email part", "phone digits", "company", "several words", "no accents", "email start"]


async def main(n: int) -> None:
    name = "bench_customers_1000000_100000"
    facility = next(iter(facilities(name, SIZES)))
    conn = await asyncpg.connect(f"postgresql://crm_admin:crm_admin@127.0.0.1:{os.environ['PG_PORT']}/{name}")
    out = []
    for i, params in enumerate(queries(n, random.Random(7))):
        plan = statements(facility, params)
        total, steps = 0.0, []
        for sql, args in plan:
            started = time.perf_counter()
            raw = await conn.fetchval("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, *args)
            wall = (time.perf_counter() - started) * 1000
            top = json.loads(raw)[0]
            node = top["Plan"]
            buffers = node.get("Shared Hit Blocks", 0) + node.get("Shared Read Blocks", 0)
            steps.append((round(top["Execution Time"], 1), buffers, node["Actual Rows"]))
            total += wall
            if node["Actual Rows"] >= int(params["limit"]) + 1:
                break
        out.append((sum(s[0] for s in steps), KINDS[i % 7], params, steps))
    out.sort(key=lambda r: -r[0])
    by_kind: dict[str, list[float]] = {}
    for ms, kind, params, _steps in out:
        by_kind.setdefault(kind + (" /name" if params.get("sort") else " /new"), []).append(ms)
    for kind, ms in sorted(by_kind.items()):
        ms.sort()
        print(f"{kind:<22} n={len(ms):>4} p50 {ms[len(ms) // 2]:7.1f}  max {ms[-1]:7.1f}")
    for ms, kind, params, steps in out[:25]:
        print(f"{ms:8.1f} {kind:<14} {json.dumps({k: v for k, v in params.items() if k != 'limit'})} {steps}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
