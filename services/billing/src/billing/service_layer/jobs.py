"""The scheduled billing run (one replica at a time) and autopay charges."""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, date, datetime
from typing import Any

from prometheus_client import Gauge, Histogram
from sqlalchemy import select, text, update

from billing.adapters.orm import invoices
from billing.adapters.payments import PaymentProvider
from billing.service_layer import invoice_run, payments
from shared.errors import DomainError
from shared.logs import get_logger

log = get_logger(__name__)

RUN_SECONDS = Histogram(
    "crm_billing_run_seconds",
    "Duration of the billing run by result",
    ["result"],
    buckets=(1, 5, 15, 60, 300, 900, 3600),
)
RUN_LAST = Gauge("crm_billing_run_last_timestamp_seconds", "When the billing run last ended, by result", ["result"])
RUN_RESULTS = ("ok", "failed", "skipped")
for _result in RUN_RESULTS:  # every series exists from the start, for alert rules and dashboards
    RUN_SECONDS.labels(_result)
    RUN_LAST.labels(_result)


def today() -> date:
    """The billing day (UTC)."""
    return datetime.now(UTC).date()


async def charge_autopay(container: Any, provider: PaymentProvider, on: date, limit: int = 1000) -> int:
    """Charge the default card for invoices issued to autopay customers; a failure is recorded, not retried blindly."""
    async with container.uow() as uow:
        due = (
            await uow.session.execute(
                select(invoices.c.id, invoices.c.facility_id).where(invoices.c.autopay_state == "pending").limit(limit)
            )
        ).all()
    charged = 0
    for invoice_id, facility_id in due:
        state = "failed"
        try:
            payment = await payments.charge_invoice(
                container.uow, provider, facility_id, invoice_id, "autopay", f"autopay-{invoice_id}", on
            )
            state = "charged" if payment["status"] == "succeeded" else "failed"
            charged += payment["status"] == "succeeded"
        except DomainError as exc:
            log.warning("autopay not possible", invoice_id=str(invoice_id), reason=exc.msg)
        async with container.uow() as uow:
            await uow.session.execute(
                update(invoices)
                .where(invoices.c.id == invoice_id, invoices.c.autopay_state == "pending")
                .values(autopay_state=state)
            )
            await uow.commit()
    return charged


async def run_once(container: Any, provider: PaymentProvider, on: date) -> invoice_run.RunReport | None:
    """Run the billing day under a session advisory lock; None if another replica is running it."""
    started, result = time.perf_counter(), "failed"
    try:
        report = await _run_once_locked(container, provider, on)
        result = "skipped" if report is None else "ok"
        return report
    finally:
        RUN_SECONDS.labels(result).observe(time.perf_counter() - started)
        RUN_LAST.labels(result).set_to_current_time()


async def _run_once_locked(container: Any, provider: PaymentProvider, on: date) -> invoice_run.RunReport | None:
    async with container.engine.connect() as conn:
        got = (await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": invoice_run.RUN_LOCK})).scalar()
        await conn.commit()
        if not got:
            return None
        try:
            report = await invoice_run.run(container.uow, on, batch_size=container.settings.invoice_batch_size)
            await charge_autopay(container, provider, on)
            return report
        finally:
            await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": invoice_run.RUN_LOCK})
            await conn.commit()


class Scheduler:
    """Runs the billing day every `interval_s` seconds, and autopay charges every `autopay_interval_s`."""

    def __init__(self, container: Any, provider: PaymentProvider, interval_s: float, autopay_interval_s: float) -> None:
        self.container, self.provider, self.interval_s = container, provider, interval_s
        self.autopay_interval_s = autopay_interval_s
        self._tasks: list[asyncio.Task[None]] = []

    async def _loop(self) -> None:
        while True:
            try:
                await run_once(self.container, self.provider, today())
            except Exception as exc:  # the next tick tries again; the run is idempotent
                log.error("billing run failed", error=repr(exc))
            await asyncio.sleep(self.interval_s)

    async def _autopay_loop(self) -> None:
        # Invoices issued between runs (one-off charges) are charged within seconds, not at the next run;
        # two replicas charging the same invoice use the same idempotency key, so the card is charged once.
        while True:
            await asyncio.sleep(self.autopay_interval_s)
            try:
                await charge_autopay(self.container, self.provider, today())
            except Exception as exc:
                log.error("autopay failed", error=repr(exc))

    def start(self) -> None:
        """Start the loops."""
        self._tasks = [
            asyncio.create_task(self._loop(), name="billing-scheduler"),
            asyncio.create_task(self._autopay_loop(), name="billing-autopay"),
        ]

    async def stop(self) -> None:
        """Cancel the loops and wait for them."""
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
