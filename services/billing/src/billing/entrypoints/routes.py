"""billing's HTTP routes: rentals, invoices, payments, cards, balances, settings, webhooks."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response, status

from billing.adapters.payments import PaymentProvider
from billing.adapters.stripe_provider import InvalidSignature, verify_webhook
from billing.config import Settings
from billing.entrypoints import outputs as o
from billing.entrypoints import schemas as s
from billing.entrypoints import shop_routes
from billing.service_layer import (
    accounts,
    facility_settings,
    invoices,
    jobs,
    payment_methods,
    payments,
    rentals,
    statements,
    webhooks,
)
from shared.deps import ContainerDep, Owner, UowDep, UowFactoryDep, Viewer, Writer, from_container, settings_of
from shared.errors import Conflict, DomainError
from shared.openapi import Paging, errors, example, raw_body, staff_errors

ProviderDep = Annotated[PaymentProvider, from_container("provider")]
BillingSettingsDep = Annotated[Settings, Depends(settings_of)]

router = APIRouter()
CUSTOMER = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"
INVOICE = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"


@router.get(
    "/settings",
    tags=["settings"],
    response_model=o.BillingSettings,
    operation_id="getBillingSettings",
    responses=staff_errors(),
)
async def get_settings(principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """The facility's currency, tax rate (basis points), payment terms and time zone."""
    async with uow:
        row = await accounts.facility_settings(uow, principal.facility_id)
        await uow.commit()
    return {k: row[k] for k in accounts.DEFAULTS}


