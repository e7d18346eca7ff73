"""Ask for a new sign-in link: the same answer whether or not the email is known, rate-limited."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, insert, select, text

from portal.adapters.orm import accounts, link_requests, pending_links
from portal.config import Settings
from portal.domain.secrets import email_key
from portal.service_layer.accounts import issue_link
from shared.db import UnitOfWork


class RateLimited(Exception):
    """Too many requests for this email or client address; retry after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


async def _wait_needed(uow: UnitOfWork, key: str, limits: tuple[tuple[int, int], ...], now: datetime) -> int:
    """Seconds until one more request under `key` fits every (window, limit); 0 if it fits now."""
    longest = max(window for window, _ in limits)
    await uow.session.execute(
        delete(link_requests).where(link_requests.c.key == key, link_requests.c.at < now - timedelta(seconds=longest))
    )
    times = list(
        (
            await uow.session.execute(
                select(link_requests.c.at).where(link_requests.c.key == key).order_by(link_requests.c.at.desc())
            )
        ).scalars()
    )
    wait = 0.0
    for window, limit in limits:
        recent = [t for t in times if t > now - timedelta(seconds=window)]
        if limit <= 0 or len(recent) >= limit:
            # The oldest request that still counts must leave the window before another fits.
            oldest = recent[limit - 1] if limit > 0 else now
            wait = max(wait, (oldest + timedelta(seconds=window) - now).total_seconds())
    return math.ceil(wait) if wait > 0 else 0


async def request_link(uow: UnitOfWork, settings: Settings, email: str, client: str) -> None:
    """Queue a 60-minute sign-in link for this address; raise RateLimited if too many.

    Whether the address has an account is looked up later by `deliver_pending`, so a known and an unknown
    address cost the request exactly the same work and time.
    """
    keys = {
        email_key(email): ((60, settings.link_requests_per_minute), (3600, settings.link_requests_per_hour)),
        f"ip:{client}": ((60, settings.ip_requests_per_minute), (3600, settings.ip_requests_per_hour)),
    }
    async with uow:
        for key in sorted(keys):
            # Serialises concurrent requests for one key, so a burst cannot slip past the count.
            await uow.session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})
        now = (await uow.session.execute(select(func.now()))).scalar_one()
        now = now.astimezone(UTC)
        wait = max([await _wait_needed(uow, key, limits, now) for key, limits in keys.items()])
        if wait:
            await uow.commit()
            raise RateLimited(wait)
        await uow.session.execute(insert(link_requests), [{"key": key, "at": now} for key in keys])
        await uow.session.execute(insert(pending_links).values(email=email.strip()))
        await uow.commit()


CLAIM = text(
    "DELETE FROM pending_links WHERE id IN "
    "(SELECT id FROM pending_links ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING email"
)


async def deliver_pending(uow: UnitOfWork, settings: Settings, limit: int = 100) -> int:
    """Issue the queued links to the active accounts of each address (none for unknown ones); returns how many."""
    async with uow:
        emails = list((await uow.session.execute(CLAIM, {"limit": limit})).scalars())
        for email in emails:
            found = await uow.session.execute(select(accounts).where(accounts.c.email == email, accounts.c.active))
            for account in found.mappings().all():
                await issue_link(uow, settings, dict(account), "signin")
        await uow.commit()
        return len(emails)
