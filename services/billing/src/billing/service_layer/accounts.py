"""Billing's view of customers (fed by contacts' events), facility settings and balances."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from billing.adapters.orm import accounts, disputes, invoices, payment_methods, payments, rentals, settings
from billing.domain.accounts import account_values
from shared.contracts.billing import BalanceChanged, Money
from shared.contracts.contacts import CustomerMerged
from shared.contracts.envelope import Envelope, Event
from shared.db import UnitOfWork
from shared.errors import DomainError, NotFound
from shared.readmodels import upsert_if_newer

DEFAULTS = {"currency": "EUR", "tax_rate_bp": 0, "payment_terms_days": 14, "time_zone": "Europe/Paris"}


async def on_customer_event(uow: UnitOfWork, env: Envelope, event: Event) -> None:
    """Keep the account row in step with the customer; older versions change nothing."""
    found = account_values(event)
    if found is None:
        return
    customer_id, values = found
    version = env.aggregate_version or 0
    row = {"customer_id": customer_id, "facility_id": env.facility_id, "customer_version": version, **values}
    await upsert_if_newer(uow, accounts, row, "customer_version", insert_only=["facility_id"])


async def facility_settings(uow: UnitOfWork, facility_id: uuid.UUID) -> dict[str, Any]:
    """The facility's billing settings, created with defaults on first use."""
    await uow.session.execute(
        pg_insert(settings).values(facility_id=facility_id).on_conflict_do_nothing(index_elements=["facility_id"])
    )
    row = (await uow.session.execute(select(settings).where(settings.c.facility_id == facility_id))).mappings().one()
    return dict(row)


async def account(
    uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, *, loc: list[str], for_update: bool = False
) -> dict[str, Any]:
    """The customer's billing account; unknown, deleted or another facility's customer is refused."""
    query = select(accounts).where(accounts.c.customer_id == customer_id, accounts.c.facility_id == facility_id)
    row = (await uow.session.execute(query.with_for_update() if for_update else query)).mappings().first()
    if row is None:
        if loc[0] == "path":
            raise NotFound("customer not found", loc=loc)
        raise DomainError("unknown customer (not yet known to billing, or another facility's)", loc=loc)
    return dict(row)


BALANCES = text(
    """
    SELECT a.customer_id, a.facility_id,
      coalesce((SELECT sum(i.total_minor - i.amount_paid_minor) FROM invoices i
                WHERE i.customer_id = a.customer_id AND i.status IN ('open', 'uncollectible')), 0)
      - coalesce((SELECT sum(p.amount_minor - p.refunded_minor - p.applied_minor) FROM payments p
                  WHERE p.customer_id = a.customer_id AND p.status = 'succeeded'), 0) AS balance,
      (SELECT count(*) FROM invoices i WHERE i.customer_id = a.customer_id AND i.status = 'open') AS open_invoices
    FROM accounts a WHERE a.customer_id = ANY(:ids)
    """
)


async def balances(uow: UnitOfWork, customer_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """Balance (owed on open and uncollectible invoices, less unapplied credit) and open invoice count."""
    rows = await uow.session.execute(BALANCES, {"ids": list(set(customer_ids))})
    return {r["customer_id"]: dict(r) for r in rows.mappings()}


async def publish_balances(uow: UnitOfWork, customer_ids: Iterable[uuid.UUID]) -> None:
    """Publish each customer's new balance with the next revision of their account."""
    ids = list(set(customer_ids))
    if not ids:
        return
    revisions: dict[uuid.UUID, int] = dict(
        (
            await uow.session.execute(
                update(accounts)
                .where(accounts.c.customer_id.in_(ids))
                .values(revision=accounts.c.revision + 1)
                .returning(accounts.c.customer_id, accounts.c.revision)
            )
        ).all()
    )
    currencies: dict[uuid.UUID, str] = dict(
        (
            await uow.session.execute(
                select(accounts.c.customer_id, func.coalesce(settings.c.currency, DEFAULTS["currency"]))
                .select_from(accounts.outerjoin(settings, settings.c.facility_id == accounts.c.facility_id))
                .where(accounts.c.customer_id.in_(ids))
            )
        ).all()
    )
    for customer_id, b in (await balances(uow, ids)).items():
        uow.publish(
            BalanceChanged(
                customer_id=customer_id,
                balance=Money(amount_minor=int(b["balance"]), currency=currencies[customer_id]),
                open_invoices=int(b["open_invoices"]),
                revision=revisions[customer_id],
            ),
            facility_id=b["facility_id"],
            aggregate_id=customer_id,
        )


async def on_customer_merged(uow: UnitOfWork, env: Envelope, event: Event) -> None:
    """Contacts merged two customers: rentals, invoices, payments, cards and disputes move to the survivor."""
    if not isinstance(event, CustomerMerged):
        return
    survivor, merged = event.survivor_id, event.merged_id
    # Both of the announcing facility: an event naming another facility's customer moves nothing.
    known = await uow.session.execute(
        select(accounts.c.customer_id).where(
            accounts.c.customer_id.in_([survivor, merged]), accounts.c.facility_id == env.facility_id
        )
    )
    if len(known.all()) < 2:
        return  # nothing billed to the merged customer, or the survivor not known yet
    has_default = (
        await uow.session.execute(
            select(payment_methods.c.id).where(
                payment_methods.c.customer_id == survivor, payment_methods.c.is_default, ~payment_methods.c.removed
            )
        )
    ).first()
    if has_default is not None:  # the survivor keeps its own default card
        await uow.session.execute(
            update(payment_methods).where(payment_methods.c.customer_id == merged).values(is_default=False)
        )
    for table in (rentals, invoices, payments, payment_methods, disputes):
        await uow.session.execute(update(table).where(table.c.customer_id == merged).values(customer_id=survivor))
    await uow.session.execute(update(accounts).where(accounts.c.customer_id == merged).values(deleted=True))
    await publish_balances(uow, [survivor])
