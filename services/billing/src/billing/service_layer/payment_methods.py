"""Saved cards: the provider's setup flow, a default card, removal, and autopay."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from billing.adapters.orm import accounts as accounts_table
from billing.adapters.orm import payment_methods
from billing.adapters.payments import Card, PaymentProvider, ProviderError
from billing.service_layer import accounts
from shared.auth import Principal
from shared.contracts.billing import PaymentMethodChanged
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError, NotFound
from shared.openapi import PageRequest, fetch_page

PUBLIC = ("id", "customer_id", "provider", "brand", "last4", "exp_month", "exp_year", "is_default", "created_at")


def _public(row: Any) -> dict[str, Any]:
    return {k: row[k] for k in PUBLIC}


def _publish(uow: UnitOfWork, row: Any) -> None:
    uow.publish(
        PaymentMethodChanged(
            payment_method_id=row["id"],
            customer_id=row["customer_id"],
            brand=row["brand"],
            last4=row["last4"],
            exp_month=row["exp_month"],
            exp_year=row["exp_year"],
            is_default=row["is_default"],
            removed=row["removed"],
            revision=row["revision"],
        ),
        facility_id=row["facility_id"],
        aggregate_id=row["customer_id"],
    )


async def start_setup(
    uow_factory: Any, provider: PaymentProvider, principal: Principal, customer_id: uuid.UUID
) -> dict[str, Any]:
    """Begin saving a card: the front end completes the returned setup with the provider."""
    async with uow_factory() as uow:
        account = await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
    try:
        ref = await provider.ensure_customer(account["provider_customer_ref"], customer_id, account["email"])
        setup = await provider.start_setup(ref)
    except ProviderError as exc:
        raise Conflict(f"the payment provider refused: {exc}", field="customer_id") from None
    async with uow_factory() as uow:
        await uow.session.execute(
            update(accounts_table).where(accounts_table.c.customer_id == customer_id).values(provider_customer_ref=ref)
        )
        await uow.commit()
    return {"provider": provider.name, "setup_id": setup.id, "client_secret": setup.client_secret}


async def attach(
    uow_factory: Any,
    provider: PaymentProvider,
    principal: Principal,
    customer_id: uuid.UUID,
    setup_id: str,
    test_card: dict[str, Any] | None,
    make_default: bool,
) -> dict[str, Any]:
    """Store the card a completed setup saved: the provider's reference, brand, last four and expiry only."""
    async with uow_factory() as uow:
        account = await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
    try:
        card = await provider.card_from_setup(setup_id, test_card)
    except ProviderError as exc:
        raise DomainError(str(exc), field="setup_id") from None
    if card.customer_ref is None or card.customer_ref != account["provider_customer_ref"]:
        raise DomainError("unknown setup (another customer's, or not started for this one)", field="setup_id")
    async with uow_factory() as uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"], for_update=True)
        row = await save_card(uow, principal.facility_id, customer_id, provider.name, card, make_default)
        await uow.commit()
        return _public(row)


async def save_card(
    uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, provider: str, card: Card, make_default: bool
) -> Any:
    """Insert the card (the first one becomes the default) and publish it; the caller holds the account locked."""
    has_default = (
        await uow.session.execute(
            select(payment_methods.c.id).where(
                payment_methods.c.customer_id == customer_id,
                payment_methods.c.is_default,
                payment_methods.c.removed.is_(False),
            )
        )
    ).first() is not None
    if make_default and has_default:
        await _clear_default(uow, customer_id)
    values = {
        "id": uuid.uuid4(),
        "facility_id": facility_id,
        "customer_id": customer_id,
        "provider": provider,
        "provider_ref": card.ref,
        "brand": card.brand,
        "last4": card.last4,
        "exp_month": card.exp_month,
        "exp_year": card.exp_year,
        "is_default": make_default or not has_default,
    }
    try:
        async with uow.session.begin_nested():
            inserted = await uow.session.execute(insert(payment_methods).values(**values).returning(payment_methods))
            row = inserted.mappings().one()
    except IntegrityError:
        raise Conflict("this card is already saved", field="setup_id") from None
    _publish(uow, row)
    return row


