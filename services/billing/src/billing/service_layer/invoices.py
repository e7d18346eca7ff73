"""Invoices: one-off charges and fees, finalising (numbering), void, uncollectible, and their events."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from billing.adapters.orm import accounts as accounts_table
from billing.adapters.orm import invoice_lines, invoices, settings
from billing.domain.money import Line, totals
from billing.service_layer import accounts, ledger
from billing.service_layer.invoice_events import issued, number_of, publish_changed
from billing.service_layer.order_events import follow_invoice
from shared.auth import Principal
from shared.contracts.billing import (
    InvoiceMarkedUncollectible,
    InvoiceVoided,
)
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.openapi import PageRequest, fetch_page


async def invoice(
    uow: UnitOfWork, facility_id: uuid.UUID, invoice_id: uuid.UUID, for_update: bool = False, where: str = "path"
) -> Any:
    """One invoice of this facility; `where` the id came from (path or body) is what a 404 names."""
    query = select(invoices).where(invoices.c.id == invoice_id, invoices.c.facility_id == facility_id)
    row = (await uow.session.execute(query.with_for_update() if for_update else query)).mappings().first()
    if row is None:
        raise NotFound("invoice not found", loc=[where, "invoice_id"])
    return row


async def lines_of(uow: UnitOfWork, invoice_id: uuid.UUID) -> list[Line]:
    """The stored lines of an invoice, in order."""
    rows = await uow.session.execute(
        select(invoice_lines).where(invoice_lines.c.invoice_id == invoice_id).order_by(invoice_lines.c.position)
    )
    return [Line(r.description, r.quantity, r.unit_amount_minor) for r in rows]


async def view(uow: UnitOfWork, row: Any) -> dict[str, Any]:
    """An invoice with its lines and amount due, as the API shows it."""
    lines = await lines_of(uow, row["id"])
    return {
        **dict(row),
        "amount_due_minor": row["total_minor"] - row["amount_paid_minor"],
        "lines": [{**vars(x), "amount_minor": x.amount_minor} for x in lines],
    }


async def _finalize(
    uow: UnitOfWork, row: Any, lines: list[Line], today: date, due_on: date | None, charge: bool = False
) -> Any:
    """Number, date and open the invoice; autopay customers (and `charge`) are charged by the autopay step."""
    seq = (
        await uow.session.execute(
            update(settings)
            .where(settings.c.facility_id == row["facility_id"])
            .values(next_invoice_no=settings.c.next_invoice_no + 1)
            .returning(settings.c.next_invoice_no - 1, settings.c.payment_terms_days)
        )
    ).one()
    autopay = (
        await uow.session.execute(
            select(accounts_table.c.autopay).where(accounts_table.c.customer_id == row["customer_id"])
        )
    ).scalar_one()
    new = (
        (
            await uow.session.execute(
                update(invoices)
                .where(invoices.c.id == row["id"])
                .values(
                    status="open",
                    number=number_of(seq[0]),
                    issued_on=today,
                    due_on=due_on or today + timedelta(days=seq[1]),
                    autopay_state="pending" if autopay or charge else None,
                    revision=invoices.c.revision + 1,
                )
                .returning(invoices)
            )
        )
        .mappings()
        .one()
    )
    uow.publish(issued(new, lines), facility_id=new["facility_id"], aggregate_id=new["customer_id"])
    publish_changed(uow, new)
    await ledger.apply_credit(uow, [new["customer_id"]])
    await accounts.publish_balances(uow, [new["customer_id"]])
    return (await uow.session.execute(select(invoices).where(invoices.c.id == new["id"]))).mappings().one()


async def _draft(
    uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, lines: list[Line], due_on: date | None
) -> Any:
    """Store a draft invoice with its lines, taxed at the facility's rate."""
    conf = await accounts.facility_settings(uow, facility_id)
    sums = totals(lines, conf["tax_rate_bp"])
    if sums.total_minor < 0:
        raise DomainError("an invoice cannot total less than zero", field="lines")
    row = (
        (
            await uow.session.execute(
                insert(invoices)
                .values(
                    id=uuid.uuid4(),
                    facility_id=facility_id,
                    customer_id=customer_id,
                    status="draft",
                    currency=conf["currency"],
                    subtotal_minor=sums.subtotal_minor,
                    tax_minor=sums.tax_minor,
                    total_minor=sums.total_minor,
                    tax_rate_bp=conf["tax_rate_bp"],
                    due_on=due_on,
                )
                .returning(invoices)
            )
        )
        .mappings()
        .one()
    )
    await uow.session.execute(
        insert(invoice_lines),
        [
            {"invoice_id": row["id"], "position": i, **vars(x), "amount_minor": x.amount_minor}
            for i, x in enumerate(lines)
        ],
    )
    return row


