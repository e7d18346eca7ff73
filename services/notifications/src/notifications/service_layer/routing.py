"""Who gets an email: the customer and, by preference, the people on the account."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, get_args

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.adapters.orm import emails, people, recipients, undeliverable
from shared.contracts.contacts import Preference

PREFERENCES: tuple[str, ...] = get_args(Preference)


@dataclass(frozen=True)
class Target:
    """One addressee of an email."""

    customer_id: uuid.UUID
    person_id: uuid.UUID | None
    email: str | None
    first_name: str
    last_name: str
    language: str
    opted_out: bool

    @property
    def name(self) -> str:
        """Display name for the To header."""
        return f"{self.first_name} {self.last_name}"


async def targets(
    session: AsyncSession, facility_id: uuid.UUID, customer_id: uuid.UUID, preference: str | None
) -> list[Target]:
    """The customer, plus each person whose preferences include `preference` (none when it is None)."""
    customer = (
        (
            await session.execute(
                select(recipients).where(
                    recipients.c.customer_id == customer_id,
                    recipients.c.facility_id == facility_id,
                    recipients.c.deleted.is_(False),
                )
            )
        )
        .mappings()
        .first()
    )
    if customer is None:
        return []
    found = [
        Target(
            customer_id,
            None,
            customer["email"],
            customer["first_name"],
            customer["last_name"],
            customer["language"],
            customer["marketing_opt_out"],
        )
    ]
    if preference is not None:
        rows = await session.execute(
            select(people).where(
                people.c.customer_id == customer_id,
                people.c.deleted.is_(False),
                people.c.preferences.contains([preference]),
            )
        )
        for person in rows.mappings():
            opted_out = customer["marketing_opt_out"] or "marketing" not in person["preferences"]
            found.append(
                Target(
                    customer_id,
                    person["person_id"],
                    person["email"],
                    person["first_name"],
                    person["last_name"],
                    customer["language"],
                    opted_out,
                )
            )
    return found


async def person_target(session: AsyncSession, facility_id: uuid.UUID, person_id: uuid.UUID) -> Target | None:
    """One person on an account (sign-in and invite emails go only to the person they are for)."""
    row = (
        (
            await session.execute(
                select(people, recipients.c.language)
                .join(recipients, recipients.c.customer_id == people.c.customer_id)
                .where(
                    people.c.person_id == person_id, people.c.facility_id == facility_id, people.c.deleted.is_(False)
                )
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return Target(
        row["customer_id"], person_id, row["email"], row["first_name"], row["last_name"], row["language"], False
    )


async def undeliverable_reason(session: AsyncSession, email: str) -> str | None:
    """Why mail to this address cannot be delivered, if the provider told us."""
    return (await session.execute(select(undeliverable.c.reason).where(undeliverable.c.email == email))).scalar()


async def enqueue(
    session: AsyncSession,
    *,
    facility_id: uuid.UUID,
    target: Target,
    template: str,
    category: str,
    key: str,
    context: dict[str, Any],
    broadcast_id: uuid.UUID | None = None,
) -> tuple[uuid.UUID, str, str | None] | None:
    """Queue one email (or record why it is skipped or failed); None when `key` was queued before."""
    status, reason = "queued", None
    if not target.email:
        status, reason = ("skipped" if category == "marketing" else "failed"), "no_email"
    elif category == "marketing" and target.opted_out:
        status, reason = "skipped", "opted_out"
    elif bounced := await undeliverable_reason(session, target.email):
        status, reason = ("skipped" if category == "marketing" else "failed"), f"undeliverable: {bounced}"
    email_id = uuid.uuid4()
    statement = (
        insert(emails)
        .values(
            id=email_id,
            facility_id=facility_id,
            idempotency_key=key,
            customer_id=target.customer_id,
            person_id=target.person_id,
            broadcast_id=broadcast_id,
            to_email=target.email,
            to_name=target.name,
            template=template,
            language=target.language,
            category=category,
            context={**context, "recipient": {"first_name": target.first_name, "last_name": target.last_name}},
            status=status,
            reason=reason,
        )
        .on_conflict_do_nothing(index_elements=[emails.c.idempotency_key])
        .returning(emails.c.id)
    )
    if (await session.execute(statement)).first() is None:
        return None
    return email_id, status, reason
