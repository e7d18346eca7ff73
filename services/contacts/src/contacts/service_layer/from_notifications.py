"""What notifications reports back: opt-outs change the record, emails appear on the timeline."""

from __future__ import annotations

from typing import Any

from contacts.adapters.repository import CustomerRepository
from contacts.service_layer import timeline
from shared.contracts.contacts import CustomerUpdated
from shared.contracts.envelope import Envelope
from shared.contracts.notifications import EmailBounced, EmailFailed, EmailSent, MarketingOptedOut
from shared.db import UnitOfWork


async def on_marketing_opted_out(uow: UnitOfWork, envelope: Envelope, event: MarketingOptedOut) -> None:
    """The customer unsubscribed: set the opt-out on the record and tell everyone."""
    repo = CustomerRepository(uow.session, envelope.facility_id)
    customer = await repo.get(event.customer_id, for_update=True)
    if customer is None:
        return
    if event.person_id is None and not customer.marketing_opt_out:
        updated, diff = customer.changed({"marketing_opt_out": True}, by=f"notifications:{event.source}")
        updated = await repo.write(updated, list(diff))
        uow.publish(
            CustomerUpdated(customer=updated.snapshot(), changed_fields=("marketing_opt_out",)),
            facility_id=envelope.facility_id,
            aggregate_id=updated.id,
            aggregate_version=updated.version,
        )
    summary = "Unsubscribed from marketing" + (" (complaint)" if event.source == "complaint" else "")
    await timeline.record(
        uow.session,
        facility_id=envelope.facility_id,
        customer_id=event.customer_id,
        kind="marketing_opt_out",
        summary=summary,
        actor="customer",
        data={"person_id": str(event.person_id) if event.person_id else None, "source": event.source},
        source_event_id=envelope.event_id,
    )


async def on_email_outcome(uow: UnitOfWork, envelope: Envelope, event: EmailSent | EmailFailed | EmailBounced) -> None:
    """Sent, failed and bounced emails on the customer's timeline."""
    if event.customer_id is None:
        return
    data: dict[str, Any]
    if isinstance(event, EmailSent):
        kind, summary = "email_sent", f"Email sent: {event.subject}"
        data = {"template": event.template, "to": event.to, "email_id": str(event.email_id)}
        await timeline.contacted(uow.session, envelope.facility_id, event.customer_id, envelope.occurred_at)
    elif isinstance(event, EmailFailed):
        kind, summary = "email_failed", f"Email failed ({event.template}): {event.reason}"
        data = {"template": event.template, "to": event.to, "reason": event.reason, "email_id": str(event.email_id)}
    else:
        kind, summary = "email_bounced", f"Email {event.kind}: {event.address}"
        data = {"address": event.address, "reason": event.reason}
    await timeline.record(
        uow.session,
        facility_id=envelope.facility_id,
        customer_id=event.customer_id,
        kind=kind,
        summary=summary,
        actor="notifications",
        data=data,
        source_event_id=envelope.event_id,
    )
