"""Cars, documents, billing and appointments of each customer; older events never overwrite newer ones."""

from __future__ import annotations

from portal.adapters.orm import appointments, balances, cars, documents, facility_events, invoices, payment_methods
from shared.contracts.billing import BalanceChanged, InvoiceChanged, PaymentMethodChanged
from shared.contracts.contacts import CarLinked, CarUnlinked, CarUpdated, DocumentAdded, DocumentRemoved
from shared.contracts.envelope import Envelope
from shared.contracts.scheduling import AppointmentChanged, FacilityEventChanged
from shared.db import UnitOfWork
from shared.readmodels import upsert_if_newer


async def on_car_changed(uow: UnitOfWork, envelope: Envelope, event: CarLinked | CarUpdated) -> None:
    """The car as of this event, shown to its owner."""
    car = event.car
    values = {
        **car.model_dump(include={"car_id", "customer_id", "make", "model", "year", "colour", "plate", "vin"}),
        "facility_id": envelope.facility_id,
        "removed": car.customer_id is None,
        "as_of": envelope.occurred_at,
    }
    await upsert_if_newer(uow, cars, values, "as_of")


async def on_car_unlinked(uow: UnitOfWork, envelope: Envelope, event: CarUnlinked) -> None:
    """The car leaves this customer, unless it has since moved elsewhere (a newer event)."""
    values = {
        "car_id": event.car_id,
        "customer_id": None,
        "facility_id": envelope.facility_id,
        "make": "",
        "model": "",
        "removed": True,
        "as_of": envelope.occurred_at,
    }
    kept = ("customer_id", "facility_id", "make", "model")
    await upsert_if_newer(uow, cars, values, "as_of", insert_only=kept, when=cars.c.customer_id == event.customer_id)


async def on_document_added(uow: UnitOfWork, envelope: Envelope, event: DocumentAdded) -> None:
    """A document the customer may download."""
    doc = event.document
    values = {
        **doc.model_dump(include={"document_id", "customer_id", "filename", "content_type", "size"}),
        "facility_id": envelope.facility_id,
        "removed": False,
        "as_of": envelope.occurred_at,
    }
    await upsert_if_newer(uow, documents, values, "as_of")


async def on_document_removed(uow: UnitOfWork, envelope: Envelope, event: DocumentRemoved) -> None:
    """The document disappears from the portal; a tombstone keeps an older add from reviving it."""
    values = {
        "document_id": event.document_id,
        "customer_id": event.customer_id,
        "facility_id": envelope.facility_id,
        "filename": "",
        "content_type": "",
        "size": 0,
        "removed": True,
        "as_of": envelope.occurred_at,
    }
    await upsert_if_newer(uow, documents, values, "as_of")


async def on_invoice_changed(uow: UnitOfWork, envelope: Envelope, event: InvoiceChanged) -> None:
    """The invoice's newest snapshot."""
    values = {
        "invoice_id": event.invoice_id,
        "customer_id": event.customer_id,
        "facility_id": envelope.facility_id,
        "number": event.number,
        "status": event.status,
        "currency": event.total.currency,
        "total_minor": event.total.amount_minor,
        "amount_paid_minor": event.amount_paid.amount_minor,
        "amount_due_minor": event.amount_due.amount_minor,
        "issued_on": event.issued_on,
        "due_on": event.due_on,
        "revision": event.revision,
    }
    await upsert_if_newer(uow, invoices, values, "revision")


async def on_balance_changed(uow: UnitOfWork, envelope: Envelope, event: BalanceChanged) -> None:
    """The customer's newest balance."""
    values = {
        "customer_id": event.customer_id,
        "facility_id": envelope.facility_id,
        "currency": event.balance.currency,
        "amount_minor": event.balance.amount_minor,
        "open_invoices": event.open_invoices,
        "revision": event.revision,
    }
    await upsert_if_newer(uow, balances, values, "revision")


async def on_payment_method_changed(uow: UnitOfWork, envelope: Envelope, event: PaymentMethodChanged) -> None:
    """The card's newest snapshot (brand and last four digits only)."""
    values = {
        **event.model_dump(
            include={"payment_method_id", "customer_id", "brand", "last4", "exp_month", "exp_year", "is_default"}
        ),
        "removed": event.removed,
        "facility_id": envelope.facility_id,
        "revision": event.revision,
    }
    await upsert_if_newer(uow, payment_methods, values, "revision")


async def on_appointment_changed(uow: UnitOfWork, envelope: Envelope, event: AppointmentChanged) -> None:
    """The appointment's newest snapshot."""
    values = {
        **event.model_dump(
            include={"appointment_id", "customer_id", "car_id", "title", "starts_at", "ends_at", "kind", "notes"}
        ),
        "status": event.status,
        "state": event.state or event.status,
        "facility_id": envelope.facility_id,
        "revision": event.revision,
    }
    await upsert_if_newer(uow, appointments, values, "revision")


async def on_facility_event_changed(uow: UnitOfWork, envelope: Envelope, event: FacilityEventChanged) -> None:
    """The facility event's newest snapshot (every customer of the facility sees it)."""
    values = {
        **event.model_dump(include={"facility_event_id", "title", "notes", "starts_at", "ends_at", "status"}),
        "facility_id": envelope.facility_id,
        "revision": event.revision,
    }
    await upsert_if_newer(uow, facility_events, values, "revision")
