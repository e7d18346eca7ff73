"""What recipients and the mail provider tell us: unsubscribes, bounces, complaints."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert

from notifications.adapters.orm import emails, people, recipients, undeliverable
from shared.contracts.notifications import EmailBounced, MarketingOptedOut
from shared.db import UnitOfWork
from shared.messaging import inbox

ADDRESS_NAMESPACE = uuid.UUID("4f1c2a9e-5d7b-4c3a-9e21-6b8f0d3c7a55")


async def language_of(uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID) -> str:
    """The recipient's language for public pages; French when unknown."""
    async with uow:
        language = (
            await uow.session.execute(
                select(recipients.c.language).where(
                    recipients.c.customer_id == customer_id, recipients.c.facility_id == facility_id
                )
            )
        ).scalar()
    return language if language in ("fr", "en") else "fr"


async def opt_out(
    uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: uuid.UUID | None, *, source: str
) -> None:
    """Stop marketing to the customer (or to one person) and publish MarketingOptedOut for contacts."""
    async with uow:
        if person_id is None:
            await uow.session.execute(
                update(recipients)
                .where(recipients.c.customer_id == customer_id, recipients.c.facility_id == facility_id)
                .values(marketing_opt_out=True)
            )
        else:
            await uow.session.execute(
                update(people)
                .where(people.c.person_id == person_id, people.c.facility_id == facility_id)
                .values(preferences=func.array_remove(people.c.preferences, "marketing"))
            )
        uow.publish(
            MarketingOptedOut(customer_id=customer_id, person_id=person_id, source=source),  # type: ignore[arg-type]
            facility_id=facility_id,
            aggregate_id=customer_id,
        )
        await uow.commit()


async def provider_event(uow: UnitOfWork, event: dict[str, Any]) -> bool:
    """Mark the address undeliverable, the email bounced, and publish EmailBounced; False if seen before."""
    event_key = uuid.uuid5(ADDRESS_NAMESPACE, f"provider:{event['id']}")
    async with uow:
        if not await inbox.claim_many(uow.session, "mail-provider-webhook", [event_key]):
            return False
        reason = f"{event['type']}: {event['reason']}".strip(": ")
        statement = insert(undeliverable).values(email=event["email"], reason=reason)
        await uow.session.execute(statement.on_conflict_do_update(index_elements=["email"], set_={"reason": reason}))
        email = None
        if event.get("message_id"):
            email = (
                await uow.session.execute(
                    update(emails)
                    .where(emails.c.message_id == event["message_id"])
                    .values(status="bounced", reason=reason)
                    .returning(emails.c.id, emails.c.customer_id, emails.c.facility_id, emails.c.person_id)
                )
            ).first()
        if email is None:
            # No message id: tell every facility that has this address on a customer.
            matches = await uow.session.execute(
                select(recipients.c.customer_id, recipients.c.facility_id).where(
                    func.lower(recipients.c.email) == event["email"].lower()
                )
            )
            for match in matches:
                uow.publish(
                    EmailBounced(
                        address=event["email"], kind=event["type"], reason=reason, customer_id=match.customer_id
                    ),
                    facility_id=match.facility_id,
                    aggregate_id=match.customer_id,
                )
        else:
            uow.publish(
                EmailBounced(
                    address=event["email"],
                    kind=event["type"],
                    reason=reason,
                    email_id=email.id,
                    customer_id=email.customer_id,
                ),
                facility_id=email.facility_id,
                aggregate_id=email.customer_id,
            )
            if event["type"] == "complaint":
                uow.publish(
                    MarketingOptedOut(customer_id=email.customer_id, person_id=email.person_id, source="complaint"),
                    facility_id=email.facility_id,
                    aggregate_id=email.customer_id,
                )
        await uow.commit()
    return True
