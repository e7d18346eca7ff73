"""Payments the customer asked for in the portal: charge the invoice to their default card."""

from __future__ import annotations

from typing import Any

from billing.service_layer import jobs, payments
from billing.service_layer.invoices import invoice as load_invoice
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalInvoicePaymentRequested
from shared.db import UnitOfWork
from shared.errors import DomainError
from shared.logs import get_logger

log = get_logger(__name__)


def payment_handler(container: Any) -> Any:
    """The handler of PortalInvoicePaymentRequested, charging through the container's provider."""

    async def on_payment_requested(uow: UnitOfWork, envelope: Envelope, event: PortalInvoicePaymentRequested) -> None:
        """Charge once: the key is the request's event id, so a redelivery never charges twice."""
        try:
            invoice = await load_invoice(uow, envelope.facility_id, event.invoice_id, where="body")
            if invoice["customer_id"] != event.customer_id:
                log.warning("portal payment for another customer's invoice", invoice_id=str(event.invoice_id))
                return
            await payments.charge_invoice(
                container.uow,
                container.provider,
                envelope.facility_id,
                event.invoice_id,
                "portal",
                f"portal-{envelope.event_id}",
                jobs.today(),
            )
        except DomainError as exc:  # paid meanwhile, no card: the portal shows the invoice as it stays
            log.warning("portal payment not made", invoice_id=str(event.invoice_id), reason=str(exc))

    return on_payment_requested
