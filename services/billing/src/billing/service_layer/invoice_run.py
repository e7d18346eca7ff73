"""The scheduled run: start and end rentals on their dates, invoice each active rental once per period,
flag overdue invoices, and charge autopay customers.

Invoicing is idempotent: a unique index on (rental, period start) and `ON CONFLICT DO NOTHING` mean
any number of runs, or a run killed halfway and started again, leave exactly one invoice per rental and
period. Each batch commits its invoices, numbers and events together.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, text, true, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from billing.adapters.orm import invoice_lines, invoices, rentals, settings
from billing.domain.money import Line, period_bounds, prorated, tax_of
from billing.service_layer import accounts, ledger
from billing.service_layer.invoice_events import changed, issued, number_of
from billing.service_layer.rentals import ended, started
from shared.contracts.billing import InvoiceOverdue, Money
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)
RUN_LOCK = 0x62696C6C  # one run at a time across replicas

DUE = text(
    """
    SELECT r.id, r.facility_id, r.customer_id, r.space, r.price_minor, r.currency, r.period, r.starts_on,
           r.ends_on, coalesce(s.tax_rate_bp, 0) AS tax_rate_bp, coalesce(s.payment_terms_days, 14) AS terms,
           a.autopay
    FROM rentals r
    JOIN accounts a ON a.customer_id = r.customer_id
    LEFT JOIN billing_settings s ON s.facility_id = r.facility_id
    WHERE r.id > :after AND r.period = :period AND r.starts_on <= :period_end
      AND (r.status = 'active' OR (r.status = 'ended' AND r.ends_on >= :period_start))
      AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.rental_id = r.id AND i.period_start = :period_start)
      AND (CAST(:facility AS uuid) IS NULL OR r.facility_id = CAST(:facility AS uuid))
    ORDER BY r.id LIMIT :limit
    """
)


COLUMNS = {
    "id": "uuid", "facility_id": "uuid", "customer_id": "uuid", "rental_id": "uuid", "number": "text",
    "status": "text", "currency": "text", "subtotal_minor": "bigint", "tax_minor": "bigint", "total_minor": "bigint",
    "amount_paid_minor": "bigint", "tax_rate_bp": "int", "issued_on": "date", "due_on": "date",
    "period_start": "date", "period_end": "date", "autopay_state": "text", "revision": "int",
}  # fmt: skip
# One statement per batch whatever its size (a multi-row VALUES would hit the 32,767 parameter limit);
# rows another run inserted meanwhile are skipped by the unique index on (rental, period).
INSERT = text(
    f"INSERT INTO invoices ({', '.join(COLUMNS)}) "
    f"SELECT * FROM unnest({', '.join(f'CAST(:{c} AS {t}[])' for c, t in COLUMNS.items())}) "
    "ON CONFLICT (rental_id, period_start) WHERE rental_id IS NOT NULL DO NOTHING RETURNING id"
)


@dataclass
class RunReport:
    """What one run did."""

    started: int = 0
    ended: int = 0
    invoiced: int = 0
    overdue: int = 0
    seconds: float = 0.0


def scope(column: Any, facility_id: uuid.UUID | None) -> ColumnElement[bool]:
    """The rows of one facility, or of every facility when the operators' run passes None."""
    return true() if facility_id is None else column == facility_id


async def _rental_dates(uow: UnitOfWork, on: date, report: RunReport, facility_id: uuid.UUID | None) -> None:
    """Scheduled rentals whose day has come start; rentals past their end date end."""
    for status, cond, make in (
        ("active", (rentals.c.status == "scheduled") & (rentals.c.starts_on <= on), started),
        ("ended", (rentals.c.status == "active") & (rentals.c.ends_on < on), ended),
    ):
        rows = (
            (
                await uow.session.execute(
                    update(rentals)
                    .where(cond, scope(rentals.c.facility_id, facility_id))
                    .values(status=status, version=rentals.c.version + 1)
                    .returning(rentals)
                )
            )
            .mappings()
            .all()
        )
        for row in rows:
            uow.publish(make(row), facility_id=row["facility_id"], aggregate_id=row["customer_id"])
        if status == "active":
            report.started += len(rows)
        else:
            report.ended += len(rows)


async def _numbers(uow: UnitOfWork, facility_id: uuid.UUID, count: int) -> int:
    """Reserve `count` consecutive invoice numbers of a facility; returns the first."""
    await uow.session.execute(
        pg_insert(settings).values(facility_id=facility_id).on_conflict_do_nothing(index_elements=["facility_id"])
    )
    last = (
        await uow.session.execute(
            update(settings)
            .where(settings.c.facility_id == facility_id)
            .values(next_invoice_no=settings.c.next_invoice_no + count)
            .returning(settings.c.next_invoice_no)
        )
    ).scalar_one()
    return int(last) - count