async def _clear_default(uow: UnitOfWork, customer_id: uuid.UUID) -> None:
    rows = (
        (
            await uow.session.execute(
                update(payment_methods)
                .where(payment_methods.c.customer_id == customer_id, payment_methods.c.is_default)
                .values(is_default=False, revision=payment_methods.c.revision + 1)
                .returning(payment_methods)
            )
        )
        .mappings()
        .all()
    )
    for row in rows:
        _publish(uow, row)


async def _method(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, method_id: uuid.UUID) -> Any:
    row = (
        (
            await uow.session.execute(
                select(payment_methods)
                .where(
                    payment_methods.c.id == method_id,
                    payment_methods.c.customer_id == customer_id,
                    payment_methods.c.facility_id == principal.facility_id,
                    payment_methods.c.removed.is_(False),
                )
                .with_for_update()
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound("payment method not found", loc=["path", "method_id"])
    return row


async def make_default(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, method_id: uuid.UUID
) -> dict[str, Any]:
    """Make a saved card the one autopay and staff charges use."""
    async with uow:
        await _method(uow, principal, customer_id, method_id)
        await _clear_default(uow, customer_id)
        row = (
            (
                await uow.session.execute(
                    update(payment_methods)
                    .where(payment_methods.c.id == method_id)
                    .values(is_default=True, revision=payment_methods.c.revision + 1)
                    .returning(payment_methods)
                )
            )
            .mappings()
            .one()
        )
        _publish(uow, row)
        await uow.commit()
        return _public(row)


async def remove(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, method_id: uuid.UUID) -> None:
    """Forget a card (kept as removed, for the payments that used it)."""
    async with uow:
        await _method(uow, principal, customer_id, method_id)
        row = (
            (
                await uow.session.execute(
                    update(payment_methods)
                    .where(payment_methods.c.id == method_id)
                    .values(removed=True, is_default=False, revision=payment_methods.c.revision + 1)
                    .returning(payment_methods)
                )
            )
            .mappings()
            .one()
        )
        _publish(uow, row)
        await uow.commit()


async def list_methods(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The customer's saved cards, oldest first, one page."""
    async with uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
        query = select(payment_methods).where(
            payment_methods.c.customer_id == customer_id, payment_methods.c.removed.is_(False)
        )
        order = [(payment_methods.c.created_at, False), (payment_methods.c.id, False)]
        return await fetch_page(uow.session, query, order, page, _public)


async def set_autopay(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, enabled: bool) -> dict[str, Any]:
    """Turn autopay on (charges the default card when an invoice is issued) or off."""
    async with uow:
        await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"], for_update=True)
        await uow.session.execute(
            update(accounts_table).where(accounts_table.c.customer_id == customer_id).values(autopay=enabled)
        )
        await uow.commit()
        return {"customer_id": customer_id, "autopay": enabled}


async def get_autopay(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> dict[str, Any]:
    """Whether autopay is on for this customer of the facility."""
    async with uow:
        account = await accounts.account(uow, principal.facility_id, customer_id, loc=["path", "customer_id"])
        return {"customer_id": customer_id, "autopay": account["autopay"]}


def provider_state(name: str, settings: Any) -> dict[str, Any]:
    """The provider in use and whether it is set up; a Stripe key says test or live mode by its prefix."""
    if name != "stripe":
        return {"provider": name, "connected": True, "mode": "test", "webhooks": True}
    key = settings.stripe_api_key.get_secret_value() if settings.stripe_api_key else ""
    mode = "live" if key.startswith(("sk_live_", "rk_live_")) else "test"
    return {
        "provider": name,
        "connected": bool(key),
        "mode": mode,
        "webhooks": settings.stripe_webhook_secret is not None,
    }
