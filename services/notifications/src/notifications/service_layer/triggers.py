"""Events that cause emails: invoices and payments (by preference), sign-in links (to one person)."""

from __future__ import annotations

from sqlalchemy import text

from notifications.adapters.orm import people
from notifications.service_layer.routing import Target, person_target, targets
from notifications.service_layer.sending import send_to
from shared.contracts.billing import InvoiceIssued, Money, PaymentReceived
from shared.contracts.contacts import PersonAdded, PersonRemoved, PersonUpdated
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalEmailConfirmationRequested, SignInEmailRequested
from shared.db import UnitOfWork
from shared.messaging.consumer import Handler
from shared.readmodels import upsert_if_newer
from shared.sealing import Keyring


def money(value: Money) -> str:
    """Minor units shown with two decimals and the currency, e.g. '120.50 EUR'."""
    sign = "-" if value.amount_minor < 0 else ""
    units, cents = divmod(abs(value.amount_minor), 100)
    return f"{sign}{units}.{cents:02d} {value.currency}"


async def on_person_changed(uow: UnitOfWork, envelope: Envelope, event: PersonAdded | PersonUpdated) -> None:
    """Keep each person's address and message preferences; older versions never win."""
    person = event.person
    values = {
        "person_id": person.person_id,
        "customer_id": person.customer_id,
        "facility_id": envelope.facility_id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "phone": person.phone,
        "role": person.role,
        "preferences": list(person.preferences),
        "deleted": False,
        "version": envelope.aggregate_version or 0,
    }
    await upsert_if_newer(uow, people, values)


async def on_person_removed(uow: UnitOfWork, envelope: Envelope, event: PersonRemoved) -> None:
    """A removed person receives nothing more."""
    await uow.session.execute(text("UPDATE people SET deleted = true WHERE person_id = :id"), {"id": event.person_id})


async def on_invoice_issued(uow: UnitOfWork, envelope: Envelope, event: InvoiceIssued) -> None:
    """The invoice goes to the customer and to people whose preferences include invoices."""
    invoice = {"number": event.number, "total": money(event.total), "due_date": event.due_on.isoformat()}
    for target in await targets(uow.session, envelope.facility_id, event.customer_id, "invoices"):
        await send_to(
            uow,
            facility_id=envelope.facility_id,
            target=target,
            template="invoice_issued",
            category="transactional",
            key=f"{envelope.event_id}:{target.person_id or target.customer_id}",
            context={"invoice": invoice},
        )


async def on_payment_received(uow: UnitOfWork, envelope: Envelope, event: PaymentReceived) -> None:
    """A receipt to the customer and to people whose preferences include invoices."""
    for target in await targets(uow.session, envelope.facility_id, event.customer_id, "invoices"):
        await send_to(
            uow,
            facility_id=envelope.facility_id,
            target=target,
            template="payment_received",
            category="transactional",
            key=f"{envelope.event_id}:{target.person_id or target.customer_id}",
            context={"payment": {"amount": money(event.amount)}},
        )


def signin_handler(keyring: Keyring) -> Handler:
    """The handler of sign-in and confirmation requests, opening their sealed links with this keyring."""

    async def on_signin_email_requested(
        uow: UnitOfWork, envelope: Envelope, event: SignInEmailRequested | PortalEmailConfirmationRequested
    ) -> None:
        """Invite, resend, sign-in and email-confirmation links go only to the address the portal named."""
        # Opened first: an unknown key id or a forgery is permanent, so the message is dead-lettered at once.
        link = event.open_link(keyring)
        target: Target | None
        if event.person_id is not None:
            target = await person_target(uow.session, envelope.facility_id, event.person_id)
        else:
            found = await targets(uow.session, envelope.facility_id, event.customer_id, None)
            target = found[0] if found else None
        target = Target(
            event.customer_id,
            event.person_id,
            event.email,
            event.first_name,
            target.last_name if target else "",
            event.language,
            False,
        )
        await send_to(
            uow,
            facility_id=envelope.facility_id,
            target=target,
            template=event.kind if isinstance(event, SignInEmailRequested) else "confirm_email",
            category="transactional",
            key=f"signin:{event.request_id}",
            # The link is wiped from the row once the email is sent or has failed (see dispatcher).
            context={"link": link},
        )

    return on_signin_email_requested
