"""A customer adds a card: the browser's token goes to billing, and the request shows pending, saved or declined."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from portal.adapters.orm import card_requests
from shared.contracts.billing import PaymentMethodRequestSettled
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalPaymentMethodSubmitted
from shared.db import UnitOfWork
from shared.errors import DomainError, NotFound


class TooManyCardRequests(DomainError):
    """The customer submitted more cards this hour than allowed (card testing is the worry)."""

    status_code = 429
    error_type = "rate_limited"


def check_expiry(exp_month: int, exp_year: int, today: datetime | None = None) -> None:
    """Refuse a card that has expired (a card is valid through the end of its expiry month)."""
    now = today or datetime.now(UTC)
    if exp_year < now.year:
        raise DomainError("the card has expired", field="exp_year")
    if exp_year == now.year and exp_month < now.month:
        raise DomainError("the card has expired", field="exp_month")
    if exp_year > now.year + 20:
        raise DomainError("the expiry year is too far away", field="exp_year")


async def submit(uow: UnitOfWork, account: Mapping[str, Any], card: Mapping[str, Any], per_hour: int) -> uuid.UUID:
    """Record the pending request and publish the token for billing in one transaction; the request id."""
    check_expiry(card["exp_month"], card["exp_year"])
    fid, cid = account["facility_id"], account["customer_id"]
    async with uow:
        since = datetime.now(UTC) - timedelta(hours=1)
        recent = await uow.session.scalar(
            select(func.count()).where(card_requests.c.customer_id == cid, card_requests.c.created_at >= since)
        )
        if (recent or 0) >= per_hour:
            raise TooManyCardRequests("too many cards submitted; try again later", field="token")
        request_id = uuid.uuid4()
        await uow.session.execute(
            insert(card_requests).values(
                request_id=request_id,
                facility_id=fid,
                customer_id=cid,
                person_id=account["person_id"],
                status="pending",
            )
        )
        event = PortalPaymentMethodSubmitted(
            request_id=request_id, customer_id=cid, person_id=account["person_id"], **card
        )
        uow.publish(event, facility_id=fid, aggregate_id=cid)
        await uow.commit()
    return request_id


async def request_status(uow: UnitOfWork, account: Mapping[str, Any], request_id: uuid.UUID) -> dict[str, Any]:
    """One of this customer's card requests; another customer's (or facility's) is not found."""
    async with uow:
        row = (
            (
                await uow.session.execute(
                    select(card_requests.c.request_id, card_requests.c.status, card_requests.c.reason).where(
                        card_requests.c.request_id == request_id,
                        card_requests.c.facility_id == account["facility_id"],
                        card_requests.c.customer_id == account["customer_id"],
                    )
                )
            )
            .mappings()
            .first()
        )
    if row is None:
        raise NotFound("card request not found", loc=["path", "request_id"])
    return dict(row)


async def on_request_settled(uow: UnitOfWork, envelope: Envelope, event: PaymentMethodRequestSettled) -> None:
    """Billing's answer to a card request of this facility's customer (an answer for another is ignored)."""
    await uow.session.execute(
        update(card_requests)
        .where(
            card_requests.c.request_id == event.request_id,
            card_requests.c.facility_id == envelope.facility_id,
            card_requests.c.customer_id == event.customer_id,
            card_requests.c.status == "pending",
        )
        .values(status=event.outcome, reason=event.reason, settled_at=envelope.occurred_at)
    )