@router.put(
    "/settings",
    tags=["settings"],
    response_model=o.BillingSettings,
    operation_id="putBillingSettings",
    responses=staff_errors(409),
)
async def put_settings(
    body: Annotated[s.SettingsIn, example({"currency": "EUR", "tax_rate_bp": 2000, "payment_terms_days": 14})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Change them; the currency is fixed once the facility has invoiced."""
    await facility_settings.change(uow, principal.facility_id, s.dump(body))
    return s.dump(body)


@router.get(
    "/settings/provider",
    tags=["settings"],
    response_model=o.ProviderState,
    operation_id="getPaymentProvider",
    responses=staff_errors(),
)
async def provider_state(principal: Viewer, settings: BillingSettingsDep, provider: ProviderDep) -> dict[str, Any]:
    """Which payment provider saves and charges cards, and whether it is set up (no call to the provider)."""
    return payment_methods.provider_state(provider.name, settings)


@router.post(
    "/rentals",
    status_code=status.HTTP_201_CREATED,
    tags=["rentals"],
    response_model=o.Rental,
    operation_id="createRental",
    responses=staff_errors(404, 409),
)
async def start_rental(
    body: Annotated[
        s.RentalIn,
        example({"customer_id": CUSTOMER, "space": "B-12", "price_minor": 15000, "period": "month"}),
    ],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Rent a space to a customer; active today makes the customer Active in contacts."""
    data = s.dump(body)
    data["starts_on"] = data["starts_on"] or jobs.today()
    return await rentals.start_rental(uow, principal, data, jobs.today())


@router.get(
    "/rentals", tags=["rentals"], response_model=o.RentalPage, operation_id="listRentals", responses=staff_errors()
)
async def list_rentals(
    principal: Viewer,
    uow: UowDep,
    page: Paging,
    customer_id: uuid.UUID | None = None,
    status_: str | None = Query(None, alias="status", pattern="^(scheduled|active|ended)$"),
) -> dict[str, Any]:
    """The facility's rentals."""
    items, next_cursor = await rentals.list_rentals(uow, principal, customer_id, status_, page)
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/rentals/{rental_id}",
    tags=["rentals"],
    response_model=o.Rental,
    operation_id="getRental",
    responses=staff_errors(404),
)
async def get_rental(rental_id: uuid.UUID, principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """One rental."""
    return await rentals.get_rental(uow, principal, rental_id)


@router.post(
    "/rentals/{rental_id}/end",
    tags=["rentals"],
    response_model=o.Rental,
    operation_id="endRental",
    responses=staff_errors(404, 409),
)
async def end_rental(
    rental_id: uuid.UUID,
    body: Annotated[s.RentalEnd, example({"ends_on": "2026-12-31", "version": 1})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """End now, or on a later date (notice)."""
    today = jobs.today()
    return await rentals.end_rental(
        uow, principal, rental_id, body.ends_on or today, body.notice_given_on, body.version, today
    )


NEW_INVOICE = {
    "customer_id": CUSTOMER,
    "lines": [{"description": "Car wash", "quantity": 1, "unit_amount_minor": 2500}],
    "draft": False,
}


@router.post(
    "/invoices",
    status_code=status.HTTP_201_CREATED,
    tags=["invoices"],
    response_model=o.Invoice,
    operation_id="createInvoice",
    responses=staff_errors(404, 409),
)
async def create_invoice(
    body: Annotated[s.InvoiceIn, example(NEW_INVOICE)], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """A one-off invoice for charges and fees, with the facility's tax."""
    return await invoices.create_invoice(uow, principal, s.dump(body), jobs.today())


@router.get(
    "/invoices", tags=["invoices"], response_model=o.InvoicePage, operation_id="listInvoices", responses=staff_errors()
)
async def list_invoices(
    principal: Viewer,
    uow: UowDep,
    page: Paging,
    customer_id: uuid.UUID | None = None,
    status_: str | None = Query(None, alias="status", pattern="^(draft|open|paid|void|uncollectible)$"),
) -> dict[str, Any]:
    """Invoices, newest first."""
    items, next_cursor = await invoices.list_invoices(uow, principal, customer_id, status_, page)
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/invoices/{invoice_id}",
    tags=["invoices"],
    response_model=o.Invoice,
    operation_id="getInvoice",
    responses=staff_errors(404),
)
async def get_invoice(invoice_id: uuid.UUID, principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """One invoice with its lines."""
    return await invoices.get_invoice(uow, principal, invoice_id)


@router.post(
    "/invoices/{invoice_id}/finalize",
    tags=["invoices"],
    response_model=o.Invoice,
    operation_id="finalizeInvoice",
    responses=staff_errors(404, 409),
)
async def finalize(invoice_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Issue a draft: it gets its number and is sent."""
    return await invoices.finalize_invoice(uow, principal, invoice_id, jobs.today())


@router.post(
    "/invoices/{invoice_id}/void",
    tags=["invoices"],
    response_model=o.Invoice,
    operation_id="voidInvoice",
    responses=staff_errors(404, 409),
)
async def void(invoice_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Cancel an unpaid invoice."""
    return await invoices.close_invoice(uow, principal, invoice_id, "void")


@router.post(
    "/invoices/{invoice_id}/mark-uncollectible",
    tags=["invoices"],
    response_model=o.Invoice,
    operation_id="markInvoiceUncollectible",
    responses=staff_errors(404, 409),
)
async def uncollectible(invoice_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Stop collecting an open invoice (it still blocks deletion)."""
    return await invoices.close_invoice(uow, principal, invoice_id, "uncollectible")


@router.post(
    "/runs", tags=["invoices"], response_model=o.RunReport, operation_id="runBillingDay", responses=staff_errors(409)
)
async def run_day(
    body: Annotated[s.RunIn, example({})], principal: Owner, container: ContainerDep, provider: ProviderDep
) -> dict[str, Any]:
    """Run this facility's billing day now (owner only): rental dates, invoices, overdue, autopay.

    The day is today in the facility's time zone (`time_zone` of /settings); `on`, if sent, must be that
    day. Other days, and every facility at once, are the operators' `billing run-day --on DATE`.
    """
    async with container.uow() as uow:
        conf = await accounts.facility_settings(uow, principal.facility_id)
        await uow.commit()
    on = jobs.today(conf["time_zone"])
    if body.on is not None and body.on != on:
        raise DomainError(f"a run started here is for today in {conf['time_zone']}, {on.isoformat()}", field="on")
    report = await jobs.run_once(container, provider, on, principal.facility_id)
    if report is None:
        raise Conflict("a billing run is in progress", field="on")
    return {"on": on.isoformat(), "facility_id": str(principal.facility_id), **vars(report)}


NEW_PAYMENT = {"customer_id": CUSTOMER, "amount_minor": 15000, "method": "transfer", "reference": "VIR-2026-118"}


@router.post(
    "/payments",
    status_code=status.HTTP_201_CREATED,
    tags=["payments"],
    response_model=o.Payment,
    operation_id="recordPayment",
    responses=staff_errors(404, 409),
)
async def record_payment(
    body: Annotated[s.PaymentIn, example(NEW_PAYMENT)], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Cash, cheque or transfer; applied to the invoice given, else to the oldest unpaid ones."""
    return await payments.record_manual(uow, principal, s.dump(body), jobs.today())


@router.post(
    "/payments/card",
    status_code=status.HTTP_201_CREATED,
    tags=["payments"],
    response_model=o.Payment,
    operation_id="chargeCard",
    responses=staff_errors(404, 409),
)
async def charge_card(
    body: Annotated[s.CardChargeIn, example({"invoice_id": INVOICE})],
    principal: Writer,
    uows: UowFactoryDep,
    provider: ProviderDep,
) -> dict[str, Any]:
    """Charge what is due on an invoice to the customer's default card."""
    key = f"staff-{body.invoice_id}-{uuid.uuid4()}"
    return await payments.charge_invoice(
        uows, provider, principal.facility_id, body.invoice_id, principal.sub, key, jobs.today()
    )


@router.post(
    "/payments/{payment_id}/refunds",
    status_code=status.HTTP_201_CREATED,
    tags=["payments"],
    response_model=o.Refund,
    operation_id="refundPayment",
    responses=staff_errors(404, 409),
)
async def refund(
    payment_id: uuid.UUID,
    body: Annotated[s.RefundIn, example({"amount_minor": 5000, "reason": "overcharged"})],
    principal: Writer,
    uows: UowFactoryDep,
    provider: ProviderDep,
) -> dict[str, Any]:
    """Give back part or all of a payment."""
    return await payments.refund_payment(uows, provider, principal, payment_id, body.amount_minor, body.reason)


@router.get(
    "/customers/{customer_id}/payments",
    tags=["payments"],
    response_model=o.PaymentPage,
    operation_id="listPayments",
    responses=staff_errors(404),
)
async def payment_history(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """Every payment of the customer."""
    items, next_cursor = await payments.history(uow, principal, customer_id, page)
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/customers/{customer_id}/balance",
    tags=["payments"],
    response_model=o.Balance,
    operation_id="getBalance",
    responses=staff_errors(404),
)
async def balance(customer_id: uuid.UUID, principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """What the customer owes (negative: credit)."""
    return await statements.balance(uow, principal, customer_id)


@router.get(
    "/customers/{customer_id}/statement",
    tags=["payments"],
    response_model=o.Statement,
    operation_id="getStatement",
    responses=staff_errors(404),
)
async def statement(
    customer_id: uuid.UUID,
    principal: Viewer,
    uow: UowDep,
    from_: date | None = Query(None, alias="from"),
    to: date | None = None,
) -> dict[str, Any]:
    """Invoices, payments and refunds with a running balance."""
    if from_ and to and to < from_:
        raise DomainError("'to' is before 'from'", loc=["query", "to"])
    return await statements.statement(uow, principal, customer_id, from_, to)


@router.post(
    "/customers/{customer_id}/payment-methods/setup",
    tags=["payment methods"],
    response_model=o.CardSetup,
    operation_id="startCardSetup",
    responses=staff_errors(404, 409),
)
async def setup(
    customer_id: uuid.UUID, principal: Writer, uows: UowFactoryDep, provider: ProviderDep
) -> dict[str, Any]:
    """Start saving a card; the front end confirms the setup with the provider (Stripe.js)."""
    return await payment_methods.start_setup(uows, provider, principal, customer_id)


@router.post(
    "/customers/{customer_id}/payment-methods",
    status_code=status.HTTP_201_CREATED,
    tags=["payment methods"],
    response_model=o.PaymentMethod,
    operation_id="attachPaymentMethod",
    responses=staff_errors(404, 409),
)
async def attach(
    customer_id: uuid.UUID,
    body: Annotated[s.MethodIn, example({"setup_id": "seti_1Q2w3E4r5T6y", "make_default": True})],
    principal: Writer,
    uows: UowFactoryDep,
    provider: ProviderDep,
) -> dict[str, Any]:
    """Save the card of a completed setup (brand, last four and expiry only)."""
    card = body.test_card.model_dump() if body.test_card else None
    return await payment_methods.attach(uows, provider, principal, customer_id, body.setup_id, card, body.make_default)


@router.get(
    "/customers/{customer_id}/payment-methods",
    tags=["payment methods"],
    response_model=o.PaymentMethodPage,
    operation_id="listPaymentMethods",
    responses=staff_errors(404),
)
async def methods(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """Saved cards."""
    items, next_cursor = await payment_methods.list_methods(uow, principal, customer_id, page)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/customers/{customer_id}/payment-methods/{method_id}/default",
    tags=["payment methods"],
    response_model=o.PaymentMethod,
    operation_id="setDefaultPaymentMethod",
    responses=staff_errors(404),
)
async def default(customer_id: uuid.UUID, method_id: uuid.UUID, principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Make this card the default."""
    return await payment_methods.make_default(uow, principal, customer_id, method_id)


@router.delete(
    "/customers/{customer_id}/payment-methods/{method_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["payment methods"],
    operation_id="removePaymentMethod",
    responses=staff_errors(404),
)
async def remove(customer_id: uuid.UUID, method_id: uuid.UUID, principal: Writer, uow: UowDep) -> Response:
    """Forget a card."""
    await payment_methods.remove(uow, principal, customer_id, method_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put(
    "/customers/{customer_id}/autopay",
    tags=["payment methods"],
    response_model=o.Autopay,
    operation_id="setAutopay",
    responses=staff_errors(404, 409),
)
async def autopay(
    customer_id: uuid.UUID,
    body: Annotated[s.AutopayIn, example({"enabled": True})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Charge the default card whenever an invoice is issued."""
    return await payment_methods.set_autopay(uow, principal, customer_id, body.enabled)


@router.get(
    "/customers/{customer_id}/autopay",
    tags=["payment methods"],
    response_model=o.Autopay,
    operation_id="getAutopay",
    responses=staff_errors(404),
)
async def autopay_state(customer_id: uuid.UUID, principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """Whether the default card is charged when an invoice is issued."""
    return await payment_methods.get_autopay(uow, principal, customer_id)


webhook_router = APIRouter()


STRIPE_EVENT = {"id": "evt_1Q2w3E", "type": "payment_intent.succeeded", "data": {"object": {"id": "pi_3Q2w3E"}}}


@webhook_router.post(
    "/webhooks/stripe",
    tags=["webhooks"],
    response_model=o.WebhookReceipt,
    operation_id="receiveStripeEvent",
    responses=errors(400, 422),
    openapi_extra=raw_body("application/json", STRIPE_EVENT, {"type": "object", "additionalProperties": True}),
)
async def stripe_webhook(request: Request, uow: UowDep, settings: BillingSettingsDep) -> dict[str, Any]:
    """Provider events, verified with the configured secret; a repeated event changes nothing."""
    secret = settings.stripe_webhook_secret
    if secret is None:
        raise DomainError("webhooks are not configured", loc=["header", "Stripe-Signature"])
    payload = await request.body()
    try:
        event = verify_webhook(payload, request.headers.get("Stripe-Signature"), secret.get_secret_value())
    except InvalidSignature:
        err = DomainError("the signature does not verify", loc=["header", "Stripe-Signature"])
        err.status_code = 400
        raise err from None
    fresh = await webhooks.apply(uow, "stripe", event)
    return {"received": True, "duplicate": not fresh}


ROUTERS = [router, shop_routes.router, webhook_router]
