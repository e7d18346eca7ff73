"""Balances and statements per customer: invoices as debits, payments as credits, refunds as debits."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import text

from billing.service_layer import accounts
from shared.auth import Principal
from shared.db import UnitOfWork

ENTRIES = text(
    """
    SELECT * FROM (
      SELECT issued_on AS on_date, created_at, 'invoice' AS kind, id, number AS reference, total_minor AS debit_minor,
             0::bigint AS credit_minor
      FROM invoices WHERE customer_id = :c AND status IN ('open', 'paid', 'uncollectible')
      UNION ALL
      SELECT received_on, created_at, 'payment', id, coalesce(reference, method), 0, amount_minor
      FROM payments WHERE customer_id = :c AND status = 'succeeded'
      UNION ALL
      SELECT r.created_at::date, r.created_at, 'refund', r.id, p.method, r.amount_minor, 0
      FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.customer_id = :c
    ) e ORDER BY on_date, created_at, id
    """
)


async def balance(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> dict[str, Any]:
    """What the customer owes now (negative is credit) and how many invoices are open."""
    async with uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
        conf = await accounts.facility_settings(uow, principal.facility_id)
        b = (await accounts.balances(uow, [customer_id]))[customer_id]
        await uow.commit()
        return {
            "customer_id": customer_id,
            "balance_minor": int(b["balance"]),
            "currency": conf["currency"],
            "open_invoices": int(b["open_invoices"]),
        }


async def statement(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, start: date | None, end: date | None
) -> dict[str, Any]:
    """Entries between two dates with the opening balance and a running balance; voided invoices are left out."""
    async with uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
        rows = (await uow.session.execute(ENTRIES, {"c": customer_id})).mappings().all()
    opening, running, entries = 0, 0, []
    for r in rows:
        running += r["debit_minor"] - r["credit_minor"]
        if start is not None and r["on_date"] < start:
            opening = running
            continue
        if end is not None and r["on_date"] > end:
            break
        entries.append(
            {
                **{k: r[k] for k in ("on_date", "kind", "id", "reference", "debit_minor", "credit_minor")},
                "balance_minor": running,
            }
        )
    return {
        "customer_id": customer_id,
        "from": start,
        "to": end,
        "opening_balance_minor": opening,
        "closing_balance_minor": entries[-1]["balance_minor"] if entries else opening,
        "entries": entries,
    }
