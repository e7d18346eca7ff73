"""The billing run killed halfway (SIGKILL) and started again leaves exactly one invoice per rental and period."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import uuid
from datetime import date
from types import SimpleNamespace

import asyncpg
import pytest

from crm_dev.testing import eventually
from shared.messaging.relay import messages

pytestmark = pytest.mark.integration
RENTALS = 4000


async def _seed(dsn: str, facility: uuid.UUID) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        customers = [uuid.uuid4() for _ in range(RENTALS // 2)]
        await conn.copy_records_to_table(
            "accounts",
            records=[(c, facility, "Seeded") for c in customers],
            columns=["customer_id", "facility_id", "name"],
        )
        await conn.execute("INSERT INTO billing_settings (facility_id, tax_rate_bp) VALUES ($1, 2000)", facility)
        await conn.copy_records_to_table(
            "rentals",
            records=[
                (
                    uuid.uuid4(),
                    facility,
                    customers[i // 2],
                    f"Bay {i}",
                    10_000 + i,
                    "EUR",
                    "month",
                    date(2026, 1, 1),
                    "active",
                    "seed",
                )
                for i in range(RENTALS)
            ],
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
    finally:
        await conn.close()


def _run_day(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "billing.entrypoints.cli", "run-day", "--on", "2026-11-25", "--batch-size", "100"],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


async def test_killed_run_restarted_invoices_each_rental_once(billing_db, topic_namespace):
    dsn = billing_db.replace("+asyncpg", "")
    facility = uuid.uuid4()
    await _seed(dsn, facility)
    env = {"BILLING_DATABASE_URL": billing_db, "BILLING_LOG_JSON": "true", "BILLING_TOPIC_NAMESPACE": topic_namespace}
    conn = await asyncpg.connect(dsn)
    try:
        count = "SELECT count(*) FROM invoices WHERE facility_id = $1"
        proc = _run_day(env)

        async def partway() -> bool:
            return int(await conn.fetchval(count, facility)) >= 300

        await eventually(partway, timeout=60, interval=0.01, what="the run to be partway")
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        killed_at = int(await conn.fetchval(count, facility))
        assert 0 < killed_at < RENTALS, killed_at

        for _ in range(2):  # once to finish, once more to prove a further run changes nothing
            done = await asyncio.to_thread(_run_day(env).communicate)
            assert b'"invoiced"' in done[0], done[0][-2000:]

        assert await conn.fetchval(count, facility) == RENTALS
        assert (
            await conn.fetchval(
                "SELECT count(DISTINCT (rental_id, period_start)) FROM invoices WHERE facility_id = $1", facility
            )
            == RENTALS
        )
        numbers = sorted(
            int(n.removeprefix("INV-"))
            for n in await conn.fetchval("SELECT array_agg(number) FROM invoices WHERE facility_id = $1", facility)
        )
        assert numbers == list(range(1, RENTALS + 1)), "invoice numbers have gaps or repeats"
        lines = await conn.fetchval(
            "SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.facility_id = $1",
            facility,
        )
        assert lines == RENTALS
        wrong = await conn.fetchval(
            "SELECT count(*) FROM invoices WHERE facility_id = $1 AND total_minor <> subtotal_minor + tax_minor",
            facility,
        )
        assert wrong == 0
        # No relay runs in this test, so every event the runs committed is still in the outbox; the relay's
        # own reader expands the run's batch rows into the messages it would publish.
        rows = await conn.fetch("SELECT id, topic, key, value, headers FROM outbox")
        outbox = sum(
            1
            for row in rows
            for _, value, headers in messages(SimpleNamespace(**{**row, "headers": json.loads(row["headers"])}))
            if dict(headers).get("type") == b"InvoiceIssued" and json.loads(value)["facility_id"] == str(facility)
        )
        assert outbox == RENTALS
    finally:
        await conn.close()
