"""billing's HTTP routes: rentals, invoices, payments, cards, balances, settings, webhooks."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request, Response, status
from sqlalchemy import select, update

from billing.adapters.orm import invoices as invoices_table
from billing.adapters.orm import settings as settings_table
from billing.adapters.stripe_provider import InvalidSignature, verify_webhook
from billing.entrypoints import schemas as s
from billing.service_layer import (
    accounts,
    invoices,
    jobs,
    payment_methods,
    payments,
    rentals,
    statements,
    webhooks,
)
from shared.auth import Owner, Viewer, Writer
from shared.errors import Conflict, DomainError

router = APIRouter()


def _c(request: Request) -> Any:
    return request.app.state.container


@router.get("/settings", tags=["settings"])
async def get_settings(principal: Viewer, request: Request) -> dict[str, Any]:
    """The facility's currency, tax rate (basis points), payment terms and time zone."""
    async with _c(request).uow() as uow:
        row = await accounts.facility_settings(uow, principal.facility_id)
        await uow.commit()
    return {k: row[k] for k in accounts.DEFAULTS}


@router.put("/settings", tags=["settings"])
async def put_settings(body: s.SettingsIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Change them; the currency is fixed once the facility has invoiced."""
    async with _c(request).uow() as uow:
        row = await accounts.facility_settings(uow, principal.facility_id)
        if body.currency != row["currency"]:
            used = await uow.session.execute(
                select(invoices_table.c.id).where(invoices_table.c.facility_id == principal.facility_id).limit(1)
            )
            if used.first() is not None:
                raise Conflict("the currency cannot change once invoices exist", field="currency")
        await uow.session.execute(
            update(settings_table).where(settings_table.c.facility_id == principal.facility_id).values(**s.dump(body))
        )
        await uow.commit()
    return s.dump(body)


@router.post("/rentals", status_code=status.HTTP_201_CREATED, tags=["rentals"])
async def start_rental(body: s.RentalIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Rent a space to a customer; active today makes the customer Active in contacts."""
    data = s.dump(body)
    data["starts_on"] = data["starts_on"] or jobs.today()
    return await rentals.start_rental(_c(request).uow(), principal, data, jobs.today())


@router.get("/rentals", tags=["rentals"])
async def list_rentals(
    principal: Viewer,
    request: Request,
    customer_id: uuid.UUID | None = None,
    status_: str | None = Query(None, alias="status", pattern="^(scheduled|active|ended)$"),
) -> list[dict[str, Any]]:
    """The facility's rentals."""
    return await rentals.list_rentals(_c(request).uow(), principal, customer_id, status_)


@router.get("/rentals/{rental_id}", tags=["rentals"])
async def get_rental(rental_id: uuid.UUID, principal: Viewer, request: Request) -> dict[str, Any]:
    """One rental."""
    return await rentals.get_rental(_c(request).uow(), principal, rental_id)


@router.post("/rentals/{rental_id}/end", tags=["rentals"])
async def end_rental(rental_id: uuid.UUID, body: s.RentalEnd, principal: Writer, request: Request) -> dict[str, Any]:
    """End now, or on a later date (notice)."""
    today = jobs.today()
    return await rentals.end_rental(
        _c(request).uow(), principal, rental_id, body.ends_on or today, body.notice_given_on, body.version, today
    )


@router.post("/invoices", status_code=status.HTTP_201_CREATED, tags=["invoices"])
async def create_invoice(body: s.InvoiceIn, principal: Writer, request: Request) -> dict[str, Any]:
    """A one-off invoice for charges and fees, with the facility's tax."""
    return await invoices.create_invoice(_c(request).uow(), principal, s.dump(body), jobs.today())


@router.get("/invoices", tags=["invoices"])
async def list_invoices(
    principal: Viewer,
    request: Request,
    customer_id: uuid.UUID | None = None,
    status_: str | None = Query(None, alias="status", pattern="^(draft|open|paid|void|uncollectible)$"),
    limit: int = Query(100, ge=1, le=1000),
) -> list[dict[str, Any]]:
    """Invoices, newest first."""
    return await invoices.list_invoices(_c(request).uow(), principal, customer_id, status_, limit)


@router.get("/invoices/{invoice_id}", tags=["invoices"])
async def get_invoice(invoice_id: uuid.UUID, principal: Viewer, request: Request) -> dict[str, Any]:
    """One invoice with its lines."""
    return await invoices.get_invoice(_c(request).uow(), principal, invoice_id)


@router.post("/invoices/{invoice_id}/finalize", tags=["invoices"])
async def finalize(invoice_id: uuid.UUID, principal: Writer, request: Request) -> dict[str, Any]:
    """Issue a draft: it gets its number and is sent."""
    return await invoices.finalize_invoice(_c(request).uow(), principal, invoice_id, jobs.today())


@router.post("/invoices/{invoice_id}/void", tags=["invoices"])
async def void(invoice_id: uuid.UUID, principal: Writer, request: Request) -> dict[str, Any]:
    """Cancel an unpaid invoice."""
    return await invoices.close_invoice(_c(request).uow(), principal, invoice_id, "void")


@router.post("/invoices/{invoice_id}/mark-uncollectible", tags=["invoices"])
async def uncollectible(invoice_id: uuid.UUID, principal: Writer, request: Request) -> dict[str, Any]:
    """Stop collecting an open invoice (it still blocks deletion)."""
    return await invoices.close_invoice(_c(request).uow(), principal, invoice_id, "uncollectible")


@router.post("/runs", tags=["invoices"])
async def run_day(body: s.RunIn, principal: Owner, request: Request) -> dict[str, Any]:
    """Run this facility's billing day now (owner only): rental dates, invoices, overdue, autopay.

    The day is today in the facility's time zone (`time_zone` of /settings); `on`, if sent, must be that
    day. Other days, and every facility at once, are the operators' `billing run-day --on DATE`.
    """
    container = _c(request)
    async with container.uow() as uow:
        conf = await accounts.facility_settings(uow, principal.facility_id)
        await uow.commit()
    on = jobs.today(conf["time_zone"])
    if body.on is not None and body.on != on:
        raise DomainError(f"a run started here is for today in {conf['time_zone']}, {on.isoformat()}", field="on")
    report = await jobs.run_once(container, container.provider, on, principal.facility_id)
    if report is None:
        raise Conflict("a billing run is in progress", field="on")
    return {"on": on.isoformat(), "facility_id": str(principal.facility_id), **vars(report)}


@router.post("/payments", status_code=status.HTTP_201_CREATED, tags=["payments"])
async def record_payment(body: s.PaymentIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Cash, cheque or transfer; applied to the invoice given, else to the oldest unpaid ones."""
    return await payments.record_manual(_c(request).uow(), principal, s.dump(body), jobs.today())


@router.post("/payments/card", status_code=status.HTTP_201_CREATED, tags=["payments"])
async def charge_card(body: s.CardChargeIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Charge what is due on an invoice to the customer's default card."""
    container = _c(request)
    key = f"staff-{body.invoice_id}-{uuid.uuid4()}"
    return await payments.charge_invoice(
        container.uow, container.provider, principal.facility_id, body.invoice_id, principal.sub, key, jobs.today()
    )


@router.post("/payments/{payment_id}/refunds", status_code=status.HTTP_201_CREATED, tags=["payments"])
async def refund(payment_id: uuid.UUID, body: s.RefundIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Give back part or all of a payment."""
    container = _c(request)
    return await payments.refund_payment(
        container.uow, container.provider, principal, payment_id, body.amount_minor, body.reason
    )


@router.get("/customers/{customer_id}/payments", tags=["payments"])
async def payment_history(customer_id: uuid.UUID, principal: Viewer, request: Request) -> list[dict[str, Any]]:
    """Every payment of the customer."""
    return await payments.history(_c(request).uow(), principal, customer_id)


@router.get("/customers/{customer_id}/balance", tags=["payments"])
async def balance(customer_id: uuid.UUID, principal: Viewer, request: Request) -> dict[str, Any]:
    """What the customer owes (negative: credit)."""
    return await statements.balance(_c(request).uow(), principal, customer_id)


@router.get("/customers/{customer_id}/statement", tags=["payments"])
async def statement(
    customer_id: uuid.UUID,
    principal: Viewer,
    request: Request,
    from_: date | None = Query(None, alias="from"),
    to: date | None = None,
) -> dict[str, Any]:
    """Invoices, payments and refunds with a running balance."""
    if from_ and to and to < from_:
        raise DomainError("'to' is before 'from'", loc=["query", "to"])
    return await statements.statement(_c(request).uow(), principal, customer_id, from_, to)


@router.post("/customers/{customer_id}/payment-methods/setup", tags=["payment methods"])
async def setup(customer_id: uuid.UUID, principal: Writer, request: Request) -> dict[str, Any]:
    """Start saving a card; the front end confirms the setup with the provider (Stripe.js)."""
    container = _c(request)
    return await payment_methods.start_setup(container.uow, container.provider, principal, customer_id)


@router.post("/customers/{customer_id}/payment-methods", status_code=status.HTTP_201_CREATED, tags=["payment methods"])
async def attach(customer_id: uuid.UUID, body: s.MethodIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Save the card of a completed setup (brand, last four and expiry only)."""
    container = _c(request)
    card = body.test_card.model_dump() if body.test_card else None
    return await payment_methods.attach(
        container.uow, container.provider, principal, customer_id, body.setup_id, card, body.make_default
    )


@router.get("/customers/{customer_id}/payment-methods", tags=["payment methods"])
async def methods(customer_id: uuid.UUID, principal: Viewer, request: Request) -> list[dict[str, Any]]:
    """Saved cards."""
    return await payment_methods.list_methods(_c(request).uow(), principal, customer_id)


@router.post("/customers/{customer_id}/payment-methods/{method_id}/default", tags=["payment methods"])
async def default(customer_id: uuid.UUID, method_id: uuid.UUID, principal: Writer, request: Request) -> dict[str, Any]:
    """Make this card the default."""
    return await payment_methods.make_default(_c(request).uow(), principal, customer_id, method_id)


@router.delete(
    "/customers/{customer_id}/payment-methods/{method_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["payment methods"],
)
async def remove(customer_id: uuid.UUID, method_id: uuid.UUID, principal: Writer, request: Request) -> Response:
    """Forget a card."""
    await payment_methods.remove(_c(request).uow(), principal, customer_id, method_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/customers/{customer_id}/autopay", tags=["payment methods"])
async def autopay(customer_id: uuid.UUID, body: s.AutopayIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Charge the default card whenever an invoice is issued."""
    return await payment_methods.set_autopay(_c(request).uow(), principal, customer_id, body.enabled)


webhook_router = APIRouter()


@webhook_router.post("/webhooks/stripe", tags=["webhooks"])
async def stripe_webhook(request: Request) -> dict[str, Any]:
    """Provider events, verified with the configured secret; a repeated event changes nothing."""
    container = _c(request)
    secret = container.settings.stripe_webhook_secret
    if secret is None:
        raise DomainError("webhooks are not configured", loc=["header", "Stripe-Signature"])
    payload = await request.body()
    try:
        event = verify_webhook(payload, request.headers.get("Stripe-Signature"), secret.get_secret_value())
    except InvalidSignature:
        err = DomainError("the signature does not verify", loc=["header", "Stripe-Signature"])
        err.status_code = 400
        raise err from None
    fresh = await webhooks.apply(container.uow(), "stripe", event)
    return {"received": True, "duplicate": not fresh}


ROUTERS = [router, webhook_router]
