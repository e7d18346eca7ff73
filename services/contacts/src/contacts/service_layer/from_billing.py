"""Billing and portal events: rentals make a customer Active or Inactive; invoices and disputes guard deletion."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert

from contacts.adapters.orm import customers, facility_settings, people
from contacts.service_layer import timeline
from contacts.service_layer.lifecycle import record_billing_fact
from shared.contracts.billing import (
    DisputeClosed,
    FacilityBillingSettingsChanged,
    InvoiceIssued,
    InvoicePaid,
    InvoiceVoided,
    PaymentDisputed,
    RentalEnded,
    RentalStarted,
)
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalInviteIssued, PortalSignedIn
from shared.db import UnitOfWork

BillingEvent = (
    RentalStarted | RentalEnded | InvoiceIssued | InvoicePaid | InvoiceVoided | PaymentDisputed | DisputeClosed
)


async def on_billing_event(uow: UnitOfWork, envelope: Envelope, event: BillingEvent) -> None:
    """Translate a billing event into an open/closed fact and a timeline entry."""
    if isinstance(event, RentalStarted | RentalEnded):
        started = isinstance(event, RentalStarted)
        kind, ref, is_open, label = "rental", event.rental_id, started, str(event.rental_id)
        summary = "Rental started" if started else "Rental ended"
    elif isinstance(event, InvoiceIssued | InvoicePaid | InvoiceVoided):
        kind, ref, is_open, label = "invoice", event.invoice_id, isinstance(event, InvoiceIssued), event.number
        summary = {"InvoiceIssued": "Invoice issued", "InvoicePaid": "Invoice paid", "InvoiceVoided": "Invoice voided"}[
            event.type
        ] + f": {event.number}"
    else:
        opened = isinstance(event, PaymentDisputed)
        kind, ref, is_open, label = "dispute", event.dispute_id, opened, str(event.dispute_id)
        summary = "Payment disputed" if opened else f"Dispute closed ({event.outcome})"  # type: ignore[union-attr]
    await record_billing_fact(
        uow,
        facility_id=envelope.facility_id,
        customer_id=event.customer_id,
        kind=kind,
        ref_id=ref,
        is_open=is_open,
        label=label,
        summary=summary,
        source_event_id=envelope.event_id,
    )


async def on_portal_event(uow: UnitOfWork, envelope: Envelope, event: PortalInviteIssued | PortalSignedIn) -> None:
    """Invites and sign-ins: 'invited at' / 'signed in at' on the list, and the timeline."""
    table, key = (customers, event.customer_id) if event.person_id is None else (people, event.person_id)
    if isinstance(event, PortalSignedIn):
        await uow.session.execute(update(table).where(table.c.id == key).values(signed_in_at=event.at))
        summary = "Signed in to the portal"
    else:
        await uow.session.execute(update(table).where(table.c.id == key).values(invited_at=envelope.occurred_at))
        summary = f"Portal {event.kind} sent"
    await timeline.record(
        uow.session,
        facility_id=envelope.facility_id,
        customer_id=event.customer_id,
        kind=f"portal_{event.type}",
        summary=summary,
        actor="portal",
        data={"person_id": str(event.person_id) if event.person_id else None},
        source_event_id=envelope.event_id,
    )


async def on_facility_billing_settings(
    uow: UnitOfWork, envelope: Envelope, event: FacilityBillingSettingsChanged
) -> None:
    """Keep billing's currency beside the facility's profile, for the dashboard's list of facilities."""
    statement = insert(facility_settings).values(facility_id=envelope.facility_id, currency=event.currency)
    await uow.session.execute(
        statement.on_conflict_do_update(index_elements=["facility_id"], set_={"currency": event.currency})
    )
