"""The scheduled billing run (one replica at a time) and autopay charges."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from prometheus_client import Gauge, Histogram
from sqlalchemy import select, text, update

from billing.adapters.orm import invoices
from billing.adapters.payments import PaymentProvider
from billing.service_layer import invoice_run, payments
from billing.service_layer.invoice_run import RUN_LOCK
from shared.errors import DomainError
from shared.logs import get_logger
from shared.polling import PollingWorker

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


def today(time_zone: str | None = None) -> date:
    """The billing day: today in `time_zone` (an IANA name), UTC without one."""
    return datetime.now(ZoneInfo(time_zone) if time_zone else UTC).date()


async def charge_autopay(
    container: Any, provider: PaymentProvider, on: date, limit: int = 1000, facility_id: uuid.UUID | None = None
) -> int:
    """Charge the default card for invoices issued to autopay customers; a failure is recorded, not retried blindly."""
    async with container.uow() as uow:
        due = (
            await uow.session.execute(
                select(invoices.c.id, invoices.c.facility_id)
                .where(invoices.c.autopay_state == "pending", invoice_run.scope(invoices.c.facility_id, facility_id))
                .limit(limit)
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


async def _try_lock(conn: Any, facility_id: uuid.UUID | None) -> bool:
    # The all-facilities run holds the run lock alone; a facility's run shares it with other facilities'
    # runs and holds its facility's lock (two int keys: a key space apart from the one-bigint run lock).
    if facility_id is None:
        return bool((await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": RUN_LOCK})).scalar())
    if not (await conn.execute(text("SELECT pg_try_advisory_lock_shared(:k)"), {"k": RUN_LOCK})).scalar():
        return False
    facility = {"k": RUN_LOCK, "f": str(facility_id)}
    if (await conn.execute(text("SELECT pg_try_advisory_lock(:k, hashtext(:f))"), facility)).scalar():
        return True
    await conn.execute(text("SELECT pg_advisory_unlock_shared(:k)"), {"k": RUN_LOCK})
    return False


async def _unlock(conn: Any, facility_id: uuid.UUID | None) -> None:
    if facility_id is None:
        await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": RUN_LOCK})
        return
    await conn.execute(text("SELECT pg_advisory_unlock(:k, hashtext(:f))"), {"k": RUN_LOCK, "f": str(facility_id)})
    await conn.execute(text("SELECT pg_advisory_unlock_shared(:k)"), {"k": RUN_LOCK})


async def run_once(
    container: Any, provider: PaymentProvider, on: date, facility_id: uuid.UUID | None = None
) -> invoice_run.RunReport | None:
    """Run the billing day (of one facility, or of all when None) under advisory locks; None if it is running."""
    started, result = time.perf_counter(), "failed"
    try:
        report = await _run_once_locked(container, provider, on, facility_id)
        result = "skipped" if report is None else "ok"
        return report
    finally:
        RUN_SECONDS.labels(result).observe(time.perf_counter() - started)
        RUN_LAST.labels(result).set_to_current_time()


async def _run_once_locked(
    container: Any, provider: PaymentProvider, on: date, facility_id: uuid.UUID | None
) -> invoice_run.RunReport | None:
    async with container.engine.connect() as conn:
        got = await _try_lock(conn, facility_id)
        await conn.commit()
        if not got:
            return None
        try:
            report = await invoice_run.run(
                container.uow, on, facility_id=facility_id, batch_size=container.settings.invoice_batch_size
            )
            await charge_autopay(container, provider, on, facility_id=facility_id)
            return report
        finally:
            await _unlock(conn, facility_id)
            await conn.commit()


class Scheduler:
    """Runs the billing day every `interval_s` seconds, and autopay charges every `autopay_interval_s`.

    A failed run or charge is tried again at the next interval: both are idempotent.
    """

    def __init__(self, container: Any, provider: PaymentProvider, interval_s: float, autopay_interval_s: float) -> None:
        self.container, self.provider, self.interval_s = container, provider, interval_s
        self.autopay_interval_s = autopay_interval_s
        self._run = PollingWorker("billing-run", self._billing_day, interval_s)
        # Invoices issued between runs (one-off charges) are charged within seconds, not at the next run;
        # two replicas charging the same invoice use the same idempotency key, so the card is charged once.
        self._autopay = PollingWorker("billing-autopay", self._charge, autopay_interval_s)

    async def _billing_day(self) -> bool:
        await run_once(self.container, self.provider, today())
        return False

    async def _charge(self) -> bool:
        await charge_autopay(self.container, self.provider, today())
        return False

    def start(self) -> None:
        """Start the loops: the billing day at once, autopay after its first interval."""
        self._run.start()
        self._autopay.start(wait_first=True)

    async def stop(self) -> None:
        """Stop the loops (a run in progress is cancelled; its locks end with its connection)."""
        await self._run.stop()
        await self._autopay.stop()