async def draft_one_off(uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, lines: list[Line]) -> Any:
    """A draft one-off invoice inside the caller's unit of work (issue it with issue_one_off)."""
    return await _draft(uow, facility_id, customer_id, lines, None)


async def issue_one_off(uow: UnitOfWork, draft: Any, lines: list[Line], today: date, charge: bool) -> Any:
    """Issue a draft inside the caller's unit of work; `charge` leaves it to the autopay step's card charge."""
    return await _finalize(uow, draft, lines, today, None, charge=charge)


async def create_invoice(uow: UnitOfWork, principal: Principal, data: dict[str, Any], today: date) -> dict[str, Any]:
    """A one-off invoice (charges, fees); issued at once unless kept as a draft."""
    async with uow:
        await accounts.account(uow, principal.facility_id, data["customer_id"], loc=["body", "customer_id"])
        lines = [Line(x["description"], x["quantity"], x["unit_amount_minor"]) for x in data["lines"]]
        row = await _draft(uow, principal.facility_id, data["customer_id"], lines, data.get("due_on"))
        if not data.get("draft"):
            row = await _finalize(uow, row, lines, today, data.get("due_on"))
        result = await view(uow, row)
        await uow.commit()
        return result


async def finalize_invoice(uow: UnitOfWork, principal: Principal, invoice_id: uuid.UUID, today: date) -> dict[str, Any]:
    """Issue a draft."""
    async with uow:
        row = await invoice(uow, principal.facility_id, invoice_id, for_update=True)
        if row["status"] != "draft":
            raise Conflict("only a draft can be issued", field="status", current=row["status"])
        await accounts.facility_settings(uow, principal.facility_id)
        row = await _finalize(uow, row, await lines_of(uow, invoice_id), today, row["due_on"])
        result = await view(uow, row)
        await uow.commit()
        return result


async def close_invoice(uow: UnitOfWork, principal: Principal, invoice_id: uuid.UUID, to: str) -> dict[str, Any]:
    """Void an unpaid invoice, or mark an open one uncollectible."""
    async with uow:
        row = await invoice(uow, principal.facility_id, invoice_id, for_update=True)
        result = await view(uow, await close(uow, row, to))
        await uow.commit()
        return result


async def close(uow: UnitOfWork, row: Any, to: str, field: str = "status") -> Any:
    """Void (or mark uncollectible) a locked invoice row inside the caller's unit of work; its new row."""
    allowed = {"void": ("draft", "open", "uncollectible"), "uncollectible": ("open",)}[to]
    if row["status"] not in allowed:
        raise Conflict(f"a {row['status']} invoice cannot become {to}", field=field, current=row["status"])
    if to == "void" and row["amount_paid_minor"] > 0:
        raise Conflict("refund the payments on this invoice before voiding it", field=field)
    new = (
        (
            await uow.session.execute(
                update(invoices)
                .where(invoices.c.id == row["id"])
                .values(status=to, autopay_state=None, revision=invoices.c.revision + 1)
                .returning(invoices)
            )
        )
        .mappings()
        .one()
    )
    if row["status"] != "draft":
        event = (InvoiceVoided if to == "void" else InvoiceMarkedUncollectible)(
            invoice_id=new["id"], customer_id=new["customer_id"], number=new["number"]
        )
        uow.publish(event, facility_id=new["facility_id"], aggregate_id=new["customer_id"])
        publish_changed(uow, new)
        await accounts.publish_balances(uow, [new["customer_id"]])
    await follow_invoice(uow, new)
    return new


async def list_invoices(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID | None, status: str | None, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The facility's invoices, newest first, one page."""
    query = (
        select(invoices, accounts_table.c.name.label("customer_name"))
        .join(accounts_table, accounts_table.c.customer_id == invoices.c.customer_id)
        .where(invoices.c.facility_id == principal.facility_id)
    )
    if customer_id is not None:
        query = query.where(invoices.c.customer_id == customer_id)
    if status is not None:
        query = query.where(invoices.c.status == status)
    async with uow:
        order = [(invoices.c.created_at, True), (invoices.c.id, False)]
        return await fetch_page(uow.session, query, order, page, _with_amount_due)


def _with_amount_due(row: Any) -> dict[str, Any]:
    return {**dict(row), "amount_due_minor": row["total_minor"] - row["amount_paid_minor"]}


async def get_invoice(uow: UnitOfWork, principal: Principal, invoice_id: uuid.UUID) -> dict[str, Any]:
    """One invoice with its lines."""
    async with uow:
        return await view(uow, await invoice(uow, principal.facility_id, invoice_id))