def _invoice_for(r: Any, period: tuple[date, date], on: date, number: str) -> tuple[dict[str, Any], list[Line]]:
    amount, days, total_days = prorated(r["price_minor"], period, (r["starts_on"], r["ends_on"]))
    label = f"{r['space']} — {period[0].isoformat()} to {period[1].isoformat()}"
    if days != total_days:
        label += f" ({days}/{total_days} days)"
    lines = [Line(label, 1, amount)]
    tax = tax_of(amount, r["tax_rate_bp"])
    row = {
        "id": uuid.uuid4(),
        "facility_id": r["facility_id"],
        "customer_id": r["customer_id"],
        "rental_id": r["id"],
        "number": number,
        "status": "open",
        "currency": r["currency"],
        "subtotal_minor": amount,
        "tax_minor": tax,
        "total_minor": amount + tax,
        "amount_paid_minor": 0,
        "tax_rate_bp": r["tax_rate_bp"],
        "issued_on": on,
        "due_on": max(on, period[0]) + timedelta(days=r["terms"]),
        "period_start": period[0],
        "period_end": period[1],
        "autopay_state": "pending" if r["autopay"] else None,
        "revision": 1,
    }
    return row, lines


async def _invoice_batch(uow: UnitOfWork, due: list[Any], period: tuple[date, date], on: date) -> int:
    """Invoice one batch of rentals; rows another run invoiced meanwhile are skipped by the unique index."""
    per_facility = Counter(r["facility_id"] for r in due)
    # Sorted, so two runs reserving numbers lock the facilities' settings rows in the same order.
    firsts = {facility_id: await _numbers(uow, facility_id, n) for facility_id, n in sorted(per_facility.items())}
    built = []
    for r in due:
        built.append(_invoice_for(r, period, on, number_of(firsts[r["facility_id"]])))
        firsts[r["facility_id"]] += 1
    columns = {name: [row[name] for row, _ in built] for name in COLUMNS}
    inserted = {row_id for (row_id,) in (await uow.session.execute(INSERT, columns)).all()}
    kept = [(row, lines) for row, lines in built if row["id"] in inserted]
    if kept:
        await uow.session.execute(
            invoice_lines.insert(),
            [
                {"invoice_id": row["id"], "position": i, **vars(x), "amount_minor": x.amount_minor}
                for row, lines in kept
                for i, x in enumerate(lines)
            ],
        )
    for row, lines in kept:
        uow.publish(issued(row, lines), facility_id=row["facility_id"], aggregate_id=row["customer_id"])
        uow.publish(changed(row), facility_id=row["facility_id"], aggregate_id=row["customer_id"])
    customers = list({row["customer_id"] for row, _ in kept})
    await ledger.apply_credit(uow, customers)
    await accounts.publish_balances(uow, customers)
    return len(kept)


async def _overdue(uow: UnitOfWork, on: date, facility_id: uuid.UUID | None) -> int:
    """Open invoices past their due date are flagged once and announced."""
    rows = (
        (
            await uow.session.execute(
                update(invoices)
                .where(
                    invoices.c.status == "open",
                    invoices.c.overdue_at.is_(None),
                    invoices.c.due_on < on,
                    scope(invoices.c.facility_id, facility_id),
                )
                .values(overdue_at=text("now()"))
                .returning(invoices)
            )
        )
        .mappings()
        .all()
    )
    for row in rows:
        uow.publish(
            InvoiceOverdue(
                invoice_id=row["id"],
                customer_id=row["customer_id"],
                number=row["number"],
                amount_due=Money(amount_minor=row["total_minor"] - row["amount_paid_minor"], currency=row["currency"]),
                due_on=row["due_on"],
            ),
            facility_id=row["facility_id"],
            aggregate_id=row["customer_id"],
        )
    return len(rows)


async def run(
    uow_factory: Callable[[], UnitOfWork],
    on: date,
    *,
    facility_id: uuid.UUID | None = None,
    batch_size: int = 2000,
    after_batch: Callable[[int], Any] | None = None,
) -> RunReport:
    """One run for the day `on`: rental dates, then invoices for the periods containing `on`, then overdue.

    Every statement is limited to `facility_id` when given (a run started over HTTP); None is every facility.
    """
    started_at = time.perf_counter()
    report = RunReport()
    async with uow_factory() as uow:
        await _rental_dates(uow, on, report, facility_id)
        await uow.commit()
    for period_kind in ("month", "week", "year"):
        period = period_bounds(on, period_kind)  # type: ignore[arg-type]
        after = uuid.UUID(int=0)
        while True:
            async with uow_factory() as uow:
                uow.bulk_events = True  # thousands of events a batch: one outbox row per topic and shard
                params = {
                    "after": after,
                    "period": period_kind,
                    "period_start": period[0],
                    "period_end": period[1],
                    "facility": facility_id,
                }
                due = (await uow.session.execute(DUE, {**params, "limit": batch_size})).mappings().all()
                if not due:
                    break
                report.invoiced += await _invoice_batch(uow, list(due), period, on)
                await uow.commit()
            after = due[-1]["id"]
            if after_batch is not None:
                after_batch(report.invoiced)
    async with uow_factory() as uow:
        report.overdue = await _overdue(uow, on, facility_id)
        await uow.commit()
    report.seconds = time.perf_counter() - started_at
    counts = {k: v for k, v in vars(report).items() if k != "seconds"}
    log.info("invoice run done", on=on.isoformat(), facility=str(facility_id or "all"), **counts)
    return report
