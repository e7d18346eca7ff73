"""The month-end billing run for 100,000 active rentals, against a bulk INSERT of as many invoice rows.

Seeds customers and active monthly rentals with COPY, runs the real billing run (invoices, lines, numbers,
outbox events: InvoiceIssued, InvoiceChanged, BalanceChanged) as the service does, then times one
`INSERT ... SELECT` of the same number of rows into a table shaped like `invoices` as the baseline.
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from datetime import date

import asyncpg

from billing.entrypoints.cli import MIGRATIONS
from billing.service_layer import invoice_run
from crm_dev.testing import drop_database, migrated_database
from shared.db import UnitOfWork, make_engine, make_sessionmaker
from shared.messaging.relay import asyncpg_dsn

TARGET_S = 60.0
ON = date(2026, 11, 30)


async def seed(dsn: str, rentals: int) -> None:
    """Customers with one or two rentals each, spread over ten facilities."""
    facilities = [uuid.uuid4() for _ in range(10)]
    customers = [(uuid.uuid4(), facilities[i % 10]) for i in range((rentals + 1) // 2)]
    conn = await asyncpg.connect(dsn)
    try:
        await conn.copy_records_to_table(
            "accounts", records=[(c, f, "Bench") for c, f in customers], columns=["customer_id", "facility_id", "name"]
        )
        await conn.executemany(
            "INSERT INTO billing_settings (facility_id, tax_rate_bp) VALUES ($1, 2000)", [(f,) for f in facilities]
        )
        records = [
            (
                uuid.uuid4(),
                customers[i // 2][1],
                customers[i // 2][0],
                f"Bay {i}",
                9_900 + i % 500,
                "EUR",
                "month",
                date(2026, 1, 1),
                "active",
                "bench",
            )
            for i in range(rentals)
        ]
        await conn.copy_records_to_table(
            "rentals",
            records=records,
            columns=[
                "id",
                "facility_id",
                "customer_id",
                "space",
                "price_minor",
                "currency",
                "period",
                "starts_on",
                "status",
                "created_by",
            ],
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


BASELINE = """
INSERT INTO invoices_baseline (id, facility_id, customer_id, rental_id, number, status, currency, subtotal_minor,
  tax_minor, total_minor, tax_rate_bp, issued_on, due_on, period_start, period_end)
SELECT gen_random_uuid(), facility_id, customer_id, id, 'INV-' || row_number() OVER (), 'open', currency, price_minor,
  price_minor / 5, price_minor + price_minor / 5, 2000, $1::date, $1::date + 14, $2::date, $3::date
FROM rentals
"""


async def baseline(dsn: str) -> float:
    """One bulk INSERT of as many invoice rows into a table of the same shape (indexes included)."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("CREATE TABLE invoices_baseline (LIKE invoices INCLUDING ALL)")
        started = time.perf_counter()
        await conn.execute(BASELINE, ON, date(2026, 11, 1), date(2026, 11, 30))
        return time.perf_counter() - started
    finally:
        await conn.close()


async def main(quick: bool, rentals: int | None = None) -> dict[str, object]:
    rentals = rentals or (10_000 if quick else 100_000)
    db = await migrated_database("bench_billing", MIGRATIONS)
    results: dict[str, object] = {"bench": "invoice_run", "quick": quick, "rentals": rentals, "target_s": TARGET_S}
    try:
        dsn = asyncpg_dsn(db)
        started = time.perf_counter()
        await seed(dsn, rentals)
        print(f"seeded {rentals:,} active rentals in {time.perf_counter() - started:.1f} s")
        engine = make_engine(db)
        sessions = make_sessionmaker(engine)
        try:
            report = await invoice_run.run(lambda: UnitOfWork(sessions), ON, batch_size=2000)
            again = await invoice_run.run(lambda: UnitOfWork(sessions), ON, batch_size=2000)
        finally:
            await engine.dispose()
        conn = await asyncpg.connect(dsn)
        try:
            invoices = await conn.fetchval("SELECT count(*) FROM invoices")
            events = await conn.fetchval("SELECT count(*) FROM outbox")
        finally:
            await conn.close()
        base_s = await baseline(dsn)
    finally:
        await drop_database(db)
    assert invoices == rentals == report.invoiced and again.invoiced == 0, (invoices, report, again)
    results.update(
        run_s=round(report.seconds, 2),
        invoices_per_s=round(report.invoiced / report.seconds),
        outbox_events=events,
        second_run_invoiced=again.invoiced,
        second_run_s=round(again.seconds, 2),
        baseline_insert_s=round(base_s, 2),
        baseline_rows_per_s=round(rentals / base_s),
        ratio=round(report.seconds / base_s, 1),
    )
    results["meets_target"] = report.seconds <= TARGET_S
    print(f"billing run   {report.invoiced:,} invoices in {report.seconds:.2f} s ({results['invoices_per_s']:,}/s)")
    print(f"bulk INSERT   {rentals:,} rows in {base_s:.2f} s (baseline); second run invoiced {again.invoiced}")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 rentals (CI)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.quick))))
    sys.exit(0)
