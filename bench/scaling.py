"""Costs as the work grows: search, import and the billing run at several sizes, as a table and a plot.

Runs the benchmarks' own measurements at each size (bench/search.py at 100k, 1M and 3M contacts,
bench/import.py at 100k and 1M rows, bench/invoice_run.py at 10k and 100k rentals), each with its baseline
from the same run, prints a table, the growth exponent of each cost (log-log slope: 1.0 is linear, 0 is
flat) and writes a plot to bench/.results/scaling.png (git-ignored). `--quick` runs small sizes (CI).
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import math
from pathlib import Path
from typing import Any

import invoice_run
import search

importer = importlib.import_module("import")  # bench/import.py: `import` is a keyword

OUT = Path(__file__).parent / ".results"
FULL: dict[str, tuple[int, ...]] = {
    "search": (100_000, 1_000_000, 3_000_000),
    "import": (100_000, 1_000_000),
    "billing": (10_000, 100_000),
}
QUICK: dict[str, tuple[int, ...]] = {"search": (5_000, 20_000), "import": (2_000, 10_000), "billing": (1_000, 5_000)}


def slope(points: list[tuple[int, float]]) -> float | None:
    """How a cost grows with size: the exponent k of cost ~ size^k between the smallest and the largest size."""
    (n0, c0), (n1, c1) = points[0], points[-1]
    if n1 == n0 or c0 <= 0 or c1 <= 0:
        return None
    return round(math.log(c1 / c0) / math.log(n1 / n0), 2)


async def measure(sizes: dict[str, tuple[int, ...]], queries: int) -> dict[str, list[dict[str, Any]]]:
    """Each benchmark at each size: its cost (the figure that should stay flat or grow linearly) and baseline."""
    out: dict[str, list[dict[str, Any]]] = {"search": [], "import": [], "billing": []}
    for n in sizes["search"]:
        r = await search.main(False, sizes=(n, max(n // 10, 1)), n_queries=queries)
        out["search"].append(
            {"size": n, "p50_ms": r["p50_ms"], "p99_ms": r["p99_ms"], "baseline_p99_ms": r["baseline_p99_ms"]}
        )
    for n in sizes["import"]:
        r = await importer.main(False, rows=n)
        out["import"].append(
            {"size": n, "seconds": r["end_to_end_s"], "rows_per_s": r["rows_per_s"], "baseline_s": r["baseline_copy_s"]}
        )
    for n in sizes["billing"]:
        r = await invoice_run.main(False, rentals=n)
        out["billing"].append({"size": n, "seconds": r["run_s"], "baseline_s": r["baseline_insert_s"]})
    return out


def plot(results: dict[str, list[dict[str, Any]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    panels = (
        ("search", "Search p99 (ms)", "p99_ms", "baseline_p99_ms", "contacts"),
        ("import", "Import, end to end (s)", "seconds", "baseline_s", "rows"),
        ("billing", "Billing run (s)", "seconds", "baseline_s", "rentals"),
    )
    for ax, (key, title, cost, base, unit) in zip(axes, panels, strict=True):
        sizes = [p["size"] for p in results[key]]
        ax.plot(sizes, [p[cost] for p in results[key]], "o-", label="system")
        ax.plot(sizes, [p[base] for p in results[key]], "s--", label="baseline (same run)")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title)
        ax.set_xlabel(unit)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


async def main(quick: bool) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    results = await measure(sizes, 100 if quick else 600)
    growth = {
        "search_p99": slope([(p["size"], p["p99_ms"]) for p in results["search"]]),
        "import_s": slope([(p["size"], p["seconds"]) for p in results["import"]]),
        "import_baseline_s": slope([(p["size"], p["baseline_s"]) for p in results["import"]]),
        "billing_s": slope([(p["size"], p["seconds"]) for p in results["billing"]]),
        "billing_baseline_s": slope([(p["size"], p["baseline_s"]) for p in results["billing"]]),
    }
    print(f"\n{'cost':<28}{'size':>12}{'system':>12}{'baseline':>12}")
    for key, cost, base in (
        ("search", "p99_ms", "baseline_p99_ms"),
        ("import", "seconds", "baseline_s"),
        ("billing", "seconds", "baseline_s"),
    ):
        for p in results[key]:
            print(f"{key + ' (' + cost + ')':<28}{p['size']:>12,}{p[cost]:>12}{p[base]:>12}")
    print("growth exponents (1.0 linear, 0 flat):", growth)
    png = OUT / ("scaling-quick.png" if quick else "scaling.png")
    plot(results, png)
    print(f"plot: {png}")
    # Search should stay nearly flat; the batch costs at most linear (a slope well above 1 means a cost that
    # grows faster than the work).
    faster_than_linear = [k for k, v in growth.items() if v is not None and v > 1.2]
    return {
        "bench": "scaling",
        "quick": quick,
        **results,
        "growth": growth,
        "faster_than_linear": faster_than_linear,
        "plot": str(png),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick))))
