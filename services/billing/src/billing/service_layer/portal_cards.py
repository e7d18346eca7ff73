"""Cards a customer submits in the portal: the browser's token attached through the provider, then saved."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import update

from billing.adapters.orm import accounts as accounts_table
from billing.adapters.payments import CardDeclined
from billing.service_layer import accounts
from billing.service_layer.payment_methods import save_card
from shared.contracts.billing import PaymentMethodRequestSettled
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalPaymentMethodSubmitted
from shared.db import UnitOfWork
from shared.errors import Conflict, DomainError
from shared.logs import get_logger

log = get_logger(__name__)


def _settle(
    uow: UnitOfWork,
    facility_id: uuid.UUID,
    event: PortalPaymentMethodSubmitted,
    reason: str | None = None,
    payment_method_id: uuid.UUID | None = None,
) -> None:
    outcome = "declined" if reason else "saved"
    settled = PaymentMethodRequestSettled(
        request_id=event.request_id,
        customer_id=event.customer_id,
        outcome=outcome,
        reason=reason,
        payment_method_id=payment_method_id,
    )
    uow.publish(settled, facility_id=facility_id, aggregate_id=event.customer_id)


def card_handler(container: Any) -> Any:
    """The handler of PortalPaymentMethodSubmitted, attaching through the container's provider."""

    async def on_card_submitted(uow: UnitOfWork, envelope: Envelope, event: PortalPaymentMethodSubmitted) -> None:
        """Save the card or publish why not; a refusal is an outcome, so the request never stays pending."""
        fid = envelope.facility_id
        try:
            account = await accounts.account(uow, fid, event.customer_id, loc=["body", "customer_id"], for_update=True)
        except DomainError:
            log.warning("portal card for an unknown customer", request_id=str(event.request_id))
            _settle(uow, fid, event, "unknown_customer")
            return
        provider = container.provider
        # One key per request: a retried attach (after a crash before commit) is the same card at the provider.
        key = f"portal-card-{event.request_id}"
        try:
            ref = await provider.ensure_customer(account["provider_customer_ref"], event.customer_id, account["email"])
            card = await provider.attach_token(ref, event.token, event.exp_month, event.exp_year, key)
        except CardDeclined as exc:
            _settle(uow, fid, event, exc.reason)
            return
        if ref != account["provider_customer_ref"]:
            await uow.session.execute(
                update(accounts_table)
                .where(accounts_table.c.customer_id == event.customer_id)
                .values(provider_customer_ref=ref)
            )
        try:
            row = await save_card(uow, fid, event.customer_id, provider.name, card, make_default=False)
        except Conflict:
            _settle(uow, fid, event, "already_saved")
            return
        _settle(uow, fid, event, payment_method_id=row["id"])

    return on_card_submitted
