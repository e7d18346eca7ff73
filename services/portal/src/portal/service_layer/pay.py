"""A customer pays an open invoice from the portal: a request billing carries out with the saved card."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from portal.adapters.orm import invoices, payment_methods
from shared.contracts.portal import PortalInvoicePaymentRequested
from shared.db import UnitOfWork
from shared.errors import Conflict, NotFound


async def request_payment(uow: UnitOfWork, account: Mapping[str, Any], invoice_id: uuid.UUID) -> None:
    """Publish the request for an open invoice of this customer that a saved card can pay; else 404 or 409."""
    fid, cid = account["facility_id"], account["customer_id"]
    async with uow:
        status = (
            await uow.session.execute(
                select(invoices.c.status).where(
                    invoices.c.invoice_id == invoice_id, invoices.c.facility_id == fid, invoices.c.customer_id == cid
                )
            )
        ).scalar()
        if status is None:
            raise NotFound("invoice not found", loc=["path", "invoice_id"])
        if status != "open":
            raise Conflict(f"the invoice is {status}", loc=["path", "invoice_id"])
        card = await uow.session.execute(
            select(payment_methods.c.payment_method_id).where(
                payment_methods.c.customer_id == cid,
                payment_methods.c.facility_id == fid,
                payment_methods.c.removed.is_(False),
            )
        )
        if card.first() is None:
            raise Conflict("no saved card to pay with", loc=["path", "invoice_id"])
        event = PortalInvoicePaymentRequested(customer_id=cid, person_id=account["person_id"], invoice_id=invoice_id)
        uow.publish(event, facility_id=fid, aggregate_id=cid)
        await uow.commit()
