"""Sign-in links become sessions: GET only looks, POST consumes once; sessions expire idle and absolute."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert

from portal.adapters.orm import accounts, sessions, signin_tokens
from portal.config import Settings
from portal.domain.secrets import digest, new_token
from shared.contracts.portal import PortalSignedIn
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)

SIGNIN_KINDS = ("invite", "resend", "signin")
LinkState = Literal["valid", "used", "expired", "unknown"]


async def link_state(uow: UnitOfWork, token: str, kinds: tuple[str, ...] = SIGNIN_KINDS) -> tuple[LinkState, Any]:
    """What a link is now, and its account (for the page's language); reading changes nothing."""
    query = (
        select(signin_tokens.c.used_at, signin_tokens.c.expires_at, signin_tokens.c.new_email, accounts)
        .join(accounts, accounts.c.id == signin_tokens.c.account_id)
        .where(signin_tokens.c.token_hash == digest(token), signin_tokens.c.kind.in_(kinds))
    )
    async with uow:
        row = (await uow.session.execute(query)).mappings().first()
    if row is None or not row["active"]:
        return "unknown", row
    if row["used_at"] is not None:
        return "used", row
    if row["expires_at"] <= datetime.now(UTC):
        return "expired", row
    return "valid", row


async def consume_link(uow: UnitOfWork, token: str, kinds: tuple[str, ...] = SIGNIN_KINDS) -> Mapping[str, Any] | None:
    """Mark an unused, unexpired link used (atomically) and return the link row with its account."""
    used = (
        update(signin_tokens)
        .where(
            signin_tokens.c.token_hash == digest(token),
            signin_tokens.c.used_at.is_(None),
            signin_tokens.c.expires_at > func.now(),
            signin_tokens.c.kind.in_(kinds),
        )
        .values(used_at=func.now())
        .returning(signin_tokens.c.account_id, signin_tokens.c.new_email)
    )
    link = (await uow.session.execute(used)).mappings().first()
    if link is None:
        return None
    account = (
        (await uow.session.execute(select(accounts).where(accounts.c.id == link["account_id"], accounts.c.active)))
        .mappings()
        .first()
    )
    return {**account, "new_email": link["new_email"]} if account else None


async def sign_in(uow: UnitOfWork, settings: Settings, token: str, previous_session: str | None) -> str | None:
    """Consume a sign-in link and open a new session (ending the one presented); None if the link is no good."""
    async with uow:
        account = await consume_link(uow, token)
        if account is None:
            return None
        if previous_session:
            await uow.session.execute(delete(sessions).where(sessions.c.id_hash == digest(previous_session)))
        await _prune(uow, settings, account["id"])
        session_id = new_token()
        now = datetime.now(UTC)
        await uow.session.execute(
            insert(sessions).values(
                id_hash=digest(session_id),
                account_id=account["id"],
                last_seen_at=now,
                expires_at=now + timedelta(seconds=settings.session_absolute_s),
            )
        )
        await uow.session.execute(update(accounts).where(accounts.c.id == account["id"]).values(last_signed_in_at=now))
        uow.publish(
            PortalSignedIn(customer_id=account["customer_id"], person_id=account["person_id"], at=now),
            facility_id=account["facility_id"],
            aggregate_id=account["customer_id"],
        )
        await uow.commit()
    log.info("signed in", account_id=str(account["id"]))
    return session_id


async def _prune(uow: UnitOfWork, settings: Settings, account_id: Any) -> None:
    """Drop this account's dead sessions and links that lapsed over a day ago (the rest say "used")."""
    idle_limit = func.now() - timedelta(seconds=settings.session_idle_s)
    await uow.session.execute(
        delete(sessions).where(
            sessions.c.account_id == account_id,
            (sessions.c.expires_at < func.now()) | (sessions.c.last_seen_at < idle_limit),
        )
    )
    await uow.session.execute(
        delete(signin_tokens).where(
            signin_tokens.c.account_id == account_id, signin_tokens.c.expires_at < func.now() - timedelta(days=1)
        )
    )


async def current_account(uow: UnitOfWork, settings: Settings, session_id: str) -> Mapping[str, Any] | None:
    """The active account of a live session; touches it at most once per `session_touch_s`."""
    now = datetime.now(UTC)
    query = (
        select(accounts, sessions.c.last_seen_at)
        .join(sessions, sessions.c.account_id == accounts.c.id)
        .where(
            sessions.c.id_hash == digest(session_id),
            accounts.c.active,
            sessions.c.expires_at > now,
            sessions.c.last_seen_at > now - timedelta(seconds=settings.session_idle_s),
        )
    )
    async with uow:
        row = (await uow.session.execute(query)).mappings().first()
        if row is None:
            return None
        if row["last_seen_at"] < now - timedelta(seconds=settings.session_touch_s):
            touch = update(sessions).where(sessions.c.id_hash == digest(session_id)).values(last_seen_at=now)
            await uow.session.execute(touch)
            await uow.commit()
    return dict(row)


async def sign_out(uow: UnitOfWork, session_id: str) -> None:
    """End this session."""
    async with uow:
        await uow.session.execute(delete(sessions).where(sessions.c.id_hash == digest(session_id)))
        await uow.commit()
